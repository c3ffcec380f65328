/**
 * Reading meetings: one meeting's record by its citable identifier, lists of meetings, and the
 * source text a record was read from.
 */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type {
  BodyListing,
  MeetingFilter,
  MeetingListing,
  Scope,
  MeetingSource,
  StoredMeeting,
} from '../app/ports.js';
import type { MeetingState } from '../domain/workflow.js';
import { inScope } from './scope.js';
import { tallied } from './tallies.js';
import { meetingRecordSchema, type DocumentState } from '../domain/record.js';
import type { Database } from './schema.js';

/** Reads one meeting's record by its citable identifier. */
export async function findMeeting(
  db: Kysely<Database>,
  id: string,
  scope: Scope,
): Promise<StoredMeeting | null> {
  const row = await db
    .selectFrom('meetings')
    .select(['record', 'version', 'created_at', 'updated_at', 'example', 'invented', 'state'])
    .where('id', '=', id)
    .where(inScope(scope, 'meetings'))
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    record: meetingRecordSchema.parse(JSON.parse(row.record)),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    example: row.example === 1,
    invented: row.invented === 1,
    state: row.state as MeetingState,
  };
}

/** Lists meetings, newest first, optionally of one body. */
export async function listMeetings(
  db: Kysely<Database>,
  filter: MeetingFilter,
  scope: Scope,
): Promise<{ meetings: MeetingListing[]; total: number }> {
  let query = db
    .selectFrom('meetings')
    .leftJoin('bodies', 'bodies.id', 'meetings.body_id')
    .where(inScope(scope, 'meetings'));
  if (filter.body !== undefined) {
    const body = filter.body;
    // By the body's number, so that its meetings are read in order through
    // meetings_of_body_latest_first (a slug and a name of two bodies ask for both).
    const named = await db
      .selectFrom('bodies')
      .select('id')
      .where((w) => w.or([w('slug', '=', body), w('name', '=', body)]))
      .execute();
    const ids = named.map((b) => b.id);
    query = query.where(
      'meetings.body_id',
      ids.length === 1 ? '=' : 'in',
      ids.length === 1 ? ids[0]! : [...ids, -1],
    );
  }
  const rows = await query
    .select([
      'meetings.id',
      'bodies.name as body',
      'meetings.title',
      'meetings.date',
      'meetings.start_utc',
      'meetings.end_utc',
      'meetings.status',
      'meetings.state',
      'meetings.decision_count',
      'meetings.action_count',
      'meetings.present_count',
      'meetings.invented',
    ])
    .orderBy('meetings.date', (ob) => ob.desc().nullsLast())
    .orderBy('meetings.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const body = filter.body;
  const total = await tallied(
    db,
    scope,
    'meetings',
    body === undefined ? undefined : (eb) => eb.or([eb('b.slug', '=', body), eb('b.name', '=', body)]),
  );
  return {
    meetings: rows.map((r) => ({
      id: r.id,
      body: r.body ?? null,
      title: r.title,
      date: r.date,
      start: r.start_utc,
      end: r.end_utc,
      status: r.status,
      state: r.state as MeetingState,
      decisions: r.decision_count,
      actions: r.action_count,
      present: r.present_count,
      invented: r.invented === 1,
    })),
    total,
  };
}

/**
 * The text a meeting was read from, when the meeting is in scope and so is every other meeting
 * read from the same text (a source never shows a meeting the reader may not see).
 */
export async function findSource(
  db: Kysely<Database>,
  meetingId: string,
  scope: Scope,
): Promise<MeetingSource | null> {
  const row = await db
    .selectFrom('meetings')
    .innerJoin('sources', 'sources.sha256', 'meetings.source_sha256')
    .select([
      'sources.sha256',
      'sources.name',
      'sources.text',
      'sources.first_line',
      'meetings.edited_since_read',
    ])
    .where('meetings.id', '=', meetingId)
    .where(inScope(scope, 'meetings'))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('meetings as other')
            .select('other.id')
            .where('other.source_sha256', '=', eb.ref('sources.sha256'))
            .where(sql<SqlBool>`NOT ${inScope(scope, 'other')}`),
        ),
      ),
    )
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    sha256: row.sha256,
    name: row.name,
    text: row.text,
    firstLine: Number(row.first_line),
    editedSinceRead: Number(row.edited_since_read) === 1,
  };
}

/** Every body with a meeting in scope, with its number of meetings and the date of its latest, by name. */
export async function listBodies(db: Kysely<Database>, scope: Scope): Promise<BodyListing[]> {
  // Counted from the totals kept on write; the latest date is the first of the body's meetings
  // in scope read through meetings_of_body_latest_first.
  const rows = await db
    .selectFrom('bodies')
    .innerJoin('body_tallies as t', 't.body_id', 'bodies.id')
    .where(inScope(scope, 't'))
    .select((eb) => [
      'bodies.slug',
      'bodies.name',
      'bodies.document_flow',
      eb.fn.sum<number>('t.meetings').as('meetings'),
      eb
        .selectFrom('meetings as lm')
        .select('lm.date')
        .whereRef('lm.body_id', '=', 'bodies.id')
        .where('lm.date', 'is not', null)
        .where(inScope(scope, 'lm'))
        .orderBy('lm.date', (ob) => ob.desc().nullsLast())
        .limit(1)
        .as('latest'),
    ])
    .groupBy(['bodies.id', 'bodies.slug', 'bodies.name', 'bodies.document_flow'])
    .orderBy('bodies.name')
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    documentFlow: r.document_flow === null ? null : (JSON.parse(r.document_flow) as DocumentState[]),
    meetings: Number(r.meetings),
    latest: r.latest ?? null,
  }));
}
