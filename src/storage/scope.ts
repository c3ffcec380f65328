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
 * A condition on a search entry (`entries` names it): a meeting's or an outcome's entry when its
 * meeting is in scope; a person's or a document's when a meeting in scope names them.
 */
export function entryInScope(scope: Scope, entries: string): RawBuilder<SqlBool> {
  if (scope.all) return sql<SqlBool>`1 = 1`;
  const meetingId = sql.ref(`${entries}.meeting_id`);
  const kind = sql.ref(`${entries}.kind`);
  const ref = sql.ref(`${entries}.ref`);
  return sql<SqlBool>`(
    (${meetingId} IS NOT NULL AND EXISTS (
      SELECT 1 FROM meetings sm WHERE sm.id = ${meetingId} AND ${inScope(scope, 'sm')}))
    OR (${kind} = 'person' AND EXISTS (
      SELECT 1 FROM attendance sa JOIN meetings sm ON sm.id = sa.meeting_id
      WHERE CAST(sa.person_id AS TEXT) = ${ref} AND ${inScope(scope, 'sm')}))
    OR (${kind} = 'document' AND EXISTS (
      SELECT 1 FROM outcome_documents sd JOIN meetings sm ON sm.id = sd.meeting_id
      WHERE CAST(sd.document_id AS TEXT) = ${ref} AND ${inScope(scope, 'sm')})))`;
}
