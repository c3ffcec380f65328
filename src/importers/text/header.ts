/**
 * The head of a summary: what comes before its first section. Web and mail leftovers are
 * skipped; the title block gives the body, the title, the date, the time and the mode; the
 * narrative paragraph after it is the purpose. Front matter and labelled lines ("Date:") are
 * other witnesses of the same facts, and when witnesses disagree the reviewer is told.
 */
import type { Meeting, Warning } from '../../domain/record.js';
import { squash } from '../../domain/text.js';
import type { Block, TextLine } from './outline.js';
import { isHeadingText, joinWrapped } from './outline.js';

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
  mode: Meeting['mode'];
  venue: string | null;
  purpose: string | null;
  publication: Meeting['publication'];
  cancelled: boolean;
  line: number | null;
  warnings: Warning[];
}

const JUNK =
  /^(skip to (?:main )?content|skip navigation|download(?:\s.*)?|you are here.*|home(?:\s*[>›»/|].*)?|print(?: this page)?|share(?: this(?: page)?)?|menu|search|back to .*|jump to .*|page \d+(?: of \d+)?|\d+\s*\/\s*\d+|\d+\s*%|zoom (?:in|out)|open (?:in|with) .*|toggle .*|sign in|log ?in|english|français|español|العربية|中文|русский|main navigation|breadcrumb.*|related (?:links|content)|cookies?.*|accept|pdf|docx?|\(?pdf,? [\d.]+ ?[km]b\)?)$/i;
const BREADCRUMB = /^[^.!?]{1,80}(?:\s[>›»]\s[^.!?]{1,80}){1,}$/;
const MODE_WORDS: Array<[RegExp, NonNullable<Meeting['mode']>]> = [
  [/\bhybrid\b/i, 'hybrid'],
  [
    /\b(?:virtual(?:ly)?|online|remote(?:ly)?|tele-?conference|video-?conference|video call|conference call|web-?conference|via (?:zoom|webex|teams|video)|zoom (?:call|meeting)|by (?:video|phone))\b/i,
    'virtual',
  ],
  [/\b(?:in[- ]person|face[- ]to[- ]face|on[- ]site)\b/i, 'in-person'],
];
const DOC_TYPE =
  /^(?:(?:draft|final|approved|unapproved|official)\s+)?(?:summary(?: report| record)?|meeting summary|summary of (?:the )?(?:meeting|discussions?|decisions)|minutes|meeting minutes|record of (?:decisions|proceedings)|report|meeting report|notes|meeting notes|chair['’]s summary)$/i;
const DRAFT =
  /^(?:status\s*:\s*)?\**\s*(?:draft|unapproved|not (?:yet )?approved|draft\s*[-–—:]\s*.*|for review)\s*\**$/i;
const CANCELLED = /\b(?:cancel+ed|called off)\b/i;
const MEETING_MODIFIERS =
  '(?:regular|special|annual|extraordinary|monthly|quarterly|weekly|virtual|online|hybrid|in-person|ordinary|plenary|open|closed|public|general|board|joint|inaugural|\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
const MEETING_ONLY = new RegExp(
  `^(?:${MEETING_MODIFIERS}\\s+)*(?:meeting|call|session|teleconference|telecon|plenary|retreat|summit|workshop|conference)\\b`,
  'i',
);
const MEETING_WORDS =
  /\s+(?:(?:regular|special|annual|extraordinary|monthly|quarterly|weekly|virtual|online|hybrid|in-person|ordinary|plenary|open|closed|public|general|board|joint|inaugural|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)*(?:meeting|call|session|teleconference|telecon|plenary|retreat|summit|workshop|conference)\b.*$/i;
const PLACE =
  /\b(?:room|hall|palais|centre|center|hotel|building|headquarters|hq|campus|chamber|chambers|auditorium|office)\b|,\s*\p{Lu}\p{L}+$/iu;

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
  // The title block: leading headings and the first short paragraph.
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'blank' || block.type === 'rule') {
      if (titleLines.length > 0 && blocks[i + 1]?.type !== 'heading') break;
      continue;
    }
    if (
      block.type === 'heading' &&
      (titleLines.length === 0 || block.style === 'bold' || block.style === 'atx') &&
      titleLines.length < 6
    ) {
      if (titleLines.length > 0 && !isTitleLine(block.text)) break;
      titleLines.push({ n: block.line, text: block.text, source: block.text });
      continue;
    }
    if (
      block.type === 'para' &&
      titleLines.length < 6 &&
      block.lines.every((l) => l.text.length <= 140) &&
      block.lines.length <= 6 &&
      !isNarrative(block.lines)
    ) {
      titleLines.push(...block.lines);
      i++;
      break;
    }
    if (block.type === 'label' && block.label.kind === 'meta') {
      readMeta(block, header);
      continue;
    }
    break;
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
      if (header.mode === null) header.mode = modeOf(text);
      if (/^(?:this|the) meeting (?:was|has been|is) (?:cancel+ed|called off|postponed)/i.test(text))
        header.cancelled = true;
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

const TRUST = [
  'the title block',
  'line',
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
      if (block.label.field === 'subject')
        header.dates.push({ from: 'the mail subject', text: block.value, line: block.line });
      if (block.label.field === 'sent')
        header.dates.push({ from: 'the mail header', text: block.value, line: block.line });
      continue;
    }
    if (block.type === 'para' && block.lines.every((l) => isLeftover(l.text))) continue;
    if (block.type === 'item' && isLeftover(block.text)) continue;
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

function isLeftover(text: string): boolean {
  return JUNK.test(text.trim()) || BREADCRUMB.test(text.trim());
}

function isTitleLine(text: string): boolean {
  return text.length <= 140 && !/[.;]$/.test(text);
}

/** A paragraph of sentences, as opposed to a block of short title or name lines. */
export function isNarrative(lines: TextLine[]): boolean {
  const text = lines.map((l) => l.text).join(' ');
  if (lines.length === 1 && isHeadingText(text)) return false;
  return (
    /[.!?;:)”"]$/.test(text.trim()) ||
    text.length > 140 ||
    (lines.length > 1 && lines.some((l) => l.text.length > 70))
  );
}

function startsAttendance(text: string): boolean {
  return /^(?:the following|present|also present|in attendance|attending|apologies|regrets)\b/i.test(text);
}

function dedupe(lines: TextLine[]): TextLine[] {
  return lines.filter(
    (line, k) => k === 0 || squash(line.text).toLowerCase() !== squash(lines[k - 1]!.text).toLowerCase(),
  );
}

function readTitleBlock(lines: TextLine[], header: Header): void {
  if (lines.length === 0) return;
  header.line = lines[0]!.n;
  const titleParts: string[] = [];
  for (const { text, n } of lines) {
    if (DRAFT.test(text)) {
      header.publication = 'draft';
      continue;
    }
    if (CANCELLED.test(text)) header.cancelled = true;
    header.dates.push({ from: 'the title block', text, line: n });
    header.times.push({ from: 'the title block', text, line: n });
    const mode = modeOf(text);
    if (mode !== null && header.mode === null) header.mode = mode;
    const words = stripDateAndTime(text);
    if (words === '') continue;
    const body = header.body === null ? bodyOf(words) : null;
    if (body !== null) {
      header.body = body;
      if (body !== words) titleParts.push(words);
    } else if (
      header.venue === null &&
      header.body !== null &&
      mode === null &&
      !DOC_TYPE.test(words) &&
      PLACE.test(words)
    ) {
      header.venue = words;
    } else {
      titleParts.push(words);
    }
  }
  header.title = titleParts.length > 0 ? titleParts.join(' — ') : null;
}

/** The text of a title line without its date and time. */
function stripDateAndTime(text: string): string {
  return squash(
    text
      .replace(
        /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}\b/gi,
        ' ',
      )
      .replace(/\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, ' ')
      .replace(
        /\b\d{1,2}(?::|\.)\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–]\s*\d{1,2}(?::|\.)\d{2}\s*(?:[ap]\.?m\.?)?)?\s*(?:\(?\s*(?:UTC|GMT|[A-Z]{2,4})(?:\s*[+-]\s*\d{1,2})?\s*\)?)?/g,
        ' ',
      )
      .replace(/^[\s|,–—:-]+|[\s|,–—:-]+$/g, '')
      .replace(/\s*\|\s*$/, ''),
  );
}

/** The body a title line names, if it names one. */
export function bodyOf(line: string): string | null {
  let text = line.replace(/^\s*(?:draft\s+)?/i, '');
  if (MEETING_ONLY.test(text)) return null;
  const ofPattern =
    /^(?:(?:draft|final|approved)\s+)?(?:summary(?: report| record)?|minutes|record|report|notes|highlights|summary of (?:the )?(?:discussions?|decisions))\s+(?:of|from|for)\s+(?:the\s+)?(.+)$/i.exec(
      text,
    );
  if (ofPattern) text = ofPattern[1]!;
  else {
    const dash =
      /^(.+?)\s*[-–—:|]\s*(?:(?:draft|final)\s+)?(?:summary|minutes|record|report|notes|meeting|highlights)\b/i.exec(
        text,
      );
    if (dash) text = dash[1]!;
  }
  const withoutMeeting = text.replace(MEETING_WORDS, '').trim();
  if (withoutMeeting !== text) text = withoutMeeting;
  else if (ofPattern === null && (DOC_TYPE.test(text) || modeOf(text) !== null)) return null;
  text = text
    .replace(/^the\s+/i, '')
    .replace(/[\s,:;–—-]+$/, '')
    .trim();
  if (text === '' || DOC_TYPE.test(text) || text.split(/\s+/).length > 12) return null;
  if (!/^[\p{Lu}\p{N}‘'“"]/u.test(text)) return null;
  return text;
}

function modeOf(text: string): Meeting['mode'] {
  for (const [pattern, mode] of MODE_WORDS) if (pattern.test(text)) return mode;
  return null;
}

function readMeta(block: Extract<Block, { type: 'label' }>, header: Header): void {
  if (block.label.kind !== 'meta') return;
  const value = block.value;
  switch (block.label.field) {
    case 'date':
      header.dates.push({ from: `line ${block.line}`, text: value, line: block.line });
      header.times.push({ from: `line ${block.line}`, text: value, line: block.line });
      break;
    case 'time':
      header.times.push({ from: `line ${block.line}`, text: value, line: block.line });
      break;
    case 'venue':
      header.venue = header.venue ?? (value || null);
      if (header.mode === null) header.mode = modeOf(value);
      break;
    case 'status':
      if (/draft|unapproved|not approved/i.test(value)) header.publication = 'draft';
      if (CANCELLED.test(value)) header.cancelled = true;
      break;
    case 'title':
      header.title = header.title ?? (value || null);
      break;
    case 'body':
      header.body = header.body ?? (value || null);
      break;
    case 'mode':
      header.mode = header.mode ?? modeOf(value);
      break;
  }
}

function readFrontMatter(data: Record<string, unknown>, line: number | null, header: Header): void {
  const get = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = data[key];
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
    return null;
  };
  const title = get('title');
  const body = get('body', 'committee', 'group', 'organization', 'organisation');
  const date = get('date', 'meeting_date', 'meetingDate');
  const time = get('time', 'start');
  const status = get('status');
  const witness = (text: string): Witness => ({ from: 'the front matter', text, line });
  if (date !== null) header.dates.push(witness(date));
  if (time !== null) header.times.push(witness(date === null ? time : `${date} ${time}`));
  if (title !== null) {
    header.dates.push(witness(title));
    if (header.title === null) header.title = stripDateAndTime(title) || null;
    if (header.body === null) header.body = bodyOf(stripDateAndTime(title));
  }
  if (body !== null) {
    if (header.body === null) header.body = body;
    else if (squash(body).toLowerCase() !== squash(header.body).toLowerCase()) {
      header.warnings.push({
        code: 'conflicting-metadata',
        line,
        message: `the front matter names the body "${body}" but the title block names "${header.body}"; the title block was kept`,
      });
    }
  }
  if (status !== null && /draft/i.test(status)) header.publication = 'draft';
  const mode = get('mode', 'format');
  if (mode !== null && header.mode === null) header.mode = modeOf(mode);
  const venue = get('venue', 'location');
  if (venue !== null && header.venue === null) header.venue = venue;
}
