/**
 * A body's members over time: each membership has a role and a term, and participation is read
 * against the meetings of the body within that term; a body's attendance by group, meeting by
 * meeting; and the document flow a body sets for itself.
 */
import type { Kysely } from 'kysely';
import type { AuditEntry, GroupParticipation, Membership, MembershipRecord, Scope } from '../app/ports.js';
import type { ParticipationStatus } from '../domain/participation.js';
import { MinutebookError } from '../domain/errors.js';
import type { DocumentState } from '../domain/record.js';
import { recordChange } from './audit.repository.js';
import type { Engine } from './engine.js';
import { inScope } from './scope.js';
import type { Database } from './schema.js';

/** A person's memberships, each with the meetings of its body within its term and how the person took part. */
export async function membershipsOf(
  db: Kysely<Database>,
  personId: number,
  scope: Scope,
): Promise<MembershipRecord[]> {
  const person = await db.selectFrom('people').select(['key']).where('id', '=', personId).executeTakeFirst();
  if (person === undefined) return [];
  const memberships = await db
    .selectFrom('body_members as bm')
    .innerJoin('bodies as b', 'b.id', 'bm.body_id')
    .where('bm.person_id', '=', personId)
    // A body whose meetings the reader may not see is not named to them.
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('meetings as sm')
          .select('sm.id')
          .whereRef('sm.body_id', '=', 'bm.body_id')
          .where(inScope(scope, 'sm')),
      ),
    )
    .select(['bm.id', 'bm.body_id', 'b.slug', 'b.name', 'bm.role', 'bm.term_from', 'bm.term_to'])
    .orderBy('bm.term_from', (ob) => ob.desc().nullsLast())
    .orderBy('bm.id')
    .execute();
  const records: MembershipRecord[] = [];
  for (const m of memberships) {
    let meetings = db
      .selectFrom('meetings as mt')
      .where('mt.body_id', '=', m.body_id)
      .where(inScope(scope, 'mt'))
      .where('mt.date', 'is not', null);
    if (m.term_from !== null) meetings = meetings.where('mt.date', '>=', m.term_from);
    if (m.term_to !== null) meetings = meetings.where('mt.date', '<=', m.term_to);
    const rows = await meetings
      .leftJoin('attendance as a', (join) =>
        join.onRef('a.meeting_id', '=', 'mt.id').on('a.person_id', '=', personId),
      )
      .select((eb) => [
        'mt.id',
        'mt.date',
        'a.status',
        eb
          .selectFrom('attendance as r')
          .select('r.meeting_id')
          .whereRef('r.meeting_id', '=', 'mt.id')
          .where('r.on_behalf_of_key', '=', person.key)
          .where('r.status', '=', 'present')
          .limit(1)
          .as('represented'),
      ])
      .orderBy('mt.date')
      .orderBy('mt.id')
      .execute();
    // One entry per meeting: someone listed twice in one meeting took part once.
    const byMeeting = new Map<string, { meetingId: string; date: string; status: ParticipationStatus }>();
    for (const r of rows) {
      const status: ParticipationStatus =
        r.status === 'present'
          ? 'present'
          : r.represented !== null
            ? 'represented'
            : ((r.status as ParticipationStatus | null) ?? 'not recorded');
      const known = byMeeting.get(r.id);
      if (known === undefined || known.status !== 'present')
        byMeeting.set(r.id, { meetingId: r.id, date: r.date!, status });
    }
    records.push({ ...membershipOf(m), meetings: [...byMeeting.values()] });
  }
  return records;
}

function membershipOf(m: {
  id: number;
  slug: string;
  name: string;
  role: string;
  term_from: string | null;
  term_to: string | null;
}): Membership {
  return { id: m.id, body: m.slug, bodyName: m.name, role: m.role, from: m.term_from, to: m.term_to };
}

/** Adds a membership; the body is a slug of a body that has meetings. */
export async function addMembership(
  engine: Engine,
  membership: { personId: number; body: string; role: string; from: string | null; to: string | null },
  audit: AuditEntry,
): Promise<Membership> {
  return engine.db.transaction().execute(async (trx) => {
    const body = await trx
      .selectFrom('bodies')
      .select(['id', 'slug', 'name'])
      .where('slug', '=', membership.body)
      .executeTakeFirst();
    if (body === undefined)
      throw new MinutebookError('invalid-argument', `no body is known as ${membership.body}`, {
        field: 'body',
      });
    const person = await trx
      .selectFrom('people')
      .select(['id', 'name'])
      .where('id', '=', membership.personId)
      .executeTakeFirst();
    if (person === undefined)
      throw new MinutebookError('not-found', `no person has the number ${membership.personId}`);
    const row = await trx
      .insertInto('body_members')
      .values({
        body_id: body.id,
        person_id: person.id,
        role: membership.role,
        term_from: membership.from,
        term_to: membership.to,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChange(trx, audit, {
      person: person.name,
      body: body.slug,
      role: membership.role,
      from: membership.from,
      to: membership.to,
    });
    return {
      id: row.id,
      body: body.slug,
      bodyName: body.name,
      role: membership.role,
      from: membership.from,
      to: membership.to,
    };
  });
}

/** Ends the record of a membership (a mistake, or a term entered twice). */
export async function removeMembership(engine: Engine, id: number, audit: AuditEntry): Promise<void> {
  await engine.db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom('body_members')
      .where('id', '=', id)
      .returning(['person_id', 'role', 'term_from', 'term_to'])
      .executeTakeFirst();
    if (gone === undefined) throw new MinutebookError('not-found', `no membership has the number ${id}`);
    await recordChange(trx, audit, gone);
  });
}

/**
 * The latest `latest` meetings of a body in scope, oldest first, with their attendance counted by
 * group as published. The meetings are chosen through meetings_of_body_latest_first, then only
 * their attendance is read: a body that has met for decades is not read whole.
 */
export async function groupParticipation(
  db: Kysely<Database>,
  slug: string,
  scope: Scope,
  latest: number,
): Promise<GroupParticipation[]> {
  const chosen = await db
    .selectFrom('meetings as m')
    .where('m.body_id', '=', (eb) => eb.selectFrom('bodies as b').select('b.id').where('b.slug', '=', slug))
    .where(inScope(scope, 'm'))
    .select('m.id')
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .orderBy('m.id')
    .limit(latest)
    .execute();
  if (chosen.length === 0) return [];
  const rows = await db
    .selectFrom('meetings as m')
    .innerJoin('attendance as a', 'a.meeting_id', 'm.id')
    .where(
      'm.id',
      'in',
      chosen.map((c) => c.id),
    )
    .select((eb) => [
      'm.id',
      'm.date',
      'a.group_name',
      'a.status',
      eb.fn.countAll<number>().as('n'),
      eb.fn.min<number>('a.position').as('first'),
    ])
    .groupBy(['m.id', 'm.date', 'a.group_name', 'a.status'])
    .orderBy('m.date', (ob) => ob.asc().nullsFirst())
    .orderBy('m.id')
    .execute();
  // Groups in the order the summary lists them (meetings keep the query's order).
  const order = new Map<string, number>();
  for (const r of rows) if (!order.has(r.id)) order.set(r.id, order.size);
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)! || Number(a.first) - Number(b.first));
  const meetings = new Map<string, GroupParticipation>();
  for (const r of rows) {
    const meeting = meetings.get(r.id) ?? { meetingId: r.id, date: r.date, groups: [] };
    meetings.set(r.id, meeting);
    let group = meeting.groups.find((g) => g.group === r.group_name);
    if (group === undefined) {
      group = { group: r.group_name, present: 0, regrets: 0, absent: 0 };
      meeting.groups.push(group);
    }
    group[r.status as 'present' | 'regrets' | 'absent'] += Number(r.n);
  }
  return [...meetings.values()];
}

/** Sets (or, with null, clears) the states a body's documents move through. */
export async function setDocumentFlow(
  engine: Engine,
  slug: string,
  flow: DocumentState[] | null,
  audit: AuditEntry,
): Promise<void> {
  await engine.db.transaction().execute(async (trx) => {
    const body = await trx
      .selectFrom('bodies')
      .select(['id', 'document_flow'])
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (body === undefined) throw new MinutebookError('not-found', `no body is known as ${slug}`);
    const next = flow === null ? null : JSON.stringify(flow);
    await trx.updateTable('bodies').set({ document_flow: next }).where('id', '=', body.id).execute();
    await recordChange(trx, audit, {
      before: body.document_flow === null ? null : JSON.parse(body.document_flow),
      after: flow,
    });
  });
}
