/**
 * The two engines as the scale benchmark uses them: where the archive is stored, the baselines
 * measured beside the application (rows written one statement at a time into plain tables; the
 * engine's own full-text search asked directly), and what is removed afterwards. PostgreSQL is
 * measured in databases made for the run on the server DATABASE_URL names, never in that one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { MeetingRecord } from '../src/domain/record.js';

/** A search as the engine's own query language writes it, asked without the application. */
export interface RawSearch {
  /** The first 20 entries that match, in no order (what the index alone answers). */
  first(match: string): Promise<void>;
  /** The 20 best by the engine's rank (what the application asks, before its scope and count). */
  ranked(match: string): Promise<void>;
  /** How many entries match. */
  count(match: string): Promise<number>;
  close(): Promise<void>;
}

export interface BenchEngine {
  name: 'SQLite' | 'PostgreSQL';
  /** What the store and `minutebook serve --db` are given. */
  url: string;
  /** Writes a batch one row per statement, in one transaction, into plain tables; milliseconds taken. */
  plainInsert(records: MeetingRecord[], first: number): Promise<number>;
  rawSearch(): Promise<RawSearch>;
  drop(): Promise<void>;
}

const PLAIN_TABLES = `CREATE TABLE meetings (id TEXT, body TEXT, date TEXT, record TEXT);
  CREATE TABLE outcomes (meeting_id TEXT, kind TEXT, text TEXT);
  CREATE TABLE attendance (meeting_id TEXT, name TEXT, status TEXT);`;

/** Rows of a batch, as the plain-insert baseline writes them. */
function* plainRows(records: MeetingRecord[], first: number): Generator<[string, unknown[]]> {
  for (const [k, r] of records.entries()) {
    const id = String(first + k);
    yield ['meetings', [id, r.meeting.body, r.meeting.date, JSON.stringify(r)]];
    for (const t of r.topics) for (const o of t.outcomes) yield ['outcomes', [id, o.kind, o.text]];
    for (const a of r.attendance) yield ['attendance', [id, a.name, a.status]];
  }
}

export function sqliteEngine(): BenchEngine {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-scale-'));
  const plain = new BetterSqlite3(join(dir, 'plain.db'));
  plain.pragma('journal_mode = WAL');
  plain.pragma('synchronous = NORMAL');
  plain.exec(PLAIN_TABLES);
  const insert = {
    meetings: plain.prepare('INSERT INTO meetings VALUES (?, ?, ?, ?)'),
    outcomes: plain.prepare('INSERT INTO outcomes VALUES (?, ?, ?)'),
    attendance: plain.prepare('INSERT INTO attendance VALUES (?, ?, ?)'),
  } as Record<string, BetterSqlite3.Statement>;
  const url = join(dir, 'archive.db');
  return {
    name: 'SQLite',
    url,
    plainInsert(records, first) {
      const start = performance.now();
      plain.transaction(() => {
        for (const [table, values] of plainRows(records, first)) insert[table]!.run(...values);
      })();
      return Promise.resolve(performance.now() - start);
    },
    rawSearch() {
      const db = new BetterSqlite3(url, { readonly: true });
      const first = db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 20');
      const ranked = db.prepare(
        'SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts) LIMIT 20',
      );
      const count = db.prepare('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?');
      return Promise.resolve({
        first: async (match) => void first.all(match),
        ranked: async (match) => void ranked.all(match),
        count: async (match) => (count.get(match) as { n: number }).n,
        close: async () => void db.close(),
      });
    },
    drop() {
      plain.close();
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const database = (server: string, name: string): string => {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
};

// The configuration the application's tsvector column is made with (storage/postgres).
const WORDS = 'minutebook_words';

export async function postgresEngine(server: string): Promise<BenchEngine> {
  const name = `mb_scale_${process.pid}`;
  await admin(server, `CREATE DATABASE ${name}`);
  await admin(server, `CREATE DATABASE ${name}_plain`);
  const plain = new pg.Client({ connectionString: database(server, `${name}_plain`) });
  await plain.connect();
  await plain.query(PLAIN_TABLES);
  const insert: Record<string, string> = {
    meetings: 'INSERT INTO meetings VALUES ($1, $2, $3, $4)',
    outcomes: 'INSERT INTO outcomes VALUES ($1, $2, $3)',
    attendance: 'INSERT INTO attendance VALUES ($1, $2, $3)',
  };
  const url = database(server, name);
  return {
    name: 'PostgreSQL',
    url,
    async plainInsert(records, first) {
      const start = performance.now();
      await plain.query('BEGIN');
      for (const [table, values] of plainRows(records, first))
        await plain.query({ name: table, text: insert[table]!, values });
      await plain.query('COMMIT');
      return performance.now() - start;
    },
    async rawSearch() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const q = `websearch_to_tsquery('${WORDS}', $1)`;
      return {
        first: async (match) =>
          void (await client.query({
            name: 'first',
            text: `SELECT id FROM search_entries WHERE tsv @@ ${q} LIMIT 20`,
            values: [match],
          })),
        ranked: async (match) =>
          void (await client.query({
            name: 'ranked',
            text: `SELECT id FROM search_entries, ${q} q WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT 20`,
            values: [match],
          })),
        count: async (match) =>
          Number(
            (
              await client.query<{ n: string }>({
                name: 'count',
                text: `SELECT count(*) AS n FROM search_entries WHERE tsv @@ ${q}`,
                values: [match],
              })
            ).rows[0]!.n,
          ),
        close: () => client.end(),
      };
    },
    async drop() {
      await plain.end();
      await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin(server, `DROP DATABASE IF EXISTS ${name}_plain WITH (FORCE)`);
    },
  };
}
