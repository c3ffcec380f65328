/** Which rows of a large meeting one form shows, and where the form begins when asked. */
import type { MeetingRecord } from '../../../domain/record.js';

/**
 * The rows one form shows of a large meeting: at most this many attendance entries, and topics
 * holding at most this many outcomes (one topic at least). The other rows travel with the form
 * as they are, in hidden fields, so that every form of a meeting stays small however large the
 * meeting (domain/limits.ts) and saving it loses nothing.
 */
export const SHOWN_ATTENDANCE = 200;
export const SHOWN_OUTCOMES = 150;
export const SHOWN_TOPICS = 100;

/** The first row shown of each section (and of the outcomes of a topic too large to show whole). */
export interface FormWindow {
  attendance: number;
  topics: number;
  outcomes: number;
}

export interface Shown {
  attendance: [number, number];
  topics: [number, number];
  /** The outcomes shown of the one topic shown, when it holds too many to show whole. */
  outcomes: [number, number] | null;
}

/** The rows shown of each section, [from, to), from where they were asked to begin. */
export function windowOf(record: MeetingRecord, asked: Partial<FormWindow> = {}): Shown {
  const start = (value: number | undefined, length: number): number =>
    value === undefined || !Number.isInteger(value) || value < 0
      ? 0
      : Math.min(value, Math.max(0, length - 1));
  const people = start(asked.attendance, record.attendance.length);
  const first = start(asked.topics, record.topics.length);
  const attendance: [number, number] = [
    people,
    Math.min(record.attendance.length, people + SHOWN_ATTENDANCE),
  ];
  const large = record.topics[first]?.outcomes.length ?? 0;
  if (large > SHOWN_OUTCOMES) {
    const from = start(asked.outcomes, large);
    return {
      attendance,
      topics: [first, first + 1],
      outcomes: [from, Math.min(large, from + SHOWN_OUTCOMES)],
    };
  }
  let last = first;
  let outcomes = 0;
  while (
    last < record.topics.length &&
    last - first < SHOWN_TOPICS &&
    (last === first || outcomes + record.topics[last]!.outcomes.length <= SHOWN_OUTCOMES)
  ) {
    outcomes += record.topics[last]!.outcomes.length;
    last++;
  }
  return { attendance, topics: [first, last], outcomes: null };
}

/** A window that shows the row a field names (`topics[230].outcomes[4].text`), or the one asked for. */
export function windowShowing(
  record: MeetingRecord,
  asked: Partial<FormWindow>,
  field: string | undefined,
): Partial<FormWindow> {
  const shown = windowOf(record, asked);
  const person = /(?:^|\.)attendance\[(\d+)\]/.exec(field ?? '');
  if (person !== null) {
    const index = Number(person[1]);
    const inside = index >= shown.attendance[0] && index < shown.attendance[1];
    return inside ? asked : { ...asked, attendance: index };
  }
  const topic = /(?:^|\.)topics\[(\d+)\](?:\.outcomes\[(\d+)\])?/.exec(field ?? '');
  if (topic === null) return asked;
  const [t, o] = [Number(topic[1]), topic[2] === undefined ? 0 : Number(topic[2])];
  const topicShown = t >= shown.topics[0] && t < shown.topics[1];
  const outcomeShown = shown.outcomes === null || (o >= shown.outcomes[0] && o < shown.outcomes[1]);
  return topicShown && outcomeShown ? asked : { ...asked, topics: t, outcomes: o };
}
