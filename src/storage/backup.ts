/**
 * A whole database as one portable JSON document, and back: every table's rows, in an order in
 * which each row's references come before it. Read on one engine and written on the other, it
 * gives the same database: the round trip is tested both ways.
 *
 * Left out: sessions (a restored database signs everyone in again), the addresses printed for
 * making the first administrator, sign-in attempts, and what the engines derive
 * themselves (SQLite's full-text index, PostgreSQL's tsvector column).
 */
import { sql, type Kysely } from 'kysely';
import type { Backup } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import type { Engine } from './engine.js';
import { insertMany } from './rows.js';
import type { Database } from './schema.js';
import { retallyAllDocuments } from './document-tallies.js';
import { rewordOwners } from './owner-words.js';
import { retallyAll } from './tallies.js';

/** Tables in the order they are restored, with the columns rows are ordered by. */
const TABLES: ReadonlyArray<{ name: keyof Database; order: string[]; serial?: true }> = [
  { name: 'bodies', order: ['id'], serial: true },
  { name: 'people', order: ['id'], serial: true },
  { name: 'documents', order: ['id'], serial: true },
  { name: 'sources', order: ['sha256'] },
  { name: 'meetings', order: ['id'] },
  { name: 'outcomes', order: ['id'] },
  { name: 'attendance', order: ['meeting_id', 'position'] },
  { name: 'outcome_documents', order: ['outcome_id', 'document_id'] },
  { name: 'meeting_documents', order: ['meeting_id', 'document_id'] },
  { name: 'search_entries', order: ['id'], serial: true },
  { name: 'store_revision', order: ['id'] },
  { name: 'users', order: ['id'], serial: true },
  { name: 'memberships', order: ['user_id', 'body_id'] },
  { name: 'api_tokens', order: ['id'], serial: true },
  { name: 'audit', order: ['id'], serial: true },
  { name: 'meeting_versions', order: ['meeting_id', 'version'] },
  { name: 'comments', order: ['id'], serial: true },
  { name: 'outcome_links', order: ['from_cite', 'to_cite'] },
  { name: 'aliases', order: ['kind', 'key'] },
  { name: 'distinct_pairs', order: ['kind', 'a_key', 'b_key'] },
  { name: 'body_members', order: ['id'], serial: true },
];

/** Columns an engine computes itself, never written. */
const DERIVED: Partial<Record<keyof Database, string[]>> = { search_entries: ['tsv'] };

export const BACKUP_FORMAT = 'minutebook-backup/1';

/** Every table's rows; numbers the engines return as text (PostgreSQL's bigint) become numbers. */
export async function dumpDatabase(engine: Engine): Promise<Backup> {
  return engine.db.transaction().execute(async (trx) => {
    const tables: Backup['tables'] = {};
    for (const table of TABLES) {
      const rows = (
        await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table.name)} ORDER BY ${sql.join(
          table.order.map((c) => sql.ref(c)),
        )}`.execute(trx)
      ).rows;
      tables[table.name] = rows.map((row) => {
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(row)) {
          if (DERIVED[table.name]?.includes(key)) continue;
          out[key] = key === 'revision' ? Number(value) : value;
        }
        return out;
      });
    }
    return { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), tables };
  });
}

/** Writes a backup into an empty database, in one transaction: all of it, or nothing. */
export async function restoreDatabase(engine: Engine, backup: Backup): Promise<void> {
  if (backup.format !== BACKUP_FORMAT) {
    throw new MinutebookError(
      'unsupported-format',
      `this is not a Minutebook backup (format ${String(backup.format)})`,
      { field: 'format' },
    );
  }
  await engine.db.transaction().execute(async (trx) => {
    const meetings = await trx
      .selectFrom('meetings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const users = await trx
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(meetings.n) > 0 || Number(users.n) > 0) {
      throw new MinutebookError(
        'conflict',
        'a backup is restored into an empty database; this one holds meetings or accounts already',
      );
    }
    // The migrations wrote the revision counter's one row; the backup's replaces it.
    await trx.deleteFrom('store_revision').execute();
    for (const table of TABLES) {
      const rows = backup.tables[table.name];
      if (!Array.isArray(rows))
        throw new MinutebookError('invalid-record', `the backup has no table ${table.name}`, {
          field: `tables.${table.name}`,
        });
      await insertMany(trx, engine, table.name, rows as never[]);
    }
    // The totals kept on write are not in a backup: they are counted again from its rows.
    await retallyAll(trx);
    await retallyAllDocuments(trx);
    await rewordOwners(trx, engine);
    if (engine.kind === 'postgres') {
      // Rows came with their ids: the sequences carry on after the highest.
      for (const table of TABLES.filter((t) => t.serial)) {
        await sql`SELECT setval(pg_get_serial_sequence(${table.name}, 'id'), COALESCE((SELECT max(id) FROM ${sql.table(table.name)}), 0) + 1, false)`.execute(
          trx as unknown as Kysely<Database>,
        );
      }
    }
  });
}
