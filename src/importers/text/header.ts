/**
 * The head of a summary: what comes before its first section. Web and mail leftovers are
 * skipped; the title block gives the body, the title, the date, the time, the mode and the
 * place; the narrative paragraph after it is the purpose. Front matter, key/value tables and
 * labelled lines ("Date: …") are other witnesses of the same facts.
 */
import type { Meeting, Warning } from '../../domain/record.js';
import { squash } from '../../domain/text.js';
import { readFrontMatter } from './front-matter.js';
import { findDate } from './dates.js';
import { labelOf } from './labels.js';
import { headingKind } from './sections.js';
import type { Block, TextLine } from './outline.js';
import { isHeadingText, joinWrapped } from './outline.js';
import {
  CANCELLED,
  DOC_TYPE,
  DRAFT,
  bodyOf,
  isMetaLine,
  isPlace,
  modeOf,
  partsOf,
  stripDateAndTime,
} from './title-block.js';

export interface Witness {
  /** Where the fact was read, for messages: "the title block", "the front matter". */
  from: string;
  text: string;
  line: number | null;
}

export interface Header {
  /** Index of the first block after the head. */
  next: number;
  body: string | null;
  title: string | null;
  /** Texts that may hold the date and time, most trusted first. */
  dates: Witness[];
  times: Witness[];
  /** "Called to order at …" / "Adjourned: …" when the head says so. */
  opened: Witness | null;
  closed: Witness | null;
  mode: Meeting['mode'];
  venue: string | null;
  purpose: string | null;
  publication: Meeting['publication'];
  cancelled: boolean;
  line: number | null;
  warnings: Warning[];
}

// Leftovers of web pages, PDF viewers and mail archives, each matched from the line's start.
const JUNK =
  /^(?:skip to (?:main )?content|skip navigation|download(?:\s.*)?|you are here.*|home(?:\s*[>›»/|].*)?|print(?: this page)?|share(?: this(?: page)?)?|menu|search|back to .*|jump to .*|page \d+(?: of \d+)?|\d+\s*\/\s*\d+|zoom (?:in|out)|[-+]|open (?:in|with)\b.*|toggle .*|sign in|log ?in|english|français|español|العربية|中文|русский|main navigation|breadcrumb.*|related (?:links|content)|cookies?.*|accept|pdf|docx?|\(?pdf,? [\d.]+ ?[km]b\)?|(?:\[\d+\]\s*\S[^[]*?\s*)+|\(?(?:irc log|log)[^)]*\)?|view (?:as|in) .*|previous message.*|next message.*|messages sorted by.*|\[ date \].*|(?:agenda|irc log|log|minutes)\.(?:\s+(?:agenda|irc log|log|minutes)\.?)+|[\w.-]+\.(?:pdf|docx?|odt|html?|txt|md)|(?:mon|tue|wed|thu|fri|sat|sun)\w* (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* +\d{1,2} \d\d:\d\d:\d\d(?: \w+)? \d{4}|(?:dear|hi|hello|good (?:morning|afternoon|evening))\b.{0,40}|\d+\s*%(?:\s*[-–+]\s*)*|(?:agenda|minutes|irc|irc log|log|slides|recording)\s*:\s*https?:\/\/\S+)$/i;
// …and the ones known by how they end: a running footer, an archive's byline, an obfuscated address.
const JUNK_ENDING = /\bpage \d+ of \d+$|·\s*\d+\s+messages?$|\s[\w.-]+ at [\w-]+(?:\.[\w-]+)+$/i;
const NAVIGATION =
  /^(?:(?:menu|search|home|print|share|download|contact|sitemap|site map|login|log in|sign in|accessibility|help|back|top|next|previous|feedback|subscribe|rss|reply|forward|view thread|\d+ messages?)\b\s*)+$|^(?:download|print|save|export)\b.{0,40}$/i;
const BREADCRUMB = /^[^.!?]{1,80}(?:\s[>›»]\s[^.!?]{1,80}){1,}$/;
export const CANCELLED_SENTENCE =
  /\bmeeting\b.{0,160}?\b(?:has been|was|is|will be)\s+(?:cancel+ed|called off)\b|^cancel+ed\.?$/i;
const OPENED = /\b(?:called to order|opened|began|started|commenced|convened)\b\W{0,3}(?:at\s+)?(?=\d)/i;
const CLOSED = /\b(?:adjourned|closed|ended|concluded)\b\W{0,3}(?:at\s+)?(?=\d)/i;

/** Reads the head of a meeting's outline. */
export function readHeader(
  blocks: Block[],
  frontMatter: Record<string, unknown> | null,
  frontMatterLine: number | null,
): Header {
  const header: Header = {
    next: 0,
    body: null,
    title: null,
    dates: [],
    times: [],
    opened: null,
    closed: null,
    mode: null,
    venue: null,
    purpose: null,
    publication: null,
    cancelled: false,
    line: null,
    warnings: [],
  };
  let i = skipLeftovers(blocks, header);
  const titleLines: TextLine[] = [];
  let previousWasBold = false;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'blank' || block.type === 'rule') continue;
    if (block.type === 'label' && (block.label.kind === 'meta' || block.label.kind === 'mail')) {
      readMeta(block, header);
      continue;
    }
    if (block.type === 'table' && readMetaTable(block, header)) continue;
    if (block.type === 'item' && isLeftover(block.text)) continue;
    const lines = linesOf(block);
    if (lines === null) break;
    if (lines.every((l) => isLeftover(l.text) || DRAFT.test(l.text))) {
      if (lines.some((l) => DRAFT.test(l.text))) header.publication = 'draft';
      continue;
    }
    const first = titleLines.length === 0;
    // "Decisions, Action Items & Next Steps" or "Attendance" opens the body; it is no title.
    if (lines.length === 1 && headingKind(lines[0]!.text) !== 'topic') break;
    // A mailing-list subject ("[List] Summary of …") is a witness of the date, not the title.
    if (first && lines.length <= 3 && /^\[[\w .-]{2,40}\]\s/.test(lines[0]!.text)) {
      header.dates.push({ from: 'the mail subject', text: lines[0]!.text, line: lines[0]!.n });
      if (lines.slice(1).every((l) => isLeftover(l.text))) continue;
    }
    // A cover note before the summary ("Please find below …"): the title comes after it.
    if (first && isNarrative(lines) && titleAhead(blocks, i)) continue;
    // Consecutive bold or capital lines at the top are one title block.
    const styled = block.type === 'heading' && (block.style === 'bold' || block.style === 'caps');
    const boldRun = styled && previousWasBold;
    previousWasBold = styled;
    // A title repeated in another style ("**Panel**" then "Panel") adds nothing.
    if (
      !first &&
      lines.every((l) =>
        titleLines.some((t) => squash(t.text).toLowerCase() === squash(l.text).toLowerCase()),
      )
    )
      continue;
    const kept = lines.filter((l) => !isLeftover(l.text));
    const fits = kept.length <= 6 && kept.every((l) => l.text.length <= 160) && !isNarrative(kept);
    if (!fits || (!first && !boldRun && !lines.every((l) => isMetaLine(l.text) || isLeftover(l.text)))) break;
    if (block.type === 'heading' && !first && !boldRun && !isMetaLine(block.text)) break;
    titleLines.push(...lines.filter((l) => !isLeftover(l.text)));
    if (titleLines.length >= 8) {
      i++;
      break;
    }
  }
  readTitleBlock(dedupe(titleLines), header);
  // Labelled facts and the narrative paragraphs before the first section.
  const purpose: string[] = [];
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'blank' || block.type === 'rule') continue;
    if (block.type === 'label' && block.label.kind === 'meta') {
      readMeta(block, header);
      continue;
    }
    if (block.type === 'para' && isNarrative(block.lines) && !startsAttendance(block.lines[0]!.text)) {
      const text = block.lines.reduce((acc, l) => joinWrapped(acc, l.text), '');
      if (DRAFT.test(text)) header.publication = 'draft';
      else purpose.push(text);
      header.dates.push({ from: 'the opening paragraph', text, line: block.line });
      header.times.push({ from: 'the opening paragraph', text, line: block.line });
      noteClock(text, block.line, header);
      if (header.mode === null) header.mode = modeOf(text);
      if (CANCELLED_SENTENCE.test(text)) header.cancelled = true;
      continue;
    }
    break;
  }
  header.next = i;
  header.purpose = purpose.length > 0 ? purpose.join('\n\n') : null;
  if (frontMatter) readFrontMatter(frontMatter, frontMatterLine, header);
  header.dates.sort((a, b) => trust(a) - trust(b));
  header.times.sort((a, b) => trust(a) - trust(b));
  return header;
}

// Is there a short title paragraph with a date in the next few blocks?
function titleAhead(blocks: Block[], from: number): boolean {
  let seen = 0;
  for (let k = from + 1; k < blocks.length && seen < 4; k++) {
    const lines = linesOf(blocks[k]!);
    if (blocks[k]!.type === 'blank') continue;
    seen++;
    if (
      lines !== null &&
      lines.length <= 6 &&
      !isNarrative(lines) &&
      lines.some((l) => findDate(l.text)?.date)
    )
      return true;
  }
  return false;
}

function linesOf(block: Block): TextLine[] | null {
  if (block.type === 'para') return block.lines;
  if (block.type === 'heading') return [{ n: block.line, text: block.text, source: block.text }];
  return null;
}

const TRUST = [
  'the title block',
  'line',
  'the meeting title',
  'the front matter',
  'the mail subject',
  'the mail header',
  'the opening paragraph',
];

// The title block is what readers see; labelled lines and metadata come next; prose last.
function trust(witness: Witness): number {
  const rank = TRUST.findIndex((from) => witness.from.startsWith(from));
  return rank === -1 ? TRUST.length : rank;
}

function skipLeftovers(blocks: Block[], header: Header): number {
  let i = 0;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'blank' || block.type === 'rule') continue;
    if (block.type === 'label' && block.label.kind === 'mail') {
      readMeta(block, header);
      continue;
    }
    if (block.type === 'para' && block.lines.every((l) => isLeftover(l.text))) continue;
    if (block.type === 'item' && (isLeftover(block.text) || DRAFT.test(block.text))) {
      if (DRAFT.test(block.text)) header.publication = 'draft';
      continue;
    }
    if (block.type === 'heading' && isLeftover(block.text)) continue;
    if (block.type === 'para' && isLeftover(block.lines[0]!.text)) {
      // A paragraph that starts with leftovers and goes on with the title: drop the leftovers.
      const rest = block.lines.findIndex((l) => !isLeftover(l.text));
      blocks[i] = { ...block, line: block.lines[rest]!.n, lines: block.lines.slice(rest) };
    }
    break;
  }
  return i;
}

/** Text left over from the web page, PDF viewer or mail archive the summary was copied from. */
export function isLeftover(text: string): boolean {
  const t = text.trim();
  if (t.length > 200) return false;
  if (JUNK.test(t) || JUNK_ENDING.test(t) || BREADCRUMB.test(t)) return true;
  // "Menu Search", "Download as PDF (212 KB) | Print this page": navigation, one piece at a time.
  const pieces = t.split(/\s*[|·•]\s*/).filter(Boolean);
  return pieces.length > 1 ? pieces.every((p) => JUNK.test(p) || NAVIGATION.test(p)) : NAVIGATION.test(t);
}

/** A paragraph of sentences, as opposed to a block of short title or name lines. */
export function isNarrative(lines: TextLine[]): boolean {
  const text = lines.map((l) => l.text).join(' ');
  if (lines.length === 1 && isHeadingText(text)) return false;
  return (
    /[.!?;:)”"]$/.test(text.trim()) ||
    text.length > 160 ||
    (lines.length > 1 && lines.some((l) => l.text.length > 70))
  );
}

function startsAttendance(text: string): boolean {
  return (
    /^(?:the following|present|also present|in attendance|attending|apologies|regrets)\b/i.test(text) ||
    headingKind(text) === 'attendance'
  );
}

function dedupe(lines: TextLine[]): TextLine[] {
  return lines.filter(
    (line, k) =>
      lines.findIndex((other) => squash(other.text).toLowerCase() === squash(line.text).toLowerCase()) === k,
  );
}

function readTitleBlock(lines: TextLine[], header: Header): void {
  if (lines.length === 0) return;
  header.line = lines[0]!.n;
  const titleParts: string[] = [];
  for (const line of lines) {
    if (DRAFT.test(line.text)) {
      header.publication = 'draft';
      continue;
    }
    if (CANCELLED.test(line.text)) header.cancelled = true;
    header.dates.push({ from: 'the title block', text: line.text, line: line.n });
    header.times.push({ from: 'the title block', text: line.text, line: line.n });
    noteClock(line.text, line.n, header);
    for (const part of partsOf(line.text, line.n)) {
      const mode = modeOf(part.text);
      if (mode !== null && header.mode === null) header.mode = mode;
      let words = stripDateAndTime(part.text).replace(
        /^(?:called to order|adjourned|dates?|times?)\s*:?\s*/i,
        '',
      );
      // "… held on [date] at [time] in the Council Chamber": the place, and the title without it.
      words = words.replace(/\s+(?:held\s+)?(?:on|at)(?:\s+(?:on|at))*(?=\s+in\b|\s*$)/gi, '');
      const where = /^(.{3,}?)\s+in\s+(?:the\s+)?(.+)$/i.exec(words);
      if (where && isPlace(where[2]!) && header.venue === null) {
        header.venue = where[2]!;
        words = where[1]!;
      }
      if (words === '' || /^(?:meeting|session)?\s*(?:no\.?|number|#)?\s*[\d/.-]+$/i.test(words)) continue;
      const body = header.body === null ? bodyOf(words) : null;
      if (body !== null) {
        header.body = body;
        if (body !== words) titleParts.push(words);
      } else if (header.venue === null && isPlace(words)) {
        header.venue = words.replace(/^(?:venue|location)\s*:\s*/i, '');
      } else if (mode === null || DOC_TYPE.test(words) || /\b(?:meeting|session|call)\b/i.test(words)) {
        titleParts.push(words);
      }
    }
  }
  header.title = titleParts.length > 0 ? [...new Set(titleParts)].join(' — ') : null;
}

/** Notes "called to order at 3:02 pm" and "adjourned at 4:15 pm" as witnesses of start and end. */
export function noteClock(
  text: string,
  line: number,
  into: { opened: Witness | null; closed: Witness | null },
): void {
  const opened = OPENED.exec(text);
  if (opened && into.opened === null)
    into.opened = { from: `line ${line}`, text: text.slice(opened.index + opened[0].length), line };
  const closed = CLOSED.exec(text);
  if (closed && into.closed === null)
    into.closed = { from: `line ${line}`, text: text.slice(closed.index + closed[0].length), line };
}

function readMeta(block: Extract<Block, { type: 'label' }>, header: Header): void {
  const value = block.value;
  const label = block.label;
  if (label.kind === 'mail') {
    if (label.field === 'subject')
      header.dates.push({ from: 'the mail subject', text: value, line: block.line });
    if (label.field === 'sent') header.dates.push({ from: 'the mail header', text: value, line: block.line });
    return;
  }
  if (label.kind !== 'meta') return;
  switch (label.field) {
    case 'date':
      header.dates.push({ from: `line ${block.line}`, text: value, line: block.line });
      header.times.push({ from: `line ${block.line}`, text: value, line: block.line });
      break;
    case 'time':
      header.times.push({ from: `line ${block.line}`, text: value, line: block.line });
      break;
    case 'venue': {
      // "Wexcombe Manor — in person": the place, and the mode said beside it.
      const place = partsOf(value, block.line).filter((p) => modeOf(p.text) === null || isPlace(p.text));
      header.venue = header.venue ?? (place.map((p) => p.text).join(', ') || null);
      if (header.mode === null) header.mode = modeOf(value);
      break;
    }
    case 'status':
      if (/draft|unapproved|not approved/i.test(value)) header.publication = 'draft';
      if (CANCELLED.test(value)) header.cancelled = true;
      break;
    case 'title':
      header.title = header.title ?? (value || null);
      header.dates.push({ from: 'the meeting title', text: value, line: block.line });
      break;
    case 'body':
      header.body = header.body ?? (value || null);
      break;
    case 'mode':
      header.mode = header.mode ?? modeOf(value);
      break;
  }
}

// A two-column table of labels and values ("| Date | 10 December 2024 |") before the first section.
function readMetaTable(block: Extract<Block, { type: 'table' }>, header: Header): boolean {
  const rows = [{ n: block.line, cells: block.header }, ...block.rows].filter((r) =>
    r.cells.some((c) => c !== ''),
  );
  const labelled = rows.map((r) => ({
    row: r,
    label: labelOf(`${r.cells[0] ?? ''}: ${r.cells.slice(1).join(' ')}`),
  }));
  if (labelled.filter((x) => x.label?.label.kind === 'meta').length < Math.max(1, rows.length / 2))
    return false;
  for (const { row, label } of labelled) {
    if (label?.label.kind === 'meta')
      readMeta({ type: 'label', line: row.n, label: label.label, value: label.value, source: '' }, header);
  }
  return true;
}
