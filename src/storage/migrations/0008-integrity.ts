/**
 * What keeps drafts confidential and sign-ins limited across processes: the line of its file a
 * kept source text begins at (a file holding several meetings is kept as one part per meeting),
 * whether a meeting was edited after it was read and before it was published (its source then
 * no longer says what was published), and the count of recent sign-in attempts per login and
 * address, kept in the database so that every server process sharing it counts the same.
 */
import type { Kysely, Migration } from 'kysely';
import { addIndex } from './schema-steps.js';

export function integrity(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('sources')
        .addColumn('first_line', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .alterTable('meetings')
        .addColumn('edited_since_read', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('sign_in_attempts')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();
      await addIndex(db, 'sign_in_attempts_by_start', 'sign_in_attempts', ['window_start']);
    },
  };
}
