// Following actions from meeting to meeting, on both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { User } from '../domain/account.js';
import { outcomesOf } from '../domain/record.js';
import { account } from '../../test/support/accounts.js';
import { exampleBytes } from '../../test/support/example.js';
import { describeOn, engines } from '../../test/support/stores.js';
import { createMeeting, newMeetingDraft } from './editing.js';
import { loadExampleIfEmpty } from './example.js';
import { outcomeThread, proposeLinks } from './follow.js';
import { EVERYTHING, type MeetingStore } from './ports.js';
import { readSummary } from './summaries.js';
import { moveMeeting } from './workflow.js';

for (const engine of engines) {
  describeOn(engine, `following actions on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let clerk!: User;
    before(async () => {
      store = context.store();
      await loadExampleIfEmpty(store, { bytes: exampleBytes(), name: 'igf-lp-2024-11-01.md' });
      clerk = (await account(store, 'clerk', 'secretariat')).user;
    });

    it('starts a new meeting with the review of the body’s open actions, each continuing its action', async () => {
      const draft = await newMeetingDraft(store, clerk, 'igf-lp', '2024-12-06', 'Review of actions');
      assert.equal(draft.topics[0]?.title, 'Review of actions');
      assert.deepEqual(
        draft.topics[0]!.outcomes.map((o) => [o.kind, o.ref, o.status]),
        [
          ['action', 'igf-lp/2024-11-01#a1', 'open'],
          ['action', 'igf-lp/2024-11-01#a2', 'open'],
        ],
      );
      // The first is reported done at the meeting; the second stays open.
      draft.topics[0]!.outcomes[0]!.status = 'done';
      const created = await createMeeting(store, clerk, draft);
      const statusOf = async () =>
        outcomesOf((await store.getMeeting('igf-lp/2024-11-01', EVERYTHING))!.record).find(
          (o) => o.outcome.id === 'a1',
        )?.outcome.status;
      // A draft changes nothing published: its statuses reach the earlier meeting when it is published.
      assert.equal(await statusOf(), 'open');
      for (const to of ['circulated', 'approved'] as const) await moveMeeting(store, clerk, created.id, to);
      assert.equal(await statusOf(), 'open');
      await moveMeeting(store, clerk, created.id, 'published');
      const first = (await store.getMeeting('igf-lp/2024-11-01', EVERYTHING))!;
      assert.equal(
        outcomesOf(first.record).find((o) => o.outcome.id === 'a1')?.outcome.status,
        'done',
        'the action itself is done',
      );
      const { entries } = await store.listAudit({ subject: 'igf-lp/2024-11-01', limit: 5, offset: 0 });
      assert.deepEqual(entries[0]?.detail, {
        outcome: 'a1',
        before: 'open',
        after: 'done',
        via: 'igf-lp/2024-12-06#a1',
      });
    });

    it('shows an action’s story across meetings, from either end', async () => {
      const fromStart = await outcomeThread(store, clerk, 'igf-lp/2024-11-01#a1');
      assert.deepEqual(
        fromStart.map((o) => [o.id, o.status]),
        [
          ['igf-lp/2024-11-01#a1', 'done'],
          ['igf-lp/2024-12-06#a1', 'done'],
        ],
      );
      assert.deepEqual(
        (await outcomeThread(store, clerk, 'igf-lp/2024-12-06#a1')).map((o) => o.id),
        fromStart.map((o) => o.id),
      );
      // The next meeting reviews only what is still open, at its latest.
      const next = await newMeetingDraft(store, clerk, 'igf-lp', '2025-01-10', 'Review of actions');
      assert.deepEqual(
        next.topics[0]!.outcomes.map((o) => o.ref),
        ['igf-lp/2024-12-06#a2'],
      );
    });

    it('proposes, for an imported summary, the earlier outcomes its outcomes may continue', async () => {
      const text = exampleBytes()
        .toString('utf8')
        .replace('1 November 2024', '7 February 2025')
        .replace(
          'The “Draft Recommendations on Making Use of the IWW” document will be finalized and leveraged for ongoing advocacy and framework implementation.',
          'The “Draft Recommendations on Making Use of the IWW” were finalized and will be leveraged for advocacy.',
        );
      const { records } = await readSummary({ bytes: Buffer.from(text), name: 'february.md' });
      const proposals = await proposeLinks(store, clerk, records[0]!);
      const finalized = [...proposals.entries()].find(([, list]) =>
        list.some((p) => p.cite === 'igf-lp/2024-11-01#a2'),
      );
      assert.ok(finalized !== undefined, JSON.stringify([...proposals.entries()]));
      // Proposals only: nothing was linked.
      assert.deepEqual(
        (await outcomeThread(store, clerk, 'igf-lp/2024-11-01#a2')).map((o) => o.id),
        ['igf-lp/2024-11-01#a2', 'igf-lp/2024-12-06#a2'],
      );
    });
  });
}
