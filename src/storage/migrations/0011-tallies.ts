/**
 * Totals kept on write (`storage/tallies.ts`), so that lists over the whole archive read a few
 * rows per body instead of every meeting: per body and workflow state, how many meetings,
 * decisions and actions; per person, body and state, how often they were listed, present, sent
 * regrets or were absent. A meeting without a body is counted under body 0, which no body has.
 * Filled here from the rows already stored. And the indexes the lists read a page of rows by,
 * meetings latest first, so that a page is found without sorting the archive.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';
import { addIndex, keyedByPrimaryKey } from './schema-steps.js';

export function tallies(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('body_tallies')
        .addColumn('body_id', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('meetings', 'integer', (c) => c.notNull())
        .addColumn('decisions', 'integer', (c) => c.notNull())
        .addColumn('actions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('body_tallies_pk', ['body_id', 'state'])
        .$call(keyedByPrimaryKey(engine))
        .execute();
      await db.schema
        .createTable('person_tallies')
        .addColumn('person_id', 'integer', (c) => c.notNull())
        .addColumn('body_id', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('entries', 'integer', (c) => c.notNull())
        .addColumn('present', 'integer', (c) => c.notNull())
        .addColumn('regrets', 'integer', (c) => c.notNull())
        .addColumn('absent', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('person_tallies_pk', ['person_id', 'body_id', 'state'])
        .$call(keyedByPrimaryKey(engine))
        .execute();
      await sql`INSERT INTO body_tallies (body_id, state, meetings, decisions, actions)
        SELECT COALESCE(m.body_id, 0), m.state, COUNT(*),
          COALESCE(SUM((SELECT COUNT(*) FROM outcomes o WHERE o.meeting_id = m.id AND o.kind = 'decision')), 0),
          COALESCE(SUM((SELECT COUNT(*) FROM outcomes o WHERE o.meeting_id = m.id AND o.kind = 'action')), 0)
        FROM meetings m GROUP BY COALESCE(m.body_id, 0), m.state`.execute(db);
      await sql`INSERT INTO person_tallies (person_id, body_id, state, entries, present, regrets, absent)
        SELECT a.person_id, COALESCE(m.body_id, 0), m.state, COUNT(*),
          SUM(CASE WHEN a.status = 'present' THEN 1 ELSE 0 END),
          SUM(CASE WHEN a.status = 'regrets' THEN 1 ELSE 0 END),
          SUM(CASE WHEN a.status = 'absent' THEN 1 ELSE 0 END)
        FROM attendance a INNER JOIN meetings m ON m.id = a.meeting_id
        GROUP BY a.person_id, COALESCE(m.body_id, 0), m.state`.execute(db);
      // As the lists order meetings: latest first, unknown dates last, then by identifier; with
      // what a reader's scope asks (state, body) and what a register's page is found by (how many
      // decisions and actions each holds), so that choosing a page reads no meeting row.
      const latest = engine.latestFirst;
      await sql`CREATE INDEX meetings_latest_first
        ON meetings (date ${latest}, id, state, body_id, decision_count, action_count)`.execute(db);
      await sql`CREATE INDEX meetings_of_body_latest_first ON meetings (body_id, date ${latest}, id, state)`.execute(
        db,
      );
      // What a meeting reached through another row (attendance, outcomes) is asked: scope and
      // date, without reading the meeting's row, which holds its whole record. It replaces the
      // index of scope alone.
      await addIndex(db, 'meetings_seen', 'meetings', ['id', 'state', 'body_id', 'date']);
      await db.schema.dropIndex('meetings_visibility').execute();
      // The indexes of dates these replace would be read, and sorted, instead of them.
      await db.schema.dropIndex('meetings_by_date').execute();
      await db.schema.dropIndex('meetings_by_body_date').execute();
    },
  };
}
