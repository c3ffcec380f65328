// The totals kept on write (tallies.ts) are those the rows give, after every kind of write, and
// each reader is told the totals of what they may see, on both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { EVERYTHING, type MeetingStore, type Scope } from '../app/ports.js';
import type { MeetingRecord } from '../domain/record.js';
import { namesOwner } from '../domain/text.js';
import { describeOn, engines } from '../../test/support/stores.js';
import { ownerWordRows } from './owner-words.js';
import { exampleRecord, recordOf } from '../../test/support/example.js';

const source = (record: MeetingRecord) => ({
  sha256: record.source!.sha256,
  name: record.source!.name,
  text: 'text',
  firstLine: 1,
});

const ANONYMOUS: Scope = { all: false, bodies: [] };
const MEMBER: Scope = { all: false, bodies: ['igf-lp'] };
const AUDIT = { actor: null, action: 'test', subject: null, detail: {} };

const draft = recordOf(
  [
    '**IGF Leadership Panel\nVirtual Meeting\n6 December 2024 | 13:00-14:00 UTC**',
    '',
    '- **Decisions:**',
    ' - The Panel approved the “IGF LP Strategic Outlook”.',
    '- **Follow-up:**',
    ' - The Secretariat will circulate the “IGF LP Approach to WSIS+20” by 13 December 2024.',
    '',
    'Annex – Attendance',
    '',
    'Panel Members',
    '',
    'Mr. Vint Cerf, Chair',
    'Vinton G. Cerf',
    '',
    'Regrets',
    '',
    'Ms. Lise Fuhr',
    '',
  ].join('\n'),
);

/** The totals as kept, and as the rows count them now, each in one order. */
async function keptAndCounted(url: string): Promise<{ kept: unknown[]; counted: unknown[] }> {
  const kept = `SELECT body_id, state, meetings, decisions, actions FROM body_tallies ORDER BY 1, 2`;
  const counted = `SELECT COALESCE(m.body_id, 0) AS body_id, m.state, COUNT(*) AS meetings,
      SUM((SELECT COUNT(*) FROM outcomes o WHERE o.meeting_id = m.id AND o.kind = 'decision')) AS decisions,
      SUM((SELECT COUNT(*) FROM outcomes o WHERE o.meeting_id = m.id AND o.kind = 'action')) AS actions
    FROM meetings m GROUP BY 1, 2 ORDER BY 1, 2`;
  const keptPeople = `SELECT person_id, body_id, state, entries, present, regrets, absent FROM person_tallies ORDER BY 1, 2, 3`;
  const countedPeople = `SELECT a.person_id, COALESCE(m.body_id, 0) AS body_id, m.state, COUNT(*) AS entries,
      SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END) AS present,
      SUM(CASE WHEN a.status = 'regrets' THEN 1 ELSE 0 END) AS regrets,
      SUM(CASE WHEN a.status = 'absent' THEN 1 ELSE 0 END) AS absent
    FROM attendance a INNER JOIN meetings m ON m.id = a.meeting_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  const keptDocuments = `SELECT document_id, body_id, state, outcomes, latest FROM document_tallies ORDER BY 1, 2, 3`;
  const countedDocuments = `SELECT od.document_id, COALESCE(m.body_id, 0) AS body_id, m.state, COUNT(*) AS outcomes,
      MAX(m.date) AS latest
    FROM outcome_documents od INNER JOIN meetings m ON m.id = od.meeting_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  const rows = await query(url, [kept, counted, keptPeople, countedPeople, keptDocuments, countedDocuments]);
  const numbers = (list: Array<Record<string, unknown>>) =>
    list.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, k === 'state' || k === 'latest' ? v : Number(v)]),
      ),
    );
  return {
    kept: [numbers(rows[0]!), numbers(rows[2]!), numbers(rows[4]!)],
    counted: [numbers(rows[1]!), numbers(rows[3]!), numbers(rows[5]!)],
  };
}

async function query(url: string, statements: string[]): Promise<Array<Array<Record<string, unknown>>>> {
  if (!/^postgres(ql)?:/.test(url)) {
    const db = new Database(url, { readonly: true });
    try {
      return statements.map((s) => db.prepare(s).all() as Array<Record<string, unknown>>);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const results = [];
    for (const s of statements) results.push((await client.query(s)).rows as Array<Record<string, unknown>>);
    return results;
  } finally {
    await client.end();
  }
}

async function personId(store: MeetingStore, name: string): Promise<number> {
  const { people } = await store.listPeople({ text: name, limit: 10, offset: 0 }, EVERYTHING);
  return people.find((p) => p.name === name)!.id;
}

for (const engine of engines) {
  describeOn(engine, `totals kept on write on ${engine.name}`, (context) => {
    let store: MeetingStore;
    const same = async () => {
      const { kept, counted } = await keptAndCounted(context.url());
      assert.deepEqual(kept, counted);
    };
    before(async () => {
      store = context.store();
      await store.saveMeetings([exampleRecord()], [source(exampleRecord())], { state: 'published' });
      await store.saveMeetings([draft], [source(draft)]);
    });

    it('lists documents page by page as in one page, dated by what each reader may see', async () => {
      const latest = new Map<Scope, Array<string | null>>();
      for (const scope of [ANONYMOUS, MEMBER, EVERYTHING]) {
        const whole = await store.listDocuments({ limit: 50, offset: 0 }, scope);
        assert.equal(whole.total, whole.documents.length);
        const pages = [];
        for (let offset = 0; offset < whole.total; offset++) {
          const page = await store.listDocuments({ limit: 1, offset }, scope);
          assert.equal(page.total, whole.total);
          pages.push(...page.documents);
        }
        assert.deepEqual(pages, whole.documents);
        latest.set(
          scope,
          whole.documents.map((d) => d.latest),
        );
      }
      assert.ok(!latest.get(ANONYMOUS)!.includes('2024-12-06'));
      assert.ok(latest.get(MEMBER)!.includes('2024-12-06'));
      assert.deepEqual(latest.get(MEMBER), latest.get(EVERYTHING));
    });

    it('counts a draft for those who may see it, and for everyone once published', async () => {
      await same();
      const vint = await personId(store, 'Vint Cerf');
      const before = await store.getPerson(vint, ANONYMOUS, { limit: 50, offset: 0 });
      const member = await store.getPerson(vint, MEMBER, { limit: 50, offset: 0 });
      assert.equal(member!.present, before!.present + 1);
      assert.equal(member!.attendanceTotal, before!.attendanceTotal + 1);
      const decisions = (await store.listOutcomes({ kind: 'decision', limit: 50, offset: 0 }, ANONYMOUS))
        .total;
      const meetings = (await store.listMeetings({ limit: 50, offset: 0 }, ANONYMOUS)).total;

      await store.setMeetingState(draft.meeting.id ?? 'igf-lp/2024-12-06', 'draft', 'published', [AUDIT]);
      await same();
      const after = await store.getPerson(vint, ANONYMOUS, { limit: 50, offset: 0 });
      assert.equal(after!.present, before!.present + 1);
      assert.equal((await store.listMeetings({ limit: 50, offset: 0 }, ANONYMOUS)).total, meetings + 1);
      assert.equal(
        (await store.listOutcomes({ kind: 'decision', limit: 50, offset: 0 }, ANONYMOUS)).total,
        decisions + 1,
      );
      const [body] = await store.listBodies(ANONYMOUS);
      assert.equal(body!.meetings, meetings + 1);
      assert.equal(body!.latest, '2024-12-06');
    });

    it('keeps them through merging and separating spellings', async () => {
      const vint = await personId(store, 'Vint Cerf');
      const vinton = await personId(store, 'Vinton G. Cerf');
      const apart = [
        (await store.getPerson(vint, EVERYTHING, { limit: 50, offset: 0 }))!.present,
        (await store.getPerson(vinton, EVERYTHING, { limit: 50, offset: 0 }))!.present,
      ];
      await store.merge('person', vinton, vint, AUDIT);
      await same();
      const merged = await store.getPerson(vint, EVERYTHING, { limit: 50, offset: 0 });
      assert.equal(merged!.present, apart[0]! + apart[1]!);
      const [spelling] = (await store.spellingsOf('person', vint)).filter((s) => s.name === 'Vinton G. Cerf');
      await store.separate('person', spelling!.key, AUDIT);
      await same();
    });

    it('keeps what names each document through an edit and a merge of documents', async () => {
      const id = draft.meeting.id ?? 'igf-lp/2024-12-06';
      const stored = (await store.getMeeting(id, EVERYTHING))!;
      const edited = structuredClone(stored.record);
      // The Outlook is still named by the earlier meeting, which now gives its latest date.
      for (const topic of edited.topics) for (const outcome of topic.outcomes) outcome.documents = [];
      await store.updateMeeting(edited, stored.version, []);
      await same();
      const listed = async () => (await store.listDocuments({ limit: 50, offset: 0 }, EVERYTHING)).documents;
      const outlook = (await listed()).find((d) => d.title === 'IGF LP Strategic Outlook')!;
      assert.notEqual(outlook.latest, '2024-12-06');
      const [into, from] = (await listed()).filter((d) => d.id !== outlook.id);
      await store.merge('document', from!.id, into!.id, AUDIT);
      await same();
      const merged = (await listed()).find((d) => d.id === into!.id)!;
      assert.equal(merged.outcomes, into!.outcomes + from!.outcomes);
    });

    it('counts them again from the rows of a restored backup', async () => {
      const backup = await store.backup();
      const restored = await engine.open();
      try {
        await restored.store.restore(backup);
        const { kept, counted } = await keptAndCounted(restored.url);
        assert.deepEqual(kept, counted);
        assert.deepEqual(await restored.store.listBodies(ANONYMOUS), await store.listBodies(ANONYMOUS));
      } finally {
        await restored.store.close();
        await restored.drop();
      }
    });
  });
}

const owned = (date: string, owners: string[]) =>
  recordOf(
    [
      `# IGF Leadership Panel, ${date}`,
      '',
      '## Follow-up',
      '',
      ...owners.map((owner, i) => `- The Panel will look at item ${i + 1}. [owner: ${owner}; status: open]`),
      '',
    ].join('\n'),
  );

/** The words of owners as kept, and as the outcomes' owners give them now, each in one order. */
async function ownerWordsKeptAndGiven(url: string): Promise<{ kept: unknown[]; given: unknown[] }> {
  const [kept, outcomes] = await query(url, [
    'SELECT word, outcome_id, meeting_id, date, words FROM owner_words',
    'SELECT o.id, o.meeting_id, m.date, o.kind, o.owner FROM outcomes o INNER JOIN meetings m ON m.id = o.meeting_id',
  ]);
  const sorted = (rows: Array<Record<string, unknown>>) =>
    rows.map((r) => [r.word, r.outcome_id, r.meeting_id, r.date, Number(r.words)].join(' | ')).sort();
  return {
    kept: sorted(kept!),
    given: sorted(ownerWordRows(outcomes as Parameters<typeof ownerWordRows>[0]).map((r) => ({ ...r }))),
  };
}

for (const engine of engines) {
  describeOn(engine, `a person's actions on ${engine.name}`, (context) => {
    let store: MeetingStore;
    const same = async () => {
      const { kept, given } = await ownerWordsKeptAndGiven(context.url());
      assert.ok(given.length > 0);
      assert.deepEqual(kept, given);
    };
    const published = owned('10 January 2025', [
      'Lise Fuhr',
      'Ms. Céline Müller and the Secretariat',
      'Fuhr',
      'Vint Cerf',
      'IGF Secretariat',
    ]);
    const draft = owned('10 February 2025', ['Celine Muller', 'Lise Fuhr']);
    before(async () => {
      store = context.store();
      await store.saveMeetings([published], [source(published)], { state: 'published' });
      await store.saveMeetings([draft], [source(draft)]);
    });

    /** The actions whose owner names the person, as the rule finds them among every action. */
    const byRule = async (name: string, scope: Scope) =>
      (await store.listOutcomes({ kind: 'action', limit: 1000, offset: 0 }, scope)).outcomes
        .filter((a) => a.owner !== null && namesOwner(name, a.owner))
        .map((a) => a.id);

    it('finds the actions whose owner names a person, accents folded, in scope only', async () => {
      await same();
      for (const scope of [ANONYMOUS, EVERYTHING])
        for (const name of [
          'Lise Fuhr',
          'Céline Müller',
          'Celine MULLER',
          'Secretariat',
          'Vint Cerf',
          'Li Fu',
        ])
          assert.deepEqual(
            (await store.actionsOwnedBy(name, scope, 50)).map((a) => a.id),
            await byRule(name, scope),
            name,
          );
      for (const name of ['Lise Fuhr', 'Secretariat'])
        assert.deepEqual(
          (await store.actionsOwnedBy(name, EVERYTHING, 1)).map((a) => a.id),
          (await byRule(name, EVERYTHING)).slice(0, 1),
        );
      const celine = await store.actionsOwnedBy('Céline Müller', EVERYTHING, 50);
      assert.deepEqual(
        celine.map((a) => a.owner),
        ['Celine Muller', 'Ms. Céline Müller and the Secretariat'],
      );
      assert.equal((await store.actionsOwnedBy('Céline Müller', ANONYMOUS, 50)).length, 1);
      assert.deepEqual(
        (await store.actionsOwnedBy('Lise Fuhr', EVERYTHING, 2)).map((a) => a.owner),
        ['Lise Fuhr', 'Lise Fuhr'],
      );
    });

    it('keeps the words of owners through an edit and a restore', async () => {
      const stored = (await store.getMeeting('igf-lp/2025-01-10', EVERYTHING))!;
      const edited = structuredClone(stored.record);
      edited.topics[0]!.outcomes[3]!.owner = 'Lise Fuhr';
      await store.updateMeeting(edited, stored.version, []);
      await same();
      assert.equal((await store.actionsOwnedBy('Vint Cerf', EVERYTHING, 50)).length, 0);
      assert.equal((await store.actionsOwnedBy('Lise Fuhr', ANONYMOUS, 50)).length, 3);
      const backup = await store.backup();
      const restored = await engine.open();
      try {
        await restored.store.restore(backup);
        const { kept, given } = await ownerWordsKeptAndGiven(restored.url);
        assert.deepEqual(kept, given);
        assert.deepEqual(
          await restored.store.actionsOwnedBy('Lise Fuhr', EVERYTHING, 50),
          await store.actionsOwnedBy('Lise Fuhr', EVERYTHING, 50),
        );
      } finally {
        await restored.store.close();
        await restored.drop();
      }
    });
  });
}
