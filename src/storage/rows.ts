/**
 * Multi-row statements within the engines' limits on bound parameters: a bulk import writes a
 * thousand meetings in a few dozen statements instead of tens of thousands.
 */
import {
  CompiledQuery,
  sql,
  type Insertable,
  type InsertQueryBuilder,
  type InsertResult,
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
  type Transaction,
} from 'kysely';
import type { Engine } from './engine.js';
import type { Database } from './schema.js';

type Insert<T extends keyof Database> = InsertQueryBuilder<Database, T, InsertResult>;

/**
 * Inserts rows in as few statements as the engine allows; returns the rows a `returning`
 * clause added by `modify` gives.
 */
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
    const chunk = rows.slice(i, i + size);
    const keys = Object.keys(chunk[0]!);
    const parameters = modify === undefined ? plainValues(chunk, keys) : null;
    if (parameters !== null) {
      await trx.executeQuery(CompiledQuery.raw(statementFor(engine, trx, table, chunk, keys), parameters));
      continue;
    }
    const query = trx.insertInto(table).values(chunk) as unknown as Insert<T>;
    results.push(...(await (modify ? modify(query) : query).execute()));
  }
  return results;
}

// The SQL text of an insert of so many rows of these columns, compiled by the query builder
// once and kept: building and compiling a thousand rows' values each time cost more than a
// tenth of a bulk import.
const statements = new WeakMap<Engine, Map<string, string>>();

function statementFor<T extends keyof Database>(
  engine: Engine,
  trx: Transaction<Database> | Kysely<Database>,
  table: T,
  chunk: Array<Insertable<Database[T]>>,
  keys: string[],
): string {
  let known = statements.get(engine);
  if (known === undefined) statements.set(engine, (known = new Map()));
  const key = `${table} ${chunk.length} ${keys.join(',')}`;
  let text = known.get(key);
  if (text === undefined) {
    text = trx.insertInto(table).values(chunk).compile().sql;
    known.set(key, text);
  }
  return text;
}

// The rows' values in statement order, when every row has the first row's columns in its
// order and only plain values (the builder would write anything else into the SQL); else null.
function plainValues(rows: object[], keys: string[]): unknown[] | null {
  const values: unknown[] = [];
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    const own = Object.keys(record);
    if (own.length !== keys.length) return null;
    for (let k = 0; k < keys.length; k++) {
      if (own[k] !== keys[k]) return null;
      const value = record[keys[k]!];
      if (value !== null && typeof value !== 'string' && typeof value !== 'number') return null;
      values.push(value);
    }
  }
  return values;
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

/** A LIKE pattern for text containing the words, whatever their case. */
const contains = (text: string): string => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A condition: the text in `column` contains the words, whatever their case. */
export function containsText(column: string, text: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${contains(text)}`;
}

/** How many rows a query gives, before it is limited to a page. */
export async function countRows<DB, TB extends keyof DB>(
  query: SelectQueryBuilder<DB, TB, object>,
): Promise<number> {
  const count = await query
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .$castTo<{ total: number | string }>()
    .executeTakeFirst();
  return Number(count?.total ?? 0);
}
