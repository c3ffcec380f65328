/** The audit trail: entries are appended in the transaction of the change they record, and only read after. */
import type { Kysely, Transaction } from 'kysely';
import type { AuditEntry, AuditFilter, StoredAuditEntry } from '../app/ports.js';
import { bumpRevision } from './revision.js';
import { containsText, countRows } from './rows.js';
import type { Database } from './schema.js';

export async function appendAudit(
  trx: Transaction<Database> | Kysely<Database>,
  entries: AuditEntry[],
  at: string,
): Promise<void> {
  const rows = entries.map((e) => ({
    at,
    actor_id: e.actor?.id ?? null,
    // No person: Minutebook itself, as when it loads the example into a new database.
    actor: e.actor === null ? 'Minutebook' : `${e.actor.name} (${e.actor.login})`,
    action: e.action,
    subject: e.subject,
    reason: e.reason ?? null,
    detail: JSON.stringify(e.detail ?? null),
  }));
  // A statement binds seven values an entry: 7,000 stays well inside both engines' limits
  // (32,766 on SQLite, 65,535 on PostgreSQL), however many meetings one import writes.
  for (let i = 0; i < rows.length; i += AUDIT_ROWS_PER_INSERT)
    await trx
      .insertInto('audit')
      .values(rows.slice(i, i + AUDIT_ROWS_PER_INSERT))
      .execute();
}

const AUDIT_ROWS_PER_INSERT = 1_000;

/** Ends a change made in `trx`: its entry in the audit trail, saying what it did, and one more write counted. */
export async function recordChange(
  trx: Transaction<Database>,
  audit: AuditEntry,
  detail: unknown,
): Promise<void> {
  await appendAudit(trx, [{ ...audit, detail }], new Date().toISOString());
  await bumpRevision(trx);
}

export async function listAudit(
  db: Kysely<Database>,
  filter: AuditFilter,
): Promise<{ entries: StoredAuditEntry[]; total: number }> {
  let base = db.selectFrom('audit');
  if (filter.subject !== undefined) base = base.where('subject', '=', filter.subject);
  if (filter.action !== undefined) base = base.where('action', '=', filter.action);
  if (filter.actor !== undefined) base = base.where(containsText('actor', filter.actor));
  // Instants are kept as ISO text in UTC: a day's entries sort between its start and the next's.
  if (filter.from !== undefined) base = base.where('at', '>=', filter.from);
  if (filter.to !== undefined) base = base.where('at', '<', nextDay(filter.to));
  const rows = await base
    .selectAll()
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return {
    total: await countRows(base),
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actor: r.actor,
      action: r.action,
      subject: r.subject,
      reason: r.reason,
      detail: JSON.parse(r.detail) as unknown,
    })),
  };
}

function nextDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
