/**
 * A meeting record as the summary people already read: the title block in bold, the purpose,
 * the topics with their outcomes, and the attendance annex in its groups. Reading the result
 * back gives the same record: where the words alone would not say what the record says (an
 * outcome recorded as a decision whose text has no decision verb, an owner not in the text),
 * the exporter writes it out explicitly.
 */
import { isOutcomeCite } from '../domain/ids.js';
import type { Attendance, Meeting, MeetingRecord, Outcome, OutcomeKind } from '../domain/record.js';
import { documentKey } from '../domain/text.js';

/** What the importer would read from an outcome's text, so the exporter can add what it would miss. */
export type OutcomeReader = (
  text: string,
  topic: string,
) => Pick<Outcome, 'kind' | 'owner' | 'due' | 'status' | 'ref'>;

export interface MarkdownOptions {
  readOutcome?: OutcomeReader;
  /** What the importer reads from a rendered text's head, to check that it says what the record says. */
  readMeeting?: (markdown: string) => Meeting;
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

const TOPICS_SECTION = 'Decisions, Action Items & Next Steps';
const UNTITLED_SECTION = 'Outcomes';

/** Renders a record as Markdown in the published layout. */
export function renderMarkdown(record: MeetingRecord, options: MarkdownOptions = {}): string {
  const published = render(record, options, titleBlock(record.meeting));
  const read = options.readMeeting?.(published);
  if (read === undefined || sameMeeting(read, record.meeting)) return published;
  // The published title block would be read differently: say each fact with its label.
  return render(record, options, labelledHeader(record.meeting));
}

function render(record: MeetingRecord, options: MarkdownOptions, header: string[]): string {
  const out: string[] = [...header];
  const m = record.meeting;
  if (m.purpose !== null) out.push(...m.purpose.split(/\n{2,}/).flatMap((p) => [escapeLine(p), '']));
  // Titled topics are bold items over their outcomes, as the example lists them. Outcomes under
  // no item stand as items of their own under a section that names none, which reads back so.
  let section: string | null = null;
  for (const topic of record.topics) {
    const heading = topic.title === null ? UNTITLED_SECTION : TOPICS_SECTION;
    if (heading !== section) {
      if (section !== null) out.push('');
      out.push(heading, '');
      section = heading;
    }
    if (topic.title === null) {
      for (const outcome of topic.outcomes)
        out.push(`- ${outcomeLine(outcome, UNTITLED_SECTION, options.readOutcome)}`);
      continue;
    }
    out.push(`- **${escapeLine(topic.title)}:**`);
    for (const outcome of topic.outcomes)
      out.push(` - ${outcomeLine(outcome, topic.title, options.readOutcome)}`);
  }
  if (section !== null) out.push('');
  // The documents no outcome names (a link, an agenda's papers) would be lost with the text
  // they stood in: they are listed under their own heading.
  const named = new Set(
    record.topics.flatMap((t) => t.outcomes.flatMap((o) => o.documents.map(documentKey))),
  );
  const listed = record.documents.filter((d) => !named.has(documentKey(d.title)));
  if (listed.length > 0) {
    out.push('Documents', '');
    for (const document of listed) out.push(`- ${escapeLine(document.title)}`);
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

// The layout of the example: body, title and date in one bold block, then labelled extras.
function titleBlock(m: Meeting): string[] {
  const out: string[] = [];
  const block = [m.body, m.title, whenOf(m)].filter((line): line is string => Boolean(line));
  if (block.length > 0) out.push(`**${block.join('\n')}**`, '');
  const meta = [m.venue === null ? null : `Venue: ${m.venue}`, ...statusLines(m)].filter(
    (line): line is string => line !== null,
  );
  if (meta.length > 0) out.push(...meta, '');
  return out;
}

function labelledHeader(m: Meeting): string[] {
  const lines = [
    m.body === null ? null : `Body: ${m.body}`,
    m.title === null ? null : `Meeting: ${m.title}`,
    m.dateText !== null || m.date !== null ? `Date: ${m.dateText ?? formatDate(m.date)}` : null,
    m.timeText !== null || m.start !== null ? `Time: ${m.timeText ?? formatTimes(m.start, m.end)}` : null,
    m.venue === null ? null : `Venue: ${m.venue}`,
    m.mode === null ? null : `Format: ${m.mode}`,
    ...statusLines(m),
  ].filter((line): line is string => line !== null);
  return lines.length > 0 ? [...lines, ''] : [];
}

function statusLines(m: Meeting): Array<string | null> {
  return [
    m.publication === null || m.publication === 'published' ? null : `Status: ${capitalize(m.publication)}`,
    m.status === 'cancelled' ? 'Status: Cancelled' : null,
  ];
}

function whenOf(m: Meeting): string {
  return [m.dateText ?? formatDate(m.date), m.timeText ?? formatTimes(m.start, m.end)]
    .filter(Boolean)
    .join(' | ');
}

const MEETING_FACTS = [
  'body',
  'title',
  'mode',
  'date',
  'endDate',
  'start',
  'end',
  'dateText',
  'timeText',
  'venue',
  'purpose',
  'status',
  'publication',
] as const;

function sameMeeting(a: Meeting, b: Meeting): boolean {
  return MEETING_FACTS.every((key) => a[key] === b[key]);
}

function outcomeLine(outcome: Outcome, topic: string, read: OutcomeReader | undefined): string {
  const seen = read?.(outcome.text, topic);
  // The number the source gave an item stands in its label ("Decision (D-2024-07): …"), as
  // minutes write it; the earlier outcome an item continues is said in its tail.
  const continues = isOutcomeCite(outcome.ref) ? outcome.ref : null;
  const number = continues === null ? outcome.ref : null;
  const labelled = seen === undefined ? false : seen.kind !== outcome.kind || seen.ref !== number;
  const label =
    labelled || (number !== null && seen === undefined)
      ? `${LABELS[outcome.kind]}${number === null ? '' : ` (${number})`}: `
      : '';
  const fields: string[] = continues === null ? [] : [`continues: ${continues}`];
  if (outcome.kind === 'action') {
    const again = read?.(`${label}${outcome.text}`, topic);
    if (outcome.owner !== null && again?.owner !== outcome.owner) fields.push(`owner: ${outcome.owner}`);
    if (outcome.due !== null && again?.due !== outcome.due) fields.push(`due: ${outcome.due}`);
    if (outcome.status !== null && (again?.status ?? 'open') !== outcome.status)
      fields.push(`status: ${outcome.status}`);
  }
  return `${label}${escapeLine(outcome.text)}${fields.length > 0 ? ` [${fields.join('; ')}]` : ''}`;
}

// Runs of entries under one group heading, in reading order: a group met again is written again.
function groups(entries: Attendance[]): Array<[string | null, Attendance[]]> {
  const runs: Array<[string | null, Attendance[]]> = [];
  for (const entry of entries) {
    const last = runs.at(-1);
    if (last !== undefined && last[0] === entry.group) last[1].push(entry);
    else runs.push([entry.group, [entry]]);
  }
  return runs;
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
