/**
 * Spellings of a body a person confirmed to be another body's ("IGF DYNAMIC COALITION
 * COORDINATION GROUP" is the Dynamic Coalition Coordination Group), kept as aliases of kind
 * `body` from the slug of the spelling to the slug of the body, so that a summary imported
 * later under that spelling is proposed as the body at once.
 */
import type { Kysely, Transaction } from 'kysely';
import { bodySlug } from '../domain/text.js';
import type { Engine } from './engine.js';
import { selectIn } from './rows.js';
import type { Database } from './schema.js';

/** For each spelling whose slug is a confirmed alias, the name of the body it stands for. */
export async function bodiesSpelled(
  db: Kysely<Database>,
  engine: Engine,
  spellings: string[],
): Promise<Map<string, string>> {
  const slugs = new Map(spellings.map((s) => [bodySlug(s), s]));
  const rows = await selectIn(engine, [...slugs.keys()], (chunk) =>
    db
      .selectFrom('aliases as al')
      .innerJoin('bodies as b', 'b.slug', 'al.target_key')
      .select(['al.key', 'b.name'])
      .where('al.kind', '=', 'body')
      .where('al.key', 'in', chunk)
      .execute(),
  );
  return new Map(rows.map((r) => [slugs.get(r.key)!, r.name]));
}

/** Remembers spellings confirmed to be bodies' own, in the transaction that saves their meetings. */
export async function rememberBodySpellings(
  trx: Transaction<Database>,
  spellings: Array<{ written: string; body: string }>,
): Promise<void> {
  for (const { written, body } of spellings) {
    const key = bodySlug(written);
    const target = bodySlug(body);
    if (key === target) continue;
    await trx
      .insertInto('aliases')
      .values({ kind: 'body', key, target_key: target, name: written })
      .onConflict((oc) => oc.columns(['kind', 'key']).doUpdateSet({ target_key: target, name: written }))
      .execute();
  }
}
