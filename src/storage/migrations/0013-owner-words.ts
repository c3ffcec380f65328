/**
 * The words of each action's owner, one row each with its meeting's date
 * (`storage/owner-words.ts`), written here for the actions already stored, folded as the words
 * of a person's name are, and the index that walks a word's actions latest first.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';
import { rewordOwners } from '../owner-words.js';
import type { Database } from '../schema.js';
import { addIndex, keyedByPrimaryKey } from './schema-steps.js';

export function ownerWordsTable(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('owner_words')
        .addColumn('word', 'text', (c) => c.notNull())
        .addColumn('outcome_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('words', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('owner_words_pk', ['word', 'outcome_id'])
        .$call(keyedByPrimaryKey(engine))
        .execute();
      await addIndex(db, 'owner_words_by_meeting', 'owner_words', ['meeting_id']);
      // A word's actions as the registers order them: latest first, unknown dates last.
      await sql`CREATE INDEX owner_words_latest_first
        ON owner_words (word, date ${engine.latestFirst}, meeting_id)`.execute(db);
      await rewordOwners(db as Kysely<Database>, engine);
    },
  };
}
