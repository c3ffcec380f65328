/**
 * One person under several spellings, one document under several titles: what a person
 * confirmed is merged everywhere (attendance, representation, memberships, outcomes' documents)
 * and remembered as an alias, so that a summary imported later under the other spelling lands on
 * the same row. Pairs confirmed to be different are remembered too and not proposed again.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditEntry, MatchCandidate, MergeKind } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import { pairKey } from '../domain/matching.js';
import { recordChange } from './audit.repository.js';
import type { Engine } from './engine.js';
import { rederive } from './rederive.js';
import type { Database } from './schema.js';
import { retallyDocuments } from './document-tallies.js';
import { retallyPeople } from './tallies.js';

/** Every person (or document) that a meeting names, with how many entries name it. */
export async function matchCandidates(db: Kysely<Database>, kind: MergeKind): Promise<MatchCandidate[]> {
  if (kind === 'person') {
    // How often each is listed, from the totals kept on write rather than every attendance row.
    const rows = await db
      .selectFrom('people as p')
      .innerJoin('person_tallies as t', 't.person_id', 'p.id')
      .select((eb) => ['p.id', 'p.key', 'p.name', 'p.kind', eb.fn.sum<number>('t.entries').as('uses')])
      .groupBy(['p.id', 'p.key', 'p.name', 'p.kind'])
      .orderBy('p.id')
      .execute();
    return rows.map((r) => ({ id: r.id, key: r.key, name: r.name, group: r.kind, uses: Number(r.uses) }));
  }
  const rows = await db
    .selectFrom('documents as d')
    .innerJoin('outcome_documents as od', 'od.document_id', 'd.id')
    .select((eb) => ['d.id', 'd.key', 'd.title', eb.fn.countAll<number>().as('uses')])
    .groupBy(['d.id', 'd.key', 'd.title'])
    .orderBy('d.id')
    .execute();
  // A document's key starts with its body's slug: only titles of one body are compared.
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.title,
    group: r.key.slice(0, r.key.indexOf(':')),
    uses: Number(r.uses),
  }));
}

/** The pairs of keys confirmed to be different, as "a b" with a < b. */
export async function distinctPairs(db: Kysely<Database>, kind: MergeKind): Promise<Set<string>> {
  const rows = await db
    .selectFrom('distinct_pairs')
    .select(['a_key', 'b_key'])
    .where('kind', '=', kind)
    .execute();
  return new Set(rows.map((r) => pairKey(r.a_key, r.b_key)));
}

/** Records that two people (or documents) are not the same. */
export async function markDistinct(
  engine: Engine,
  kind: MergeKind,
  ids: [number, number],
  audit: AuditEntry,
): Promise<void> {
  await engine.db.transaction().execute(async (trx) => {
    const [a, b] = await Promise.all(ids.map((id) => rowOf(trx, kind, id)));
    const [first, second] = a!.key < b!.key ? [a!, b!] : [b!, a!];
    await trx
      .insertInto('distinct_pairs')
      .values({ kind, a_key: first.key, b_key: second.key })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await recordChange(trx, audit, { kind, different: [first.name, second.name] });
  });
}

/**
 * Merges `fromId` into `intoId`: every row that named the one names the other, the one's key
 * becomes an alias of the other's, and the one is gone.
 */
export async function merge(
  engine: Engine,
  kind: MergeKind,
  fromId: number,
  intoId: number,
  audit: AuditEntry,
): Promise<void> {
  if (fromId === intoId)
    throw new MinutebookError('invalid-argument', `a ${kind} cannot be merged into itself`, {
      field: 'into',
    });
  await engine.db.transaction().execute(async (trx) => {
    const from = await rowOf(trx, kind, fromId);
    const into = await rowOf(trx, kind, intoId);
    if (kind === 'document' && from.key.split(':')[0] !== into.key.split(':')[0])
      throw new MinutebookError('invalid-argument', 'documents of different bodies cannot be merged', {
        field: 'into',
      });
    await trx
      .insertInto('aliases')
      .values({ kind, key: from.key, target_key: into.key, name: from.name })
      .onConflict((oc) => oc.columns(['kind', 'key']).doUpdateSet({ target_key: into.key }))
      .execute();
    await trx
      .updateTable('aliases')
      .set({ target_key: into.key })
      .where('kind', '=', kind)
      .where('target_key', '=', from.key)
      .execute();
    if (kind === 'person') await movePerson(trx, from, into);
    else await moveDocument(trx, engine, fromId, intoId);
    await trx
      .deleteFrom('search_entries')
      .where('kind', '=', kind)
      .where('ref', '=', String(fromId))
      .execute();
    await recordChange(trx, audit, {
      kind,
      from: { id: fromId, name: from.name },
      into: { id: intoId, name: into.name },
    });
  });
}

async function movePerson(
  trx: Transaction<Database>,
  from: { id: number; key: string },
  into: { id: number; key: string },
): Promise<void> {
  await repoint(trx, 'attendance', 'person_id', from.id, into.id);
  await repoint(trx, 'attendance', 'on_behalf_of_key', from.key, into.key);
  await repoint(trx, 'body_members', 'person_id', from.id, into.id);
  await retallyPeople(trx, [from.id, into.id]);
  await trx.deleteFrom('people').where('id', '=', from.id).execute();
}

async function moveDocument(
  trx: Transaction<Database>,
  engine: Engine,
  fromId: number,
  intoId: number,
): Promise<void> {
  // An outcome or meeting that named both keeps one row, the one of the document kept.
  await trx
    .deleteFrom('outcome_documents')
    .where('document_id', '=', fromId)
    .where((eb) =>
      eb(
        'outcome_id',
        'in',
        eb.selectFrom('outcome_documents as k').select('k.outcome_id').where('k.document_id', '=', intoId),
      ),
    )
    .execute();
  await repoint(trx, 'outcome_documents', 'document_id', fromId, intoId);
  await retallyDocuments(trx, engine, [fromId, intoId]);
  // A meeting that named both keeps the state it gave the document kept, unless it gave none.
  const both = await trx
    .selectFrom('meeting_documents as f')
    .innerJoin('meeting_documents as k', (join) =>
      join.onRef('k.meeting_id', '=', 'f.meeting_id').on('k.document_id', '=', intoId),
    )
    .select(['f.meeting_id', 'f.state', 'k.state as kept'])
    .where('f.document_id', '=', fromId)
    .execute();
  for (const row of both) {
    if (row.kept === null && row.state !== null)
      await trx
        .updateTable('meeting_documents')
        .set({ state: row.state })
        .where('meeting_id', '=', row.meeting_id)
        .where('document_id', '=', intoId)
        .execute();
    await trx
      .deleteFrom('meeting_documents')
      .where('meeting_id', '=', row.meeting_id)
      .where('document_id', '=', fromId)
      .execute();
  }
  await repoint(trx, 'meeting_documents', 'document_id', fromId, intoId);
  await trx.deleteFrom('documents').where('id', '=', fromId).execute();
}

/** Makes the rows of `table` that hold `from` in `column` hold `into` instead. */
async function repoint<T extends keyof Database>(
  trx: Transaction<Database>,
  table: T,
  column: keyof Database[T] & string,
  from: number | string,
  into: number | string,
): Promise<void> {
  await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${into} WHERE ${sql.ref(column)} = ${from}`.execute(
    trx,
  );
}

async function rowOf(
  trx: Transaction<Database>,
  kind: MergeKind,
  id: number,
): Promise<{ id: number; key: string; name: string }> {
  const row = await findRow(trx, kind, 'id', id);
  if (row === undefined) throw new MinutebookError('not-found', `no ${kind} has the number ${id}`);
  return row;
}

/** A person or document by its number or its key, with its name (a document's title). */
function findRow(trx: Transaction<Database>, kind: MergeKind, by: 'id' | 'key', value: number | string) {
  return kind === 'person'
    ? trx.selectFrom('people').select(['id', 'key', 'name']).where(by, '=', value).executeTakeFirst()
    : trx
        .selectFrom('documents')
        .select(['id', 'key', 'title as name'])
        .where(by, '=', value)
        .executeTakeFirst();
}

/** The spellings (or titles) merged into a person (or document), as they were written. */
export async function spellingsOf(
  db: Kysely<Database>,
  kind: MergeKind,
  id: number,
): Promise<Array<{ key: string; name: string }>> {
  const table = kind === 'person' ? 'people' : 'documents';
  return db
    .selectFrom('aliases as al')
    .innerJoin(`${table} as t` as 'people as t', 't.key', 'al.target_key')
    .where('al.kind', '=', kind)
    .where('t.id', '=', id)
    .select(['al.key', 'al.name'])
    .orderBy('al.name')
    .execute();
}

/**
 * Undoes a merge: the spelling `key` is its own person (or document) again in every meeting
 * that wrote it, and the two are kept apart from then on. The meetings that named the merged
 * row are derived again from their records, which always kept the spelling as written.
 */
export async function separate(
  engine: Engine,
  kind: MergeKind,
  key: string,
  audit: AuditEntry,
): Promise<void> {
  await engine.db.transaction().execute(async (trx) => {
    const alias = await trx
      .selectFrom('aliases')
      .select(['key', 'target_key', 'name'])
      .where('kind', '=', kind)
      .where('key', '=', key)
      .executeTakeFirst();
    if (alias === undefined) throw new MinutebookError('not-found', `no ${kind} was merged under "${key}"`);
    const target = await findRow(trx, kind, 'key', alias.target_key);
    await trx.deleteFrom('aliases').where('kind', '=', kind).where('key', '=', key).execute();
    const [a, b] = [alias.key, alias.target_key].sort() as [string, string];
    await trx
      .insertInto('distinct_pairs')
      .values({ kind, a_key: a, b_key: b })
      .onConflict((oc) => oc.doNothing())
      .execute();
    if (target !== undefined) {
      const meetings =
        kind === 'person'
          ? await trx
              .selectFrom('attendance')
              .select('meeting_id')
              .where((eb) =>
                eb.or([eb('person_id', '=', target.id), eb('on_behalf_of_key', '=', target.key)]),
              )
              .distinct()
              .execute()
          : await trx
              .selectFrom('meeting_documents')
              .select('meeting_id')
              .where('document_id', '=', target.id)
              .distinct()
              .execute();
      await rederive(
        trx,
        engine,
        meetings.map((m) => m.meeting_id),
      );
    }
    await recordChange(trx, audit, { kind, separated: alias.name, from: target?.name ?? null });
  });
}
