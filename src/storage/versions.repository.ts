/** Earlier versions of meetings, kept whole, and the comments made on them. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { CommentEntry, VersionListing } from '../app/ports.js';
import { meetingRecordSchema, type MeetingRecord } from '../domain/record.js';
import type { MeetingState } from '../domain/workflow.js';
import type { Database } from './schema.js';

/** Keeps the stored version of these meetings before they are replaced; call inside the replacing transaction. */
export async function keepVersions(trx: Transaction<Database>, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await sql`INSERT INTO meeting_versions (meeting_id, version, state, record, saved_at)
      SELECT id, version, state, record, updated_at FROM meetings WHERE id IN (${sql.join(ids.slice(i, i + 500))})`.execute(
      trx,
    );
  }
}

/** A meeting's versions, newest first: the current one and those kept before it. */
export async function listVersions(db: Kysely<Database>, meetingId: string): Promise<VersionListing[]> {
  const current = await db
    .selectFrom('meetings')
    .select(['version', 'state', 'updated_at'])
    .where('id', '=', meetingId)
    .executeTakeFirst();
  if (current === undefined) return [];
  const earlier = await db
    .selectFrom('meeting_versions')
    .select(['version', 'state', 'saved_at'])
    .where('meeting_id', '=', meetingId)
    .orderBy('version', 'desc')
    .execute();
  return [
    {
      version: current.version,
      state: current.state as MeetingState,
      savedAt: current.updated_at,
      current: true,
    },
    ...earlier.map((v) => ({
      version: v.version,
      state: v.state as MeetingState,
      savedAt: v.saved_at,
      current: false,
    })),
  ];
}

/** One earlier version of a meeting's record. */
export async function findVersion(
  db: Kysely<Database>,
  meetingId: string,
  version: number,
): Promise<MeetingRecord | null> {
  const row = await db
    .selectFrom('meeting_versions')
    .select('record')
    .where('meeting_id', '=', meetingId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row === undefined ? null : meetingRecordSchema.parse(JSON.parse(row.record));
}

export async function addComment(
  db: Kysely<Database>,
  comment: { meetingId: string; version: number; authorId: number; author: string; text: string },
): Promise<CommentEntry> {
  const at = new Date().toISOString();
  const { id } = await db
    .insertInto('comments')
    .values({
      meeting_id: comment.meetingId,
      version: comment.version,
      author_id: comment.authorId,
      author: comment.author,
      text: comment.text,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, version: comment.version, author: comment.author, text: comment.text, at };
}

export async function listComments(db: Kysely<Database>, meetingId: string): Promise<CommentEntry[]> {
  const rows = await db
    .selectFrom('comments')
    .select(['id', 'version', 'author', 'text', 'created_at'])
    .where('meeting_id', '=', meetingId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    author: r.author,
    text: r.text,
    at: r.created_at,
  }));
}
