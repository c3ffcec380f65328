/**
 * Use cases of summaries coming in: read a file without storing it, and import files into the
 * store. An import reads every file before it writes anything, then writes all of them in one
 * transaction: a bad file leaves the store as it was.
 */
import { createHash } from 'node:crypto';
import { MinutebookError } from '../domain/errors.js';
import { numberOutcomes } from '../domain/ids.js';
import type { MeetingRecord } from '../domain/record.js';
import { renderJson } from '../exporters/json.exporter.js';
import type { ImportInput, ParsedFile } from '../importers/importer.js';
import { validRecord } from './editing.js';
import { importer, readSummaryAside } from './reading.js';
import { authorize, type Actor } from './access.js';
import { applyBodySpellings } from './bodies.js';
import { carryAlong } from './follow.js';
import type { MeetingStore, SaveOptions, SaveResult } from './ports.js';

export type { ImportInput, ParsedFile };
export { MAX_INPUT_BYTES } from '../importers/decode.js';
export { readSummary, readSummaryAside } from './reading.js';

export interface ImportReport {
  file: string | null;
  meetings: Array<SaveResult & { warnings: number }>;
}

export interface ImportOptions {
  /**
   * The summaries are published already (a back catalogue): everyone may read them at once.
   * Otherwise a new meeting is a draft, seen by the secretariat and the members of its body.
   */
  published?: boolean;
  /** The summaries are Minutebook's example, marked as example data (`minutebook example`). */
  example?: boolean;
  /** Spellings of bodies the reviewer confirmed to be known bodies (see bodies.ts). */
  bodySpellings?: Array<{ written: string; body: string }>;
}

function savedAs(actor: Actor, records: MeetingRecord[], options: ImportOptions): SaveOptions {
  const state = options.published ? 'published' : 'draft';
  const spellings = options.bodySpellings ?? [];
  return {
    state,
    ...(options.example === true ? { example: true } : {}),
    ...(spellings.length > 0 ? { bodySpellings: spellings } : {}),
    audit: records.map((r) => {
      // The body as the summary wrote it, when the reviewer confirmed it to be a known body.
      const written = spellings.find((s) => s.body === r.meeting.body)?.written;
      return {
        actor,
        action: 'import',
        subject: r.meeting.id,
        detail: {
          source: r.source?.name ?? null,
          state,
          ...(written === undefined ? {} : { bodyWritten: written }),
        },
      };
    }),
  };
}

/** Imports files into the store, all or nothing. */
export async function importSummaries(
  store: MeetingStore,
  actor: Actor,
  inputs: ImportInput[],
  options: ImportOptions = {},
): Promise<ImportReport[]> {
  authorize(actor, 'record');
  const parsed: ReadFile[] = [];
  for (const input of inputs) parsed.push({ input, file: await readSummaryAside(input) });
  return saveSummaries(store, actor, parsed, options);
}

/** A file read for import: what was given, and what was read from it. */
export interface ReadFile {
  input: ImportInput;
  file: ParsedFile;
}

/** Stores files already read, all of them in one transaction: one that is refused stores nothing. */
export async function saveSummaries(
  store: MeetingStore,
  actor: Actor,
  parsed: ReadFile[],
  options: ImportOptions = {},
): Promise<ImportReport[]> {
  authorize(actor, 'record');
  const records: MeetingRecord[] = parsed.flatMap((p) => p.file.records);
  await applyBodySpellings(store, actor, records);
  const results = await store.saveMeetings(
    records,
    parsed.flatMap((p) => p.file.parts),
    savedAs(actor, records, options),
  );
  if (options.published === true) await carryAll(store, actor, records, results);
  let next = 0;
  return parsed.map(({ input, file }) => ({
    file: input.name,
    meetings: file.records.map((record) => ({ ...results[next++]!, warnings: record.warnings.length })),
  }));
}

/**
 * Gives the actions that published records continue the statuses those records give them. A
 * draft gives none: its statuses reach earlier meetings when it is published.
 */
async function carryAll(
  store: MeetingStore,
  actor: Actor,
  records: MeetingRecord[],
  results: SaveResult[],
): Promise<void> {
  for (const [i, record] of records.entries())
    await carryAlong(store, actor, { ...record, meeting: { ...record.meeting, id: results[i]!.id } });
}

/** Interchange JSON of what a file holds: one record, or an array when it holds several meetings. */
export function renderParsed(records: MeetingRecord[]): string {
  return renderJson(records.length === 1 ? records[0]! : records);
}

/**
 * Saves records a person reviewed (and perhaps corrected) after reading a summary, with the
 * text they were read from. Nothing of an import is saved before this.
 */
export async function saveReviewed(
  store: MeetingStore,
  actor: Actor,
  values: unknown[],
  source: { name: string | null; text: string },
  options: ImportOptions = {},
): Promise<SaveResult[]> {
  authorize(actor, 'record');
  if (values.length === 0)
    throw new MinutebookError('invalid-record', 'there is no meeting to save', { field: 'records' });
  const records = values.map((value, i) => {
    try {
      return numberOutcomes(validRecord(value));
    } catch (error) {
      if (error instanceof MinutebookError) {
        throw new MinutebookError(error.code, error.message, {
          ...error.location,
          field: `records[${i}].${error.location.field ?? ''}`,
        });
      }
      throw error;
    }
  });
  // The source is the text that was reviewed, whatever the records say of it: cut into its
  // meetings' parts as the importer cuts it, or whole when the records are not its meetings.
  const { meetingStarts, partsOf } = await importer();
  const starts = records.length > 1 ? meetingStarts(source.text) : [1];
  const parts =
    starts.length === records.length
      ? partsOf(source.text, source.name, starts)
      : [
          {
            sha256: createHash('sha256').update(source.text).digest('hex'),
            name: source.name,
            text: source.text,
            firstLine: 1,
          },
        ];
  const withSource = records.map((r, i) => {
    const part = parts[Math.min(i, parts.length - 1)]!;
    const lines = part.text.split('\n').length;
    return {
      ...r,
      source: { name: source.name, sha256: part.sha256, lines, encoding: r.source?.encoding ?? 'utf-8' },
    };
  });
  const results = await store.saveMeetings(withSource, parts, savedAs(actor, withSource, options));
  if (options.published === true) await carryAll(store, actor, withSource, results);
  return results;
}
