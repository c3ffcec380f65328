/**
 * People and offices across meetings: how often each was present, sent regrets or was absent,
 * their attendance meeting by meeting, and who attended on their behalf.
 */
import type { Kysely } from 'kysely';
import type { PersonFilter, PersonListing, PersonRecord, Scope } from '../app/ports.js';
import { inScope, namedInScope } from './scope.js';
import type { AttendanceStatus } from '../domain/record.js';
import { containsText, countRows } from './rows.js';
import type { Database } from './schema.js';

/** People and offices by name, with their attendance counts. */
export async function listPeople(
  db: Kysely<Database>,
  filter: PersonFilter,
  scope: Scope,
): Promise<{ people: PersonListing[]; total: number }> {
  // Only people who attended a meeting in scope, counted over those meetings only.
  let base = db.selectFrom('people as p').where(namedInScope(scope, 'attendance', 'person_id', 'p.id'));
  if (filter.text !== undefined) base = base.where(containsText('p.name', filter.text));
  const rows = await base
    .innerJoin('attendance as a', 'a.person_id', 'p.id')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .where(inScope(scope, 'm'))
    .select((eb) => [
      'p.id',
      'p.name',
      'p.kind',
      eb.fn.sum<number>(eb.case().when('a.status', '=', 'present').then(1).else(0).end()).as('present'),
      eb.fn.sum<number>(eb.case().when('a.status', '=', 'regrets').then(1).else(0).end()).as('regrets'),
      eb.fn.sum<number>(eb.case().when('a.status', '=', 'absent').then(1).else(0).end()).as('absent'),
    ])
    .groupBy(['p.id', 'p.name', 'p.kind'])
    .orderBy('p.name')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { people: rows.map(personListing), total: await countRows(base) };
}

function personListing(r: {
  id: number;
  name: string;
  kind: string;
  present: number | string | null;
  regrets: number | string | null;
  absent: number | string | null;
}): PersonListing {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as PersonListing['kind'],
    present: Number(r.present ?? 0),
    regrets: Number(r.regrets ?? 0),
    absent: Number(r.absent ?? 0),
  };
}

/** One person's or office's attendance, newest meeting first, and who stood in for them. */
export async function findPerson(
  db: Kysely<Database>,
  id: number,
  scope: Scope,
): Promise<PersonRecord | null> {
  const person = await db
    .selectFrom('people')
    .select(['id', 'name', 'kind', 'key'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (person === undefined) return null;
  const attendance = await db
    .selectFrom('attendance as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .leftJoin('bodies as b', 'b.id', 'm.body_id')
    .where('a.person_id', '=', id)
    .where(inScope(scope, 'm'))
    .select([
      'a.meeting_id',
      'b.name as body',
      'm.date',
      'm.title',
      'a.status',
      'a.group_name',
      'a.role',
      'a.on_behalf_of',
    ])
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .orderBy('a.meeting_id')
    .execute();
  const standIns = await db
    .selectFrom('attendance as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .where('a.on_behalf_of_key', '=', person.key)
    .where('a.person_id', '<>', id)
    .where(inScope(scope, 'm'))
    .select(['a.meeting_id', 'm.date', 'p.id', 'p.name'])
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .execute();
  // Someone seen only in meetings out of scope is, for this reader, no one.
  if (attendance.length === 0 && standIns.length === 0) return null;
  const count = (status: AttendanceStatus) => attendance.filter((a) => a.status === status).length;
  return {
    ...personListing({
      ...person,
      present: count('present'),
      regrets: count('regrets'),
      absent: count('absent'),
    }),
    attendance: attendance.map((a) => ({
      meetingId: a.meeting_id,
      body: a.body ?? null,
      date: a.date,
      title: a.title,
      status: a.status as AttendanceStatus,
      group: a.group_name,
      role: a.role,
      onBehalfOf: a.on_behalf_of,
    })),
    representedBy: standIns.map((s) => ({
      meetingId: s.meeting_id,
      date: s.date,
      personId: s.id,
      name: s.name,
    })),
  };
}

/** The person or office of each attendance entry of a meeting, by the entry's position. */
export async function peopleOfMeeting(
  db: Kysely<Database>,
  meetingId: string,
  scope: Scope,
): Promise<number[]> {
  const rows = await db
    .selectFrom('attendance as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .select(['a.position', 'a.person_id'])
    .where('a.meeting_id', '=', meetingId)
    .where(inScope(scope, 'm'))
    .orderBy('a.position')
    .execute();
  const ids: number[] = [];
  for (const row of rows) ids[row.position] = row.person_id;
  return ids;
}
