/** The first schema: bodies, meetings and what they record, people, documents, sources, search. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../engine.js';
import { addIndex, keyedByPrimaryKey } from './schema-steps.js';

export function initial(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const serial = engine.serial;
      await db.schema
        .createTable('bodies')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('meetings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('body_id', 'integer', (c) => c.references('bodies.id'))
        .addColumn('title', 'text')
        .addColumn('mode', 'text')
        .addColumn('date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('start_utc', 'text')
        .addColumn('end_utc', 'text')
        .addColumn('venue', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('publication', 'text')
        .addColumn('decision_count', 'integer', (c) => c.notNull())
        .addColumn('action_count', 'integer', (c) => c.notNull())
        .addColumn('present_count', 'integer', (c) => c.notNull())
        .addColumn('source_sha256', 'text')
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('example', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await addIndex(db, 'meetings_by_body_date', 'meetings', ['body_id', 'date']);
      await addIndex(db, 'meetings_by_date', 'meetings', ['date', 'id']);
      await db.schema
        .createTable('outcomes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
        .addColumn('topic_position', 'integer', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('verb', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('owner', 'text')
        .addColumn('due', 'text')
        .addColumn('status', 'text')
        .addColumn('ref', 'text')
        .execute();
      await addIndex(db, 'outcomes_by_meeting', 'outcomes', ['meeting_id']);
      await addIndex(db, 'outcomes_by_kind_status', 'outcomes', ['kind', 'status', 'due']);
      await db.schema
        .createTable('people')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('attendance')
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
        .addColumn('group_name', 'text')
        .addColumn('role', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('on_behalf_of', 'text')
        .addColumn('on_behalf_of_key', 'text')
        .addPrimaryKeyConstraint('attendance_pk', ['meeting_id', 'position'])
        .$call(keyedByPrimaryKey(engine))
        .execute();
      await addIndex(db, 'attendance_by_person', 'attendance', ['person_id']);
      await addIndex(db, 'attendance_by_represented', 'attendance', ['on_behalf_of_key']);
      await db.schema
        .createTable('documents')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('state', 'text')
        .addColumn('author', 'text')
        .execute();
      await db.schema
        .createTable('outcome_documents')
        .addColumn('outcome_id', 'text', (c) => c.notNull().references('outcomes.id'))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('outcome_documents_pk', ['outcome_id', 'document_id'])
        .$call(keyedByPrimaryKey(engine))
        .execute();
      await addIndex(db, 'outcome_documents_by_document', 'outcome_documents', ['document_id']);
      await addIndex(db, 'outcome_documents_by_meeting', 'outcome_documents', ['meeting_id']);
      await db.schema
        .createTable('sources')
        .addColumn('sha256', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('search_entries')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('meeting_id', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ref', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('folded', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .execute();
      await addIndex(db, 'search_entries_by_meeting', 'search_entries', ['meeting_id']);
      await engine.createSearchIndex(db);
    },
  };
}
