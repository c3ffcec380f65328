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
 * Reads the revision so that each caller gets a value read after it asked: every write that
 * ended before a request began, through this process or another sharing the database, is seen
 * by that request. (Trusting a value for even a few milliseconds let a process behind a load
 * balancer answer from its cache after another process had answered the write.) Callers that
 * ask while a read is under way share the next one, so however many requests arrive at once,
 * one read is under way and one more waits.
 */
export function revisionReader(read: () => Promise<string>): () => Promise<string> {
  let underWay: Promise<string> | null = null;
  let waiting: Promise<string> | null = null;
  const begin = (): Promise<string> => {
    const reading = read();
    underWay = reading;
    const ended = (): void => {
      if (underWay === reading) underWay = null;
    };
    reading.then(ended, ended);
    return reading;
  };
  return () => {
    if (waiting !== null) return waiting;
    if (underWay === null) return begin();
    // The read under way may have begun before this caller asked: the next one begins after it.
    waiting = underWay
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        waiting = null;
        return begin();
      });
    return waiting;
  };
}
