/**
 * The workflow of a summary and who may see it: each meeting has a state (draft, circulated,
 * approved, published); what a document's state is, meeting by meeting, so that a reader is
 * told the state a meeting they may see gave it; and the audit trail, which only grows.
 * Meetings stored before are published: everyone could read them.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import { bodySlug, keyOf } from '../../domain/text.js';
import type { Engine } from '../engine.js';
import { addIndex } from './schema-steps.js';

export function workflow(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('meetings')
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('published'))
        .execute();
      // Whether a meeting is in a reader's scope is asked for every search hit and register row:
      // answered from this index, without reading the meeting's row and its whole record.
      await addIndex(db, 'meetings_visibility', 'meetings', ['id', 'state', 'body_id']);
      await db.schema
        .createTable('meeting_documents')
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('state', 'text')
        .addColumn('author', 'text')
        .addPrimaryKeyConstraint('meeting_documents_pk', ['meeting_id', 'document_id'])
        .execute();
      // A search is scoped by the state and body kept on each meeting's and outcome's entry.
      await db.schema.alterTable('search_entries').addColumn('state', 'text').execute();
      await db.schema.alterTable('search_entries').addColumn('body_id', 'integer').execute();
      await sql`UPDATE search_entries SET state = 'published',
        body_id = (SELECT m.body_id FROM meetings m WHERE m.id = search_entries.meeting_id)
        WHERE meeting_id IS NOT NULL`.execute(db);
      await addIndex(db, 'meeting_documents_by_document', 'meeting_documents', ['document_id']);
      await db.schema
        .createTable('audit')
        .addColumn('id', engine.serial, (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'integer')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text')
        .addColumn('reason', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await addIndex(db, 'audit_by_subject', 'audit', ['subject', 'id']);

      // What documents the meetings stored so far gave a state.
      const meetings = await sql<{ id: string; record: string }>`SELECT id, record FROM meetings`.execute(db);
      const documents = await sql<{ id: number; key: string }>`SELECT id, key FROM documents`.execute(db);
      const ids = new Map(documents.rows.map((d) => [d.key, d.id]));
      for (const meeting of meetings.rows) {
        const record = JSON.parse(meeting.record) as {
          meeting: { body: string | null };
          documents: Array<{ title: string; state: string | null; author: string | null }>;
        };
        const seen = new Set<number>();
        for (const document of record.documents) {
          const id = ids.get(`${bodySlug(record.meeting.body ?? 'unknown')}:${keyOf(document.title)}`);
          if (id === undefined || seen.has(id)) continue;
          seen.add(id);
          await sql`INSERT INTO meeting_documents (meeting_id, document_id, state, author)
            VALUES (${meeting.id}, ${id}, ${document.state}, ${document.author})`.execute(db);
        }
      }
    },
  };
}
