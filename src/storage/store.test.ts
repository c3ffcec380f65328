// The storage contract: the same behaviour on SQLite and on PostgreSQL, against real databases.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { EVERYTHING, type MeetingStore } from '../app/ports.js';
import type { MeetingRecord } from '../domain/record.js';
import { parseSearchQuery } from '../domain/search.js';
import { describeOn, engines } from '../../test/support/stores.js';
import { exampleBytes, exampleRecord, recordOf } from '../../test/support/example.js';
import { generatedMeeting } from '../../bench/generate.js';
import pg from 'pg';
import { openStore } from './store.js';

const source = (record: MeetingRecord, text = 'text') => ({
  sha256: record.source!.sha256,
  name: record.source!.name,
  text,
  firstLine: 1,
});

for (const engine of engines) {
  describeOn(engine, `storage on ${engine.name}`, (context) => {
    let store: MeetingStore;
    before(() => {
      store = context.store();
    });

    it('gives back the record it saved, under its citable identifier', async () => {
      const record = exampleRecord();
      const [result] = await store.saveMeetings([record], [source(record, exampleBytes().toString())]);
      assert.deepEqual(result, { id: 'igf-lp/2024-11-01', outcome: 'created', version: 1 });
      const stored = await store.getMeeting('igf-lp/2024-11-01', EVERYTHING);
      assert.deepEqual(stored?.record, record);
      assert.equal(stored?.version, 1);
    });

    it('keeps the source text whole', async () => {
      const kept = await store.getSource('igf-lp/2024-11-01', EVERYTHING);
      assert.equal(kept?.text, exampleBytes().toString());
    });

    it('does not duplicate anything when the same summary is imported again', async () => {
      const record = exampleRecord();
      const before = await store.search(parseSearchQuery('WSIS'), 50, 0, EVERYTHING);
      const [result] = await store.saveMeetings([record], [source(record)]);
      assert.equal(result?.outcome, 'unchanged');
      assert.equal((await store.listMeetings({ limit: 10, offset: 0 }, EVERYTHING)).total, 1);
      assert.deepEqual(await store.search(parseSearchQuery('WSIS'), 50, 0, EVERYTHING), before);
    });

    it('keeps outcome identifiers when a corrected summary is imported', async () => {
      const original = exampleRecord();
      const corrected = structuredClone(original);
      corrected.source!.sha256 = 'f'.repeat(64);
      // A new decision at the top of the first topic: the old decisions keep their numbers.
      corrected.topics[0]!.outcomes.unshift({
        ...original.topics[0]!.outcomes[1]!,
        id: 'd1',
        text: 'The Panel adopted its rules of procedure.',
      });
      const [result] = await store.saveMeetings([corrected], [source(corrected)]);
      assert.equal(result?.outcome, 'replaced');
      assert.equal(result?.version, 2);
      const stored = (await store.getMeeting('igf-lp/2024-11-01', EVERYTHING))!.record;
      const byText = new Map(stored.topics.flatMap((t) => t.outcomes).map((o) => [o.text, o.id]));
      for (const o of original.topics.flatMap((t) => t.outcomes))
        assert.equal(byText.get(o.text), o.id, o.text);
      assert.equal(byText.get('The Panel adopted its rules of procedure.'), 'd5');
    });

    it('gives a second meeting of the same body on the same day its own identifier', async () => {
      const other = recordOf(
        '**IGF Leadership Panel\nExtraordinary Session\n1 November 2024 | 16:00-17:00 UTC**\n\nMembers attended.\n',
      );
      const [result] = await store.saveMeetings([other], [source(other)]);
      assert.equal(result?.id, 'igf-lp/2024-11-01-2');
      assert.equal((await store.listMeetings({ limit: 10, offset: 0 }, EVERYTHING)).total, 2);
    });

    it('writes nothing of a batch that fails part way', async () => {
      const good = recordOf(
        '**Example Board\nMeeting\n3 March 2025**\n\n- **Budget:**\n - The Board approved the budget.\n',
      );
      const bad = recordOf(
        '**Example Board\nMeeting\n4 March 2025**\n\n- **Budget:**\n - The Board approved the budget.\n',
      );
      // Two outcomes with one identifier break the outcomes' primary key in the database.
      bad.topics[0]!.outcomes.push({ ...bad.topics[0]!.outcomes[0]!, text: 'Another decision was adopted.' });
      await assert.rejects(store.saveMeetings([good, bad], [source(good), source(bad)]));
      assert.equal(await store.getMeeting('eb/2025-03-03', EVERYTHING), null);
      assert.equal((await store.search(parseSearchQuery('budget'), 10, 0, EVERYTHING)).total, 0);
    });

    it('lists meetings newest first, by body, a page at a time', async () => {
      const later = recordOf('**Example Board\nMeeting\n5 May 2025**\n\nThe Board met.\n');
      const earlier = recordOf('**Example Board\nMeeting\n5 January 2025**\n\nThe Board met.\n');
      await store.saveMeetings([earlier, later], [source(earlier), source(later)]);
      const { meetings, total } = await store.listMeetings({ body: 'eb', limit: 1, offset: 0 }, EVERYTHING);
      assert.equal(total, 2);
      assert.deepEqual(
        meetings.map((m) => m.id),
        ['eb/2025-05-05'],
      );
      const next = await store.listMeetings({ body: 'Example Board', limit: 1, offset: 1 }, EVERYTHING);
      assert.deepEqual(
        next.meetings.map((m) => m.id),
        ['eb/2025-01-05'],
      );
      const all = await store.listMeetings({ limit: 10, offset: 0 }, EVERYTHING);
      assert.deepEqual(
        all.meetings.map((m) => m.date),
        ['2025-05-05', '2025-01-05', '2024-11-01', '2024-11-01'],
      );
      const example = all.meetings.find((m) => m.id === 'igf-lp/2024-11-01');
      assert.deepEqual(
        { d: example?.decisions, a: example?.actions, p: example?.present },
        { d: 5, a: 2, p: 25 },
      );
    });

    it('finds decisions, documents and people, whatever the accents', async () => {
      const hits = await store.search(parseSearchQuery('strategic outlook'), 20, 0, EVERYTHING);
      assert.ok(hits.hits.some((h) => h.kind === 'decision' && h.ref === 'igf-lp/2024-11-01#d3'));
      assert.ok(hits.hits.some((h) => h.kind === 'document' && h.title === 'IGF LP Strategic Outlook'));
      const people = await store.search(parseSearchQuery('Celine'), 20, 0, EVERYTHING);
      assert.deepEqual(
        people.hits.map((h) => [h.kind, h.title]),
        [['person', 'Céline Bal']],
      );
    });

    it('understands phrases, exclusions and OR, and counts every match', async () => {
      const phrase = await store.search(parseSearchQuery('"two-page document"'), 20, 0, EVERYTHING);
      assert.deepEqual(
        phrase.hits.map((h) => h.ref).filter((ref) => ref.includes('#')),
        ['igf-lp/2024-11-01#a1'],
      );
      const without = await store.search(parseSearchQuery('panel -riyadh'), 50, 0, EVERYTHING);
      assert.ok(
        without.hits.length > 0 && without.hits.every((h) => !/riyadh/i.test(`${h.title} ${h.body}`)),
      );
      const either = await store.search(parseSearchQuery('Riyadh OR Edtstadler'), 50, 0, EVERYTHING);
      const kinds = new Set(either.hits.map((h) => h.kind));
      assert.ok(kinds.has('person') && (kinds.has('decision') || kinds.has('meeting')));
      const page = await store.search(parseSearchQuery('panel'), 2, 0, EVERYTHING);
      assert.equal(page.hits.length, 2);
      assert.ok(page.total > 2);
    });

    it('finds an action by its owner without showing the owner as its text', async () => {
      const record = recordOf(
        '**Example Council\nMeeting\n9 June 2025**\n\n- **Archive:**\n - Action: Scan the 1998 minutes. [owner: Zanele Mokoena]\n',
      );
      await store.saveMeetings([record], [source(record)]);
      const { hits } = await store.search(parseSearchQuery('Mokoena'), 5, 0, EVERYTHING);
      assert.deepEqual(
        hits.map((h) => [h.kind, h.body]),
        [['action', 'Scan the 1998 minutes.']],
      );
    });

    it('answers odd queries without failing', async () => {
      for (const text of ['WSIS+20 AND (', '"unclosed', '*', 'NOT', '-', '"" OR ""', 'ü'.repeat(300)]) {
        const result = await store.search(parseSearchQuery(text), 5, 0, EVERYTHING);
        assert.ok(Array.isArray(result.hits), text);
      }
    });

    it('answers null for an identifier nothing has', async () => {
      assert.equal(await store.getMeeting('nobody/2020-01-01', EVERYTHING), null);
      assert.equal(await store.getSource('nobody/2020-01-01', EVERYTHING), null);
    });

    it('writes many meetings at once over several statements per table, every row in place', async () => {
      // 60 meetings of 25 attendees and 6 outcomes: more rows than one statement takes.
      const records = Array.from({ length: 60 }, (_, n) => generatedMeeting(90_000 + n));
      const before = (await store.listMeetings({ limit: 1, offset: 0 }, EVERYTHING)).total;
      const results = await store.saveMeetings(
        records,
        records.map((r) => source(r)),
      );
      assert.deepEqual(
        results.map((r) => r.outcome),
        records.map(() => 'created'),
      );
      assert.equal((await store.listMeetings({ limit: 1, offset: 0 }, EVERYTHING)).total, before + 60);
      for (const k of [0, 39, 40, 59]) {
        const id = results[k]!.id;
        const people = new Set(records[k]!.attendance.map((a) => `${a.kind}:${a.name.toLowerCase()}`));
        assert.equal((await store.peopleOfMeeting(id, EVERYTHING)).length, people.size, id);
        const stored = await store.getMeeting(id, EVERYTHING);
        assert.deepEqual(
          stored?.record.topics.flatMap((t) => t.outcomes.map((o) => o.text)),
          records[k]!.topics.flatMap((t) => t.outcomes.map((o) => o.text)),
        );
      }
      // Each generated meeting names its own plan: "… the draft “Plan 90059”."
      const found = await store.search(parseSearchQuery('"Plan 90059"'), 5, 0, EVERYTHING);
      assert.ok(
        found.hits.some((h) => h.meetingId === results[59]!.id),
        'the last rows are in the index too',
      );
    });

    it('writes more audit entries at once than one statement may bind', async () => {
      // Seven columns an entry: SQLite binds at most 32,766 values in a statement, 4,680 entries.
      const entries = Array.from({ length: 5_000 }, (_, i) => ({
        actor: null,
        action: 'import',
        subject: `many/${i}`,
        detail: { file: `${i}.md` },
      }));
      const before = (await store.listAudit({ limit: 1, offset: 0 })).total;
      await store.appendAudit(entries);
      const after = await store.listAudit({ action: 'import', subject: 'many/4999', limit: 1, offset: 0 });
      assert.equal((await store.listAudit({ limit: 1, offset: 0 })).total, before + 5_000);
      assert.deepEqual(after.entries[0]?.detail, { file: '4999.md' });
    });
  });
}

const postgres = engines.find((e) => e.name === 'postgres')!;
describeOn(postgres, 'the connections of a PostgreSQL store', (context) => {
  it('holds no more connections than it was given, however many requests come at once', async () => {
    const url = new URL(context.url());
    url.searchParams.set('application_name', 'minutebook-pool-test');
    const store = await openStore({ url: url.toString(), connections: 2 });
    const observer = new pg.Client({ connectionString: context.url() });
    await observer.connect();
    try {
      await Promise.all(
        Array.from({ length: 12 }, () => store.listMeetings({ limit: 10, offset: 0 }, EVERYTHING)),
      );
      const { rows } = await observer.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'minutebook-pool-test'",
      );
      assert.ok(rows[0].n >= 1 && rows[0].n <= 2, `${rows[0].n} connections`);
    } finally {
      await observer.end();
      await store.close();
    }
  });
});
