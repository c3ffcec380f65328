/**
 * The interchange format read back: one record, or an array of records, as `minutebook parse
 * --json` and `export --format json` write them. Every field is checked against the schema and
 * an error names the field that is wrong.
 */
import { MinutebookError } from '../../domain/errors.js';
import { meetingRecordSchema, outcomesOf, type MeetingRecord } from '../../domain/record.js';

/** Reads interchange JSON text into records. */
export function readInterchange(text: string, file: string | null): MeetingRecord[] {
  const where = file === null ? {} : { file };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new MinutebookError(
      'invalid-record',
      `not valid JSON: ${message}`,
      line === undefined ? where : { ...where, line },
    );
  }
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, index) => {
    const parsed = meetingRecordSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = [...(Array.isArray(data) ? [index] : []), ...issue.path]
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
      throw new MinutebookError('invalid-record', issue.message, { ...where, field });
    }
    const seen = new Set<string>();
    for (const { outcome } of outcomesOf(parsed.data)) {
      if (seen.has(outcome.id))
        throw new MinutebookError('invalid-record', `the outcome id ${outcome.id} is used twice`, {
          ...where,
          field: 'topics',
        });
      seen.add(outcome.id);
    }
    return parsed.data;
  });
}
