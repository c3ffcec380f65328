/**
 * Reads a meeting record back from the fields of the record form (record-form.tsx). What the
 * form does not show (source lines, the date as written, a motion's votes …) travels with each
 * row in a hidden `keep` field, so an edit through the form loses nothing it did not change.
 *
 * The result is not validated here: the application layer validates every record, whichever
 * way it came, and names the wrong field by the same path the form uses.
 */
import { isOutcomeCite, meetingId } from '../../../domain/ids.js';
import type { Attendance, DocumentRef, MeetingRecord, Outcome, Topic } from '../../../domain/record.js';
import type { Messages } from '../../i18n/en.js';
import type { FieldError } from './fields.js';
import type { FormValues } from '../kit/route.js';

/** A form's fields by name; the last value wins when a name repeats. */

type RecordKept = Pick<MeetingRecord, 'warnings' | 'source'> & {
  meeting: Pick<
    MeetingRecord['meeting'],
    'id' | 'date' | 'endDate' | 'start' | 'end' | 'dateText' | 'timeText' | 'publication' | 'line'
  >;
};
type TopicKept = Pick<Topic, 'line'>;
type OutcomeKept = Pick<Outcome, 'due' | 'dueText' | 'ref' | 'motion' | 'line'>;
type AttendanceKept = Pick<Attendance, 'remote' | 'note' | 'line'>;
type DocumentKept = Pick<DocumentRef, 'line'>;

export function keptOfRecord(record: MeetingRecord): RecordKept {
  const { id, date, endDate, start, end, dateText, timeText, publication, line } = record.meeting;
  return {
    meeting: { id, date, endDate, start, end, dateText, timeText, publication, line },
    warnings: record.warnings,
    source: record.source,
  };
}
/** The fields of `row` named, in that order. */
function pick<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;
}
export const keptOfTopic = (topic: Topic): TopicKept => pick(topic, ['line']);
export const keptOfOutcome = (o: Outcome): OutcomeKept =>
  pick(o, ['due', 'dueText', 'ref', 'motion', 'line']);
export const keptOfDocument = (d: DocumentRef): DocumentKept => pick(d, ['line']);
export const keptOfAttendance = (a: Attendance): AttendanceKept => pick(a, ['remote', 'note', 'line']);

/** How the record's identifier is found: kept as it was (an edit), or derived from body and date (an upload or a new meeting). */
export type IdRule = 'keep' | 'derive';

/** The record the form's fields under `prefix` describe, and the first problem the form itself can see. */
export function recordFromForm(
  values: FormValues,
  prefix: string,
  idRule: IdRule,
  m: Messages,
): { record: MeetingRecord; error: FieldError | null } {
  const get = (name: string): string => field(values, `${prefix}${name}`);
  const text = (name: string): string | null => nullIfEmpty(get(name));
  const kept = keptJson<RecordKept>(get('keep'));
  const keptMeeting = kept?.meeting;
  let error: FieldError | null = null;

  const date = text('meeting.date');
  const instant = (field: 'start' | 'end', after: string | null): string | null => {
    const typed = get(`meeting.${field}`).trim();
    if (typed === '') return null;
    // "9:05", "0905", "13:30": the page's one clock, 24 hours.
    const clock = /^([01]?\d|2[0-3]):?([0-5]\d)$/.exec(typed);
    if (clock === null) {
      error ??= { field: `${prefix}meeting.${field}`, message: m.edit.clockTime };
      return null;
    }
    const time = `${clock[1]!.padStart(2, '0')}:${clock[2]}`;
    const was = keptMeeting?.[field] ?? null;
    if (was !== null && date === keptMeeting?.date && /T(\d{2}:\d{2})/.exec(was)?.[1] === time) return was;
    if (date === null) {
      error ??= { field: `${prefix}meeting.${field}`, message: m.edit.timeNeedsDate };
      return null;
    }
    const value = `${date}T${time}:00Z`;
    if (after !== null && !Number.isNaN(Date.parse(value)) && value <= after) {
      // An end before the start is on the next day.
      return new Date(Date.parse(value) + 86_400_000).toISOString().replace('.000Z', 'Z');
    }
    return value;
  };
  // Rows carried as they were; the application validates them with the rest of the record.
  function held<T>(name: string): T[] {
    const text = values.get(`${prefix}${name}`) ?? '';
    if (text === '') return [];
    try {
      const rows: unknown = JSON.parse(text);
      if (Array.isArray(rows)) return rows as T[];
    } catch {
      // Reported below.
    }
    error ??= { field: `${prefix}${name}`, message: m.edit.damagedForm };
    return [];
  }
  const start = instant('start', null);
  const end = instant('end', start);
  const body = text('meeting.body');
  const title = text('meeting.title');

  const record: MeetingRecord = {
    format: 'minutebook/1',
    meeting: {
      id: idRule === 'keep' ? (keptMeeting?.id ?? null) : meetingId(body, title, date),
      body,
      title,
      mode: text('meeting.mode') as MeetingRecord['meeting']['mode'],
      date,
      endDate: keptMeeting?.endDate ?? null,
      start,
      end,
      dateText: date === keptMeeting?.date ? (keptMeeting?.dateText ?? null) : null,
      timeText:
        start === keptMeeting?.start && end === keptMeeting?.end ? (keptMeeting?.timeText ?? null) : null,
      venue: text('meeting.venue'),
      purpose: text('meeting.purpose'),
      status: (text('meeting.status') ?? 'held') as MeetingRecord['meeting']['status'],
      publication: keptMeeting?.publication ?? null,
      line: keptMeeting?.line ?? null,
    },
    // The rows the form shows, between those it carried without showing (a large meeting's).
    topics: [
      ...held<Topic>('topics.before'),
      ...indicesOf(values, `${prefix}topics[`).flatMap((t) => {
        const topic = topicFromForm(values, `${prefix}topics[${t}]`, (name) =>
          held(name.slice(prefix.length)),
        );
        return topic === null ? [] : [topic];
      }),
      ...held<Topic>('topics.after'),
    ],
    attendance: [
      ...held<Attendance>('attendance.before'),
      ...indicesOf(values, `${prefix}attendance[`).flatMap((a) => {
        const entry = attendanceFromForm(values, `${prefix}attendance[${a}]`);
        return entry === null ? [] : [entry];
      }),
      ...held<Attendance>('attendance.after'),
    ],
    documents: [],
    warnings: kept?.warnings ?? [],
    source: kept?.source ?? null,
  };
  // The documents the outcomes still name, with their state as set; newly named ones are added
  // by the application.
  const named = new Set(record.topics.flatMap((t) => t.outcomes.flatMap((o) => o.documents)));
  record.documents = indicesOf(values, `${prefix}documents[`).flatMap((d) => {
    const document = documentFromForm(values, `${prefix}documents[${d}]`);
    return document !== null && named.has(document.title) ? [document] : [];
  });
  return { record, error };
}

function documentFromForm(values: FormValues, base: string): DocumentRef | null {
  const get = (name: string): string => field(values, `${base}.${name}`);
  const title = get('title');
  if (title === '') return null;
  return {
    title,
    state: nullIfEmpty(get('state')) as DocumentRef['state'],
    author: nullIfEmpty(get('author')),
    line: keptJson<DocumentKept>(get('keep'))?.line ?? null,
  };
}

function topicFromForm(values: FormValues, base: string, held: <T>(name: string) => T[]): Topic | null {
  const get = (name: string): string => field(values, `${base}.${name}`);
  if (get('remove') !== '') return null;
  const outcomes = [
    ...held<Outcome>(`${base}.outcomes.before`),
    ...indicesOf(values, `${base}.outcomes[`).flatMap((o) => {
      const outcome = outcomeFromForm(values, `${base}.outcomes[${o}]`);
      return outcome === null ? [] : [outcome];
    }),
    ...held<Outcome>(`${base}.outcomes.after`),
  ];
  const title = get('title');
  if (title === '' && outcomes.length === 0) return null;
  // Outcomes kept under no title are a topic the text gave none.
  return {
    title: title === '' ? null : title,
    line: keptJson<TopicKept>(get('keep'))?.line ?? null,
    outcomes,
  };
}

function outcomeFromForm(values: FormValues, base: string): Outcome | null {
  const get = (name: string): string => field(values, `${base}.${name}`);
  const text = (name: string): string | null => nullIfEmpty(get(name));
  if (get('remove') !== '') return null;
  const documents = get('documents')
    .split('\n')
    .map((d) => d.trim())
    .filter(Boolean);
  const id = get('id');
  if (
    id === '' &&
    get('text') === '' &&
    text('verb') === null &&
    text('owner') === null &&
    text('due') === null &&
    documents.length === 0
  )
    return null;
  const kind = (text('kind') ?? 'note') as Outcome['kind'];
  const kept = keptJson<OutcomeKept>(get('keep'));
  const due = text('due');
  const status = text('status') as Outcome['status'];
  return {
    id,
    kind,
    verb: text('verb'),
    text: get('text'),
    owner: text('owner'),
    due,
    dueText: due === (kept?.due ?? null) ? (kept?.dueText ?? null) : null,
    status: kind === 'action' ? (status ?? 'open') : null,
    ref: continuation(values.has(`${base}.continues`) ? get('continues') : undefined, kept?.ref ?? null),
    documents,
    motion: kept?.motion ?? null,
    line: kept?.line ?? null,
  };
}

/**
 * What an outcome continues, from the form's choice: an earlier outcome's citation sets it,
 * "nothing earlier" (empty) clears it, and a form that offered no choice keeps it. A number the
 * source gave the item is not a link and is kept whatever the choice.
 */
function continuation(chosen: string | undefined, kept: string | null): string | null {
  if (chosen === undefined) return kept;
  const cite = chosen.trim();
  if (isOutcomeCite(cite)) return cite;
  return isOutcomeCite(kept) ? null : kept;
}

function attendanceFromForm(values: FormValues, base: string): Attendance | null {
  const get = (name: string): string => field(values, `${base}.${name}`);
  const text = (name: string): string | null => nullIfEmpty(get(name));
  if (get('remove') !== '') return null;
  const name = get('name');
  if (name === '' && text('role') === null && text('onBehalfOf') === null && text('honorific') === null)
    return null;
  const kept = keptJson<AttendanceKept>(get('keep'));
  return {
    name,
    honorific: text('honorific'),
    kind: (text('kind') ?? 'person') as Attendance['kind'],
    group: text('group'),
    role: text('role'),
    status: (text('status') ?? 'present') as Attendance['status'],
    onBehalfOf: text('onBehalfOf'),
    remote: kept?.remote ?? null,
    note: kept?.note ?? null,
    line: kept?.line ?? null,
  };
}

/** The row numbers used under `start` (e.g. "topics["), in order. */
function indicesOf(values: FormValues, start: string): number[] {
  return rowsOf(values).get(start) ?? [];
}

// The row numbers under every prefix of every field name ("records[0].topics[" → 0, 1, …),
// found in one pass over the names, so that reading a form takes time in proportion to its size.
const rowIndex = new WeakMap<FormValues, Map<string, number[]>>();

function rowsOf(values: FormValues): Map<string, number[]> {
  const known = rowIndex.get(values);
  if (known !== undefined) return known;
  const found = new Map<string, Set<number>>();
  for (const name of values.keys()) {
    for (let open = name.indexOf('['); open !== -1; open = name.indexOf('[', open + 1)) {
      const close = name.indexOf(']', open);
      if (close === -1) break;
      const index = Number(name.slice(open + 1, close));
      if (close === open + 1 || !Number.isInteger(index) || index < 0) continue;
      const prefix = name.slice(0, open + 1);
      const rows = found.get(prefix) ?? new Set<number>();
      rows.add(index);
      found.set(prefix, rows);
    }
  }
  const rows = new Map([...found].map(([prefix, set]) => [prefix, [...set].sort((a, b) => a - b)]));
  rowIndex.set(values, rows);
  return rows;
}

function keptJson<T>(text: string): Partial<T> | null {
  if (text === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Partial<T>) : null;
  } catch {
    return null;
  }
}

/** A field's value, trimmed, its line ends as \n whatever the browser sent. */
function field(values: FormValues, name: string): string {
  return (values.get(name) ?? '').replace(/\r\n?/g, '\n').trim();
}

function nullIfEmpty(text: string): string | null {
  return text === '' ? null : text;
}
