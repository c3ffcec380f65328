/**
 * Facts files: what a careful reader agrees a fixture says (see test/fixtures/variants/README.md),
 * compared with what the importer read. Returns every difference, so one run shows them all.
 */
import type { MeetingRecord } from '../../src/domain/record.js';

export interface OutcomeFacts {
  kind?: string;
  textIncludes?: string;
  owner?: string | null;
  due?: string | null;
  status?: string | null;
  ref?: string | null;
  documents?: string[];
}

export interface MeetingFacts {
  meeting?: Record<string, unknown>;
  topics?: string[];
  outcomes?: OutcomeFacts[];
  attendance?: Array<Record<string, unknown>>;
  documents?: string[];
  warnings?: Array<{ code: string; line?: number }>;
}

export type FactsFile = MeetingFacts | { meetings: MeetingFacts[] };

/** Differences between the facts and the records read from the same file. */
export function differences(records: MeetingRecord[], facts: FactsFile): string[] {
  const expected = 'meetings' in facts ? facts.meetings : [facts];
  const found: string[] = [];
  if (records.length !== expected.length)
    found.push(`meetings: expected ${expected.length}, read ${records.length}`);
  expected.forEach((want, i) => {
    const record = records[i];
    if (record !== undefined)
      found.push(...compare(record, want).map((d) => (expected.length > 1 ? `meeting ${i + 1}: ${d}` : d)));
  });
  return found;
}

function compare(record: MeetingRecord, want: MeetingFacts): string[] {
  const out: string[] = [];
  const show = (v: unknown): string => JSON.stringify(v);
  for (const [key, value] of Object.entries(want.meeting ?? {})) {
    const actual = (record.meeting as Record<string, unknown>)[key];
    if (show(actual) !== show(value))
      out.push(`meeting.${key}: expected ${show(value)}, read ${show(actual)}`);
  }
  if (want.topics !== undefined) {
    const titles = record.topics.map((t) => t.title);
    if (show(titles) !== show(want.topics))
      out.push(`topics: expected ${show(want.topics)}, read ${show(titles)}`);
  }
  if (want.outcomes !== undefined) {
    const outcomes = record.topics.flatMap((t) => t.outcomes);
    if (outcomes.length !== want.outcomes.length) {
      out.push(
        `outcomes: expected ${want.outcomes.length}, read ${outcomes.length}: ${show(outcomes.map((o) => `${o.kind}: ${o.text.slice(0, 50)}`))}`,
      );
    }
    want.outcomes.forEach((w, k) => {
      const o = outcomes[k];
      if (o === undefined) return;
      const at = `outcome ${k + 1} ("${o.text.slice(0, 40)}")`;
      if (w.textIncludes !== undefined && !o.text.includes(w.textIncludes))
        out.push(`${at}: text lacks ${show(w.textIncludes)}: ${show(o.text)}`);
      for (const key of ['kind', 'owner', 'due', 'status', 'ref', 'documents'] as const) {
        if (w[key] !== undefined && show(o[key]) !== show(w[key]))
          out.push(`${at}.${key}: expected ${show(w[key])}, read ${show(o[key])}`);
      }
    });
  }
  if (want.attendance !== undefined) {
    if (record.attendance.length !== want.attendance.length) {
      out.push(
        `attendance: expected ${want.attendance.length}, read ${record.attendance.length}: ${show(record.attendance.map((a) => a.name))}`,
      );
    }
    want.attendance.forEach((w, k) => {
      const a = record.attendance[k] as Record<string, unknown> | undefined;
      if (a === undefined) return;
      for (const [key, value] of Object.entries(w)) {
        if (show(a[key]) !== show(value))
          out.push(
            `attendance ${k + 1} (${String(a.name)}).${key}: expected ${show(value)}, read ${show(a[key])}`,
          );
      }
    });
  }
  for (const title of want.documents ?? []) {
    if (!record.documents.some((d) => d.title === title))
      out.push(`documents: missing ${show(title)} in ${show(record.documents.map((d) => d.title))}`);
  }
  for (const w of want.warnings ?? []) {
    if (!record.warnings.some((x) => x.code === w.code && (w.line === undefined || x.line === w.line))) {
      out.push(`warnings: missing ${show(w)} in ${show(record.warnings.map((x) => `${x.code}@${x.line}`))}`);
    }
  }
  return out;
}
