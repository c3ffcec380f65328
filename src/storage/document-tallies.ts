/**
 * Kept on write, per document and per body and workflow state of the meetings naming it: how
 * many outcomes named it and the latest date one did (`document_tallies`), so that the documents
 * register pages through an index instead of grouping and sorting every document (issue 14).
 * A latest date cannot be taken away by subtracting, so what removes or moves a meeting counts
 * the documents it named again from their rows, after the change; what adds a meeting adds.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Scope } from '../app/ports.js';
import type { Engine } from './engine.js';
import { eachChunk } from './rows.js';
import type { Database } from './schema.js';
import { inScope } from './scope.js';

type Writer = Transaction<Database> | Kysely<Database>;

const bodyOf = sql<number>`COALESCE(m.body_id, 0)`;

/** Adds what outcomes of the meetings `ids`, as stored now, name (after they are inserted). */
export async function addDocumentTallies(trx: Writer, engine: Engine, ids: string[]): Promise<void> {
  await eachChunk(engine, ids, (chunk) =>
    insertTallies(
      trx,
      sql`WHERE od.meeting_id IN (${sql.join(chunk)})`,
      // A later date replaces the one kept; no date never does.
      sql`ON CONFLICT (document_id, body_id, state) DO UPDATE SET
        outcomes = document_tallies.outcomes + excluded.outcomes,
        latest = CASE WHEN document_tallies.latest IS NULL OR excluded.latest > document_tallies.latest
          THEN excluded.latest ELSE document_tallies.latest END`,
    ),
  );
}

/** The documents the outcomes of meetings `ids` name (read before their rows change). */
export async function documentsNamedBy(trx: Writer, engine: Engine, ids: string[]): Promise<number[]> {
  const named = new Set<number>();
  await eachChunk(engine, ids, async (chunk) => {
    const rows = await trx
      .selectFrom('outcome_documents')
      .where('meeting_id', 'in', chunk)
      .select('document_id')
      .distinct()
      .execute();
    for (const r of rows) named.add(r.document_id);
  });
  return [...named];
}

/** Counts these documents again from their rows (after rows naming them changed). */
export async function retallyDocuments(trx: Writer, engine: Engine, ids: number[]): Promise<void> {
  await eachChunk(engine, ids, async (chunk) => {
    await trx.deleteFrom('document_tallies').where('document_id', 'in', chunk).execute();
    await insertTallies(trx, sql`WHERE od.document_id IN (${sql.join(chunk)})`, sql``);
  });
}

/** Counts every document again from the rows (after a restore). */
export async function retallyAllDocuments(trx: Writer): Promise<void> {
  await trx.deleteFrom('document_tallies').execute();
  await insertTallies(trx, sql``, sql``);
}

async function insertTallies(
  trx: Writer,
  where: ReturnType<typeof sql>,
  conflict: ReturnType<typeof sql>,
): Promise<void> {
  await sql`INSERT INTO document_tallies (document_id, body_id, state, outcomes, latest)
    SELECT od.document_id, ${bodyOf}, m.state, COUNT(*), MAX(m.date)
    FROM outcome_documents od INNER JOIN meetings m ON m.id = od.meeting_id ${where}
    GROUP BY od.document_id, ${bodyOf}, m.state ${conflict}`.execute(trx);
}

/**
 * The latest date in scope of the `count`-th document most recently named in scope, read
 * through document_tallies_latest_first: the documents of a page and all before it are those
 * named in scope on that date or later. Undefined when the page reaches documents named on no
 * date, or past the last document, where every document is a candidate.
 */
export async function latestDateOfRank(
  db: Kysely<Database>,
  scope: Scope,
  count: number,
): Promise<string | undefined> {
  // A document is named in a few (body, state) rows at most: twice as many rows as documents
  // wanted usually hold them, and the first row of a document is its latest in scope.
  for (let rows = Math.max(2 * count, 100); ; rows *= 2) {
    const read = await db
      .selectFrom('document_tallies as t')
      .where(inScope(scope, 't'))
      .select(['t.document_id', 't.latest'])
      .orderBy('t.latest', (ob) => ob.desc().nullsLast())
      .orderBy('t.document_id')
      .limit(rows)
      .execute();
    const seen = new Set<number>();
    for (const r of read) {
      seen.add(r.document_id);
      if (seen.size === count) return r.latest ?? undefined;
    }
    if (read.length < rows) return undefined;
  }
}
