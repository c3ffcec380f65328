/** Confirmed spellings: the key a name or title is saved under once a person merged it into another. */
import type { Transaction } from 'kysely';
import type { MergeKind } from '../app/ports.js';
import type { Engine } from './engine.js';
import { selectIn } from './rows.js';
import type { Database } from './schema.js';

/**
 * The key each of `keys` is saved under when a merge made it an alias (keys that are not,
 * absent). The keys are only made when some alias of the kind exists.
 */
export async function resolveAliases(
  trx: Transaction<Database>,
  engine: Engine,
  kind: MergeKind,
  keys: () => string[],
): Promise<Map<string, string>> {
  // Most stores have merged nothing of a kind: one look spares the lookup of every key.
  const any = await trx
    .selectFrom('aliases')
    .select('key')
    .where('kind', '=', kind)
    .limit(1)
    .executeTakeFirst();
  if (any === undefined) return new Map();
  const rows = await selectIn(engine, [...new Set(keys())], (chunk) =>
    trx
      .selectFrom('aliases')
      .select(['key', 'target_key'])
      .where('kind', '=', kind)
      .where('key', 'in', chunk)
      .execute(),
  );
  return new Map(rows.map((r) => [r.key, r.target_key]));
}
