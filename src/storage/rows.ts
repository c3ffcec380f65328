/**
 * Multi-row statements within the engines' limits on bound parameters: a bulk import writes a
 * thousand meetings in a few dozen statements instead of tens of thousands.
 */
import type { Insertable, InsertQueryBuilder, InsertResult, Kysely, Transaction } from 'kysely';
import type { Engine } from './engine.js';
import type { Database } from './schema.js';

type Insert<T extends keyof Database> = InsertQueryBuilder<Database, T, InsertResult>;

/** Inserts rows in as few statements as the engine allows; returns what the statements return. */
export async function insertMany<T extends keyof Database>(
  trx: Transaction<Database> | Kysely<Database>,
  engine: Engine,
  table: T,
  rows: Array<Insertable<Database[T]>>,
  modify?: (query: Insert<T>) => { execute(): Promise<unknown[]> },
): Promise<unknown[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!).length;
  // Chunks of one fixed size give the same SQL text each time, so a prepared statement is reused.
  const size = Math.max(1, Math.min(engine.rowsPerInsert, Math.floor(engine.maxParameters / columns)));
  const results: unknown[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const query = trx.insertInto(table).values(rows.slice(i, i + size)) as unknown as Insert<T>;
    results.push(...(await (modify ? modify(query) : query).execute()));
  }
  return results;
}

/** Runs a query once per chunk of values (for IN lists) and concatenates the results. */
export async function selectIn<V, R>(
  engine: Engine,
  values: V[],
  run: (chunk: V[]) => Promise<R[]>,
): Promise<R[]> {
  const results: R[] = [];
  await eachChunk(engine, values, async (chunk) => {
    results.push(...(await run(chunk)));
  });
  return results;
}

/** Runs a statement once per chunk of values (for IN lists). */
export async function eachChunk<V>(
  engine: Engine,
  values: V[],
  run: (chunk: V[]) => Promise<unknown>,
): Promise<void> {
  const size = Math.min(engine.maxParameters - 100, 10_000);
  for (let i = 0; i < values.length; i += size) await run(values.slice(i, i + size));
}

/** The first item of each key, in order. */
export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
