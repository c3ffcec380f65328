// The store's revision and concurrent edits, on both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { EVERYTHING, type MeetingStore } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import { describeOn, engines } from '../../test/support/stores.js';
import { exampleRecord } from '../../test/support/example.js';
import { REVISION_WINDOW_MS } from './revision.js';
import { openStore } from './store.js';
import { setTimeout } from 'node:timers/promises';

for (const engine of engines) {
  describeOn(engine, `revision and concurrent edits on ${engine.name}`, (context) => {
    let store: MeetingStore;
    before(async () => {
      store = context.store();
    });

    it('changes with every write, from this store or another, and only then', async () => {
      const first = await store.revision();
      await store.saveMeetings([exampleRecord()], []);
      const afterSave = await store.revision();
      assert.notEqual(afterSave, first);
      await store.saveMeetings([exampleRecord()], []);
      assert.equal(await store.revision(), afterSave, 'saving the same record again changes nothing');
      const other = await openStore({ url: context.url() });
      try {
        const stored = (await other.getMeeting('igf-lp/2024-11-01', EVERYTHING))!;
        await other.updateMeeting(
          { ...stored.record, meeting: { ...stored.record.meeting, venue: 'Geneva' } },
          stored.version,
        );
      } finally {
        await other.close();
      }
      await setTimeout(REVISION_WINDOW_MS + 10);
      assert.notEqual(await store.revision(), afterSave, 'a write through another connection is seen');
    });

    it('lets exactly one of two simultaneous edits of the same version through', async () => {
      // Two requests at once: on PostgreSQL two pooled connections, on SQLite the one connection.
      const stored = (await store.getMeeting('igf-lp/2024-11-01', EVERYTHING))!;
      const edit = (venue: string) =>
        store.updateMeeting(
          { ...stored.record, meeting: { ...stored.record.meeting, venue } },
          stored.version,
        );
      const results = await Promise.allSettled([edit('Riyadh'), edit('Nairobi')]);
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      assert.equal(refused.length, 1, 'one edit is refused');
      assert.ok(
        refused[0]!.reason instanceof MinutebookError && refused[0]!.reason.code === 'conflict',
        String(refused[0]!.reason),
      );
      const after = (await store.getMeeting('igf-lp/2024-11-01', EVERYTHING))!;
      assert.equal(after.version, stored.version + 1);
    });
  });
}
