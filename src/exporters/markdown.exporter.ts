/**
 * A meeting record as the summary people already read: the title block in bold, the purpose,
 * the topics with their outcomes, and the attendance annex in its groups. Reading the result
 * back gives the same record: where the words alone would not say what the record says (an
 * outcome recorded as a decision whose text has no decision verb, an owner not in the text),
 * the exporter writes it out explicitly.
 */
import type { Attendance, MeetingRecord, Outcome, OutcomeKind } from '../domain/record.js';

/** What the importer would read from an outcome's text, so the exporter can add what it would miss. */
export type OutcomeReader = (
  text: string,
  topic: string,
) => Pick<Outcome, 'kind' | 'owner' | 'due' | 'status' | 'ref'>;

export interface MarkdownOptions {
  readOutcome?: OutcomeReader;
}

const LABELS: Record<OutcomeKind, string> = { decision: 'Decision', action: 'Action', note: 'Note' };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Renders a record as Markdown in the published layout. */
export function renderMarkdown(record: MeetingRecord, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const m = record.meeting;
  const when = [m.dateText ?? formatDate(m.date), m.timeText ?? formatTimes(m.start, m.end)]
    .filter(Boolean)
    .join(' | ');
  const titleBlock = [m.body, m.title, when].filter((line): line is string => Boolean(line));
  if (titleBlock.length > 0) out.push(`**${titleBlock.join('\n')}**`, '');
  const meta = [
    m.venue === null ? null : `Venue: ${m.venue}`,
    m.publication === null || m.publication === 'published' ? null : `Status: ${capitalize(m.publication)}`,
    m.status === 'cancelled' ? 'Status: Cancelled' : null,
  ].filter((line): line is string => line !== null);
  if (meta.length > 0) out.push(...meta, '');
  if (m.purpose !== null) out.push(escapeLine(m.purpose), '');
  if (record.topics.length > 0) {
    out.push('Decisions, Action Items & Next Steps', '');
    for (const topic of record.topics) {
      out.push(`- **${escapeLine(topic.title)}:**`);
      for (const outcome of topic.outcomes)
        out.push(` - ${outcomeLine(outcome, topic.title, options.readOutcome)}`);
    }
    out.push('');
  }
  if (record.attendance.length > 0) {
    out.push('Annex – Attendance', '');
    for (const [group, entries] of groups(record.attendance)) {
      if (group !== null) out.push(escapeLine(group), '');
      for (const entry of entries) out.push(entryLine(entry));
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function outcomeLine(outcome: Outcome, topic: string, read: OutcomeReader | undefined): string {
  const seen = read?.(outcome.text, topic);
  const labelled = seen === undefined ? false : seen.kind !== outcome.kind || seen.ref !== outcome.ref;
  const label =
    labelled || (outcome.ref !== null && seen === undefined)
      ? `${LABELS[outcome.kind]}${outcome.ref === null ? '' : ` (${outcome.ref})`}: `
      : '';
  const fields: string[] = [];
  if (outcome.kind === 'action') {
    const again = read?.(`${label}${outcome.text}`, topic);
    if (outcome.owner !== null && again?.owner !== outcome.owner) fields.push(`owner: ${outcome.owner}`);
    if (outcome.due !== null && again?.due !== outcome.due) fields.push(`due: ${outcome.due}`);
    if (outcome.status !== null && (again?.status ?? 'open') !== outcome.status)
      fields.push(`status: ${outcome.status}`);
  }
  return `${label}${escapeLine(outcome.text)}${fields.length > 0 ? ` [${fields.join('; ')}]` : ''}`;
}

function groups(entries: Attendance[]): Array<[string | null, Attendance[]]> {
  const byGroup = new Map<string | null, Attendance[]>();
  for (const entry of entries) {
    const list = byGroup.get(entry.group) ?? [];
    list.push(entry);
    byGroup.set(entry.group, list);
  }
  return [...byGroup.entries()];
}

function entryLine(entry: Attendance): string {
  const notes: string[] = [];
  const implied = impliedStatus(entry.group);
  if (entry.status !== implied) notes.push(entry.status === 'regrets' ? 'apologies' : entry.status);
  if (
    entry.kind === 'office' &&
    !/^(?:the\s+)?(?:office|cabinet|permanent mission|mission|delegation|embassy|ministry|bureau)\b/i.test(
      entry.name,
    )
  )
    notes.push('office');
  if (entry.onBehalfOf !== null && !entry.name.includes(entry.onBehalfOf))
    notes.push(`on behalf of ${entry.onBehalfOf}`);
  if (entry.remote === true) notes.push('remotely');
  if (entry.remote === false) notes.push('in person');
  if (entry.note !== null) notes.push(entry.note);
  const name = `${entry.honorific === null ? '' : `${entry.honorific} `}${entry.name}`;
  const role = entry.role === null ? '' : `, ${entry.role}`;
  return `${escapeLine(name)}${role}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

function impliedStatus(group: string | null): Attendance['status'] {
  if (group !== null && /\b(regrets|apolog\w*|excused)\b/i.test(group)) return 'regrets';
  if (group !== null && /\b(absent|not present)\b/i.test(group)) return 'absent';
  return 'present';
}

// Markdown would read a line starting with these as a list, heading or quote.
function escapeLine(text: string): string {
  return text.replace(/^(\d+)([.)])(?=\s)/, '$1\\$2').replace(/^([#>+]|[-*•](?=\s))/, '\\$1');
}

function formatDate(date: string | null): string | null {
  if (date === null) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function formatTimes(start: string | null, end: string | null): string | null {
  if (start === null) return null;
  const time = (iso: string): string => iso.slice(11, 16);
  return end === null ? `${time(start)} UTC` : `${time(start)}-${time(end)} UTC`;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
