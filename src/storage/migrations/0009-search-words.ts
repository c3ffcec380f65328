/**
 * One tokenisation of search on both engines: PostgreSQL's index is rebuilt to cut text into
 * words as SQLite's does (see the engines' alignSearchWords), so that the same words find the
 * same meetings whichever engine a deployment runs.
 */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';

export function searchWords(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await engine.alignSearchWords(db);
    },
  };
}
