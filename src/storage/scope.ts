/**
 * The one condition that keeps what a reader may not see out of every query: a meeting is in
 * scope when the reader sees everything, when it is published, or when it belongs to one of the
 * reader's bodies. Queries about outcomes, documents, people and search hits reach their
 * meetings and apply it there.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Scope } from '../app/ports.js';

/** A condition on the meetings row named `meetings` (a table name or alias). */
export function inScope(scope: Scope, meetings: string): RawBuilder<SqlBool> {
  if (scope.all) return sql<SqlBool>`1 = 1`;
  const state = sql.ref(`${meetings}.state`);
  if (scope.bodies.length === 0) return sql<SqlBool>`${state} = 'published'`;
  const body = sql.ref(`${meetings}.body_id`);
  return sql<SqlBool>`(${state} = 'published' OR ${body} IN (SELECT id FROM bodies WHERE slug IN (${sql.join(scope.bodies)})))`;
}

/**
 * A condition on a row that rows of `table` name by `column`: one of them, of a meeting in scope,
 * holds the value of `named` (a column of the outer query). A person attends through attendance,
 * a document is named through outcome_documents, an outcome is continued through outcome_links.
 */
export function namedInScope(
  scope: Scope,
  table: 'attendance' | 'outcome_documents' | 'outcome_links',
  column: 'person_id' | 'document_id' | 'to_cite',
  named: string,
): RawBuilder<SqlBool> {
  return sql<SqlBool>`EXISTS (SELECT 1 FROM ${sql.table(table)} nr INNER JOIN meetings nm ON nm.id = nr.meeting_id
    WHERE ${sql.ref(`nr.${column}`)} = ${sql.ref(named)} AND ${inScope(scope, 'nm')})`;
}

/**
 * A condition on a search entry (`entries` names it): a meeting's or an outcome's entry when its
 * meeting is in scope (the entry keeps the meeting's state and body, so no meeting is read); a
 * person's or a document's when a meeting in scope names them (looked up for that entry alone,
 * through the index of who attended or what was named, stopping at the first meeting in scope).
 */
export function entryInScope(scope: Scope, entries: string): RawBuilder<SqlBool> {
  if (scope.all) return sql<SqlBool>`1 = 1`;
  const meetingId = sql.ref(`${entries}.meeting_id`);
  const kind = sql.ref(`${entries}.kind`);
  const ref = sql.ref(`${entries}.ref`);
  // A person's or document's entry holds its numeric id as text; read as a number (only for
  // those kinds, which PostgreSQL's CASE guarantees), the id is looked up by its index.
  const numericRef = (of: 'person' | 'document') =>
    sql`CASE WHEN ${kind} = ${of} THEN CAST(${ref} AS INTEGER) END`;
  const bodyId = sql.ref(`${entries}.body_id`);
  const state = sql.ref(`${entries}.state`);
  const ownEntry =
    scope.bodies.length === 0
      ? sql`${state} = 'published'`
      : sql`(${state} = 'published' OR ${bodyId} IN (SELECT id FROM bodies WHERE slug IN (${sql.join(scope.bodies)})))`;
  // OFFSET keeps PostgreSQL from answering each EXISTS out of one hash of every row in scope,
  // built first (300 ms in 100,000 meetings), instead of looking up the few entries asked.
  return sql<SqlBool>`(
    (${meetingId} IS NOT NULL AND ${ownEntry})
    OR (${kind} = 'person' AND EXISTS (
      SELECT 1 FROM attendance sa INNER JOIN meetings sm ON sm.id = sa.meeting_id
      WHERE sa.person_id = ${numericRef('person')} AND ${inScope(scope, 'sm')} LIMIT 1 OFFSET 0))
    OR (${kind} = 'document' AND EXISTS (
      SELECT 1 FROM outcome_documents sd INNER JOIN meetings sm ON sm.id = sd.meeting_id
      WHERE sd.document_id = ${numericRef('document')} AND ${inScope(scope, 'sm')} LIMIT 1 OFFSET 0)))`;
}
