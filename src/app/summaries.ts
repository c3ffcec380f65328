/**
 * Use cases of summaries coming in: read a file without storing it, and import files into the
 * store. An import reads every file before it writes anything, then writes all of them in one
 * transaction: a bad file leaves the store as it was.
 */
import { MinutebookError } from '../domain/errors.js';
import { meetingRecordSchema, type MeetingRecord } from '../domain/record.js';
import { renderJson } from '../exporters/json.exporter.js';
import { parseSummary, type ImportInput, type ParsedFile } from '../importers/importer.js';
import type { MeetingStore, SaveResult } from './ports.js';

export type { ImportInput, ParsedFile };
export { MAX_INPUT_BYTES } from '../importers/decode.js';

export interface ImportReport {
  file: string | null;
  meetings: Array<SaveResult & { warnings: number }>;
}

/** Reads one file into records, checking each against the interchange schema. */
export function readSummary(input: ImportInput): ParsedFile {
  const parsed = parseSummary(input);
  for (const record of parsed.records) {
    const check = meetingRecordSchema.safeParse(record);
    if (!check.success) {
      const issue = check.error.issues[0]!;
      throw new MinutebookError(
        'invalid-record',
        `the importer produced an invalid record: ${issue.message}`,
        {
          ...(input.name === null ? {} : { file: input.name }),
          field: issue.path.join('.'),
        },
      );
    }
  }
  return parsed;
}

/** Imports files into the store, all or nothing. */
export async function importSummaries(store: MeetingStore, inputs: ImportInput[]): Promise<ImportReport[]> {
  const parsed = inputs.map((input) => ({ input, file: readSummary(input) }));
  const records: MeetingRecord[] = parsed.flatMap((p) => p.file.records);
  const results = await store.saveMeetings(
    records,
    parsed.map((p) => p.file.source),
  );
  let next = 0;
  return parsed.map(({ input, file }) => ({
    file: input.name,
    meetings: file.records.map((record) => ({ ...results[next++]!, warnings: record.warnings.length })),
  }));
}

/** Interchange JSON of what a file holds: one record, or an array when it holds several meetings. */
export function renderParsed(records: MeetingRecord[]): string {
  return renderJson(records.length === 1 ? records[0]! : records);
}
