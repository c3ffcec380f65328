/**
 * What follows a body's work across meetings beyond the records themselves: which spellings of
 * a person or titles of a document a person confirmed to be the same (`aliases`) or not
 * (`distinct_pairs`), a body's members with their role and term, the states a body's documents move
 * through when it sets its own, and which example meetings are invented.
 */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';
import { addIndex } from './schema-steps.js';

export function series(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('meetings')
        .addColumn('invented', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('bodies').addColumn('document_flow', 'text').execute();
      await db.schema
        .createTable('aliases')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('target_key', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('aliases_pk', ['kind', 'key'])
        .execute();
      await addIndex(db, 'aliases_by_target', 'aliases', ['kind', 'target_key']);
      await db.schema
        .createTable('distinct_pairs')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('a_key', 'text', (c) => c.notNull())
        .addColumn('b_key', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('distinct_pairs_pk', ['kind', 'a_key', 'b_key'])
        .execute();
      await db.schema
        .createTable('body_members')
        .addColumn('id', engine.serial, (c) => c.primaryKey())
        .addColumn('body_id', 'integer', (c) => c.notNull().references('bodies.id'))
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('term_from', 'text')
        .addColumn('term_to', 'text')
        .execute();
      await addIndex(db, 'body_members_by_person', 'body_members', ['person_id']);
      await addIndex(db, 'body_members_by_body', 'body_members', ['body_id']);
    },
  };
}
