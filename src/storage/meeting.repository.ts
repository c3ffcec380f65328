/**
 * Meetings in and out of the database. A meeting is written whole, as one aggregate: its row,
 * its topics, outcomes, attendance, warnings, the documents and people it names, and its
 * search entries, all in the caller's transaction, with multi-row statements so that bulk
 * imports stay fast.
 */
import type { Kysely, Transaction } from 'kysely';
import type { MeetingFilter, MeetingListing, SaveResult, SourceText, StoredMeeting } from '../app/ports.js';
import { keepOutcomeIds, meetingId, outcomeCite } from '../domain/ids.js';
import { meetingRecordSchema, outcomesOf, type MeetingRecord } from '../domain/record.js';
import { bodySlug, keyOf } from '../domain/text.js';
import type { Engine } from './engine.js';
import { eachChunk, insertMany, selectIn } from './rows.js';
import type { Database } from './schema.js';
import { searchEntriesOf } from './search.repository.js';

interface Planned {
  record: MeetingRecord;
  result: SaveResult;
  createdAt: string;
}

/** Saves records in one transaction; see MeetingStore.saveMeetings. */
export async function saveMeetings(
  engine: Engine,
  records: MeetingRecord[],
  sources: SourceText[],
): Promise<SaveResult[]> {
  return engine.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const plans = await planSaves(trx, engine, records, now);
    const writes = plans.filter((p) => p.result.outcome !== 'unchanged');
    await deleteMeetings(
      trx,
      engine,
      writes.filter((p) => p.result.outcome === 'replaced').map((p) => p.result.id),
    );
    if (writes.length > 0) await writeMeetings(trx, engine, writes, now);
    await insertMany(
      trx,
      engine,
      'sources',
      uniqueBy(sources, (s) => s.sha256).map((s) => ({
        sha256: s.sha256,
        name: s.name,
        text: s.text,
        imported_at: now,
      })),
      (q) => q.onConflict((c) => c.column('sha256').doNothing()),
    );
    return plans.map((p) => p.result);
  });
}

// Decides, for each record, the identifier it is stored under and whether it is new, a new
// version of a stored meeting, or the very same summary again.
async function planSaves(
  trx: Transaction<Database>,
  engine: Engine,
  records: MeetingRecord[],
  now: string,
): Promise<Planned[]> {
  const bases = records.map(
    (r) => r.meeting.id ?? meetingId(r.meeting.body, r.meeting.title, r.meeting.date),
  );
  const stored = new Map(
    (
      await selectIn(engine, bases, (ids) =>
        trx
          .selectFrom('meetings')
          .select(['id', 'title', 'source_sha256', 'record', 'version', 'created_at'])
          .where('id', 'in', ids)
          .execute(),
      )
    ).map((row) => [row.id, row]),
  );
  const claimed = new Set<string>();
  const plans: Planned[] = [];
  for (const [i, record] of records.entries()) {
    let id = bases[i]!;
    let existing = stored.get(id);
    for (
      let n = 2;
      (existing !== undefined && !sameMeeting(existing.title, record.meeting.title)) || claimed.has(id);
      n++
    ) {
      // Another meeting of the same body on the same day: the next free suffix, or its own.
      id = `${bases[i]}-${n}`;
      existing =
        stored.get(id) ??
        (await trx
          .selectFrom('meetings')
          .select(['id', 'title', 'source_sha256', 'record', 'version', 'created_at'])
          .where('id', '=', id)
          .executeTakeFirst());
    }
    claimed.add(id);
    if (existing === undefined) {
      plans.push({
        record: withId(record, id),
        result: { id, outcome: 'created', version: 1 },
        createdAt: now,
      });
      continue;
    }
    const previous = meetingRecordSchema.parse(JSON.parse(existing.record));
    if (record.source !== null && existing.source_sha256 === record.source.sha256) {
      plans.push({
        record: previous,
        result: { id, outcome: 'unchanged', version: existing.version },
        createdAt: existing.created_at,
      });
      continue;
    }
    plans.push({
      record: withId(keepOutcomeIds(previous, record), id),
      result: { id, outcome: 'replaced', version: existing.version + 1 },
      createdAt: existing.created_at,
    });
  }
  return plans;
}

function sameMeeting(storedTitle: string | null, title: string | null): boolean {
  return keyOf(storedTitle ?? '') === keyOf(title ?? '');
}

function withId(record: MeetingRecord, id: string): MeetingRecord {
  return { ...record, meeting: { ...record.meeting, id } };
}

async function deleteMeetings(trx: Transaction<Database>, engine: Engine, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const table of [
    'outcome_documents',
    'outcomes',
    'topics',
    'attendance',
    'warnings',
    'search_entries',
  ] as const) {
    await eachChunk(engine, ids, (chunk) => trx.deleteFrom(table).where('meeting_id', 'in', chunk).execute());
  }
  await eachChunk(engine, ids, (chunk) => trx.deleteFrom('meetings').where('id', 'in', chunk).execute());
}

async function writeMeetings(
  trx: Transaction<Database>,
  engine: Engine,
  plans: Planned[],
  now: string,
): Promise<void> {
  const records = plans.map((p) => p.record);
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
    plans.map(({ record, result, createdAt }) => {
      const m = record.meeting;
      const outcomes = outcomesOf(record).map((x) => x.outcome);
      return {
        id: result.id,
        body_id: m.body === null ? null : (bodies.get(bodySlug(m.body)) ?? null),
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
        created_at: createdAt,
        updated_at: now,
      };
    }),
  );
  await insertMany(
    trx,
    engine,
    'topics',
    records.flatMap((r) =>
      r.topics.map((t, position) => ({ meeting_id: r.meeting.id!, position, title: t.title, line: t.line })),
    ),
  );
  await insertMany(
    trx,
    engine,
    'outcomes',
    records.flatMap((r) =>
      r.topics.flatMap((t, topicPosition) =>
        t.outcomes.map((o, position) => ({
          id: outcomeCite(r.meeting.id!, o.id),
          meeting_id: r.meeting.id!,
          topic_position: topicPosition,
          position,
          kind: o.kind,
          verb: o.verb,
          text: o.text,
          owner: o.owner,
          due: o.due,
          status: o.status,
          ref: o.ref,
          line: o.line,
        })),
      ),
    ),
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
        name: a.name,
        honorific: a.honorific,
        group_name: a.group,
        role: a.role,
        status: a.status,
        on_behalf_of: a.onBehalfOf,
        remote: a.remote === null ? null : Number(a.remote),
        line: a.line,
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
    'warnings',
    records.flatMap((r) => r.warnings.map((w, position) => ({ meeting_id: r.meeting.id!, position, ...w }))),
  );
  const newPeople = [...people.values()].filter((p) => p.created);
  const newDocuments = [...documents.values()].filter((d) => d.created);
  await insertMany(trx, engine, 'search_entries', searchEntriesOf(records, newPeople, newDocuments));
}

/** The key a person or office is known by across meetings: kind and folded name. */
export function personKey(kind: string, name: string): string {
  return `${kind}:${keyOf(name)}`;
}

function documentKey(record: MeetingRecord, title: string): string {
  return `${bodySlug(record.meeting.body ?? 'unknown')}:${keyOf(title)}`;
}

async function ensureBodies(
  trx: Transaction<Database>,
  engine: Engine,
  records: MeetingRecord[],
): Promise<Map<string, number>> {
  const names = new Map<string, string>();
  for (const r of records) if (r.meeting.body !== null) names.set(bodySlug(r.meeting.body), r.meeting.body);
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

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** Reads one meeting's record by its citable identifier. */
export async function findMeeting(db: Kysely<Database>, id: string): Promise<StoredMeeting | null> {
  const row = await db
    .selectFrom('meetings')
    .select(['record', 'version', 'created_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    record: meetingRecordSchema.parse(JSON.parse(row.record)),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Lists meetings, newest first, optionally of one body. */
export async function listMeetings(
  db: Kysely<Database>,
  filter: MeetingFilter,
): Promise<{ meetings: MeetingListing[]; total: number }> {
  let query = db.selectFrom('meetings').leftJoin('bodies', 'bodies.id', 'meetings.body_id');
  if (filter.body !== undefined) {
    const body = filter.body;
    query = query.where((eb) => eb.or([eb('bodies.slug', '=', body), eb('bodies.name', '=', body)]));
  }
  const rows = await query
    .select([
      'meetings.id',
      'bodies.name as body',
      'meetings.title',
      'meetings.date',
      'meetings.start_utc',
      'meetings.status',
      'meetings.decision_count',
      'meetings.action_count',
      'meetings.present_count',
    ])
    .orderBy('meetings.date', (ob) => ob.desc().nullsLast())
    .orderBy('meetings.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const count = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst();
  return {
    meetings: rows.map((r) => ({
      id: r.id,
      body: r.body ?? null,
      title: r.title,
      date: r.date,
      start: r.start_utc,
      status: r.status,
      decisions: r.decision_count,
      actions: r.action_count,
      present: r.present_count,
    })),
    total: Number(count?.total ?? 0),
  };
}

/** The text a record was imported from. */
export async function findSource(db: Kysely<Database>, sha256: string): Promise<SourceText | null> {
  const row = await db
    .selectFrom('sources')
    .select(['sha256', 'name', 'text'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row ?? null;
}
