/** A meeting record as interchange JSON (docs/interchange.schema.json), two-space indented. */
import type { MeetingRecord } from '../domain/record.js';

/** Renders one record, or the records of a file holding several meetings, as JSON text. */
export function renderJson(records: MeetingRecord | MeetingRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
