/**
 * A counter that every write transaction increases, so that a reader can tell cheaply whether
 * anything stored has changed since it last looked (the web application's response cache).
 */
import type { Kysely, Migration } from 'kysely';

export function revision(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('store_revision')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('revision', 'bigint', (c) => c.notNull())
        .execute();
      await db
        .insertInto('store_revision' as never)
        .values({ id: 1, revision: 0 } as never)
        .execute();
    },
  };
}
