/**
 * Saving meetings: each record is stored whole, as one aggregate, under the identifier it keeps
 * across re-imports; a batch is one transaction, so a failure leaves nothing half-written.
 */
import { rememberBodySpellings } from './body-spellings.js';
import type { Transaction } from 'kysely';
import type { SaveOptions, SaveResult, SourceText } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import type { MeetingState } from '../domain/workflow.js';
import { appendAudit } from './audit.repository.js';
import { keepVersions } from './versions.repository.js';
import { keepOutcomeIds, meetingId } from '../domain/ids.js';
import { meetingRecordSchema, type MeetingRecord } from '../domain/record.js';
import { keyOf } from '../domain/text.js';
import type { Engine } from './engine.js';
import { writeMeetings, type Planned } from './meeting-rows.js';
import { bumpRevision } from './revision.js';
import { eachChunk, insertMany, selectIn, uniqueBy } from './rows.js';
import type { Database } from './schema.js';
import { documentsNamedBy, retallyDocuments } from './document-tallies.js';
import { tallyMeetings } from './tallies.js';

// What saving needs to know of a meeting already stored under an identifier.
const STORED_COLUMNS = [
  'id',
  'title',
  'source_sha256',
  'record',
  'version',
  'created_at',
  'example',
  'invented',
  'state',
] as const;

/** Saves records in one transaction; see MeetingStore.saveMeetings. */
export async function saveMeetings(
  engine: Engine,
  records: MeetingRecord[],
  sources: SourceText[],
  options: SaveOptions = {},
): Promise<SaveResult[]> {
  return engine.db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    const plans = await planSaves(
      trx,
      engine,
      records,
      now,
      { example: options.example ?? false, invented: options.invented ?? false },
      options.state ?? 'draft',
    );
    const writes = plans.filter((p) => p.result.outcome !== 'unchanged');
    const replaced = writes.filter((p) => p.result.outcome === 'replaced').map((p) => p.result.id);
    await keepVersions(trx, replaced);
    await deleteMeetings(trx, engine, replaced);
    if (writes.length > 0) {
      await writeMeetings(trx, engine, writes, now);
      await bumpRevision(trx);
      await appendAudit(trx, options.audit ?? [], now);
    }
    await rememberBodySpellings(trx, options.bodySpellings ?? []);
    await insertMany(
      trx,
      engine,
      'sources',
      uniqueBy(sources, (s) => s.sha256).map((s) => ({
        sha256: s.sha256,
        name: s.name,
        text: s.text,
        imported_at: now,
        first_line: s.firstLine,
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
  { example, invented }: { example: boolean; invented: boolean },
  state: MeetingState,
): Promise<Planned[]> {
  const bases = records.map(
    (r) => r.meeting.id ?? meetingId(r.meeting.body, r.meeting.title, r.meeting.date),
  );
  const stored = new Map(
    (
      await selectIn(engine, bases, (ids) =>
        trx.selectFrom('meetings').select(STORED_COLUMNS).where('id', 'in', ids).execute(),
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
        (await trx.selectFrom('meetings').select(STORED_COLUMNS).where('id', '=', id).executeTakeFirst());
    }
    claimed.add(id);
    if (existing === undefined) {
      plans.push({
        record: withId(record, id),
        result: { id, outcome: 'created', version: 1 },
        createdAt: now,
        example,
        invented,
        state,
      });
      continue;
    }
    const previous = meetingRecordSchema.parse(JSON.parse(existing.record));
    if (record.source !== null && existing.source_sha256 === record.source.sha256) {
      plans.push({
        record: previous,
        result: { id, outcome: 'unchanged', version: existing.version },
        createdAt: existing.created_at,
        example: existing.example === 1,
        invented: existing.invented === 1,
        state: existing.state as MeetingState,
      });
      continue;
    }
    if (existing.state === 'published') {
      throw new MinutebookError(
        'conflict',
        `meeting ${id} is published; a published summary is corrected in the editor, with the reason for the correction`,
      );
    }
    plans.push({
      record: withId(keepOutcomeIds(previous, record), id),
      result: { id, outcome: 'replaced', version: existing.version + 1 },
      createdAt: existing.created_at,
      example,
      invented,
      state: existing.state as MeetingState,
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

export async function deleteMeetings(
  trx: Transaction<Database>,
  engine: Engine,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  await tallyMeetings(trx, engine, ids, -1);
  const documents = await documentsNamedBy(trx, engine, ids);
  for (const table of [
    'outcome_documents',
    'meeting_documents',
    'outcomes',
    'attendance',
    'search_entries',
    'outcome_links',
    'owner_words',
  ] as const) {
    await eachChunk(engine, ids, (chunk) => trx.deleteFrom(table).where('meeting_id', 'in', chunk).execute());
  }
  await eachChunk(engine, ids, (chunk) => trx.deleteFrom('meetings').where('id', 'in', chunk).execute());
  await retallyDocuments(trx, engine, documents);
}
