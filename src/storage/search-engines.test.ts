// One tokenisation on both engines: the same meetings searched with the same words give the
// same matches on SQLite and on PostgreSQL, common words ("the") included.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EVERYTHING, type MeetingStore } from '../app/ports.js';
import { parseSearchQuery } from '../domain/search.js';
import { exampleBytes, exampleRecord } from '../../test/support/example.js';
import { engines, postgresRequired } from '../../test/support/stores.js';
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

    it('finds what a common word says', async () => {
      const found = await stores[1]!.search(parseSearchQuery('the'), 10, 0, EVERYTHING);
      assert.ok(found.total > 0, 'PostgreSQL finds "the"');
    });
  },
);
