/** Accounts: people who sign in, the bodies members belong to, sessions and API tokens. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';
import { addIndex } from './schema-steps.js';

export function accounts(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('users')
        .addColumn('id', engine.serial, (c) => c.primaryKey())
        .addColumn('login', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('memberships')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'body_id'])
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await addIndex(db, 'sessions_by_user', 'sessions', ['user_id']);
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', engine.serial, (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .execute();
    },
  };
}
