// The JSON API on both engines: what each route gives, and the errors it answers with.
import { EVERYTHING } from '../../src/app/ports.js';
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Hono } from 'hono';
import type { MeetingRecord } from '../../src/domain/record.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { account } from '../support/accounts.js';
import { openStore } from '../../src/storage/store.js';
import { exampleBytes } from '../support/example.js';
import { describeOn, engines } from '../support/stores.js';

const later = exampleBytes()
  .toString('utf8')
  .replace('1 November 2024', '6 December 2024')
  .replace('Ms. Lise Fuhr\n', '');

async function json(
  app: Hono<AppEnv>,
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: any }> {
  // Read as the secretariat unless the request says otherwise (an init of its own).
  const response = await app.request(path, init ?? { headers: { Authorization: `Bearer ${token}` } });
  assert.match(response.headers.get('content-type') ?? '', /application\/json/, `${path} answers JSON`);
  return { status: response.status, body: await response.json() };
}

// The secretariat's API token, made in each suite's set-up.
let token = '';

const send = (method: string, body: unknown, as: string | null = token): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...(as === null ? {} : { Authorization: `Bearer ${as}` }) },
  body: JSON.stringify(body),
});

for (const engine of engines) {
  describeOn(engine, `the JSON API on ${engine.name}`, (context) => {
    let app: Hono<AppEnv>;
    let memberToken = '';
    before(async () => {
      app = createApp(context.store(), { logError: () => undefined });
      token = (await account(context.store(), 'clerk', 'secretariat')).token;
      memberToken = (await account(context.store(), 'member', 'member')).token;
      const saved = await json(
        app,
        '/api/imports',
        send('POST', {
          name: 'igf-lp-2024-11-01.md',
          text: exampleBytes().toString('utf8'),
          published: true,
        }),
      );
      assert.equal(saved.status, 201);
    });

    it('answers a health check, and says when its database does not', async () => {
      const healthy = await app.request('/health');
      assert.deepEqual([healthy.status, await healthy.json()], [200, { status: 'ok' }]);
      assert.equal(healthy.headers.get('cache-control'), 'no-store');
      const closed = await engine.open();
      await closed.store.close();
      const down = await createApp(closed.store, { logError: () => undefined }).request('/health');
      await closed.drop();
      assert.deepEqual([down.status, await down.json()], [503, { status: 'unavailable' }]);
    });

    it('lists meetings and bodies', async () => {
      const { status, body } = await json(app, '/api/meetings');
      assert.equal(status, 200);
      assert.deepEqual(
        body.meetings.map((m: { id: string; decisions: number; actions: number }) => [
          m.id,
          m.decisions,
          m.actions,
        ]),
        [['igf-lp/2024-11-01', 4, 2]],
      );
      assert.deepEqual((await json(app, '/api/bodies')).body.bodies, [
        {
          slug: 'igf-lp',
          name: 'IGF Leadership Panel',
          documentFlow: null,
          meetings: 1,
          latest: '2024-11-01',
        },
      ]);
    });

    it('gives a meeting, one outcome, its source and its summary by citable identifier', async () => {
      const meeting = await json(app, '/api/meetings/igf-lp/2024-11-01');
      assert.equal(meeting.body.record.meeting.start, '2024-11-01T13:00:00Z');
      assert.equal(meeting.body.version, 1);
      const outcome = await json(app, '/api/meetings/igf-lp/2024-11-01/outcomes/d2');
      assert.equal(
        outcome.body.outcome.text,
        'Members reaffirmed the IWW framework as a guiding document for IGF reporting and discussions.',
      );
      assert.equal(outcome.body.topic, 'Leadership Panel Output: Future of the ‘Internet We Want’');
      const source = await json(app, '/api/meetings/igf-lp/2024-11-01/source');
      assert.equal(source.body.text, exampleBytes().toString('utf8'));
      const summary = await app.request('/api/meetings/igf-lp/2024-11-01/summary.md');
      assert.match(await summary.text(), /^\*\*IGF Leadership Panel/);
    });

    it('answers an unknown identifier with 404 and a code', async () => {
      assert.deepEqual(await json(app, '/api/meetings/igf-lp/2031-01-01'), {
        status: 404,
        body: { code: 'not-found', message: 'no meeting has the identifier igf-lp/2031-01-01' },
      });
      assert.equal((await json(app, '/api/meetings/igf-lp/2024-11-01/outcomes/d99')).body.code, 'not-found');
      assert.equal((await json(app, '/api/nothing-here')).status, 404);
    });

    it('refuses invalid input with 400, naming the field', async () => {
      const limit = await json(app, '/api/meetings?limit=0');
      assert.equal(limit.status, 400);
      assert.equal(limit.body.code, 'invalid-argument');
      assert.equal(limit.body.field, 'limit');
      const dates = await json(app, '/api/decisions?from=yesterday');
      assert.deepEqual([dates.status, dates.body.field], [400, 'from']);
      const malformed = await json(app, '/api/imports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{"name": ',
      });
      assert.equal(malformed.status, 400);
      assert.deepEqual(malformed.body, {
        code: 'invalid-argument',
        message: 'the request body is not valid JSON',
      });
    });

    it('previews an import without saving it, then saves it as reviewed', async () => {
      const preview = await json(
        app,
        '/api/imports/preview',
        send('POST', { name: 'december.md', text: later }),
      );
      assert.equal(preview.status, 200);
      const record: MeetingRecord = preview.body.records[0];
      assert.equal(record.meeting.id, 'igf-lp/2024-12-06');
      assert.equal((await json(app, '/api/meetings/igf-lp/2024-12-06')).status, 404);
      const reviewed = { ...record, meeting: { ...record.meeting, venue: 'Online' } };
      const saved = await json(
        app,
        '/api/imports',
        send('POST', { name: 'december.md', text: later, records: [reviewed] }),
      );
      assert.deepEqual(saved, {
        status: 201,
        body: { meetings: [{ id: 'igf-lp/2024-12-06', outcome: 'created', version: 1 }] },
      });
      assert.equal((await json(app, '/api/meetings/igf-lp/2024-12-06')).body.record.meeting.venue, 'Online');
    });

    it('refuses an import it cannot read, and saves nothing', async () => {
      const empty = await json(app, '/api/imports', send('POST', { name: 'empty.md', text: '   \n' }));
      assert.equal(empty.status, 400);
      assert.equal(empty.body.code, 'empty-input');
      const reviewed = await json(
        app,
        '/api/imports',
        send('POST', { name: 'x.md', text: later, records: [{ format: 'minutebook/1' }] }),
      );
      assert.equal(reviewed.status, 400);
      assert.equal(reviewed.body.field, 'records[0].meeting');
      assert.equal((await json(app, '/api/meetings')).body.total, 2);
    });

    it('saves an edit over its version and refuses a stale one with 409 and the current version', async () => {
      const opened = (await json(app, '/api/meetings/igf-lp/2024-11-01')).body;
      const record: MeetingRecord = opened.record;
      const first = { ...record, meeting: { ...record.meeting, venue: 'Riyadh' } };
      // The example is published: a change is a correction, and needs its reason.
      const unexplained = await json(
        app,
        '/api/meetings/igf-lp/2024-11-01',
        send('PUT', { record: first, version: opened.version }),
      );
      assert.deepEqual([unexplained.status, unexplained.body.field], [400, 'reason']);
      const saved = await json(
        app,
        '/api/meetings/igf-lp/2024-11-01',
        send('PUT', { record: first, version: opened.version, reason: 'The venue was missing.' }),
      );
      assert.deepEqual(saved.body, {
        id: 'igf-lp/2024-11-01',
        outcome: 'replaced',
        version: opened.version + 1,
      });
      const second = { ...record, meeting: { ...record.meeting, venue: 'Geneva' } };
      const refused = await json(
        app,
        '/api/meetings/igf-lp/2024-11-01',
        send('PUT', { record: second, version: opened.version, reason: 'Another view of the venue.' }),
      );
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'conflict');
      assert.equal(refused.body.version, opened.version + 1);
      assert.equal((await json(app, '/api/meetings/igf-lp/2024-11-01')).body.record.meeting.venue, 'Riyadh');
      // The version before the correction is kept whole, and shows what the correction changed.
      const versions = (await json(app, '/api/meetings/igf-lp/2024-11-01/versions', { headers: {} })).body
        .versions;
      assert.deepEqual(
        versions.map((v: { version: number; current: boolean }) => [v.version, v.current]),
        [
          [opened.version + 1, true],
          [opened.version, false],
        ],
      );
      const before = (
        await json(app, `/api/meetings/igf-lp/2024-11-01/versions/${opened.version}`, { headers: {} })
      ).body;
      assert.equal(before.record.meeting.venue, null);
      assert.deepEqual(before.changedNext, [
        { subject: { kind: 'meeting', field: 'venue' }, saved: null, yours: 'Riyadh' },
      ]);
      const history = (await json(app, '/api/meetings/igf-lp/2024-11-01/history')).body.entries;
      assert.deepEqual(
        [history[0].action, history[0].reason, history[0].actor, history[0].detail.differences],
        [
          'correct',
          'The venue was missing.',
          'Clerk Tester (clerk)',
          [{ subject: { kind: 'meeting', field: 'venue' }, saved: null, yours: 'Riyadh' }],
        ],
      );
      const elsewhere = await json(
        app,
        '/api/meetings/igf-lp/2024-11-01',
        send('PUT', {
          record: { ...record, meeting: { ...record.meeting, id: 'igf-lp/2024-12-06' } },
          version: 2,
        }),
      );
      assert.deepEqual([elsewhere.status, elsewhere.body.field], [422, 'record.meeting.id']);
    });

    it('sets an action’s status, and refuses a status for a decision', async () => {
      const done = await json(
        app,
        '/api/meetings/igf-lp/2024-11-01/outcomes/a2',
        send('PATCH', { status: 'done' }),
      );
      assert.equal(done.status, 200);
      assert.equal(
        (await json(app, '/api/meetings/igf-lp/2024-11-01/outcomes/a2')).body.outcome.status,
        'done',
      );
      const open = await json(app, '/api/actions?status=done');
      assert.deepEqual(
        open.body.outcomes.map((o: { id: string }) => o.id),
        ['igf-lp/2024-11-01#a2'],
      );
      const decision = await json(
        app,
        '/api/meetings/igf-lp/2024-11-01/outcomes/d1',
        send('PATCH', { status: 'done' }),
      );
      assert.equal(decision.status, 400);
      const unknown = await json(
        app,
        '/api/meetings/igf-lp/2024-11-01/outcomes/a2',
        send('PATCH', { status: 'finished' }),
      );
      assert.deepEqual([unknown.status, unknown.body.field], [400, 'status']);
    });

    it('creates a meeting from a draft that starts from the body’s last attendance', async () => {
      const draft = await json(app, '/api/meetings/draft?body=igf-lp&date=2025-01-17', {
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(draft.body.meeting.id, 'igf-lp/2025-01-17');
      assert.ok(draft.body.attendance.length > 0);
      assert.ok(
        !draft.body.attendance.some((a: { name: string }) => a.name === 'Lise Fuhr'),
        'the December meeting had no Lise Fuhr',
      );
      const created = await json(app, '/api/meetings', send('POST', draft.body));
      assert.deepEqual(created, {
        status: 201,
        body: { id: 'igf-lp/2025-01-17', outcome: 'created', version: 1 },
      });
      const again = await json(app, '/api/meetings', send('POST', draft.body));
      assert.equal(again.status, 409);
      const invalid = await json(
        app,
        '/api/meetings',
        send('POST', { ...draft.body, meeting: { ...draft.body.meeting, date: '17/01/2025' } }),
      );
      assert.equal(invalid.status, 400);
      assert.equal(invalid.body.field, 'meeting.date');
    });

    it('searches everything and marks the matching words', async () => {
      const { body } = await json(app, '/api/search?q=strategic%20outlook');
      assert.ok(
        body.results.some(
          (r: { kind: string; title: string }) =>
            r.kind === 'document' && r.title === 'IGF LP Strategic Outlook',
        ),
      );
      assert.ok(body.results.some((r: { ref: string }) => r.ref === 'igf-lp/2024-11-01#d3'));
      const d3 = body.results.find((r: { ref: string }) => r.ref === 'igf-lp/2024-11-01#d3');
      assert.deepEqual(
        d3.fragments
          .filter((f: { match: boolean }) => f.match)
          .map((f: { text: string }) => f.text.toLowerCase()),
        ['strategic', 'outlook'],
      );
    });

    it('keeps answers while nothing changes, and sees a change made by another process', async () => {
      const first = await app.request('/api/meetings/igf-lp/2024-11-01');
      const etag = first.headers.get('etag');
      const plainJson = await first.json();
      assert.ok(etag !== null);
      const unchanged = await app.request('/api/meetings/igf-lp/2024-11-01', {
        headers: { 'If-None-Match': etag },
      });
      assert.equal(unchanged.status, 304);
      for (const encoding of ['br', 'gzip'] as const) {
        const compressed = await app.request('/api/meetings/igf-lp/2024-11-01', {
          headers: { 'Accept-Encoding': `${encoding}, deflate` },
        });
        assert.equal(compressed.headers.get('content-encoding'), encoding);
        const bytes = Buffer.from(await compressed.arrayBuffer());
        const plain = encoding === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes);
        assert.deepEqual(JSON.parse(plain.toString('utf8')), plainJson);
      }
      const page = await app.request('/m/igf-lp/2024-11-01');
      assert.equal(page.status, 200);
      // Another process (here: another connection to the same database) edits the meeting.
      const other = await openStore({ url: context.url() });
      try {
        const stored = (await other.getMeeting('igf-lp/2024-11-01', EVERYTHING))!;
        await other.updateMeeting(
          { ...stored.record, meeting: { ...stored.record.meeting, venue: 'Addis Ababa' } },
          stored.version,
        );
      } finally {
        await other.close();
      }
      // Another process's write is seen by the next request.
      const changed = await app.request('/api/meetings/igf-lp/2024-11-01', {
        headers: { 'If-None-Match': etag },
      });
      assert.equal(changed.status, 200);
      assert.notEqual(changed.headers.get('etag'), etag);
      assert.equal(((await changed.json()) as any).record.meeting.venue, 'Addis Ababa');
      assert.match(await (await app.request('/m/igf-lp/2024-11-01')).text(), /Addis Ababa/);
    });

    it('takes changes only from an account that may make them', async () => {
      const opened = (await json(app, '/api/meetings/igf-lp/2024-11-01')).body;
      const edit = { record: opened.record, version: opened.version };
      const anonymous = await json(app, '/api/meetings/igf-lp/2024-11-01', send('PUT', edit, null));
      assert.deepEqual([anonymous.status, anonymous.body.code], [401, 'unauthenticated']);
      const member = await json(app, '/api/meetings/igf-lp/2024-11-01', send('PUT', edit, memberToken));
      assert.deepEqual([member.status, member.body.code], [403, 'forbidden']);
      const forged = await json(app, '/api/meetings', {
        headers: { Authorization: 'Bearer mbt_not-a-token' },
      });
      assert.deepEqual([forged.status, forged.body.code], [401, 'unauthenticated']);
      const imported = await json(app, '/api/imports', send('POST', { name: 'x.md', text: later }, null));
      assert.equal(imported.status, 401);
      assert.equal((await json(app, '/api/meetings/igf-lp/2024-11-01')).body.version, opened.version);
    });

    it('keeps a draft out of sight until it is published, and records each step', async () => {
      const text = [
        '**IGF Leadership Panel\nVirtual Meeting\n24 January 2025 | 13:00-14:00 UTC**',
        '',
        'The Panel met to prepare the Xylophone consultation.',
        '',
        'Decisions, Action Items & Next Steps',
        '',
        '- **Xylophone consultation:**',
        ' - The Panel agreed to open the Xylophone consultation in February.',
        '',
      ].join('\n');
      const saved = await json(app, '/api/imports', send('POST', { name: 'january.md', text }));
      const id: string = saved.body.meetings[0].id;
      const anonymousSearch = async () =>
        (await json(app, '/api/search?q=xylophone', { headers: {} })).body.total as number;
      assert.equal(await anonymousSearch(), 0);
      assert.equal((await json(app, `/api/meetings/${id}`, { headers: {} })).status, 404);
      const move = (to: string, as: string | null = token) =>
        json(app, `/api/meetings/${id}/transitions`, send('POST', { to }, as));
      assert.equal((await move('published')).status, 400, 'a draft is not published before it is approved');
      assert.equal(
        (await move('circulated', memberToken)).status,
        404,
        'someone outside the body does not see it',
      );
      assert.deepEqual((await move('circulated')).body, { from: 'draft', to: 'circulated' });
      // A member of the body comments on the circulated draft; the comment is on version 1.
      const lise = (await account(context.store(), 'lise', 'member', ['igf-lp'])).token;
      const comment = await json(
        app,
        `/api/meetings/${id}/comments`,
        send('POST', { text: 'Say “in February 2025”.' }, lise),
      );
      assert.deepEqual([comment.status, comment.body.version, comment.body.author], [201, 1, 'Lise Tester']);
      assert.equal(
        (await json(app, `/api/meetings/${id}/comments`, send('POST', { text: 'Me too.' }, memberToken)))
          .status,
        404,
      );
      assert.deepEqual((await move('approved')).body, { from: 'circulated', to: 'approved' });
      assert.equal((await move('approved')).status, 400);
      assert.equal(await anonymousSearch(), 0, 'approved is not published');
      assert.deepEqual((await move('published')).body, { from: 'approved', to: 'published' });
      assert.equal(await anonymousSearch(), 2, 'the meeting and its decision');
      assert.equal((await json(app, `/api/meetings/${id}`, { headers: {} })).body.state, 'published');
      const history = (await json(app, `/api/meetings/${id}/history`)).body.entries;
      assert.deepEqual(
        history.map((e: { action: string }) => e.action),
        ['publish', 'approve', 'comment', 'circulate', 'import'],
      );
      // The deliberation stays with those who took part in it.
      assert.deepEqual((await json(app, `/api/meetings/${id}/comments`, { headers: {} })).body.comments, []);
      const comments = (await json(app, `/api/meetings/${id}/comments`)).body.comments;
      assert.deepEqual(
        comments.map((c: { text: string }) => c.text),
        ['Say “in February 2025”.'],
      );
      assert.equal(
        (await json(app, `/api/meetings/${id}/comments`, send('POST', { text: 'Late.' }, lise))).status,
        403,
        'no comment after publication',
      );
      const seenByAll = (await json(app, `/api/meetings/${id}/history`, { headers: {} })).body.entries;
      assert.deepEqual(
        seenByAll.map((e: { action: string }) => e.action),
        ['publish'],
        'before publication, the history is as confidential as the draft',
      );
    });

    it('gives the registers of decisions, documents and people', async () => {
      const endorsed = await json(app, '/api/decisions?verb=endorsed');
      assert.ok(endorsed.body.total >= 2);
      const documents = await json(app, '/api/documents?state=draft');
      const outlook = documents.body.documents.find(
        (d: { title: string }) => d.title === 'IGF LP Strategic Outlook',
      );
      const detail = await json(app, `/api/documents/${outlook.id}`);
      assert.deepEqual(
        detail.body.named.map((o: { id: string }) => o.id),
        ['igf-lp/2024-12-06#d3', 'igf-lp/2024-11-01#d3'],
      );
      const people = await json(app, '/api/people?text=fuhr');
      const lise = await json(app, `/api/people/${people.body.people[0].id}`);
      assert.deepEqual(
        lise.body.attendance.map((a: { meetingId: string }) => a.meetingId),
        ['igf-lp/2024-11-01'],
      );
      assert.equal((await json(app, '/api/people/999999')).status, 404);
    });
  });
}
