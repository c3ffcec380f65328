/**
 * Citable identifiers. A meeting is named by its body and date (igf-lp/2024-11-01), an outcome
 * by its meeting and its kind's number (igf-lp/2024-11-01#d1). Once given, an identifier stays:
 * re-importing or editing a record keeps the numbers of the outcomes it already had.
 */
import type { MeetingRecord, Outcome, OutcomeKind } from './record.js';
import { bodySlug, keyOf } from './text.js';

/** The identifier a meeting takes when nothing else holds it. */
export function meetingId(body: string | null, title: string | null, date: string | null): string {
  return `${bodySlug(body ?? title ?? 'meeting')}/${date ?? 'undated'}`;
}

/** The citable identifier of an outcome of a meeting. */
export function outcomeCite(meetingId: string, outcomeId: string): string {
  return `${meetingId}#${outcomeId}`;
}

/** Splits "igf-lp/2024-11-01#d1" into the meeting and the outcome. */
export function parseCite(cite: string): { meetingId: string; outcomeId: string | null } {
  const hash = cite.indexOf('#');
  return hash === -1
    ? { meetingId: cite, outcomeId: null }
    : { meetingId: cite.slice(0, hash), outcomeId: cite.slice(hash + 1) };
}

const PREFIX: Record<OutcomeKind, string> = { decision: 'd', action: 'a', note: 'n' };

/** Numbers outcomes d1, a1, n1 … in reading order. */
export function numberOutcomes(record: MeetingRecord): MeetingRecord {
  const counters: Record<OutcomeKind, number> = { decision: 0, action: 0, note: 0 };
  return mapOutcomes(record, (o) => ({ ...o, id: `${PREFIX[o.kind]}${++counters[o.kind]}` }));
}

/**
 * Gives the outcomes of a new version of a record the identifiers they had in the stored
 * version: the same kind and the same words keep their number; new outcomes take numbers
 * after the highest ever given, so an identifier is never reused for something else.
 */
export function keepOutcomeIds(stored: MeetingRecord, incoming: MeetingRecord): MeetingRecord {
  const known = new Map<string, string>();
  const highest: Record<OutcomeKind, number> = { decision: 0, action: 0, note: 0 };
  for (const topic of stored.topics) {
    for (const o of topic.outcomes) {
      known.set(`${o.kind}:${keyOf(o.text)}`, o.id);
      highest[o.kind] = Math.max(highest[o.kind], Number(o.id.slice(1)) || 0);
    }
  }
  const taken = new Set<string>();
  const matched = mapOutcomes(incoming, (o) => {
    const id = known.get(`${o.kind}:${keyOf(o.text)}`);
    if (id === undefined || taken.has(id)) return { ...o, id: '' };
    taken.add(id);
    return { ...o, id };
  });
  return mapOutcomes(matched, (o) =>
    o.id !== '' ? o : { ...o, id: `${PREFIX[o.kind]}${++highest[o.kind]}` },
  );
}

function mapOutcomes(record: MeetingRecord, fn: (o: Outcome) => Outcome): MeetingRecord {
  return { ...record, topics: record.topics.map((t) => ({ ...t, outcomes: t.outcomes.map(fn) })) };
}

/**
 * Identifiers for an edited record: an outcome that kept its identifier and its kind keeps its
 * number; a new outcome, or one whose kind changed, takes the next number of its kind, after the
 * highest the meeting has used.
 */
export function assignEditIds(stored: MeetingRecord, edited: MeetingRecord): MeetingRecord {
  const before = new Map(stored.topics.flatMap((t) => t.outcomes.map((o) => [o.id, o.kind] as const)));
  const highest: Record<OutcomeKind, number> = { decision: 0, action: 0, note: 0 };
  const kept = new Set<string>();
  for (const id of before.keys()) bump(highest, id);
  const valid = (o: Outcome): boolean =>
    before.get(o.id) === o.kind && !kept.has(o.id) && (kept.add(o.id), true);
  const marked = mapOutcomes(edited, (o) => (valid(o) ? o : { ...o, id: '' }));
  return mapOutcomes(marked, (o) =>
    o.id !== '' ? o : { ...o, id: `${PREFIX[o.kind]}${++highest[o.kind]}` },
  );
}

function bump(highest: Record<OutcomeKind, number>, id: string): void {
  const kind = (Object.keys(PREFIX) as OutcomeKind[]).find((k) => PREFIX[k] === id[0]);
  if (kind !== undefined) highest[kind] = Math.max(highest[kind], Number(id.slice(1)) || 0);
}

/** Whether a reference is the citable identifier of an outcome (igf-lp/2024-11-01#a1). */
export function isOutcomeCite(text: string | null): text is string {
  return text !== null && /^[a-z0-9-]+\/[a-z0-9-]+#[dan][0-9]+$/.test(text);
}
