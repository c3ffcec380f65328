// One tokenisation on both engines: the same meetings searched with the same words give the
// same matches on SQLite and on PostgreSQL, common words ("the") included.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EVERYTHING, type MeetingStore } from '../app/ports.js';
import { parseSearchQuery } from '../domain/search.js';
import { exampleBytes, exampleRecord } from '../../test/support/example.js';
import { engines, postgresRequired } from '../../test/support/stores.js';
import { SEARCH_BOUND } from './search.repository.js';
import { generatedMeeting } from '../../bench/generate.js';

const QUERIES = [
  'the',
  'The Panel',
  'panel',
  'endorsed',
  'endorsing',
  'strategies',
  'the draft',
  '"future of the"',
  'IGF Riyadh',
  'internet -governance',
  'budget OR strategy',
  'co-chairs',
  'WSIS+20',
  'Plan 7',
];

const missing = engines.find((e) => e.unavailable !== null);

describe(
  'search on both engines',
  { skip: missing !== undefined && !postgresRequired ? missing.unavailable! : false },
  () => {
    const stores: MeetingStore[] = [];
    const drops: Array<() => Promise<void>> = [];

    before(async () => {
      const record = exampleRecord();
      const meetings = [record, ...Array.from({ length: 40 }, (_, n) => generatedMeeting(n))];
      for (const engine of engines) {
        const { store, drop } = await engine.open();
        stores.push(store);
        drops.push(async () => {
          await store.close();
          await drop();
        });
        for (const meeting of meetings)
          await store.saveMeetings(
            [meeting],
            [
              {
                sha256: meeting.source!.sha256,
                name: meeting.source!.name,
                text: exampleBytes().toString(),
                firstLine: 1,
              },
            ],
          );
      }
    });

    after(async () => {
      for (const drop of drops) await drop();
    });

    for (const text of QUERIES) {
      it(`finds the same for ${text}`, async () => {
        const query = parseSearchQuery(text);
        const [sqlite, postgres] = await Promise.all(stores.map((s) => s.search(query, 1000, 0, EVERYTHING)));
        const ids = (found: typeof sqlite) => found!.hits.map((h) => `${h.kind} ${h.ref}`).sort();
        assert.deepEqual(ids(postgres), ids(sqlite));
        assert.equal(postgres!.total, sqlite!.total);
      });
    }

    it('ranks and counts at most the bound, of the matches recorded last, alike on both', async () => {
      // 160 meetings more: "the" is then in more entries than a search ranks.
      const more = Array.from({ length: 160 }, (_, n) => generatedMeeting(500 + n));
      let lastId = '';
      for (const store of stores)
        lastId = (
          await store.saveMeetings(
            more,
            more.map((m) => ({ sha256: m.source!.sha256, name: m.source!.name, text: 'text', firstLine: 1 })),
          )
        ).at(-1)!.id;
      const common = parseSearchQuery('the');
      const [sqlite, postgres] = await Promise.all(
        stores.map((s) => s.search(common, SEARCH_BOUND, 0, EVERYTHING)),
      );
      for (const found of [sqlite!, postgres!]) {
        assert.equal(found.total, SEARCH_BOUND);
        assert.equal(found.more, true);
        assert.equal(found.hits.length, SEARCH_BOUND);
        const meetings = new Set(found.hits.map((h) => h.meetingId));
        assert.ok(meetings.has(lastId), 'the meeting recorded last is among them');
        assert.ok(!meetings.has('igf-lp/2024-11-01'), 'the meeting recorded first is not');
      }
      const ids = (found: typeof sqlite) => found!.hits.map((h) => `${h.kind} ${h.ref}`).sort();
      assert.deepEqual(ids(postgres), ids(sqlite));
      // Two words: PostgreSQL looks among the newest entries first.
      const two = await Promise.all(
        stores.map((s) => s.search(parseSearchQuery('the meeting'), 2000, 0, EVERYTHING)),
      );
      assert.deepEqual(ids(two[1]), ids(two[0]));
      assert.deepEqual([two[0]!.more, two[1]!.more], [true, true]);
      const last = await stores[0]!.search(common, 20, SEARCH_BOUND - 5, EVERYTHING);
      assert.equal(last.hits.length, 5, 'the pages end at the bound');
      const rare = await stores[0]!.search(parseSearchQuery('"Plan 659"'), 20, 0, EVERYTHING);
      assert.deepEqual([rare.total, rare.more], [2, false]);
    });

    it('ranks an entry that says a rare word more often first, though older, on both', async () => {
      const saying = (n: number, text: string) => {
        const record = generatedMeeting(n);
        record.topics[0]!.outcomes[0]!.text = text;
        return record;
      };
      // The older meeting says the word three times; the newer, once.
      const records = [
        saying(900, 'Zanzibar, Zanzibar and again Zanzibar were named hosts.'),
        saying(1000, 'Zanzibar was named.'),
      ];
      for (const store of stores) {
        await store.saveMeetings(
          records,
          records.map((m) => ({
            sha256: m.source!.sha256,
            name: m.source!.name,
            text: 'text',
            firstLine: 1,
          })),
        );
        const found = await store.search(parseSearchQuery('zanzibar'), 10, 0, EVERYTHING);
        assert.deepEqual(
          found.hits.map((h) => h.date),
          [records[0]!.meeting.date, records[1]!.meeting.date],
          store.engine,
        );
      }
    });

    it('finds what a common word says', async () => {
      const found = await stores[1]!.search(parseSearchQuery('the'), 10, 0, EVERYTHING);
      assert.ok(found.total > 0, 'PostgreSQL finds "the"');
    });
  },
);
