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

/** A meeting of the panel, published, read from one file with a draft that follows it. */
const PANEL_PUBLISHED = `**IGF Leadership Panel
Virtual Meeting
17 January 2025 | 13:00-14:00 UTC**

The Panel met to review its work plan.

Decisions, Action Items & Next Steps

- **Work plan:**
 - The Panel agreed to the work plan for 2025.
 - The Secretariat will circulate the work plan by 31 January 2025.

Annex – Attendance

Panel Members

Mr. Vint Cerf, Chair
`;

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
  // Every header counts but those random by design (the date, a new cookie's token); the ETag is
  // compared by the test of its own below.
  const headers: string[] = [];
  response.headers.forEach((value, name) => {
    if (!['date', 'set-cookie', 'etag', 'content-length'].includes(name)) headers.push(`${name}: ${value}`);
  });
  headers.sort();
  return `${response.status}\n${headers.join('\n')}\n\n${body}`;
}

/** The addresses on this site that a page links to, as requests. */
function linksOf(answerText: string): string[] {
  if (!answerText.includes('content-type: text/html')) return [];
  const links = new Set<string>();
  for (const [, href] of answerText.matchAll(/href="(\/[^"#]*)/g)) {
    const path = href!.replace(/&amp;/g, '&');
    if (!path.startsWith('//') && !path.startsWith('/static/')) links.add(path);
  }
  return [...links];
}

/**
 * Asks both applications every request, and every page their answers link to, as one role:
 * the answers must be the same, and none may hold a secret.
 */
async function compareAll(
  apps: { full: Hono<AppEnv>; reference: Hono<AppEnv> },
  tokens: { full: string | null; reference: string | null },
  requests: Array<{ method: string; path: string; body?: string }>,
  secrets: string[],
  label: string,
): Promise<number> {
  // Reads first, with the pages they link to; then the changes, which a role may be allowed to
  // make (a member comments on a draft of their body): an accepted change is compared by its
  // status only, since it numbers what it adds after everything stored, seen or not.
  const reads = requests.filter((r) => r.method === 'GET');
  const seen = new Set(reads.map((r) => r.path));
  const queue = [...reads, ...requests.filter((r) => r.method !== 'GET')];
  let compared = 0;
  let followed = 0;
  for (let i = 0; i < queue.length; i++) {
    const request = queue[i]!;
    const got = await answer(apps.full, request, tokens.full);
    const expected = await answer(apps.reference, request, tokens.reference);
    const accepted = request.method !== 'GET' && /^2\d\d\n/.test(got);
    assert.equal(
      accepted ? got.slice(0, 4) : got,
      accepted ? expected.slice(0, 4) : expected,
      `${label}: ${request.method} ${request.path}`,
    );
    if (!request.path.includes('?')) {
      for (const secret of secrets)
        assert.ok(!got.includes(secret), `${label}: ${request.method} ${request.path} shows “${secret}”`);
    }
    compared += 1;
    if (request.method !== 'GET') continue;
    // The pages a reader reaches by following links, the queries of their forms and pagers
    // included, are asked too (within a bound: the links of links soon repeat).
    for (const path of linksOf(got)) {
      if (seen.has(path) || seen.size >= requests.length + 600) continue;
      seen.add(path);
      queue.splice(
        queue.findIndex((r, j) => j > i && r.method !== 'GET'),
        0,
        { method: 'GET', path },
      );
      followed += 1;
    }
  }
  assert.ok(followed > 0, `${label}: no page linked to one not asked already`);
  return compared;
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
          const compared = await compareAll(
            { full: app, reference: referenceApp },
            { full: full.tokens[role], reference: reference.tokens[role] },
            requests,
            secrets,
            role,
          );
          assert.ok(compared > requests.length, `${compared} answers compared`);
        } finally {
          await reference.store.close();
          await fresh.drop();
        }
      });
    }

    it('keeps the tags of what others read when only a draft changes', async () => {
      const reads = (await requestsOf(app, full.store)).filter((r) => r.method === 'GET');
      const tagsOf = async (role: Role) => {
        const tags: string[] = [];
        for (const request of reads) {
          const token = full.tokens[role];
          const response = await app.request(request.path, {
            headers: token === null ? {} : { Authorization: `Bearer ${token}` },
          });
          await response.arrayBuffer();
          tags.push(`${request.path} ${response.headers.get('etag') ?? '-'}`);
        }
        return tags;
      };
      const roles: Role[] = ['anonymous', 'outsider'];
      const before = await Promise.all(roles.map(tagsOf));
      assert.ok(before[0]!.filter((t) => !t.endsWith(' -')).length > 0, 'answers carry tags');
      // Both drafts change: an edit, a comment, a move back.
      const clerk = (await full.store.findUserByLogin('clerk'))!;
      for (const id of ['igf-lp/2024-12-06', 'tc/2025-03-03']) {
        const draft = (await full.store.getMeeting(id, EVERYTHING))!;
        const edited = {
          ...draft.record,
          meeting: { ...draft.record.meeting, venue: 'Elsewhere, still secret' },
        };
        await saveEdit(full.store, clerk, edited, draft.version);
        await commentOn(full.store, clerk, id, 'Another confidential remark.');
        await moveMeeting(full.store, clerk, id, 'draft');
      }
      assert.deepEqual(await Promise.all(roles.map(tagsOf)), before);
    });

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

    // A file holding a published meeting and, after it, a draft: to those who may not see the
    // draft, everything is as if the file had held the published meeting alone.
    it('shows a meeting read from one file with a draft as if the file held it alone', async () => {
      const pair = await Promise.all([engine.open(), engine.open()]);
      try {
        const [withDraft, alone] = await Promise.all(
          [`${PANEL_PUBLISHED}\n${PANEL_DRAFT}`, `${PANEL_PUBLISHED}\n`].map(async (text, i) => {
            const { store } = pair[i]!;
            const outsider = await account(store, 'outsider', 'member');
            const clerk = await account(store, 'clerk', 'secretariat');
            const [report] = await importSummaries(store, clerk.user, [
              { bytes: Buffer.from(text), name: 'panel-2025.md' },
            ]);
            assert.equal(report!.meetings.length, i === 0 ? 2 : 1);
            for (const to of ['circulated', 'approved', 'published'] as const)
              await moveMeeting(store, clerk.user, 'igf-lp/2025-01-17', to);
            return { app: createApp(store, { logError: () => undefined }), store, outsider: outsider.token };
          }),
        );
        const requests = await requestsOf(withDraft!.app, withDraft!.store);
        for (const role of ['anonymous', 'outsider'] as const) {
          const token = (side: typeof alone) => (role === 'anonymous' ? null : side!.outsider);
          await compareAll(
            { full: withDraft!.app, reference: alone!.app },
            { full: token(withDraft), reference: token(alone) },
            requests,
            PANEL_SECRETS,
            `${role}, one file`,
          );
        }
        // The published meeting's source is shown, and is its own text.
        const source = await withDraft!.app.request('/api/meetings/igf-lp/2025-01-17/source');
        assert.equal(source.status, 200);
        assert.match(((await source.json()) as { text: string }).text, /review its work plan/);
      } finally {
        for (const side of pair) {
          await side.store.close();
          await side.drop();
        }
      }
    });
  });
}
