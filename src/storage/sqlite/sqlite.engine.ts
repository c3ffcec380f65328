/**
 * The embedded engine: one SQLite file (better-sqlite3), write-ahead logged, with an FTS5
 * index kept in step with search_entries by triggers.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Engine, SearchMatch, SearchQuery } from '../engine.js';
import type { Database } from '../schema.js';

/** Opens (creating if needed) an SQLite database file, or ":memory:". */
export function openSqlite(path: string): Engine {
  const database = new BetterSqlite3(path);
  database.pragma('journal_mode = WAL');
  // NORMAL is durable in WAL mode except for the last transactions before a power cut.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // 16 MB of page cache (the default is 2 MB). More kept a server's memory that much larger
  // for good, once an archive is read through, and the operating system caches the file anyway.
  database.pragma('cache_size = -16384');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  // Asked on every cached page view: a prepared statement, without the query builder.
  let readRevision: BetterSqlite3.Statement | null = null;
  // The work of each name, chained: each runs when the one before it has ended.
  const running = new Map<string, Promise<unknown>>();
  return {
    kind: 'sqlite',
    db,
    serial: 'integer',
    // Rows stored in the primary key's own tree: one tree fewer to update for each row written.
    keyedTable: sql`without rowid`,
    // NULL sorts below every value, so a descending index ends with the unknown dates.
    latestFirst: sql`DESC`,
    maxParameters: 32_000,
    rowsPerInsert: 1000,
    createSearchIndex,
    // FTS5's porter tokenizer (createSearchIndex) is the one both engines follow.
    alignSearchWords: async () => undefined,
    searchMatch,
    rankMatches: (query, ids, common) => rankMatches(db, query, ids, common),
    // BEGIN IMMEDIATE (below) already runs one writing transaction at a time.
    lockMeeting: async () => undefined,
    // The planner chooses well by the indexes alone here; statistics would change its plans,
    // which the measurements of bench/README.md were made without.
    analyze: async () => undefined,
    exclusively(name, work) {
      const done = (running.get(name) ?? Promise.resolve()).then(work);
      running.set(
        name,
        done.catch(() => undefined),
      );
      return done;
    },
    async revision() {
      readRevision ??= database.prepare('SELECT revision FROM store_revision WHERE id = 1').pluck();
      return String(readRevision.get());
    },
  };
}

// Kysely prepares every query anew; bulk imports repeat the same multi-row statements, and
// preparing a large INSERT costs more than running it. Prepared statements are kept by SQL text.
//
// Every transaction the store opens writes, so each one starts with BEGIN IMMEDIATE: it waits
// (busy_timeout) for another connection's write to finish and then reads what that one wrote.
// A plain BEGIN would read first and fail with "database is locked" when it came to write.
function withStatementCache(database: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = database.prepare.bind(database);
  database.prepare = ((text: string) => {
    const sql = text === 'begin' ? 'begin immediate' : text;
    let statement = cache.get(sql);
    if (statement === undefined) {
      if (cache.size >= 200) cache.delete(cache.keys().next().value!);
      statement = prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  }) as typeof database.prepare;
  return database;
}

async function createSearchIndex(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(folded, content='search_entries', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql`CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END`.execute(db);
  await sql`CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END`.execute(db);
}

function searchMatch(query: SearchQuery): SearchMatch | null {
  const match = toFts5(query);
  if (match === null) return null;
  return {
    from: sql`search_fts JOIN search_entries e ON e.id = search_fts.rowid`,
    where: sql`search_fts MATCH ${match}`,
    // FTS5 walks its matches in rowid order, either way.
    newest: sql`search_fts.rowid DESC`,
  };
}

/**
 * bm25, lower for a better match. bm25 weighs each phrase by how many entries hold it, and
 * counts them by reading every one: for a common word that reading costs more than all the
 * rest of a search (27 ms for "the" in 100,000 meetings), while the weight it finds is small.
 * So phrases held by more than `common` entries are left out of the score.
 */
async function rankMatches(
  db: Kysely<Database>,
  query: SearchQuery,
  ids: number[],
  common: number,
): Promise<Map<number, number>> {
  const rare: string[] = [];
  for (const phrase of new Set(query.any.flatMap((group) => group.filter((t) => !t.negated).map(quoted)))) {
    const { rows } = await sql<{ held: number }>`SELECT count(*) AS held FROM
      (SELECT 1 FROM search_fts WHERE search_fts MATCH ${phrase} LIMIT ${common + 1}) AS holding`.execute(db);
    if (rows[0]!.held <= common) rare.push(phrase);
  }
  if (rare.length === 0) return new Map();
  // Each rare phrase is held by few entries, so scoring all of them is cheap. Phrases that an
  // entry does not hold add nothing to its bm25, so OR gives a matching entry its own score.
  const { rows } = await sql<{ id: number; score: number }>`SELECT rowid AS id, bm25(search_fts) AS score
    FROM search_fts WHERE search_fts MATCH ${rare.join(' OR ')}`.execute(db);
  const wanted = new Set(ids);
  return new Map(rows.filter((row) => wanted.has(row.id)).map((row) => [row.id, row.score]));
}

const quoted = (term: SearchQuery['any'][number][number]): string => `"${term.words.join(' ')}"`;

// FTS5's own query language: quoted phrases joined by spaces (AND), NOT, and OR between groups.
function toFts5(query: SearchQuery): string | null {
  const groups = query.any
    .map((group) => {
      const wanted = group.filter((t) => !t.negated).map(quoted);
      const unwanted = group.filter((t) => t.negated).map(quoted);
      if (wanted.length === 0) return null;
      return `(${wanted.join(' ')}${unwanted.map((u) => ` NOT ${u}`).join('')})`;
    })
    .filter((g): g is string => g !== null);
  return groups.length === 0 ? null : groups.join(' OR ');
}
