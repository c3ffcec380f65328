// Every change the application accepts, read from its router (a new route is covered without
// touching this test), sent by every role with no body, a body that is not valid and a valid one:
// to the API with the role's token, to the pages from the role's signed-in session.
// Someone not signed in is answered 401, a role that may not make the change 403, whatever the
// body; nothing is ever answered with a server error; and a refused change leaves the database as
// it was, row for row. Both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Hono } from 'hono';
import { LOCAL_OPERATOR } from '../../src/app/access.js';
import { loadExampleIfEmpty } from '../../src/app/example.js';
import type { Backup, MeetingStore } from '../../src/app/ports.js';
import { importSummaries } from '../../src/app/summaries.js';
import { createApp } from '../../src/http/app.js';
import { SESSION_COOKIE } from '../../src/http/auth.js';
import type { AppEnv } from '../../src/http/env.js';
import { account, PASSWORD } from '../support/accounts.js';
import { Client } from '../support/client.js';
import { exampleBytes, recordOf } from '../support/example.js';
import { describeOn, engines } from '../support/stores.js';

type Role = 'anonymous' | 'outsider' | 'panel member' | 'secretariat' | 'admin';
const ROLES: Role[] = ['anonymous', 'outsider', 'panel member', 'secretariat', 'admin'];
type Body = 'none' | 'invalid' | 'valid';

const DRAFT = `**IGF Leadership Panel
Virtual Meeting
6 December 2024 | 13:00-14:00 UTC**

Decisions, Action Items & Next Steps

- **Work plan:**
 - The Secretariat will circulate the work plan by 20 December 2024.

Annex – Attendance

Panel Members

Mr. Vint Cerf, Chair
`;

/** The changes anyone may send: signing in and out, and the first administrator's set-up. */
const OPEN = /^\/(?:login|logout|setup\/[^/]+)$/;

/** Recording meetings, and what is read from them, is the secretariat's (and an administrator's). */
const RECORDING = [
  /^\/import(?:\/save)?$/,
  /^\/new$/,
  /^\/m\/[^/]+\/[^/]+\/edit$/,
  /^\/bodies\/[^/]+\/flow$/,
  /memberships/,
  /^(?:\/api)?\/matches\//,
  /^\/api\/meetings(?:\/[^/]+\/[^/]+)?$/,
  /^\/api\/imports/,
  /\/document-flow$/,
];

/** The status a role's change is refused with before anything else is looked at, or null. */
function refusal(role: Role, method: string, path: string): 401 | 403 | null {
  if (method === 'POST' && OPEN.test(path)) return null;
  if (role === 'anonymous') return 401;
  const records = role === 'secretariat' || role === 'admin';
  if (path.startsWith('/admin/')) return role === 'admin' ? null : 403;
  if (RECORDING.some((pattern) => pattern.test(path)) && !(method === 'PATCH' || path.endsWith('/comments')))
    return records ? null : 403;
  // The rest needs an account; what it names decides (a member comments on their body's drafts).
  return null;
}

/** The changes of the router, with the identifiers of what is stored. */
function changesOf(app: Hono<AppEnv>): Array<{ method: string; path: string }> {
  const seen = new Set<string>();
  const changes: Array<{ method: string; path: string }> = [];
  for (const route of app.routes) {
    if (route.method === 'GET' || route.method === 'ALL' || route.method === 'HEAD') continue;
    let paths = [route.path];
    const expand = (pattern: RegExp, values: string[]) => {
      paths = paths.flatMap((p) => (pattern.test(p) ? values.map((v) => p.replace(pattern, v)) : [p]));
    };
    // The published example and a draft of its body.
    expand(/:body\/:date/, ['igf-lp/2024-11-01', 'igf-lp/2024-12-06']);
    expand(/:outcome(\{[^}]*\})?/, ['a1']);
    expand(/:slug/, ['igf-lp']);
    expand(/:login/, ['spare']);
    expand(/:form(\{[^}]*\})?/, ['access', 'sign-in', 'password']);
    expand(/:kind(\{[^}]*\})?/, ['people']);
    expand(/:token/, ['not-a-set-up-token']);
    expand(/:id(\{[^}]*\})?/, ['1']);
    for (const path of paths) {
      const key = `${route.method} ${path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      changes.push({ method: route.method, path });
    }
  }
  return changes;
}

/** A valid form for a page's change: the fields its page would send. */
function validForm(path: string): Record<string, string> {
  if (path === '/login') return { login: 'secretary', password: 'not the password' };
  if (path.startsWith('/setup/'))
    return { login: 'first', name: 'First', password: PASSWORD, repeat: PASSWORD };
  if (path === '/account/password')
    return { current: 'not the password', password: PASSWORD, repeat: PASSWORD };
  if (path === '/admin/accounts')
    return { login: 'newcomer', name: 'New Comer', role: 'member', password: PASSWORD, repeat: PASSWORD };
  if (path.endsWith('/access')) return { role: 'member', bodies: 'igf-lp', enabled: 'on' };
  if (path.endsWith('/password')) return { password: PASSWORD, repeat: PASSWORD };
  if (path.endsWith('/state')) return { to: 'circulated' };
  if (path.endsWith('/status')) return { status: 'done' };
  if (path.endsWith('/comments')) return { text: 'Is the work plan ready?' };
  if (path.endsWith('/flow')) return { flow: '' };
  if (path.endsWith('/memberships')) return { body: 'igf-lp', role: 'Member' };
  if (path.endsWith('/merge')) return { from: '2', into: '1' };
  if (path.endsWith('/distinct')) return { a: '2', b: '1' };
  if (path.endsWith('/separate')) return { key: 'person:no one merged' };
  if (path === '/new') return { 'meeting.body': 'IGF Leadership Panel', 'meeting.date': '2025-02-07' };
  return {};
}

/** A valid JSON body for an API change. */
function validJson(path: string): unknown {
  if (path === '/api/meetings')
    return recordOf(exampleBytes().toString('utf8').replace('1 November 2024', '4 April 2025'));
  if (path.startsWith('/api/imports'))
    return {
      name: 'panel.md',
      text: exampleBytes().toString('utf8').replace('1 November 2024', '7 March 2025'),
    };
  if (path.endsWith('/transitions')) return { to: 'circulated' };
  if (/\/outcomes\//.test(path)) return { status: 'done' };
  if (path.endsWith('/comments')) return { text: 'Is the work plan ready?' };
  if (path.endsWith('/memberships')) return { body: 'igf-lp', role: 'Member' };
  if (path.endsWith('/document-flow')) return { flow: null };
  if (path.endsWith('/merge')) return { from: 2, into: 1 };
  if (path.endsWith('/distinct')) return { a: 2, b: 1 };
  if (path.endsWith('/separate')) return { key: 'person:no one merged' };
  return {};
}

function requestInit(method: string, path: string, body: Body, headers: Record<string, string>): RequestInit {
  if (body === 'none') return { method, headers };
  if (path.startsWith('/api/')) {
    headers['Content-Type'] = 'application/json';
    return { method, headers, body: body === 'valid' ? JSON.stringify(validJson(path)) : '{"record": [' };
  }
  if (path === '/import') {
    const form = new FormData();
    const text = body === 'valid' ? exampleBytes().toString('utf8') : '\u0000\u0001 not a summary';
    form.set('file', new Blob([text]), body === 'valid' ? 'panel.md' : 'noise.bin');
    return { method, headers, body: form };
  }
  headers['Content-Type'] = 'application/x-www-form-urlencoded';
  const fields = body === 'valid' ? validForm(path) : { 'topics[x].outcomes[': '%%', version: 'none' };
  return { method, headers, body: new URLSearchParams(fields).toString() };
}

/**
 * What the audit trail records of an attempt by design, whatever its answer: a token's use for a
 * change, a wrong current password. (Refused sign-ins are counted, not recorded row by row.)
 */
const ATTEMPTS = new Set(['token-use', 'password-change-failed']);

/**
 * The database as rows, less what trying a change records by design: when a token was last
 * used, and the audit trail's notes of attempts.
 */
async function snapshot(store: MeetingStore): Promise<string> {
  const backup: Backup = await store.backup();
  const tables = backup.tables;
  for (const row of tables.api_tokens ?? []) delete row.last_used_at;
  tables.audit = (tables.audit ?? []).filter((row) => !ATTEMPTS.has(String(row.action)));
  return JSON.stringify(tables);
}

for (const engine of engines) {
  describeOn(engine, `write routes on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let app: Hono<AppEnv>;
    const tokens: Record<Role, string | null> = {
      anonymous: null,
      outsider: null,
      'panel member': null,
      secretariat: null,
      admin: null,
    };
    const logins: Record<Role, string | null> = {
      anonymous: null,
      outsider: 'outsider',
      'panel member': 'panelist',
      secretariat: 'secretary',
      admin: 'administrator',
    };
    const sessions = new Map<Role, { client: Client; csrf: string | null }>();
    /** The role's browser, signed in (again, after signing out) with the page's CSRF token. */
    async function session(role: Role): Promise<{ client: Client; csrf: string | null; fresh: boolean }> {
      const kept = sessions.get(role);
      if (kept !== undefined && (logins[role] === null || kept.client.cookie(SESSION_COOKIE) !== undefined))
        return { ...kept, fresh: false };
      const client = new Client(app);
      let csrf: string | null = null;
      if (logins[role] !== null) {
        assert.equal((await client.signIn(logins[role]!, PASSWORD)).status, 303);
        csrf = /name="_csrf" value="([^"]+)"/.exec((await client.page('/account')).html)?.[1] ?? null;
        assert.ok(csrf !== null, `${role} has a form token`);
      }
      sessions.set(role, { client, csrf });
      return { client, csrf, fresh: true };
    }
    async function send(role: Role, method: string, path: string, body: Body): Promise<Response> {
      if (path.startsWith('/api/')) {
        const token = tokens[role];
        const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
        return app.request(path, requestInit(method, path, body, headers));
      }
      const { client, csrf } = await session(role);
      return client.request(
        path,
        requestInit(method, path, body, csrf === null ? {} : { 'X-CSRF-Token': csrf }),
      );
    }
    before(async () => {
      store = context.store();
      await loadExampleIfEmpty(store, { bytes: exampleBytes(), name: 'igf-lp-2024-11-01.md' });
      await importSummaries(store, LOCAL_OPERATOR, [{ bytes: Buffer.from(DRAFT), name: 'draft.md' }]);
      tokens.outsider = (await account(store, 'outsider', 'member')).token;
      tokens['panel member'] = (await account(store, 'panelist', 'member', ['igf-lp'])).token;
      tokens.secretariat = (await account(store, 'secretary', 'secretariat')).token;
      tokens.admin = (await account(store, 'administrator', 'admin')).token;
      await account(store, 'spare', 'member');
      app = createApp(store, { logError: () => undefined });
    });

    it('answers every change by every role as its permissions say, and a refusal changes nothing', async () => {
      const changes = changesOf(app);
      assert.ok(changes.length >= 35, `${changes.length} changes`);
      const failures: string[] = [];
      const accepted = new Set<string>();
      let asked = 0;
      let before = await snapshot(store);
      for (const role of ROLES) {
        for (const { method, path } of changes) {
          for (const body of ['none', 'invalid', 'valid'] as const) {
            // Signing in again (after signing out) is not the change under test.
            if (!path.startsWith('/api/') && (await session(role)).fresh) before = await snapshot(store);
            const response = await send(role, method, path, body);
            await response.arrayBuffer();
            asked += 1;
            const what = `${role} ${method} ${path} (${body} body): ${response.status}`;
            const expected = refusal(role, method, path);
            if (expected !== null && response.status !== expected) failures.push(`${what}, not ${expected}`);
            if (response.status >= 500) failures.push(`${what}, a server error`);
            const after = await snapshot(store);
            if (response.status >= 400) {
              if (after !== before) failures.push(`${what}, and the database changed`);
            } else if (body === 'valid') {
              accepted.add(`${role} ${method} ${path}`);
            }
            before = after;
          }
        }
      }
      assert.deepEqual(failures, []);
      assert.equal(asked, changes.length * ROLES.length * 3);
      // The valid bodies are valid: the secretariat's and the administrator's changes go through.
      for (const change of [
        'secretariat POST /api/meetings',
        'secretariat POST /api/imports',
        'secretariat POST /import',
        'secretariat POST /api/meetings/igf-lp/2024-12-06/transitions',
        'secretariat POST /m/igf-lp/2024-12-06/comments',
        'admin POST /admin/accounts',
        'admin POST /admin/accounts/spare/access',
      ])
        assert.ok(accepted.has(change), `${change} was not accepted: ${[...accepted].join('; ')}`);
    });
  });
}
