// The example series followed across its meetings, on both engines: each action to the meeting
// that closed it, each document's state as outcomes moved it, each member's participation, and
// spellings confirmed to be one person merged everywhere.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { User } from '../src/domain/account.js';
import { LOCAL_OPERATOR } from '../src/app/access.js';
import { loadExampleIfEmpty } from '../src/app/example.js';
import { outcomeThread, proposeLinks } from '../src/app/follow.js';
import { keepApart, mergeMatch, proposeMatches, separateSpelling, spellingsOf } from '../src/app/matching.js';
import { groupParticipation, membershipsOf, setDocumentFlow } from '../src/app/members.js';
import { actionRegister, documentRegister, getDocument } from '../src/app/registers.js';
import { importSummaries, readSummary } from '../src/app/summaries.js';
import { EVERYTHING, type MeetingStore } from '../src/app/ports.js';
import { readExampleSeries } from '../src/cli/example.command.js';
import { account } from './support/accounts.js';
import { describeOn, engines } from './support/stores.js';
import { openStore } from '../src/storage/store.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/example.js';
import { outcomesOf } from '../src/domain/record.js';

const followUp = (date: string) => readFileSync(join(ROOT, 'examples', `igf-lp-${date}.md`), 'utf8');

for (const engine of engines) {
  describeOn(engine, `the example series on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let clerk!: User;
    const personId = async (name: string) =>
      (await store.matchCandidates('person')).find((p) => p.name === name)!.id;
    const documentId = async (title: string) =>
      (await store.matchCandidates('document')).find((d) => d.name === title)!.id;

    before(async () => {
      store = context.store();
      assert.equal(await loadExampleIfEmpty(store, await readExampleSeries()), true);
      clerk = (await account(store, 'clerk', 'secretariat')).user;
    });

    it('marks the invented meetings as invented, and the real summary as real', async () => {
      const real = await store.getMeeting('igf-lp/2024-11-01', EVERYTHING);
      const invented = await store.getMeeting('igf-lp/2025-01-24', EVERYTHING);
      assert.deepEqual([real?.example, real?.invented], [true, false]);
      assert.deepEqual([invented?.example, invented?.invented], [true, true]);
      assert.match(invented!.record.source!.name ?? '', /igf-lp-2025-01-24\.md$/);
    });

    it('loads as one event: no meeting gets versions the example did not make', async () => {
      for (const id of ['igf-lp/2024-11-01', 'igf-lp/2024-12-06', 'igf-lp/2025-01-24', 'igf-lp/2025-02-21']) {
        assert.equal((await store.getMeeting(id, EVERYTHING))?.version, 1, id);
        assert.equal((await store.listVersions(id)).length, 1, id);
      }
      // What later meetings said of an action is on it all the same.
      const first = (await store.getMeeting('igf-lp/2024-11-01', EVERYTHING))!.record;
      assert.equal(outcomesOf(first).find((o) => o.outcome.id === 'a2')?.outcome.status, 'done');
    });

    it('follows an action from the meeting that raised it to the one that closed it', async () => {
      const thread = await outcomeThread(store, null, 'igf-lp/2024-11-01#a2');
      assert.deepEqual(
        thread.map((o) => [o.id, o.status]),
        [
          ['igf-lp/2024-11-01#a2', 'done'],
          ['igf-lp/2024-12-06#a2', 'done'],
          ['igf-lp/2025-01-24#a4', 'done'],
          ['igf-lp/2025-02-21#a3', 'done'],
        ],
      );
      // Only the latest step of an action still open is overdue: the others were continued.
      const overdue = await actionRegister(store, null, {
        body: 'igf-lp',
        overdue: true,
        today: '2026-01-01',
      });
      assert.deepEqual(
        overdue.outcomes.map((o) => o.id),
        ['igf-lp/2025-02-21#a4'],
      );
    });

    it('lists titled documents only: no generic phrase of the summaries', async () => {
      const titles = (await documentRegister(store, null, { limit: 200 })).documents.map((d) => d.title);
      assert.ok(titles.length > 0);
      // "The Panel agreed to develop a two-page document …": a phrase, not a title.
      assert.ok(!titles.some((t) => /two-page|short report|^document$/i.test(t)), titles.join('; '));
    });

    it('moves a document’s state as outcomes say, and flags a step backwards without applying it', async () => {
      const approach = await getDocument(store, null, await documentId('IGF LP Approach to WSIS+20'));
      assert.deepEqual(
        approach.history.map((s) => [s.meetingId, s.given, s.state, s.flag]),
        [
          ['igf-lp/2024-11-01', 'draft', 'draft', null],
          ['igf-lp/2024-12-06', 'under review', 'under review', null],
          ['igf-lp/2025-01-24', 'endorsed', 'endorsed', null],
          ['igf-lp/2025-02-21', 'published', 'published', null],
        ],
      );
      assert.deepEqual(approach.history[2]!.outcomes, ['igf-lp/2025-01-24#d1']);
      const outlook = await getDocument(store, null, await documentId('IGF LP Strategic Outlook'));
      assert.equal(outlook.state, 'endorsed');
      assert.deepEqual(outlook.history.at(-1)!.flag, { code: 'backwards', from: 'endorsed', to: 'draft' });
      const published = await documentRegister(store, null, { state: 'published' });
      assert.deepEqual(
        published.documents.map((d) => d.title),
        ['IGF LP Approach to WSIS+20'],
      );
    });

    it('follows the body’s own flow when it sets one', async () => {
      await assert.rejects(
        setDocumentFlow(store, clerk, 'igf-lp', 'draft, approved'),
        /"approved" is not a document state/,
      );
      await setDocumentFlow(store, clerk, 'igf-lp', 'draft, endorsed, published');
      const approach = await getDocument(store, null, await documentId('IGF LP Approach to WSIS+20'));
      assert.deepEqual(approach.flow, ['draft', 'endorsed', 'published']);
      assert.deepEqual(approach.history[1]!.flag, { code: 'not-in-flow', to: 'under review' });
      assert.equal(approach.state, 'published');
      await setDocumentFlow(store, clerk, 'igf-lp', '');
      assert.deepEqual((await getDocument(store, null, approach.id)).flow.length, 6);
    });

    it('counts a member’s participation over the term: present, represented, regrets, absent', async () => {
      const [takuo] = await membershipsOf(store, null, await personId('Takuo Imagawa'));
      assert.deepEqual(
        takuo!.meetings.map((m) => m.status),
        ['present', 'represented', 'absent', 'represented'],
      );
      assert.equal(takuo!.participation.rate, 0.75);
      const [toomas] = await membershipsOf(store, null, await personId('Toomas Hendrik Ilves'));
      assert.deepEqual(
        toomas!.meetings.map((m) => m.status),
        ['regrets', 'present', 'regrets', 'present'],
      );
      const byGroup = await groupParticipation(store, null, 'igf-lp', 200);
      // Only the latest meetings are asked for, and still told oldest first.
      assert.deepEqual(
        (await groupParticipation(store, null, 'igf-lp', 2)).map((m) => m.meetingId),
        byGroup.slice(-2).map((m) => m.meetingId),
      );
      assert.deepEqual(
        byGroup[0]!.groups.map((g) => [g.group, g.present, g.regrets]),
        [
          ['Panel Members', 8, 0],
          ['Panel Advisors, Representatives & Support Persons', 8, 0],
          ['Regrets', 0, 1],
          ['MAG Working Group on Strategy', 4, 0],
          ['IGF Secretariat/ UN DESA', 5, 0],
        ],
      );
    });

    it('proposes spellings of one person, and once confirmed merges them everywhere, later imports too', async () => {
      const proposals = await proposeMatches(store, clerk, 'person');
      const pairs = proposals.map((p) => [p.a.name, p.b.name].sort().join(' / '));
      assert.ok(pairs.includes('Vint Cerf / Vinton G. Cerf'), pairs.join('; '));
      assert.ok(pairs.includes('V. Cerf / Vint Cerf'), pairs.join('; '));
      await assert.rejects(proposeMatches(store, null, 'person'), /sign in/);
      const vint = await personId('Vint Cerf');
      const before = (await membershipsOf(store, null, vint))[0]!;
      assert.equal(before.participation.counts['not recorded'], 2);
      await mergeMatch(store, clerk, 'person', await personId('Vinton G. Cerf'), vint);
      await mergeMatch(store, clerk, 'person', await personId('V. Cerf'), vint);
      const after = (await membershipsOf(store, null, vint))[0]!;
      assert.deepEqual(after.participation.counts.present, 4);
      assert.equal(after.participation.rate, 1);
      const person = await store.getPerson(vint, EVERYTHING, { limit: 200, offset: 0 });
      assert.deepEqual(
        person?.attendance.map((a) => a.meetingId),
        ['igf-lp/2025-02-21', 'igf-lp/2025-01-24', 'igf-lp/2024-12-06', 'igf-lp/2024-11-01'],
      );
      // A summary written later with the other spelling lands on the same person.
      await importSummaries(store, clerk, [
        {
          bytes: Buffer.from(followUp('2024-12-06').replace(/6 December 2024/g, '14 March 2025')),
          name: 'march.md',
        },
      ]);
      assert.equal(
        (await store.getPerson(vint, EVERYTHING, { limit: 200, offset: 0 }))?.attendance.length,
        5,
      );
      assert.equal((await store.listPeople({ text: 'cerf', limit: 10, offset: 0 }, EVERYTHING)).total, 1);
      const { entries } = await store.listAudit({ limit: 50, offset: 0 });
      assert.ok(entries.some((e) => e.action === 'merge-person'));
      // Two spellings kept apart are not proposed again.
      const garza = proposals.find((p) => p.a.name.includes('Garza') && p.b.name.includes('Garza'))!;
      await keepApart(store, clerk, 'person', garza.a.id, garza.b.id);
      const again = await proposeMatches(store, clerk, 'person');
      assert.ok(
        !again.some((p) => [p.a.id, p.b.id].sort().join() === [garza.a.id, garza.b.id].sort().join()),
      );
    });

    it('separates a spelling merged by mistake, in every meeting that wrote it', async () => {
      const vint = await personId('Vint Cerf');
      const spellings = await spellingsOf(store, clerk, 'person', vint);
      assert.deepEqual(
        spellings.map((s) => s.name),
        ['V. Cerf', 'Vinton G. Cerf'],
      );
      const attended = (await store.getPerson(vint, EVERYTHING, { limit: 200, offset: 0 }))!.attendance
        .length;
      const version = (await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))!.version;
      await separateSpelling(store, clerk, 'person', spellings.find((s) => s.name === 'Vinton G. Cerf')!.key);
      const vinton = await store.getPerson(await personId('Vinton G. Cerf'), EVERYTHING, {
        limit: 200,
        offset: 0,
      });
      // The invented 6 December meeting and the summary imported in March both wrote "Vinton G. Cerf".
      assert.deepEqual(
        vinton?.attendance.map((a) => a.meetingId),
        ['igf-lp/2025-03-14', 'igf-lp/2024-12-06'],
      );
      assert.equal(
        (await store.getPerson(vint, EVERYTHING, { limit: 200, offset: 0 }))!.attendance.length,
        attended - 2,
      );
      assert.deepEqual(
        (await spellingsOf(store, clerk, 'person', vint)).map((s) => s.name),
        ['V. Cerf'],
      );
      // Kept apart from now on, and the meetings themselves are as they were.
      const again = await proposeMatches(store, clerk, 'person');
      assert.ok(!again.some((p) => [p.a.name, p.b.name].sort().join() === 'Vint Cerf,Vinton G. Cerf'));
      assert.equal((await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))?.version, version);
      await assert.rejects(separateSpelling(store, clerk, 'person', 'person:nobody'), /no person was merged/);
    });

    it('merges two titles of one document, joining their histories', async () => {
      const proposals = await proposeMatches(store, clerk, 'document');
      assert.deepEqual(
        proposals.map((p) => [p.a.name, p.b.name]),
        [
          ['Draft Recommendations on Making Use of the IWW', 'Recommendations on Making Use of the IWW'],
          ['IGF LP Approach to WSIS+20', 'LP Approach to WSIS+20 (draft)'],
        ],
      );
      const kept = proposals[0]!.a.id;
      await mergeMatch(store, clerk, 'document', proposals[0]!.b.id, kept);
      const merged = await getDocument(store, null, kept);
      assert.deepEqual(
        merged.history.map((s) => [s.meetingId, s.state]),
        [
          ['igf-lp/2024-11-01', 'draft'],
          ['igf-lp/2024-12-06', 'draft'],
          ['igf-lp/2025-02-21', 'endorsed'],
        ],
      );
      assert.equal(await store.getDocument(proposals[0]!.b.id, EVERYTHING), null);
    });

    it('proposes, for a follow-up summary without references, the actions it continues', async () => {
      const text = followUp('2024-12-06')
        .replace(/Action \(igf-lp\/[^)]*\): /g, '')
        .replace(/6 December 2024/g, '2 May 2025');
      const { records } = await readSummary({ bytes: Buffer.from(text), name: 'may.md' });
      const proposals = await proposeLinks(store, LOCAL_OPERATOR, records[0]!);
      const best = (key: string) => proposals.get(key)?.[0];
      // Each report in the review of actions is proposed as a step of the action it reports on.
      assert.match(best('0.0')?.text ?? '', /two-page document/);
      assert.match(best('0.1')?.text ?? '', /Recommendations on Making Use of the IWW/);
      assert.match(best('2.1')?.text ?? '', /report on the Panel’s engagements in Riyadh/);
      assert.ok([...proposals.values()].flat().every((p) => p.score >= 0.35 && p.score <= 1));
    });
  });
}

for (const engine of engines) {
  describeOn(engine, `loading the example series on ${engine.name}`, (context) => {
    /** The example's entries in the audit trail: one per meeting and one per membership. */
    const loaded = async (store: MeetingStore) =>
      (await store.listAudit({ action: 'example', limit: 1000, offset: 0 })).total;

    it('loads it once when asked twice at once', async () => {
      const store = context.store();
      const series = await readExampleSeries();
      const answers = await Promise.all([
        loadExampleIfEmpty(store, series),
        loadExampleIfEmpty(store, series),
      ]);
      assert.deepEqual(answers.sort(), [false, true]);
      assert.equal(await loaded(store), 4 + 9);
    });
  });
}

const postgres = engines.find((e) => e.name === 'postgres')!;
describeOn(postgres, 'loading the example series from two processes on postgres', (context) => {
  it('loads it once when two server processes start together on an empty database', async () => {
    // Each store has a pool of its own, as each server process has.
    const other = await openStore({ url: context.url() });
    try {
      const series = await readExampleSeries();
      const answers = await Promise.all([
        loadExampleIfEmpty(context.store(), series),
        loadExampleIfEmpty(other, series),
      ]);
      assert.deepEqual(answers.sort(), [false, true]);
      assert.equal((await other.listAudit({ action: 'example', limit: 1000, offset: 0 })).total, 4 + 9);
    } finally {
      await other.close();
    }
  });
});
