/**
 * Steps the migrations share. A migration that ran must go on making the same schema: change
 * nothing here that one of them uses; a new kind of step is a new function.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';
import type { Engine } from '../engine.js';

/** Creates the index `name` on `table` over `columns`, in that order. */
export async function addIndex(
  db: Kysely<unknown>,
  name: string,
  table: string,
  columns: string[],
): Promise<void> {
  await db.schema.createIndex(name).on(table).columns(columns).execute();
}

/** Ends the definition of a table keyed by its composite primary key alone, as the engine wants it. */
export function keyedByPrimaryKey(engine: Engine) {
  return <T extends string, C extends string>(table: CreateTableBuilder<T, C>): CreateTableBuilder<T, C> =>
    engine.keyedTable === null ? table : table.modifyEnd(engine.keyedTable);
}
