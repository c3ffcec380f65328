/**
 * A page of a register of decisions or actions, found through the meetings: each meeting row
 * says how many decisions and actions it holds, so the meetings that hold the page are read
 * latest first through meetings_latest_first (which holds those counts), and only their outcomes
 * after them, by outcomes_by_meeting, in the meetings' order. Sorting every
 * outcome of the archive to show fifty is what this avoids (issue 14).
 */
import type { Kysely } from 'kysely';
import type { Scope } from '../app/ports.js';
import { inScope } from './scope.js';
import type { Database } from './schema.js';

/**
 * Which meetings hold outcomes `offset` to `offset + limit` of a register of one kind (of one
 * body's meetings, when given), latest first, and how many of the first one's to skip.
 */
export async function meetingsOfPage(
  db: Kysely<Database>,
  kind: 'decision' | 'action',
  page: { body?: string | undefined; limit: number; offset: number },
  scope: Scope,
): Promise<{ meetings: Array<{ id: string; date: string | null; body: string | null }>; skip: number }> {
  const held = kind === 'decision' ? 'm.decision_count' : 'm.action_count';
  let query = db.selectFrom('meetings as m').where(held, '>', 0).where(inScope(scope, 'm'));
  if (page.body !== undefined) {
    const slug = page.body;
    query = query.where('m.body_id', '=', (eb) =>
      eb.selectFrom('bodies as b').select('b.id').where('b.slug', '=', slug),
    );
  }
  // Each meeting read holds one outcome at least: offset + limit meetings hold the page.
  const meetings = await query
    .select(['m.id', 'm.date', `${held} as held`])
    .select((eb) =>
      eb.selectFrom('bodies as b').select('b.name').whereRef('b.id', '=', 'm.body_id').as('body'),
    )
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .orderBy('m.id')
    .limit(page.offset + page.limit)
    .execute();
  const chosen: Array<{ id: string; date: string | null; body: string | null }> = [];
  let before = 0;
  let skip = 0;
  for (const m of meetings) {
    const held = Number(m.held);
    if (before + held <= page.offset) {
      before += held;
      continue;
    }
    if (chosen.length === 0) skip = page.offset - before;
    chosen.push({ id: m.id, date: m.date, body: m.body });
    before += held;
    if (before >= page.offset + page.limit) break;
  }
  return { meetings: chosen, skip };
}
