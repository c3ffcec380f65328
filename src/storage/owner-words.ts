/**
 * The words of each action's owner (`domain/text.ts` ownerWords), one row each with its
 * meeting's date, kept with the outcomes they come from: a person's latest actions are found by
 * walking, for each word of their name, the actions naming it latest first, instead of reading
 * every action and folding its owner (issue 14).
 */
import type { Kysely, Transaction } from 'kysely';
import type { OutcomeListing, Scope } from '../app/ports.js';
import { namesOwner, ownerWords } from '../domain/text.js';
import type { Engine } from './engine.js';
import { insertMany } from './rows.js';
import { OUTCOME_COLUMNS, outcomeListing } from './registers.repository.js';
import type { Database } from './schema.js';
import { inScope } from './scope.js';

type Writer = Transaction<Database> | Kysely<Database>;

/** The rows of words of these outcomes' owners, of actions only (which alone are owned). */
export function ownerWordRows(
  outcomes: Array<{
    id: string;
    meeting_id: string;
    date: string | null;
    kind: string;
    owner: string | null;
  }>,
): Array<Database['owner_words']> {
  return outcomes.flatMap((o) => {
    const words = o.owner === null || o.kind !== 'action' ? [] : ownerWords(o.owner);
    return words.map((word) => ({
      word,
      outcome_id: o.id,
      meeting_id: o.meeting_id,
      date: o.date,
      words: words.length,
    }));
  });
}

/** Writes the words of every action's owner again from the outcomes (after a restore). */
export async function rewordOwners(trx: Writer, engine: Engine): Promise<void> {
  await trx.deleteFrom('owner_words').execute();
  const outcomes = await trx
    .selectFrom('outcomes as o')
    .innerJoin('meetings as m', 'm.id', 'o.meeting_id')
    .where('o.owner', 'is not', null)
    .where('o.kind', '=', 'action')
    .select(['o.id', 'o.meeting_id', 'm.date', 'o.kind', 'o.owner'])
    .execute();
  await insertMany(trx, engine, 'owner_words', ownerWordRows(outcomes));
}

/**
 * The latest `limit` actions in scope whose owner names the person called `name` (namesOwner).
 * Each of them names one of the person's words: the meetings of the first `limit` actions
 * naming each word, latest first, hold them all, and only their actions are read.
 */
export async function actionsOwnedBy(
  db: Kysely<Database>,
  name: string,
  scope: Scope,
  limit: number,
): Promise<OutcomeListing[]> {
  const words = ownerWords(name);
  if (words.length === 0) return [];
  const meetings = new Set<string>();
  for (const word of words) {
    const rows = await db
      .selectFrom('owner_words as w')
      .innerJoin('meetings as m', 'm.id', 'w.meeting_id')
      .where('w.word', '=', word)
      .where(inScope(scope, 'm'))
      // All the person's words among the owner's, or all the owner's among the person's.
      .where((eb) =>
        eb(
          eb
            .selectFrom('owner_words as x')
            .whereRef('x.outcome_id', '=', 'w.outcome_id')
            .where('x.word', 'in', words)
            .select(eb.fn.countAll<number>().as('n')),
          'in',
          [eb.val(words.length), eb.ref('w.words')],
        ),
      )
      .select('w.meeting_id')
      .orderBy('w.date', (ob) => ob.desc().nullsLast())
      .orderBy('w.meeting_id')
      .limit(limit)
      .execute();
    for (const r of rows) meetings.add(r.meeting_id);
  }
  if (meetings.size === 0) return [];
  const rows = await db
    .selectFrom('outcomes as o')
    .innerJoin('meetings as m', 'm.id', 'o.meeting_id')
    .leftJoin('bodies as b', 'b.id', 'm.body_id')
    // The kind is kept here: asked in SQL, SQLite reads every action by its index of kinds.
    .where('o.meeting_id', 'in', [...meetings])
    .select(OUTCOME_COLUMNS)
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .orderBy('o.meeting_id')
    .orderBy('o.topic_position')
    .orderBy('o.position')
    .execute();
  return rows
    .filter((r) => r.kind === 'action' && r.owner !== null && namesOwner(name, r.owner))
    .slice(0, limit)
    .map(outcomeListing);
}
