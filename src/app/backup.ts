/**
 * Use cases of keeping the record safe: a backup of everything as one file, and its restoration
 * into an empty database of either engine. Only an administrator (the command line is one).
 */
import { MinutebookError } from '../domain/errors.js';
import { authorize, type Actor } from './access.js';
import type { Backup, MeetingStore } from './ports.js';

export async function backupStore(store: MeetingStore, actor: Actor): Promise<Backup> {
  authorize(actor, 'manage-accounts');
  const backup = await store.backup();
  await store.appendAudit([
    { actor, action: 'backup', subject: null, detail: { meetings: backup.tables.meetings?.length ?? 0 } },
  ]);
  return backup;
}

/** Reads a backup from its JSON text; a file that is not one is refused with what is wrong. */
export function readBackup(text: string): Backup {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MinutebookError('unsupported-format', `the file is not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || typeof (value as Backup).tables !== 'object') {
    throw new MinutebookError('unsupported-format', 'the file is not a Minutebook backup', {
      field: 'tables',
    });
  }
  return value as Backup;
}

export async function restoreStore(store: MeetingStore, actor: Actor, backup: Backup): Promise<void> {
  authorize(actor, 'manage-accounts');
  await store.restore(backup);
  await store.analyze();
  await store.appendAudit([
    {
      actor,
      action: 'restore',
      subject: null,
      detail: { from: backup.createdAt, meetings: backup.tables.meetings?.length ?? 0 },
    },
  ]);
}
