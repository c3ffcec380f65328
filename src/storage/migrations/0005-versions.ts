/**
 * What a meeting was before each change (its earlier versions, whole), and the comments members
 * make on a circulated draft, each tied to the version it was made on.
 */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';
import { addIndex } from './schema-steps.js';

export function versions(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meeting_versions')
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('meeting_versions_pk', ['meeting_id', 'version'])
        .execute();
      await db.schema
        .createTable('comments')
        .addColumn('id', engine.serial, (c) => c.primaryKey())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await addIndex(db, 'comments_by_meeting', 'comments', ['meeting_id', 'id']);
    },
  };
}
