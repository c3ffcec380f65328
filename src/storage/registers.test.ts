// Registers, people and edits on both engines: the same answers from SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { EVERYTHING, type MeetingStore } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import type { MeetingRecord } from '../domain/record.js';
import { describeOn, engines } from '../../test/support/stores.js';
import { exampleRecord, recordOf } from '../../test/support/example.js';

const source = (record: MeetingRecord) => ({
  sha256: record.source!.sha256,
  name: record.source!.name,
  text: 'text',
  firstLine: 1,
});

const later = recordOf(
  [
    '**IGF Leadership Panel\nVirtual Meeting\n6 December 2024 | 13:00-14:00 UTC**',
    '',
    '- **Follow-up:**',
    ' - The Secretariat will circulate the “IGF LP Approach to WSIS+20” by 13 December 2024.',
    ' - Lise Fuhr to finalize the “Draft Recommendations on Making Use of the IWW” by 1 December 2024.',
    ' - The Panel approved the “IGF LP Strategic Outlook”.',
    '',
    'Annex – Attendance',
    '',
    'Panel Members',
    '',
    'Mr. Vint Cerf, Chair',
    'Office of Minister Karoline Edtstadler',
    '',
    'Regrets',
    '',
    'Ms. Lise Fuhr',
    '',
  ].join('\n'),
);

for (const engine of engines) {
  describeOn(engine, `registers on ${engine.name}`, (context) => {
    let store: MeetingStore;
    before(async () => {
      store = context.store();
      await store.saveMeetings([exampleRecord()], [source(exampleRecord())], { example: true });
      await store.saveMeetings([later], [source(later)]);
    });

    it('pages a register of decisions or actions as the whole register, across meetings', async () => {
      for (const kind of ['decision', 'action'] as const) {
        const whole = await store.listOutcomes({ kind, limit: 200, offset: 0 }, EVERYTHING);
        assert.ok(new Set(whole.outcomes.map((o) => o.meetingId)).size > 1);
        // The same register counted and sorted over its rows (a filter every outcome passes).
        const counted = await store.listOutcomes({ kind, text: ' ', limit: 200, offset: 0 }, EVERYTHING);
        assert.deepEqual(
          whole.outcomes.map((o) => o.id),
          counted.outcomes.filter((o) => o.text.includes(' ')).map((o) => o.id),
        );
        for (const limit of [1, 2, 3]) {
          const paged = [];
          for (let offset = 0; offset < whole.total; offset += limit)
            paged.push(...(await store.listOutcomes({ kind, limit, offset }, EVERYTHING)).outcomes);
          assert.deepEqual(paged, whole.outcomes);
        }
      }
    });

    it('lists bodies with their meetings', async () => {
      assert.deepEqual(await store.listBodies(EVERYTHING), [
        {
          slug: 'igf-lp',
          name: 'IGF Leadership Panel',
          documentFlow: null,
          meetings: 2,
          latest: '2024-12-06',
        },
      ]);
    });

    it('marks example data as such', async () => {
      assert.equal((await store.getMeeting('igf-lp/2024-11-01', EVERYTHING))?.example, true);
      assert.equal((await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))?.example, false);
    });

    it('lists decisions newest first, by body, verb, dates and words', async () => {
      const all = await store.listOutcomes({ kind: 'decision', limit: 50, offset: 0 }, EVERYTHING);
      assert.equal(all.total, 5);
      assert.deepEqual(
        all.outcomes.map((o) => o.id),
        [
          'igf-lp/2024-12-06#d1',
          'igf-lp/2024-11-01#d1',
          'igf-lp/2024-11-01#d2',
          'igf-lp/2024-11-01#d3',
          'igf-lp/2024-11-01#d4',
        ],
      );
      const endorsed = await store.listOutcomes(
        {
          kind: 'decision',
          verb: 'Endorsed',
          body: 'igf-lp',
          limit: 50,
          offset: 0,
        },
        EVERYTHING,
      );
      assert.deepEqual(
        endorsed.outcomes.map((o) => o.id),
        ['igf-lp/2024-11-01#d1', 'igf-lp/2024-11-01#d3'],
      );
      const november = await store.listOutcomes(
        {
          kind: 'decision',
          from: '2024-11-01',
          to: '2024-11-30',
          text: 'WSIS',
          limit: 50,
          offset: 0,
        },
        EVERYTHING,
      );
      assert.deepEqual(
        november.outcomes.map((o) => [o.id, o.topic]),
        [
          ['igf-lp/2024-11-01#d1', 'Leadership Panel Approach to WSIS+20 & Future of IGF'],
          ['igf-lp/2024-11-01#d3', 'Strategic Priorities until the End of Leadership Panel Mandate'],
        ],
      );
      const none = await store.listOutcomes(
        { kind: 'decision', text: '100%_', limit: 5, offset: 0 },
        EVERYTHING,
      );
      assert.equal(none.total, 0);
    });

    it('lists actions by owner, status and whether they are overdue', async () => {
      const overdue = await store.listOutcomes(
        {
          kind: 'action',
          overdueOn: '2024-12-10',
          limit: 50,
          offset: 0,
        },
        EVERYTHING,
      );
      assert.deepEqual(
        overdue.outcomes.map((o) => [o.id, o.owner, o.due]),
        [['igf-lp/2024-12-06#a2', 'Lise Fuhr', '2024-12-01']],
      );
      const secretariat = await store.listOutcomes(
        {
          kind: 'action',
          owner: 'secretariat',
          limit: 50,
          offset: 0,
        },
        EVERYTHING,
      );
      assert.deepEqual(
        secretariat.outcomes.map((o) => o.id),
        ['igf-lp/2024-12-06#a1'],
      );
      const open = await store.listOutcomes(
        { kind: 'action', status: 'open', limit: 2, offset: 0 },
        EVERYTHING,
      );
      assert.equal(open.total, 4);
      assert.equal(open.outcomes.length, 2);
    });

    it('lists documents with the outcomes that named them', async () => {
      const { documents } = await store.listDocuments({ limit: 50, offset: 0 }, EVERYTHING);
      const approach = documents.find((d) => d.title === 'IGF LP Approach to WSIS+20')!;
      assert.deepEqual([approach.state, approach.outcomes, approach.latest], ['draft', 2, '2024-12-06']);
      // The second meeting approved the Outlook: it is endorsed now, no longer a draft.
      const endorsed = await store.listDocuments(
        { state: 'endorsed', text: 'outlook', limit: 50, offset: 0 },
        EVERYTHING,
      );
      assert.deepEqual(
        endorsed.documents.map((d) => [d.title, d.state]),
        [['IGF LP Strategic Outlook', 'endorsed']],
      );
      const drafts = await store.listDocuments({ state: 'draft', limit: 50, offset: 0 }, EVERYTHING);
      assert.deepEqual(drafts.documents.map((d) => d.title).sort(), [
        'Draft Recommendations on Making Use of the IWW',
        'IGF LP Approach to WSIS+20',
      ]);
      const detail = await store.getDocument(approach.id, EVERYTHING);
      assert.deepEqual(
        detail?.named.map((o) => o.id),
        ['igf-lp/2024-12-06#a1', 'igf-lp/2024-11-01#d1'],
      );
      assert.equal(await store.getDocument(999_999, EVERYTHING), null);
    });

    it('takes a planned document as made once the action that makes it is done', async () => {
      const planned = recordOf(
        [
          '# IGF Leadership Panel, 10 January 2025',
          '',
          '## Outreach',
          '',
          '- The Secretariat will prepare the “Riyadh Outreach Plan”. [owner: IGF Secretariat; status: open]',
          '',
        ].join('\n'),
      );
      planned.documents = planned.documents.map((d) => ({ ...d, state: 'planned' }));
      await store.saveMeetings([planned], [source(planned)]);
      const stateOf = async () =>
        (await store.listDocuments({ text: 'outreach', limit: 5, offset: 0 }, EVERYTHING)).documents[0]
          ?.state;
      assert.equal(await stateOf(), 'planned');
      const stored = (await store.getMeeting('igf-lp/2025-01-10', EVERYTHING))!;
      const done = structuredClone(stored.record);
      done.topics[0]!.outcomes[0]!.status = 'done';
      await store.updateMeeting(done, stored.version, []);
      assert.equal(await stateOf(), 'draft');
    });

    it('shows each person’s attendance and who attended on their behalf', async () => {
      const { people } = await store.listPeople({ text: 'fuhr', limit: 10, offset: 0 }, EVERYTHING);
      assert.deepEqual(
        people.map((p) => [p.name, p.present, p.regrets, p.absent]),
        [['Lise Fuhr', 1, 1, 0]],
      );
      const lise = await store.getPerson(people[0]!.id, EVERYTHING, { limit: 200, offset: 0 });
      assert.deepEqual(
        lise?.attendance.map((a) => [a.meetingId, a.status, a.group]),
        [
          ['igf-lp/2024-12-06', 'regrets', 'Regrets'],
          ['igf-lp/2024-11-01', 'present', 'Panel Members'],
        ],
      );
      const karoline = (await store.listPeople({ text: 'karoline', limit: 10, offset: 0 }, EVERYTHING))
        .people;
      assert.deepEqual(
        karoline.map((p) => [p.name, p.kind]),
        [['Office of Minister Karoline Edtstadler', 'office']],
      );
      const represented = await store.listPeople({ text: 'imagawa', limit: 10, offset: 0 }, EVERYTHING);
      const takuo = represented.people.find((p) => p.kind === 'person')!;
      assert.deepEqual(
        (await store.getPerson(takuo.id, EVERYTHING, { limit: 200, offset: 0 }))?.representedBy.map((r) => [
          r.meetingId,
          r.name,
        ]),
        [['igf-lp/2024-11-01', 'Office of Vice-Minister Takuo Imagawa']],
      );
      assert.equal(await store.getPerson(999_999, EVERYTHING, { limit: 200, offset: 0 }), null);
    });

    it('names the documents and people of one meeting, by outcome and by attendance entry', async () => {
      const documents = await store.documentsOfMeeting('igf-lp/2024-11-01', EVERYTHING);
      assert.deepEqual(
        documents.filter((d) => d.outcomeId === 'd1').map((d) => d.title),
        ['IGF LP Approach to WSIS+20'],
      );
      const approach = (await store.listDocuments({ text: 'approach', limit: 5, offset: 0 }, EVERYTHING))
        .documents[0]!;
      assert.equal(documents.find((d) => d.outcomeId === 'd1')?.documentId, approach.id);
      const people = await store.peopleOfMeeting('igf-lp/2024-11-01', EVERYTHING);
      assert.equal(people.length, exampleRecord().attendance.length);
      const lise = exampleRecord().attendance.findIndex((a) => a.name === 'Lise Fuhr');
      assert.equal(
        (await store.getPerson(people[lise]!, EVERYTHING, { limit: 200, offset: 0 }))?.name,
        'Lise Fuhr',
      );
      assert.deepEqual(await store.peopleOfMeeting('igf-lp/1999-01-01', EVERYTHING), []);
    });

    it('saves an edit over the version it started from, and refuses a stale one', async () => {
      const stored = (await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))!;
      const edited = structuredClone(stored.record);
      edited.topics[0]!.outcomes[1]!.status = 'done';
      const saved = await store.updateMeeting(edited, stored.version);
      assert.deepEqual(saved, { id: 'igf-lp/2024-12-06', outcome: 'replaced', version: stored.version + 1 });
      const stale = structuredClone(stored.record);
      stale.topics[0]!.outcomes[0]!.owner = 'Chair';
      await assert.rejects(
        store.updateMeeting(stale, stored.version),
        (e: unknown) => e instanceof MinutebookError && e.code === 'conflict',
      );
      const now = (await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))!;
      assert.equal(now.version, stored.version + 1);
      assert.equal(now.record.topics[0]!.outcomes[1]!.status, 'done');
      assert.equal(now.record.topics[0]!.outcomes[0]!.owner, 'Secretariat');
      const overdue = await store.listOutcomes(
        {
          kind: 'action',
          overdueOn: '2024-12-10',
          limit: 50,
          offset: 0,
        },
        EVERYTHING,
      );
      assert.equal(overdue.total, 0);
    });
  });
}
