/**
 * The rows of saved meetings: the meeting row with the whole record, its outcomes (with their topics),
 * attendance, the documents and people it names, and its search entries, written
 * with multi-row statements so that bulk imports stay fast.
 */
import type { Kysely, Transaction } from 'kysely';
import type { SaveResult } from '../app/ports.js';
import { isOutcomeCite, outcomeCite } from '../domain/ids.js';
import { outcomesOf, type MeetingRecord } from '../domain/record.js';
import { bodySlug, keyOf } from '../domain/text.js';
import type { MeetingState } from '../domain/workflow.js';
import type { Engine } from './engine.js';
import { insertMany, selectIn, uniqueBy } from './rows.js';
import type { Database } from './schema.js';
import { searchEntriesOf } from './search.repository.js';
import { resolveAliases } from './aliases.js';
import { addDocumentTallies } from './document-tallies.js';
import { ownerWordRows } from './owner-words.js';
import { tallyMeetings } from './tallies.js';

/** A record to write, with the identifier and version it is saved under. */
export interface Planned {
  record: MeetingRecord;
  result: SaveResult;
  createdAt: string;
  example: boolean;
  invented: boolean;
  state: MeetingState;
  /** Edited after it was read and before it was published; false when not given. */
  editedSinceRead?: boolean;
}

/** Writes the rows of new and replaced meetings. */
export async function writeMeetings(
  trx: Transaction<Database>,
  engine: Engine,
  plans: Planned[],
  now: string,
): Promise<void> {
  const records = plans.map((p) => p.record);
  // The same people attend meeting after meeting: fold each name once per batch.
  const folded = new Map<string, string>();
  const foldedKey = (kind: string, name: string): string => {
    let key = folded.get(`${kind}:${name}`);
    if (key === undefined) {
      key = personKeyOf(kind, name);
      folded.set(`${kind}:${name}`, key);
    }
    return key;
  };
  for (const r of records)
    for (const a of r.attendance) {
      foldedKey(a.kind, a.name);
      if (a.onBehalfOf !== null) foldedKey('person', a.onBehalfOf);
    }
  // A spelling or title confirmed to be another one is saved as that one (merges.repository.ts).
  const personAliases = await resolveAliases(trx, engine, 'person', () => [...folded.values()]);
  const documentAliases = await resolveAliases(trx, engine, 'document', () =>
    records.flatMap((r) => r.documents.map((d) => documentKeyOf(r, d.title))),
  );
  const documentKey = (record: MeetingRecord, title: string): string => {
    const key = documentKeyOf(record, title);
    return documentAliases.get(key) ?? key;
  };
  const personKey = (kind: string, name: string): string => {
    const key = foldedKey(kind, name);
    return personAliases.get(key) ?? key;
  };
  const bodies = await ensureBodies(trx, engine, records);
  const people = await ensureKeys(
    trx,
    engine,
    'people',
    records.flatMap((r) =>
      r.attendance.map((a) => ({ key: personKey(a.kind, a.name), kind: a.kind, name: a.name })),
    ),
  );
  const documents = await ensureKeys(
    trx,
    engine,
    'documents',
    records.flatMap((r) =>
      r.documents.map((d) => ({
        key: documentKey(r, d.title),
        title: d.title,
        state: d.state,
        author: d.author,
      })),
    ),
  );
  await insertMany(
    trx,
    engine,
    'meetings',
    plans.map(({ record, result, createdAt, example, invented, state, editedSinceRead }) => {
      const m = record.meeting;
      const outcomes = outcomesOf(record).map((x) => x.outcome);
      return {
        id: result.id,
        body_id: m.body === null ? null : (bodies.get(slugOf(m.body)) ?? null),
        title: m.title,
        mode: m.mode,
        date: m.date,
        end_date: m.endDate,
        start_utc: m.start,
        end_utc: m.end,
        venue: m.venue,
        status: m.status,
        publication: m.publication,
        decision_count: outcomes.filter((o) => o.kind === 'decision').length,
        action_count: outcomes.filter((o) => o.kind === 'action').length,
        present_count: record.attendance.filter((a) => a.status === 'present').length,
        source_sha256: record.source?.sha256 ?? null,
        record: JSON.stringify(record),
        version: result.version,
        example: Number(example),
        invented: Number(invented),
        state,
        edited_since_read: Number(editedSinceRead ?? false),
        created_at: createdAt,
        updated_at: now,
      };
    }),
  );
  const outcomes = records.flatMap((r) =>
    r.topics.flatMap((t, topicPosition) =>
      t.outcomes.map((o, position) => ({
        id: outcomeCite(r.meeting.id!, o.id),
        meeting_id: r.meeting.id!,
        topic_position: topicPosition,
        // The column holds text: an untitled topic is the empty string, which no title is.
        topic: t.title ?? '',
        position,
        kind: o.kind,
        verb: o.verb,
        text: o.text,
        owner: o.owner,
        due: o.due,
        status: o.status,
        ref: o.ref,
      })),
    ),
  );
  await insertMany(trx, engine, 'outcomes', outcomes);
  const dates = new Map(records.map((r) => [r.meeting.id!, r.meeting.date]));
  await insertMany(
    trx,
    engine,
    'owner_words',
    ownerWordRows(outcomes.map((o) => ({ ...o, date: dates.get(o.meeting_id) ?? null }))),
  );
  await insertMany(
    trx,
    engine,
    'attendance',
    records.flatMap((r) =>
      r.attendance.map((a, position) => ({
        meeting_id: r.meeting.id!,
        position,
        person_id: people.get(personKey(a.kind, a.name))!.id,
        group_name: a.group,
        role: a.role,
        status: a.status,
        on_behalf_of: a.onBehalfOf,
        on_behalf_of_key: a.onBehalfOf === null ? null : personKey('person', a.onBehalfOf),
      })),
    ),
  );
  await insertMany(
    trx,
    engine,
    'outcome_documents',
    records.flatMap((r) =>
      uniqueBy(
        outcomesOf(r).flatMap(({ outcome }) =>
          outcome.documents.map((title) => ({
            outcome_id: outcomeCite(r.meeting.id!, outcome.id),
            document_id: documents.get(documentKey(r, title))?.id ?? -1,
            meeting_id: r.meeting.id!,
          })),
        ),
        (row) => `${row.outcome_id} ${row.document_id}`,
      ).filter((row) => row.document_id !== -1),
    ),
  );
  await insertMany(
    trx,
    engine,
    'meeting_documents',
    records.flatMap((r) =>
      uniqueBy(
        r.documents.flatMap((d) => {
          const id = documents.get(documentKey(r, d.title))?.id;
          return id === undefined
            ? []
            : [{ meeting_id: r.meeting.id!, document_id: id, state: d.state, author: d.author }];
        }),
        (row) => String(row.document_id),
      ),
    ),
  );
  // An outcome whose reference cites an earlier outcome continues it.
  await insertMany(
    trx,
    engine,
    'outcome_links',
    records.flatMap((r) =>
      uniqueBy(
        outcomesOf(r)
          .filter(
            ({ outcome }) =>
              isOutcomeCite(outcome.ref) && outcome.ref !== outcomeCite(r.meeting.id!, outcome.id),
          )
          .map(({ outcome }) => ({
            from_cite: outcomeCite(r.meeting.id!, outcome.id),
            to_cite: outcome.ref!,
            meeting_id: r.meeting.id!,
          })),
        (row) => `${row.from_cite} ${row.to_cite}`,
      ),
    ),
  );
  const newPeople = [...people.values()].filter((p) => p.created);
  const newDocuments = [...documents.values()].filter((d) => d.created);
  const visibility = new Map(
    plans.map((p) => [
      p.result.id,
      {
        state: p.state,
        bodyId: p.record.meeting.body === null ? null : (bodies.get(slugOf(p.record.meeting.body)) ?? null),
      },
    ]),
  );
  await insertMany(
    trx,
    engine,
    'search_entries',
    searchEntriesOf(records, newPeople, newDocuments, visibility),
  );
  const ids = plans.map((p) => p.result.id);
  await tallyMeetings(trx, engine, ids, 1);
  await addDocumentTallies(trx, engine, ids);
}

// A batch holds few bodies and many meetings of each: their slugs are made once.
const slugs = new Map<string, string>();
function slugOf(body: string): string {
  let slug = slugs.get(body);
  if (slug === undefined) {
    if (slugs.size >= 1000) slugs.clear();
    slug = bodySlug(body);
    slugs.set(body, slug);
  }
  return slug;
}

/** The key a person or office is known by across meetings: kind and folded name. */
export function personKeyOf(kind: string, name: string): string {
  return `${kind}:${keyOf(name)}`;
}

function documentKeyOf(record: MeetingRecord, title: string): string {
  return `${slugOf(record.meeting.body ?? 'unknown')}:${keyOf(title)}`;
}

async function ensureBodies(
  trx: Transaction<Database>,
  engine: Engine,
  records: MeetingRecord[],
): Promise<Map<string, number>> {
  const names = new Map<string, string>();
  for (const r of records) if (r.meeting.body !== null) names.set(slugOf(r.meeting.body), r.meeting.body);
  const slugs = [...names.keys()];
  const found = new Map(
    (
      await selectIn(engine, slugs, (chunk) =>
        trx.selectFrom('bodies').select(['id', 'slug']).where('slug', 'in', chunk).execute(),
      )
    ).map((b) => [b.slug, b.id]),
  );
  const missing = slugs.filter((s) => !found.has(s)).map((slug) => ({ slug, name: names.get(slug)! }));
  if (missing.length > 0) {
    for (const row of await trx.insertInto('bodies').values(missing).returning(['id', 'slug']).execute())
      found.set(row.slug, row.id);
  }
  return found;
}

type Keyed<T extends 'people' | 'documents'> = T extends 'people'
  ? { key: string; kind: string; name: string }
  : { key: string; title: string; state: string | null; author: string | null };

// Finds or creates rows by their key, returning each key's id and whether it is new.
async function ensureKeys<T extends 'people' | 'documents'>(
  trx: Transaction<Database>,
  engine: Engine,
  table: T,
  rows: Array<Keyed<T>>,
): Promise<Map<string, { id: number; created: boolean; row: Keyed<T> }>> {
  const wanted = uniqueBy(rows, (r) => r.key);
  const keys = wanted.map((r) => r.key);
  const db = trx as unknown as Kysely<Database>;
  const found = await selectIn(engine, keys, (chunk) =>
    db
      .selectFrom(table as 'people')
      .select(['id', 'key'])
      .where('key', 'in', chunk)
      .execute(),
  );
  const ids = new Map<string, { id: number; created: boolean; row: Keyed<T> }>();
  const byKey = new Map(wanted.map((r) => [r.key, r]));
  for (const f of found) ids.set(f.key, { id: f.id, created: false, row: byKey.get(f.key)! });
  const missing = wanted.filter((r) => !ids.has(r.key));
  const inserted = await insertMany(trx, engine, table, missing as never[], (q) =>
    q.returning(['id', 'key']),
  );
  for (const row of inserted as Array<{ id: number; key: string }>)
    ids.set(row.key, { id: row.id, created: true, row: byKey.get(row.key)! });
  return ids;
}
