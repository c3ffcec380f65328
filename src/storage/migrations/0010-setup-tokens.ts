/**
 * The addresses at which the first administrator may be made, as the SHA-256 of their secret
 * part: each server process that starts on a database without accounts prints one, and the
 * request that follows it may reach any process sharing the database.
 */
import type { Kysely, Migration } from 'kysely';

export function setupTokens(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('setup_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
