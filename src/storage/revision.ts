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
