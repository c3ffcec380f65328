/**
 * Totals kept on write, so that lists over the whole archive sum a few rows per body instead of
 * reading every meeting (issue 14): per body and workflow state, meetings, decisions and actions
 * (`body_tallies`); per person, body and state, attendance entries by status (`person_tallies`).
 * A reader's scope is a condition on state and body (`scope.ts`), so the same rows give every
 * reader their own totals. Whatever writes a meeting's rows, changes its state or moves a
 * person's attendance keeps them, in its transaction; a meeting of no body counts under body 0.
 */
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type SqlBool,
  type Transaction,
} from 'kysely';
import type { Scope } from '../app/ports.js';
import type { Engine } from './engine.js';
import { eachChunk, insertMany } from './rows.js';
import type { Database } from './schema.js';
import { inScope } from './scope.js';

type Writer = Transaction<Database> | Kysely<Database>;

const bodyOf = sql<number>`COALESCE(m.body_id, 0)`;
const ofKind = (kind: string) =>
  sql<number>`SUM((SELECT COUNT(*) FROM outcomes o WHERE o.meeting_id = m.id AND o.kind = ${kind}))`;
const statusCount = (status: string) => sql<number>`SUM(CASE WHEN a.status = ${status} THEN 1 ELSE 0 END)`;

/**
 * Adds to the totals (sign 1) what the meetings `ids` count for as stored now, or takes it away
 * (sign -1): call with -1 before their rows are deleted or their state changes, 1 after.
 */
export async function tallyMeetings(trx: Writer, engine: Engine, ids: string[], sign: 1 | -1): Promise<void> {
  await eachChunk(engine, ids, async (chunk) => {
    const bodies = await trx
      .selectFrom('meetings as m')
      .where('m.id', 'in', chunk)
      .select((eb) => [
        bodyOf.as('body_id'),
        'm.state',
        eb.fn.countAll<number>().as('meetings'),
        ofKind('decision').as('decisions'),
        ofKind('action').as('actions'),
      ])
      .groupBy([bodyOf, 'm.state'])
      .execute();
    await insertMany(
      trx,
      engine,
      'body_tallies',
      bodies.map((r) => ({
        body_id: Number(r.body_id),
        state: r.state,
        meetings: sign * Number(r.meetings),
        decisions: sign * Number(r.decisions ?? 0),
        actions: sign * Number(r.actions ?? 0),
      })),
      (q) =>
        q.onConflict((oc) =>
          oc.columns(['body_id', 'state']).doUpdateSet((eb) => ({
            meetings: eb('body_tallies.meetings', '+', eb.ref('excluded.meetings')),
            decisions: eb('body_tallies.decisions', '+', eb.ref('excluded.decisions')),
            actions: eb('body_tallies.actions', '+', eb.ref('excluded.actions')),
          })),
        ),
    );
    const people = await trx
      .selectFrom('attendance as a')
      .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
      .where('a.meeting_id', 'in', chunk)
      .select((eb) => [
        'a.person_id',
        bodyOf.as('body_id'),
        'm.state',
        eb.fn.countAll<number>().as('entries'),
        statusCount('present').as('present'),
        statusCount('regrets').as('regrets'),
        statusCount('absent').as('absent'),
      ])
      .groupBy(['a.person_id', bodyOf, 'm.state'])
      .execute();
    await insertMany(
      trx,
      engine,
      'person_tallies',
      people.map((r) => ({
        person_id: r.person_id,
        body_id: Number(r.body_id),
        state: r.state,
        entries: sign * Number(r.entries),
        present: sign * Number(r.present),
        regrets: sign * Number(r.regrets),
        absent: sign * Number(r.absent),
      })),
      (q) =>
        q.onConflict((oc) =>
          oc.columns(['person_id', 'body_id', 'state']).doUpdateSet((eb) => ({
            entries: eb('person_tallies.entries', '+', eb.ref('excluded.entries')),
            present: eb('person_tallies.present', '+', eb.ref('excluded.present')),
            regrets: eb('person_tallies.regrets', '+', eb.ref('excluded.regrets')),
            absent: eb('person_tallies.absent', '+', eb.ref('excluded.absent')),
          })),
        ),
    );
  });
  if (sign === -1) {
    // What counts for nothing is no row: a person or body seen in no meeting of that state.
    await trx.deleteFrom('body_tallies').where('meetings', '<=', 0).execute();
    await trx.deleteFrom('person_tallies').where('entries', '<=', 0).execute();
  }
}

/** Counts the attendance of these people again from their rows (after their rows moved). */
export async function retallyPeople(trx: Writer, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await trx.deleteFrom('person_tallies').where('person_id', 'in', ids).execute();
  await insertPersonTallies(trx, sql`WHERE a.person_id IN (${sql.join(ids)})`);
}

/** Counts everything again from the rows (after a restore). */
export async function retallyAll(trx: Writer): Promise<void> {
  await trx.deleteFrom('body_tallies').execute();
  await trx.deleteFrom('person_tallies').execute();
  await sql`INSERT INTO body_tallies (body_id, state, meetings, decisions, actions)
    SELECT ${bodyOf}, m.state, COUNT(*), COALESCE(${ofKind('decision')}, 0), COALESCE(${ofKind('action')}, 0)
    FROM meetings m GROUP BY ${bodyOf}, m.state`.execute(trx);
  await insertPersonTallies(trx, sql``);
}

async function insertPersonTallies(trx: Writer, where: ReturnType<typeof sql>): Promise<void> {
  await sql`INSERT INTO person_tallies (person_id, body_id, state, entries, present, regrets, absent)
    SELECT a.person_id, ${bodyOf}, m.state, COUNT(*),
      ${statusCount('present')}, ${statusCount('regrets')}, ${statusCount('absent')}
    FROM attendance a INNER JOIN meetings m ON m.id = a.meeting_id ${where}
    GROUP BY a.person_id, ${bodyOf}, m.state`.execute(trx);
}

/**
 * How many meetings, decisions or actions are in scope, from the totals kept on write; only of
 * the bodies `bodies` keeps (a condition on the bodies row `b`), when given.
 */
export async function tallied(
  db: Kysely<Database>,
  scope: Scope,
  column: 'meetings' | 'decisions' | 'actions',
  bodies?: (eb: ExpressionBuilder<Database & { b: Database['bodies'] }, 'b'>) => Expression<SqlBool>,
): Promise<number> {
  let query = db
    .selectFrom('body_tallies as t')
    .leftJoin('bodies as b', 'b.id', 't.body_id')
    .where(inScope(scope, 't'));
  if (bodies !== undefined) query = query.where((eb) => bodies(eb as never));
  const row = await query.select((eb) => eb.fn.sum<number>(`t.${column}`).as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
