/**
 * What differs between two versions of a meeting record, field by field: shown to a person
 * whose save was refused because someone else saved first, so that they can see what the other
 * save changed before they save again.
 */
import { outcomesOf, type Attendance, type MeetingRecord, type Outcome } from './record.js';
import { keyOf } from './text.js';

export type DifferenceSubject =
  | { kind: 'meeting'; field: string }
  | { kind: 'topic'; title: string | null }
  | { kind: 'outcome'; id: string; field: string }
  | { kind: 'attendance'; name: string; field: string };

export interface Difference {
  subject: DifferenceSubject;
  /** The value in the saved version, and in the other; null when absent there. */
  saved: string | null;
  yours: string | null;
}

const MEETING_FIELDS = [
  'body',
  'title',
  'mode',
  'date',
  'start',
  'end',
  'venue',
  'purpose',
  'status',
] as const;
const OUTCOME_FIELDS = ['kind', 'verb', 'text', 'owner', 'due', 'status'] as const;
const ATTENDANCE_FIELDS = ['honorific', 'kind', 'group', 'role', 'status', 'onBehalfOf'] as const;

/** Every difference between the saved record and yours, in reading order. */
export function recordDifferences(saved: MeetingRecord, yours: MeetingRecord): Difference[] {
  const differences: Difference[] = [];
  const add = (subject: DifferenceSubject, a: unknown, b: unknown): void => {
    const x = textOf(a);
    const y = textOf(b);
    if (x !== y) differences.push({ subject, saved: x, yours: y });
  };
  for (const field of MEETING_FIELDS)
    add({ kind: 'meeting', field }, saved.meeting[field], yours.meeting[field]);

  const savedTopics = new Set(saved.topics.map((t) => t.title));
  const yourTopics = new Set(yours.topics.map((t) => t.title));
  for (const title of savedTopics) if (!yourTopics.has(title)) add({ kind: 'topic', title }, title, null);
  for (const title of yourTopics) if (!savedTopics.has(title)) add({ kind: 'topic', title }, null, title);

  const savedOutcomes = new Map(outcomesOf(saved).map(({ outcome }) => [outcome.id, outcome]));
  const yourOutcomes = new Map(outcomesOf(yours).map(({ outcome }) => [outcome.id, outcome]));
  for (const id of new Set([...savedOutcomes.keys(), ...yourOutcomes.keys()])) {
    const a = savedOutcomes.get(id);
    const b = yourOutcomes.get(id);
    if (a === undefined || b === undefined) {
      add({ kind: 'outcome', id, field: 'text' }, a?.text, b?.text);
      continue;
    }
    for (const field of OUTCOME_FIELDS) add({ kind: 'outcome', id, field }, a[field], b[field]);
    add({ kind: 'outcome', id, field: 'documents' }, documentsOf(a), documentsOf(b));
  }

  const savedPeople = byName(saved.attendance);
  const yourPeople = byName(yours.attendance);
  for (const key of new Set([...savedPeople.keys(), ...yourPeople.keys()])) {
    const a = savedPeople.get(key);
    const b = yourPeople.get(key);
    const name = (a ?? b)!.name;
    if (a === undefined || b === undefined) {
      add({ kind: 'attendance', name, field: 'name' }, a?.name, b?.name);
      continue;
    }
    for (const field of ATTENDANCE_FIELDS) add({ kind: 'attendance', name, field }, a[field], b[field]);
  }
  return differences;
}

function byName(attendance: Attendance[]): Map<string, Attendance> {
  return new Map(attendance.map((a) => [keyOf(a.name), a]));
}

function documentsOf(outcome: Outcome): string {
  return outcome.documents.join('; ');
}

function textOf(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  return String(value);
}
