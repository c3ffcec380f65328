/**
 * Reading the audit trail: administrators read it whole, page by page, and export it as JSON or
 * CSV. Nothing in the application changes or removes an entry.
 */
import { stringify } from 'csv-stringify/sync';
import { authorize, type Actor } from './access.js';
import { spreadsheetCell } from './exports.js';
import type { AuditFilter, MeetingStore, StoredAuditEntry } from './ports.js';

/** A page of the audit trail, newest first, by subject, who, action and days; for administrators only. */
export async function auditTrail(store: MeetingStore, actor: Actor, filter: Partial<AuditFilter> = {}) {
  authorize(actor, 'manage-accounts');
  const given = Object.fromEntries(
    (['subject', 'actor', 'action', 'from', 'to'] as const)
      .filter((key) => filter[key] !== undefined)
      .map((key) => [key, filter[key]]),
  );
  return store.listAudit({
    ...given,
    limit: Math.min(Math.max(filter.limit ?? 100, 1), 1000),
    offset: Math.max(filter.offset ?? 0, 0),
  });
}

/** The whole audit trail, oldest first, for an administrator to keep elsewhere. */
export async function exportAudit(store: MeetingStore, actor: Actor): Promise<StoredAuditEntry[]> {
  authorize(actor, 'manage-accounts');
  const all: StoredAuditEntry[] = [];
  for (let offset = 0; ; offset += 1000) {
    const { entries } = await store.listAudit({ limit: 1000, offset });
    all.push(...entries);
    if (entries.length < 1000) break;
  }
  return all.reverse();
}

/** The audit trail as CSV: one entry a row, the details as JSON. */
export function auditCsv(entries: StoredAuditEntry[]): string {
  return stringify(
    entries.map((e) =>
      [
        String(e.id),
        e.at,
        e.actor,
        e.action,
        e.subject ?? '',
        e.reason ?? '',
        JSON.stringify(e.detail) ?? '',
      ].map(spreadsheetCell),
    ),
    { header: true, columns: ['id', 'at', 'actor', 'action', 'subject', 'reason', 'detail'] },
  );
}
