/** The example summary and parsed records, for tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingRecord } from '../../src/domain/record.js';
import { parseSummary } from '../../src/importers/importer.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAMPLE_PATH = join(ROOT, 'examples', 'igf-lp-2024-11-01.md');

/** The example summary's bytes. */
export function exampleBytes(): Buffer {
  return readFileSync(EXAMPLE_PATH);
}

/** The example read into its one record. */
export function exampleRecord(): MeetingRecord {
  return parseSummary({ bytes: exampleBytes(), name: 'igf-lp-2024-11-01.md' }).records[0]!;
}

/** A record read from Markdown text written in a test. */
export function recordOf(text: string, name = 'test.md'): MeetingRecord {
  return parseSummary({ bytes: Buffer.from(text), name }).records[0]!;
}
