// Recording meetings by hand and saving reviewed imports, on both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { MinutebookError } from '../domain/errors.js';
import type { MeetingRecord } from '../domain/record.js';
import { describeOn, engines } from '../../test/support/stores.js';
import { exampleBytes, exampleRecord } from '../../test/support/example.js';
import { createMeeting, newMeetingDraft, saveEdit } from './editing.js';
import { loadExampleIfEmpty } from './example.js';
import { EVERYTHING, type MeetingStore } from './ports.js';
import type { User } from '../domain/account.js';
import { account } from '../../test/support/accounts.js';
import { setActionStatus } from './editing.js';
import { actionRegister } from './registers.js';
import { readSummary, saveReviewed } from './summaries.js';

const refusal = (code: string) => (error: unknown) => error instanceof MinutebookError && error.code === code;

for (const engine of engines) {
  describeOn(engine, `editing on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let secretariat!: User;
    let member!: User;
    before(async () => {
      store = context.store();
      assert.equal(
        await loadExampleIfEmpty(store, { bytes: exampleBytes(), name: 'igf-lp-2024-11-01.md' }),
        true,
      );
      secretariat = (await account(store, 'clerk', 'secretariat')).user;
      member = (await account(store, 'secretariat', 'member', ['igf-lp'])).user;
    });

    it('loads the example only into an empty store, marked as example data', async () => {
      assert.equal(await loadExampleIfEmpty(store, { bytes: exampleBytes(), name: 'again.md' }), false);
      const stored = await store.getMeeting('igf-lp/2024-11-01', EVERYTHING);
      assert.equal(stored?.example, true);
      assert.equal((await store.listMeetings({ limit: 10, offset: 0 }, EVERYTHING)).total, 1);
    });

    it('starts a new meeting from the people listed at the body’s last meeting', async () => {
      const draft = await newMeetingDraft(store, secretariat, 'igf-lp', '2024-12-06');
      const last = exampleRecord();
      assert.equal(draft.meeting.body, 'IGF Leadership Panel');
      assert.equal(draft.meeting.id, 'igf-lp/2024-12-06');
      // Everyone is expected, each with their honorific; who sent regrets last time is expected
      // among the members (the first group), not in a group of regrets.
      const regrets = last.attendance.filter((a) => a.status !== 'present').map((a) => a.name);
      assert.deepEqual(regrets, ['Toomas Hendrik Ilves']);
      assert.deepEqual(
        draft.attendance.map((a) => [a.honorific, a.name, a.group, a.status]),
        last.attendance.map((a) => [
          a.honorific,
          a.name,
          regrets.includes(a.name) ? 'Panel Members' : a.group,
          'present',
        ]),
      );
      assert.ok(draft.attendance.every((a) => a.group !== 'Regrets'));
      assert.equal(draft.topics.length, 0);
    });

    it('creates a meeting, numbers its outcomes and lists the documents they name', async () => {
      const draft = await newMeetingDraft(store, secretariat, 'igf-lp', '2024-12-06');
      const record: MeetingRecord = {
        ...draft,
        topics: [
          {
            title: 'WSIS+20',
            line: null,
            outcomes: [
              {
                ...outcome('action', 'Circulate the approach paper'),
                owner: 'Secretariat',
                due: '2024-12-13',
                documents: ['IGF LP Approach to WSIS+20'],
              },
              outcome('decision', 'The Panel approved the outlook'),
            ],
          },
        ],
      };
      const result = await createMeeting(store, secretariat, record);
      assert.deepEqual(result, { id: 'igf-lp/2024-12-06', outcome: 'created', version: 1 });
      const stored = (await store.getMeeting(result.id, EVERYTHING))!;
      assert.deepEqual(
        stored.record.topics[0]!.outcomes.map((o) => o.id),
        ['a1', 'd1'],
      );
      assert.deepEqual(
        stored.record.documents.map((d) => d.title),
        ['IGF LP Approach to WSIS+20'],
      );
      await assert.rejects(createMeeting(store, secretariat, record), refusal('conflict'));
    });

    it('names the wrong field of a record that does not validate', async () => {
      const draft = await newMeetingDraft(store, secretariat, 'igf-lp', '2025-01-10');
      const bad = { ...draft, meeting: { ...draft.meeting, date: '10 January' } };
      await assert.rejects(createMeeting(store, secretariat, bad), (error: unknown) => {
        return (
          error instanceof MinutebookError &&
          error.code === 'invalid-record' &&
          error.location.field === 'meeting.date'
        );
      });
      assert.equal(await store.getMeeting('igf-lp/2025-01-10', EVERYTHING), null);
    });

    it('refuses the second of two edits of the same version, and keeps the first', async () => {
      const opened = (await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))!;
      const first = markDone(opened.record);
      const second = { ...opened.record, meeting: { ...opened.record.meeting, venue: 'Geneva' } };
      assert.deepEqual(await saveEdit(store, secretariat, first, opened.version), {
        id: 'igf-lp/2024-12-06',
        outcome: 'replaced',
        version: 2,
      });
      await assert.rejects(saveEdit(store, secretariat, second, opened.version), (error: unknown) => {
        return error instanceof MinutebookError && error.code === 'conflict' && error.currentVersion === 2;
      });
      const stored = (await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))!;
      assert.equal(stored.record.topics[0]!.outcomes[0]!.status, 'done');
      assert.equal(stored.record.meeting.venue, null);
    });

    it('keeps the identifiers of outcomes an edit kept, and numbers new ones after the highest', async () => {
      const opened = (await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))!;
      const topic = opened.record.topics[0]!;
      const edited = {
        ...opened.record,
        topics: [
          {
            ...topic,
            outcomes: [
              outcome('action', 'A new action'),
              ...topic.outcomes,
              outcome('decision', 'Another decision'),
            ],
          },
        ],
      };
      await saveEdit(store, secretariat, edited, opened.version);
      const stored = (await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))!;
      assert.deepEqual(
        stored.record.topics[0]!.outcomes.map((o) => [o.id, o.text]),
        [
          ['a2', 'A new action'],
          ['a1', 'Circulate the approach paper'],
          ['d1', 'The Panel approved the outlook'],
          ['d2', 'Another decision'],
        ],
      );
    });

    it('saves a reviewed import with the text it was read from, and nothing before', async () => {
      const text = exampleBytes().toString('utf8').replace('1 November 2024', '8 November 2024');
      const { records } = await readSummary({ bytes: Buffer.from(text), name: 'upload.md' });
      assert.equal(await store.getMeeting('igf-lp/2024-11-08', EVERYTHING), null);
      const corrected = { ...records[0]!, meeting: { ...records[0]!.meeting, venue: 'Online' } };
      const [result] = await saveReviewed(store, secretariat, [corrected], { name: 'upload.md', text });
      assert.equal(result!.id, 'igf-lp/2024-11-08');
      const stored = (await store.getMeeting('igf-lp/2024-11-08', EVERYTHING))!;
      assert.equal(stored.record.meeting.venue, 'Online');
      assert.equal((await store.getSource('igf-lp/2024-11-08', EVERYTHING))?.text, text);
    });

    it('lets only the secretariat record, and a member set the status of their own actions', async () => {
      const draft = await newMeetingDraft(store, secretariat, 'igf-lp', '2025-04-04');
      await assert.rejects(createMeeting(store, null, draft), refusal('unauthenticated'));
      await assert.rejects(createMeeting(store, member, draft), refusal('forbidden'));
      await assert.rejects(newMeetingDraft(store, member, 'igf-lp', '2025-04-04'), refusal('forbidden'));
      assert.equal(await store.getMeeting('igf-lp/2025-04-04', EVERYTHING), null);
      // The member is named "Secretariat Tester"; the action a1 of 6 December is the Secretariat's.
      const owned = await setActionStatus(store, member, 'igf-lp/2024-12-06#a1', 'in progress');
      assert.equal(owned.outcome, 'replaced');
      // The meeting of 6 December is a draft: to anyone outside its body it does not exist.
      await assert.rejects(
        setActionStatus(store, null, 'igf-lp/2024-12-06#a1', 'done'),
        refusal('not-found'),
      );
      const other = (await account(store, 'outsider', 'member')).user;
      await assert.rejects(
        setActionStatus(store, other, 'igf-lp/2024-12-06#a1', 'done'),
        refusal('not-found'),
      );
      // The member finds the actions given to them, and only those.
      const mine = await actionRegister(store, member, { mine: true });
      assert.deepEqual(
        mine.outcomes.map((o) => o.id),
        ['igf-lp/2024-12-06#a1'],
      );
      assert.equal((await actionRegister(store, other, { mine: true })).total, 0);
      await assert.rejects(actionRegister(store, null, { mine: true }), refusal('unauthenticated'));
      // On the published example, the outsider sees the action but may not set it.
      await assert.rejects(
        setActionStatus(store, other, 'igf-lp/2024-11-01#a1', 'done'),
        refusal('forbidden'),
      );
      await assert.rejects(
        setActionStatus(store, null, 'igf-lp/2024-11-01#a1', 'done'),
        refusal('unauthenticated'),
      );
    });
  });
}

function outcome(
  kind: 'decision' | 'action',
  text: string,
): MeetingRecord['topics'][number]['outcomes'][number] {
  return {
    id: '', // new: the application numbers it
    kind,
    verb: null,
    text,
    owner: null,
    due: null,
    dueText: null,
    status: kind === 'action' ? 'open' : null,
    ref: null,
    documents: [],
    motion: null,
    line: null,
  };
}

function markDone(record: MeetingRecord): MeetingRecord {
  return {
    ...record,
    topics: record.topics.map((t) => ({
      ...t,
      outcomes: t.outcomes.map((o) => (o.kind === 'action' ? { ...o, status: 'done' as const } : o)),
    })),
  };
}
