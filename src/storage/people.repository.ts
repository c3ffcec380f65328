/**
 * People and offices across meetings: how often each was present, sent regrets or was absent,
 * their attendance meeting by meeting, and who attended on their behalf.
 */
import type { Kysely } from 'kysely';
import type { PersonFilter, PersonListing, PersonRecord, Scope } from '../app/ports.js';
import { inScope } from './scope.js';
import type { AttendanceStatus } from '../domain/record.js';
import { containsText, countRows } from './rows.js';
import type { Database } from './schema.js';

/** People and offices by name, with their attendance counts. */
export async function listPeople(
  db: Kysely<Database>,
  filter: PersonFilter,
  scope: Scope,
): Promise<{ people: PersonListing[]; total: number }> {
  // Only people who attended a meeting in scope, counted over those meetings only: the totals
  // kept per body and state (tallies.ts) that are in scope, a few rows per person. The page is
  // chosen first, by name, and only its people's totals are added up.
  let base = db
    .selectFrom('people as p')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_tallies as t')
          .select('t.person_id')
          .whereRef('t.person_id', '=', 'p.id')
          .where(inScope(scope, 't')),
      ),
    );
  if (filter.text !== undefined) base = base.where(containsText('p.name', filter.text));
  const page = await base
    .select(['p.id', 'p.name', 'p.kind'])
    .orderBy('p.name')
    .orderBy('p.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const sums =
    page.length === 0
      ? []
      : await db
          .selectFrom('person_tallies as t')
          .where(
            't.person_id',
            'in',
            page.map((p) => p.id),
          )
          .where(inScope(scope, 't'))
          .groupBy('t.person_id')
          .select((eb) => [
            't.person_id',
            eb.fn.sum<number>('t.present').as('present'),
            eb.fn.sum<number>('t.regrets').as('regrets'),
            eb.fn.sum<number>('t.absent').as('absent'),
          ])
          .execute();
  const sumOf = new Map(sums.map((row) => [row.person_id, row]));
  return {
    people: page.map((p) => {
      const sum = sumOf.get(p.id);
      return personListing({
        ...p,
        present: sum?.present ?? 0,
        regrets: sum?.regrets ?? 0,
        absent: sum?.absent ?? 0,
      });
    }),
    total: await countRows(base),
  };
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

/**
 * One person's or office's counts, a page of their attendance (newest meeting first), and who
 * stood in for them. Someone in the registers for years attends thousands of meetings: the
 * counts are the ones kept on write (tallies.ts), and only the page asked for is read.
 */
export async function findPerson(
  db: Kysely<Database>,
  id: number,
  scope: Scope,
  page: { limit: number; offset: number },
): Promise<PersonRecord | null> {
  const person = await db
    .selectFrom('people')
    .select(['id', 'name', 'kind', 'key'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (person === undefined) return null;
  const counts = await db
    .selectFrom('person_tallies as t')
    .where('t.person_id', '=', id)
    .where(inScope(scope, 't'))
    .select((eb) => [
      eb.fn.sum<number>('t.entries').as('entries'),
      eb.fn.sum<number>('t.present').as('present'),
      eb.fn.sum<number>('t.regrets').as('regrets'),
      eb.fn.sum<number>('t.absent').as('absent'),
    ])
    .executeTakeFirst();
  const entries = Number(counts?.entries ?? 0);
  const attendance = await attendancePage(db, id, scope, page);
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
  if (entries === 0 && standIns.length === 0) return null;
  return {
    ...personListing({
      ...person,
      present: counts?.present ?? 0,
      regrets: counts?.regrets ?? 0,
      absent: counts?.absent ?? 0,
    }),
    attendanceTotal: entries,
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

/**
 * A page of a person's attendance, newest meeting first. The page is chosen from indexes alone
 * (attendance_by_person, which holds each entry's key, and meetings_seen, which holds what scope
 * and order ask of a meeting), then only its entries are read with their meetings' titles.
 */
async function attendancePage(
  db: Kysely<Database>,
  id: number,
  scope: Scope,
  page: { limit: number; offset: number },
) {
  const keys = await db
    .selectFrom('attendance as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .where('a.person_id', '=', id)
    .where(inScope(scope, 'm'))
    .select(['a.meeting_id', 'a.position'])
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .orderBy('a.meeting_id')
    .orderBy('a.position')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('attendance as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .leftJoin('bodies as b', 'b.id', 'm.body_id')
    .where('a.person_id', '=', id)
    .where('a.meeting_id', 'in', [...new Set(keys.map((k) => k.meeting_id))])
    .select([
      'a.meeting_id',
      'a.position',
      'b.name as body',
      'm.date',
      'm.title',
      'a.status',
      'a.group_name',
      'a.role',
      'a.on_behalf_of',
    ])
    .execute();
  const byKey = new Map(rows.map((r) => [`${r.position} ${r.meeting_id}`, r]));
  return keys.map((k) => byKey.get(`${k.position} ${k.meeting_id}`)!);
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
