/** The store's revision: increased in every transaction that writes, read to tell whether anything changed. */
import type { Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Counts one more write; call inside the writing transaction. */
export async function bumpRevision(trx: Transaction<Database>): Promise<void> {
  await trx
    .updateTable('store_revision')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

/**
 * How long a revision read from the database is trusted, when this store has not written since:
 * a change by another process is seen within this time, one through this store at once.
 */
export const REVISION_WINDOW_MS = 50;

/** Reads the revision at most once per window, and again at once after this store writes. */
export function revisionReader(read: () => Promise<string>): { revision(): Promise<string>; wrote(): void } {
  let writes = 0;
  let seen: { writes: number; at: number; value: string } | null = null;
  return {
    wrote() {
      writes += 1;
    },
    async revision() {
      const now = performance.now();
      if (seen !== null && seen.writes === writes && now - seen.at < REVISION_WINDOW_MS) return seen.value;
      // Noted before reading: a write that ends during the read makes the next call read again.
      const before = writes;
      const value = await read();
      seen = { writes: before, at: now, value };
      return value;
    },
  };
}
