// The store's revision and concurrent edits, on both engines.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { EVERYTHING, type MeetingStore } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import { describeOn, engines } from '../../test/support/stores.js';
import { exampleRecord } from '../../test/support/example.js';
import { revisionReader } from './revision.js';
import { openStore } from './store.js';

describe('reading the revision', () => {
  /** A read that ends when told to, counting the reads begun. */
  const controlled = () => {
    const ends: Array<(value: string) => void> = [];
    return {
      read: () => new Promise<string>((resolve) => ends.push(resolve)),
      begun: () => ends.length,
      end: (i: number, value: string) => ends[i]!(value),
    };
  };

  it('answers a caller from a read begun after it asked, never from one already under way', async () => {
    const reads = controlled();
    const revision = revisionReader(reads.read);
    const first = revision();
    const second = revision();
    assert.equal(reads.begun(), 1);
    reads.end(0, '1');
    assert.equal(await first, '1');
    await Promise.resolve();
    assert.equal(reads.begun(), 2, 'the second caller waits for a read of its own');
    reads.end(1, '2');
    assert.equal(await second, '2');
  });

  it('lets the callers that ask during one read share the next', async () => {
    const reads = controlled();
    const revision = revisionReader(reads.read);
    const first = revision();
    const waiting = [revision(), revision(), revision()];
    reads.end(0, '1');
    await first;
    await Promise.resolve();
    assert.equal(reads.begun(), 2);
    reads.end(1, '2');
    assert.deepEqual(await Promise.all(waiting), ['2', '2', '2']);
  });
});

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
        const seen = await store.revision();
        await other.updateMeeting(
          { ...stored.record, meeting: { ...stored.record.meeting, venue: 'Geneva' } },
          stored.version,
        );
        // Asked again at once: another process's write is seen as soon as it has ended.
        assert.notEqual(await store.revision(), seen, 'a write through another connection is seen');
      } finally {
        await other.close();
      }
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
