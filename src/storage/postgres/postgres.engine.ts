/**
 * The engine for larger, multi-user deployments: PostgreSQL through a pg pool, with a
 * generated tsvector column and a GIN index for full-text search.
 */
import { Kysely, PostgresDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import type { Engine, SearchMatch, SearchQuery } from '../engine.js';
import type { Database } from '../schema.js';

/** The first key of the advisory locks of work done once at a time across processes ("MB"). */
const EXCLUSIVE_WORK = 0x4d42;

/** Opens a pool of at most `connections` on a postgres:// or postgresql:// URL. */
export function openPostgres(url: string, connections = 10): Engine {
  // No JIT compiling: every statement here is short, and compiling one costs more than running
  // it (36 ms of JIT for a search that runs in 0.1 ms).
  const pool = new pg.Pool({ connectionString: url, max: connections, options: '-c jit=off' });
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
    // Without statistics, as after a bulk import before autovacuum comes by, PostgreSQL reads
    // the people list by a plan that took 8 s instead of 33 ms (1,000 meetings).
    async analyze() {
      await sql`ANALYZE`.execute(db);
    },
    // A transaction-scoped advisory lock on the meeting's identifier: an edit replaces the
    // meeting's rows, so a row lock would be lost with the row.
    async lockMeeting(trx, meetingId) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${meetingId}))`.execute(trx);
    },
    exclusively: (name, work) =>
      db.connection().execute(async (connection) => {
        // Two keys, so that no name shares a lock with a meeting's identifier (lockMeeting).
        const key = sql`${EXCLUSIVE_WORK}, hashtext(${name})`;
        await sql`SELECT pg_advisory_lock(${key})`.execute(connection);
        try {
          return await work();
        } finally {
          await sql`SELECT pg_advisory_unlock(${key})`.execute(connection);
        }
      }),
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

/**
 * How many of the newest entries a search looks in first (about 8 ms). Fewer would not do: the
 * newest entries may be a batch of one kind (the documents and people of an import).
 */
const RECENT_ENTRIES = 20_000;

function searchMatch(query: SearchQuery): SearchMatch | null {
  const tsquery = tsqueryOf(query);
  if (tsquery === null) return null;
  return {
    // The query is written out where it is used, not joined as a row: as a constant, the
    // planner weighs how many entries it matches (a common word: walk the newest entries and
    // stop; a rare one: look it up in the index).
    from: sql`search_entries e`,
    where: sql`e.tsv @@ ${tsquery}`,
    newest: sql`e.id DESC`,
    // ts_rank reads only the entry it scores, so entries are scored as they are found.
    score: sql<number>`-ts_rank(e.tsv, ${tsquery})`,
    // GIN yields matches in no order: a common word read from it costs a visit to each of its
    // entries (hundreds of thousands); the planner then walks the newest entries instead. For
    // one word it knows how common the word is (the column's statistics); for several it
    // multiplies their shares as if they were independent, and words said together (an
    // outcome's verb and its subject, the words of a phrase) are not, so it guesses too few
    // matches and reads them all through GIN. Such queries look among the newest entries first.
    ...(query.any.some((group) => {
      const wanted = group.filter((t) => !t.negated);
      return wanted.length > 1 || wanted.some((t) => t.words.length > 1);
    })
      ? { recent: sql`(SELECT * FROM search_entries ORDER BY id DESC LIMIT ${RECENT_ENTRIES}) e` }
      : {}),
  };
}

function tsqueryOf(query: SearchQuery): RawBuilder<unknown> | null {
  const text = toWebSearch(query);
  return text === null ? null : sql`websearch_to_tsquery('${sql.raw(WORDS)}', ${text})`;
}

// PostgreSQL's web-search syntax: "phrases", -negation and OR, built from the parsed query.
function toWebSearch(query: SearchQuery): string | null {
  const groups = query.any
    .filter((group) => group.some((t) => !t.negated))
    .map((group) => group.map((t) => `${t.negated ? '-' : ''}"${t.words.join(' ')}"`).join(' '));
  return groups.length === 0 ? null : groups.join(' OR ');
}
