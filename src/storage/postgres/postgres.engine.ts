/**
 * The engine for larger, multi-user deployments: PostgreSQL through a pg pool, with a
 * generated tsvector column and a GIN index for full-text search.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Engine, SearchPage, SearchQuery } from '../engine.js';
import type { Database } from '../schema.js';
import type { Scope } from '../../app/ports.js';
import { entryInScope } from '../scope.js';

/** Opens a pool on a postgres:// or postgresql:// URL. */
export function openPostgres(url: string): Engine {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closes (a restart, an administrator) is dropped by the pool and
  // replaced on next use; unheard, its error would stop the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    serial: 'serial',
    keyedTable: null,
    maxParameters: 60_000,
    rowsPerInsert: 200,
    createSearchIndex,
    search,
    // A transaction-scoped advisory lock on the meeting's identifier: an edit replaces the
    // meeting's rows, so a row lock would be lost with the row.
    async lockMeeting(trx, meetingId) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${meetingId}))`.execute(trx);
    },
    async revision() {
      const row = await db
        .selectFrom('store_revision')
        .select('revision')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      return String(row.revision);
    },
  };
}

async function createSearchIndex(db: Kysely<unknown>): Promise<void> {
  // The text is folded by the application, so the same words match on both engines.
  await sql`ALTER TABLE search_entries ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', folded)) STORED`.execute(
    db,
  );
  await sql`CREATE INDEX search_entries_tsv ON search_entries USING GIN (tsv)`.execute(db);
}

async function search(
  db: Kysely<Database>,
  query: SearchQuery,
  limit: number,
  offset: number,
  scope: Scope,
): Promise<SearchPage> {
  const text = toWebSearch(query);
  if (text === null) return { rows: [], total: 0 };
  const rows = await sql<SearchPage['rows'][number]>`
    SELECT e.id, e.meeting_id, e.kind, e.ref, e.title, e.body, e.folded, e.date, ts_rank(e.tsv, q) AS rank
    FROM search_entries e, websearch_to_tsquery('english', ${text}) q
    WHERE e.tsv @@ q AND ${entryInScope(scope, 'e')}
    ORDER BY rank DESC, e.date DESC NULLS LAST, e.id
    LIMIT ${limit} OFFSET ${offset}`.execute(db);
  const count = await sql<{ total: number }>`
    SELECT count(*)::int AS total FROM search_entries e, websearch_to_tsquery('english', ${text}) q
    WHERE e.tsv @@ q AND ${entryInScope(scope, 'e')}`.execute(db);
  return { rows: rows.rows, total: count.rows[0]?.total ?? 0 };
}

// PostgreSQL's web-search syntax: "phrases", -negation and OR, built from the parsed query.
function toWebSearch(query: SearchQuery): string | null {
  const groups = query.any
    .filter((group) => group.some((t) => !t.negated))
    .map((group) => group.map((t) => `${t.negated ? '-' : ''}"${t.words.join(' ')}"`).join(' '));
  return groups.length === 0 ? null : groups.join(' OR ');
}
