/**
 * The engine for larger, multi-user deployments: PostgreSQL through a pg pool, with a
 * generated tsvector column and a GIN index for full-text search.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Engine, SearchMatch, SearchQuery } from '../engine.js';
import type { Database } from '../schema.js';

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
    latestFirst: sql`DESC NULLS LAST`,
    maxParameters: 60_000,
    rowsPerInsert: 200,
    createSearchIndex,
    alignSearchWords,
    searchMatch,
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

/**
 * The words of the index as SQLite's FTS5 cuts them ("porter unicode61"): PostgreSQL's English
 * configuration drops common words, so a search for "the" found nothing here and thousands
 * there. This one keeps every word and cuts each to its Porter stem, as FTS5 does.
 */
const WORDS = 'minutebook_words';

async function alignSearchWords(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TEXT SEARCH DICTIONARY minutebook_porter (TEMPLATE = snowball, Language = porter)`.execute(
    db,
  );
  await sql`CREATE TEXT SEARCH CONFIGURATION ${sql.raw(WORDS)} (COPY = english)`.execute(db);
  await sql`ALTER TEXT SEARCH CONFIGURATION ${sql.raw(WORDS)}
    ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart WITH minutebook_porter`.execute(
    db,
  );
  await sql`DROP INDEX search_entries_tsv`.execute(db);
  await sql`ALTER TABLE search_entries DROP COLUMN tsv`.execute(db);
  await sql`ALTER TABLE search_entries ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('${sql.raw(WORDS)}', folded)) STORED`.execute(
    db,
  );
  await sql`CREATE INDEX search_entries_tsv ON search_entries USING GIN (tsv)`.execute(db);
}

function searchMatch(query: SearchQuery): SearchMatch | null {
  const text = toWebSearch(query);
  if (text === null) return null;
  return {
    from: sql`search_entries e, websearch_to_tsquery('${sql.raw(WORDS)}', ${text}) q`,
    where: sql`e.tsv @@ q`,
    relevance: sql`ts_rank(e.tsv, q) DESC`,
  };
}

// PostgreSQL's web-search syntax: "phrases", -negation and OR, built from the parsed query.
function toWebSearch(query: SearchQuery): string | null {
  const groups = query.any
    .filter((group) => group.some((t) => !t.negated))
    .map((group) => group.map((t) => `${t.negated ? '-' : ''}"${t.words.join(' ')}"`).join(' '));
  return groups.length === 0 ? null : groups.join(' OR ');
}
