/**
 * Links between outcomes across meetings: an outcome whose reference is the citable identifier
 * of an earlier one (igf-lp/2024-11-01#a1) continues it. Derived from the records, like the
 * other rows of a meeting, and rewritten with them.
 */
import type { Kysely, Migration } from 'kysely';
import { addIndex } from './schema-steps.js';

export function links(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('outcome_links')
        .addColumn('from_cite', 'text', (c) => c.notNull())
        .addColumn('to_cite', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('outcome_links_pk', ['from_cite', 'to_cite'])
        .execute();
      await addIndex(db, 'outcome_links_by_target', 'outcome_links', ['to_cite']);
      await addIndex(db, 'outcome_links_by_meeting', 'outcome_links', ['meeting_id']);
    },
  };
}
