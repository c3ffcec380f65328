/**
 * Per document and per body and workflow state of the meetings naming it, how many outcomes
 * named it and the latest date one did (`storage/document-tallies.ts`), filled here from the rows
 * already stored, and the index the documents register reads a page by: latest first, with
 * what a reader's scope asks (state, body), so that choosing a page reads no other row.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';
import { keyedByPrimaryKey } from './schema-steps.js';

export function documentTallies(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('document_tallies')
        .addColumn('document_id', 'integer', (c) => c.notNull())
        .addColumn('body_id', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('outcomes', 'integer', (c) => c.notNull())
        .addColumn('latest', 'text')
        .addPrimaryKeyConstraint('document_tallies_pk', ['document_id', 'body_id', 'state'])
        .$call(keyedByPrimaryKey(engine))
        .execute();
      await sql`INSERT INTO document_tallies (document_id, body_id, state, outcomes, latest)
        SELECT od.document_id, COALESCE(m.body_id, 0), m.state, COUNT(*), MAX(m.date)
        FROM outcome_documents od INNER JOIN meetings m ON m.id = od.meeting_id
        GROUP BY od.document_id, COALESCE(m.body_id, 0), m.state`.execute(db);
      await sql`CREATE INDEX document_tallies_latest_first
        ON document_tallies (latest ${engine.latestFirst}, document_id, state, body_id)`.execute(db);
    },
  };
}
