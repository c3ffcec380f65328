// What is not published is invisible to anyone who may not see it, everywhere. Every route of the
// application, read from its router (a new route is covered without touching this test), is
// requested by every role against a database holding published and draft meetings. Each answer
// must be exactly the answer the same request gets from a database that holds only what that
// role may see: no text, no count, no status, no error message may differ. Both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Hono } from 'hono';
import { LOCAL_OPERATOR } from '../../src/app/access.js';
import { loadExampleIfEmpty } from '../../src/app/example.js';
import { EVERYTHING, type MeetingStore } from '../../src/app/ports.js';
import { importSummaries } from '../../src/app/summaries.js';
import { saveEdit } from '../../src/app/editing.js';
import { moveMeeting } from '../../src/app/workflow.js';
import { commentOn } from '../../src/app/versions.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { openStore } from '../../src/storage/store.js';
import { account } from '../support/accounts.js';
import { exampleBytes } from '../support/example.js';
import { describeOn, engines } from '../support/stores.js';

/** A draft of the example's body: its members may see it, no one else. */
const PANEL_DRAFT = `**IGF Leadership Panel
Virtual Meeting
6 December 2024 | 13:00-14:00 UTC**

The Panel met to discuss the Zanzibar Protocol.

Decisions, Action Items & Next Steps

- **Zanzibar Protocol:**
 - The Panel agreed to avoid the quagmire described in the “Obsidian Charter”.
 - Xavier Quillfeather will draft the “Obsidian Charter” by 20 December 2024.

Annex – Attendance

Panel Members

Mr. Vint Cerf, Chair
Mr. Xavier Quillfeather
`;

/** A draft of a body that has nothing published: even the body is unknown outside it. */
const COUNCIL_DRAFT = `**Tarn Council
In-person Meeting
3 March 2025 | 09:00-10:00 UTC**

The Council discussed the Tarnwick bridge.

Decisions, Action Items & Next Steps

- **Tarnwick bridge:**
 - The Council approved the “Tarnwick Survey”.

Annex – Attendance

Members

Ms. Ottilie Tarnwick, Chair
`;

// Words of the drafts that no request names: an answer that holds one shows the draft. (That
// answers hold nothing else of them is the comparison's work.)
const PANEL_SECRETS = [
  'Zanzibar',
  'Quillfeather',
  'Obsidian',
  'quagmire',
  'confidential remark',
  'Somewhere confidential',
];
const COUNCIL_SECRETS = ['Tarn', 'Ottilie'];

type Role = 'anonymous' | 'outsider' | 'panel member' | 'secretariat';

/** A store holding the example and the drafts that `drafts` names, and the same accounts. */
async function seeded(
  url: string,
  drafts: string[],
): Promise<{ store: MeetingStore; tokens: Record<Role, string | null> }> {
  const store = await openStore({ url });
  await loadExampleIfEmpty(store, { bytes: exampleBytes(), name: 'igf-lp-2024-11-01.md' });
  const outsider = await account(store, 'outsider', 'member');
  const panelist = await account(store, 'panelist', 'member', ['igf-lp']);
  const clerk = await account(store, 'clerk', 'secretariat');
  // The published example is corrected once: its versions are public.
  const example = (await store.getMeeting('igf-lp/2024-11-01', EVERYTHING))!;
  const corrected = { ...example.record, meeting: { ...example.record.meeting, venue: 'Online' } };
  await saveEdit(store, clerk.user, corrected, example.version, 'The venue was missing.');
  for (const [i, text] of drafts.entries()) {
    const [report] = await importSummaries(store, LOCAL_OPERATOR, [
      { bytes: Buffer.from(text), name: `draft-${i}.md` },
    ]);
    // Each draft is edited (a second version), circulated and commented on.
    const id = report!.meetings[0]!.id;
    const draft = (await store.getMeeting(id, EVERYTHING))!;
    const moved = { ...draft.record, meeting: { ...draft.record.meeting, venue: 'Somewhere confidential' } };
    await saveEdit(store, clerk.user, moved, draft.version);
    await moveMeeting(store, clerk.user, id, 'circulated');
    const author = text === PANEL_DRAFT ? panelist.user : clerk.user;
    await commentOn(store, author, id, 'A confidential remark about the wording.');
  }
  const tokens: Record<Role, string | null> = {
    anonymous: null,
    outsider: outsider.token,
    'panel member': panelist.token,
    secretariat: clerk.token,
  };
  return { store, tokens };
}

/** Every request the router's routes make possible with the stored identifiers. */
async function requestsOf(
  app: Hono<AppEnv>,
  store: MeetingStore,
): Promise<Array<{ method: string; path: string; body?: string }>> {
  const meetings = (await store.listMeetings({ limit: 100, offset: 0 }, EVERYTHING)).meetings.map(
    (m) => m.id,
  );
  const documents = (await store.listDocuments({ limit: 100, offset: 0 }, EVERYTHING)).documents.map((d) =>
    String(d.id),
  );
  const people = (await store.listPeople({ limit: 200, offset: 0 }, EVERYTHING)).people.map((p) =>
    String(p.id),
  );
  const bodies = (await store.listBodies(EVERYTHING)).map((b) => b.slug);
  const logins = (await store.listUsers()).map((u) => u.login);
  const queries = [
    '',
    '?q=Zanzibar',
    '?q=Tarnwick',
    '?q=Quillfeather',
    '?q=panel',
    '?text=quagmire',
    '?text=Obsidian',
    '?text=tarnwick',
    '?body=tarn-council',
    '?state=draft',
  ];
  const requests: Array<{ method: string; path: string; body?: string }> = [];
  const seen = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || /:token|:hash/.test(route.path) || route.path === '/api/openapi.json')
      continue;
    let paths = [route.path];
    const expand = (pattern: RegExp, values: string[]) => {
      paths = paths.flatMap((p) => (pattern.test(p) ? values.map((v) => p.replace(pattern, v)) : [p]));
    };
    expand(/:body\/:date/, meetings);
    expand(/:outcome(\{[^}]*\})?/, ['d1', 'a1', 'n1']);
    expand(/:version(\{[^}]*\})?/, ['1', '2', '3']);
    expand(/:slug/, bodies);
    expand(/:login/, logins);
    expand(/:form(\{[^}]*\})?/, ['access', 'sign-in', 'password']);
    expand(/:kind(\{[^}]*\})?/, ['people', 'documents']);
    paths = paths.flatMap((p) => {
      if (!/:id/.test(p)) return [p];
      return (/documents/.test(p) ? documents : people).map((id) => p.replace(/:id(\{[^}]*\})?/, id));
    });
    for (const path of paths) {
      const variants = route.method === 'GET' && !/\/m\/|:|\d{4}-/.test(path) ? queries : [''];
      for (const query of variants) {
        const key = `${route.method} ${path}${query}`;
        if (seen.has(key)) continue;
        seen.add(key);
        requests.push({
          method: route.method,
          path: `${path}${query}`,
          ...(route.method === 'GET' ? {} : { body: bodyFor(path) }),
        });
      }
    }
  }
  return requests;
}

/** A body that passes validation, so that a refusal comes from who is asking, not from the input. */
function bodyFor(path: string): string {
  if (path.endsWith('/transitions')) return JSON.stringify({ to: 'circulated' });
  if (/\/outcomes\//.test(path)) return JSON.stringify({ status: 'done' });
  if (path.endsWith('/comments')) return JSON.stringify({ text: 'Is anyone there?' });
  if (path.endsWith('/merge')) return JSON.stringify({ from: 999_999, into: 999_998 });
  if (path.endsWith('/distinct')) return JSON.stringify({ a: 999_999, b: 999_998 });
  if (path.endsWith('/separate')) return JSON.stringify({ key: 'person:no one merged' });
  if (path.endsWith('/memberships')) return JSON.stringify({ body: 'tarn-council', role: 'Member' });
  if (path.endsWith('/document-flow')) return JSON.stringify({ flow: null });
  if (path.startsWith('/api/imports'))
    return JSON.stringify({ name: 'x.md', text: exampleBytes().toString('utf8') });
  return JSON.stringify({});
}

async function answer(
  app: Hono<AppEnv>,
  request: { method: string; path: string; body?: string },
  token: string | null,
): Promise<string> {
  const form = !request.path.startsWith('/api/') && request.method === 'POST';
  const response = await app.request(request.path, {
    method: request.method,
    headers: {
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...(request.body === undefined
        ? {}
        : { 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json' }),
    },
    ...(request.body === undefined ? {} : { body: form ? 'status=done&to=circulated' : request.body }),
  });
  const text = await response.text();
  // Times of day and the store's revision differ between two databases; nothing else may.
  // and so do the random tokens of forms.
  const body = text
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<instant>')
    .replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf" value="<token>"')
    .replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP:<instant>')
    .replace(/(<time datetime="<instant>">)[^<]*(<\/time>)/g, '$1<shown>$2');
  return `${response.status} ${response.headers.get('location') ?? ''}\n${body}`;
}

for (const engine of engines) {
  describeOn(engine, `confidentiality on ${engine.name}`, (context) => {
    let full: { store: MeetingStore; tokens: Record<Role, string | null> };
    let app: Hono<AppEnv>;
    before(async () => {
      full = await seeded(context.url(), [PANEL_DRAFT, COUNCIL_DRAFT]);
      app = createApp(full.store, { logError: () => undefined });
    });

    // What each role may see, as a database of its own: the reference its answers must equal.
    const cases: Array<{ role: Role; drafts: string[]; secrets: string[] }> = [
      { role: 'anonymous', drafts: [], secrets: [...PANEL_SECRETS, ...COUNCIL_SECRETS] },
      { role: 'outsider', drafts: [], secrets: [...PANEL_SECRETS, ...COUNCIL_SECRETS] },
      { role: 'panel member', drafts: [PANEL_DRAFT], secrets: COUNCIL_SECRETS },
    ];
    for (const { role, drafts, secrets } of cases) {
      it(`shows ${role === 'anonymous' ? 'someone not signed in' : `a ${role}`} exactly what a database without the rest would`, async () => {
        // The reference is a fresh database on the same engine, so that search ranks alike.
        const fresh = await engine.open();
        await fresh.store.close();
        const reference = await seeded(fresh.url, drafts);
        try {
          const referenceApp = createApp(reference.store, { logError: () => undefined });
          const requests = await requestsOf(app, full.store);
          assert.ok(requests.length > 100, `${requests.length} requests`);
          let compared = 0;
          // Reads first; then the changes, which a role may be allowed to make (a member comments on
          // a draft of their body): an accepted change is compared by its status only, since it
          // numbers what it adds after everything stored, seen or not.
          const ordered = [
            ...requests.filter((r) => r.method === 'GET'),
            ...requests.filter((r) => r.method !== 'GET'),
          ];
          for (const request of ordered) {
            const got = await answer(app, request, full.tokens[role]);
            const expected = await answer(referenceApp, request, reference.tokens[role]);
            const accepted = request.method !== 'GET' && /^2\d\d /.test(got);
            assert.equal(
              accepted ? got.slice(0, 4) : got,
              accepted ? expected.slice(0, 4) : expected,
              `${role}: ${request.method} ${request.path}`,
            );
            if (!request.path.includes('?')) {
              for (const secret of secrets)
                assert.ok(
                  !got.includes(secret),
                  `${role}: ${request.method} ${request.path} shows “${secret}”`,
                );
            }
            compared += 1;
          }
          assert.equal(compared, requests.length);
        } finally {
          await reference.store.close();
          await fresh.drop();
        }
      });
    }

    it('shows the secretariat everything', async () => {
      const search = await app.request('/api/search?q=Zanzibar%20OR%20Tarnwick', {
        headers: { Authorization: `Bearer ${full.tokens.secretariat}` },
      });
      const results = ((await search.json()) as { results: Array<{ ref: string }> }).results.map(
        (r) => r.ref,
      );
      assert.ok(
        results.includes('igf-lp/2024-12-06') && results.some((r) => r.startsWith('tc/2025-03-03')),
        results.join(', '),
      );
    });
  });
}
