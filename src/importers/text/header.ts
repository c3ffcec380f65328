/**
 * The head of a summary: what comes before its first section. Web and mail leftovers are
 * skipped; the title block gives the body, the title, the date, the time, the mode and the
 * place; the narrative paragraph after it is the purpose. Front matter, key/value tables and
 * labelled lines ("Date: …") are other witnesses of the same facts.
 */
import { squash } from '../../domain/text.js';
import { readFrontMatter } from './front-matter.js';
import { findDate } from './dates.js';
import { isScribeLog } from './scribe.js';
import { readAttendanceSentence, sentencesOf } from './attendance-sentences.js';
import { headingKind, runInTitle, saysOnlyWhen } from './sections.js';
import { isLeftover } from './leftovers.js';
import { labelOf } from './labels.js';
import { saysCancelled, noteClock, readMeta, readMetaTable } from './meta.js';
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
import { HELD, POST_DATE, trust, type Header } from './witnesses.js';

// "Agenda" alone heads the agenda; "GitHub Agenda" links to where it is kept.
const MEETING_RESOURCE =
  /^(?:(?:github|zoom|youtube|google|hackmd)\s+(?:agenda|notes|issue)|agenda and (?:documents|materials|papers)|(?:(?:github|zoom|youtube|google)\s+)?(?:audio|video|audio\/video|recording|livestream|slides|transcript|chat log)(?:\s+of\s+the\s+(?:meeting|call))?)$/i;

// "The Club held its annual members' meeting on 10 October 2023", "The Board met on …": the
// text saying when this meeting was held, over the day a post was written.
const HELD_ON =
  /\b(?:(?:held|had|hosted|convened|conducted)\s+(?:its|their|our|the|an?)\s+(?:\(?[\p{L}'’-]+\)?\s+){0,5}?(?:meeting|session|assembly|AGM|call|retreat)|met)\s+(?:(?:online|virtually|in person)\s+)?on\s+(.{6,40})/iu;

// A labelled link of the page, or a label a template left empty: "Calendar: https://…".
const PAGE_LINK = /^[^:]{2,40}:\s*(?:<?https?:\/\/\S+>?)?$/;

const MAY_BE_HELD = /held|met |hosted|convened|conducted|\bhad /;

// A web address alone on its line.
const ADDRESS_ALONE = /^<?https?:\/\/\S+>?$/;

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
    purposeBlocks: [],
    publication: null,
    cancelled: false,
    line: null,
    warnings: [],
  };
  let i = skipLeftovers(blocks, header);
  const titleLines: TextLine[] = [];
  const titleKeys = new Set<string>();
  let previousWasBold = false;
  let previousWasTitle = false;
  let coverFrom: number | null = null;
  let coverParts = 0;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'blank' || block.type === 'rule') continue;
    if (readLabel(block, ['meta', 'mail'], header)) continue;
    if (block.type === 'table' && readMetaTable(block, header)) continue;
    if (block.type === 'item' && isLeftover(block.text)) continue;
    const lines = linesOf(block);
    if (lines === null) break;
    if (lines.every((l) => isLeftover(l.text) || DRAFT.test(l.text))) {
      if (lines.some((l) => DRAFT.test(l.text))) header.publication = 'draft';
      continue;
    }
    const first = titleLines.length === 0;
    // "### [GitHub Agenda](…)", "### [Audio/Video of the meeting](…)": links to the meeting's
    // own materials under its title, no topic.
    if (!first && lines.length === 1 && MEETING_RESOURCE.test(lines[0]!.text)) continue;
    // What was said in a channel is the log, never the title.
    if (isScribeLog(lines)) break;
    // "Decisions, Action Items & Next Steps" or "Attendance" opens the body; it is no title.
    if (lines.length === 1 && headingKind(lines[0]!.text) !== 'topic') break;
    // A mailing-list subject ("[List] Summary of …") is a witness of the date, not the title.
    if (first && lines.length <= 3 && /^\[[\w .-]{2,40}\]\s/.test(lines[0]!.text)) {
      header.dates.push({ from: 'the mail subject', text: lines[0]!.text, line: lines[0]!.n });
      if (lines.slice(1).every((l) => isLeftover(l.text))) continue;
    }
    // A cover note before the summary ("Please find below …"), and the address it gives:
    // the title comes after them.
    // Looked at only where a paragraph might be taken for prose: most blocks of a head are not.
    let datedOnce: boolean | undefined;
    const dated = (): boolean => (datedOnce ??= titleOverDates(lines));
    if (
      first &&
      (isNarrative(lines) || lines.every((l) => ADDRESS_ALONE.test(l.text))) &&
      !dated() &&
      titleAhead(blocks, i)
    ) {
      // A note is a few paragraphs at most: past them, the text had begun where the note did.
      coverFrom ??= i;
      if (++coverParts <= MAX_COVER_PARTS) continue;
      i = coverFrom;
      break;
    }
    // Consecutive bold or capital lines at the top are one title block; so are two first-level
    // headings with nothing of their own under the second ("# GW SWG Meeting #7" over "# Leuven
    // OGC TC Meeting" over "## Tues 25 June 2019").
    const styled = block.type === 'heading' && (block.style === 'bold' || block.style === 'caps');
    const atxTitle = block.type === 'heading' && block.style === 'atx' && block.level === 1;
    const boldRun: boolean =
      (styled && previousWasBold) || (atxTitle && previousWasTitle && headsNothing(blocks, i));
    previousWasBold = styled;
    previousWasTitle = atxTitle && (first || boldRun);
    // A title repeated in another style ("**Panel**" then "Panel") adds nothing.
    if (!first && lines.every((l) => titleKeys.has(lineKey(l.text)))) continue;
    const kept = lines.filter((l) => !isLeftover(l.text));
    const fits =
      kept.length <= 6 && kept.every((l) => l.text.length <= 160) && (!isNarrative(kept) || dated());
    // "Friday, September 22, 2006" over "Meeting of the Information For All Program Bureau": a
    // post's date line above its title.
    const underDateline =
      !first &&
      lines.length === 1 &&
      titleLines.every((l) => saysOnlyWhen(l.text)) &&
      isHeadingText(lines[0]!.text);
    if (
      !fits ||
      (!first && !boldRun && !underDateline && !lines.every((l) => isMetaLine(l.text) || isLeftover(l.text)))
    )
      break;
    if (block.type === 'heading' && !first && !boldRun && !underDateline && !isMetaLine(block.text)) break;
    // The date line dates the post, which may be weeks after the meeting it reports.
    if (underDateline) {
      for (const l of titleLines.splice(0)) header.dates.push({ from: POST_DATE, text: l.text, line: l.n });
      titleKeys.clear();
    }
    for (const l of kept) {
      titleLines.push(l);
      titleKeys.add(lineKey(l.text));
    }
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
    if (readLabel(block, ['meta'], header)) continue;
    // "- **Time:** 8:30 AM PDT", and the links a template lists with them ("- **Calendar for
    // future meetings:** https://…", "- **GitHub issue:**"): the meeting's facts, no topic.
    if (block.type === 'item') {
      const label = labelOf(block.text);
      if (label?.label.kind === 'meta') {
        readMeta(
          { type: 'label', line: block.line, label: label.label, value: label.value, source: block.source },
          header,
        );
        continue;
      }
      // An empty label over items of its own ("- **Compendium:**" over what was said) opens the body.
      const next = blocks.slice(i + 1, i + 3).find((b) => b.type !== 'blank');
      const heads = next?.type === 'item' && next.indent > block.indent;
      if (label === null && PAGE_LINK.test(block.text) && !(heads && block.text.endsWith(':'))) continue;
    }
    // An IRC log is the body's: what its lines say is read one by one.
    if (
      block.type === 'para' &&
      isNarrative(block.lines) &&
      !startsAttendance(block.lines[0]!.text) &&
      !tellsAttendance(block.lines) &&
      !isScribeLog(block.lines) &&
      runInTitle(block.lines[0]!.text) === null
    ) {
      const text = block.lines.reduce((acc, l) => joinWrapped(acc, l.text), '');
      if (DRAFT.test(text)) header.publication = 'draft';
      else {
        purpose.push(text);
        header.purposeBlocks.push(i);
      }
      // Looked for only where the words it needs are: most opening paragraphs have none.
      const held = text.includes(' on ') && MAY_BE_HELD.test(text) ? HELD_ON.exec(text) : null;
      if (held !== null) header.dates.push({ from: HELD, text: held[1]!, line: block.line });
      // "Our next meeting is scheduled for Wednesday 24 August": another meeting's date.
      const dating = text.includes('next') || text.includes('schedul') ? withoutNextMeeting(text) : text;
      header.dates.push({ from: 'the opening paragraph', text: dating, line: block.line });
      header.times.push({ from: 'the opening paragraph', text, line: block.line });
      noteClock(text, block.line, header);
      if (header.mode === null) header.mode = modeOf(text);
      if (saysCancelled(text)) header.cancelled = true;
      continue;
    }
    break;
  }
  header.next = i;
  header.purpose = purpose.length > 0 ? purpose.join('\n\n') : null;
  if (frontMatter) readFrontMatter(frontMatter, frontMatterLine, header);
  archiveDates(blocks, header);
  if (!header.dates.some((w) => w.from !== POST_DATE && findDate(w.text)?.date != null))
    dateNearTop(blocks, i, header);
  header.dates.sort((a, b) => trust(a) - trust(b));
  header.times.sort((a, b) => trust(a) - trust(b));
  dayBeforeWritten(purpose, header);
  return header;
}

const NEXT_MEETING =
  /\bnext\s+(?:\w+\s+)?(?:meeting|call|session|teleconference)\b|\b(?:is|are)\s+(?:now\s+)?scheduled\s+for\b/i;

/** An opening paragraph without its sentences about the next meeting. */
function withoutNextMeeting(text: string): string {
  return sentencesOf(text)
    .filter((sentence) => !NEXT_MEETING.test(sentence))
    .join(' ');
}

// A mail archive's date line under the sender ("Fri Jul 22 04:09:45 EDT 2016"), and a page's
// "Posted by … on 3 August 2017": when the text was sent or posted, not when the meeting met.
const ARCHIVE_DATE =
  /^(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+(\d{1,2})\s+\d\d:\d\d(?::\d\d)?(?:\s+[A-Z]{2,5})?\s+(\d{4})$/i;
const POSTED = /^(?:posted|published)\b.{0,60}?\d/i;

/** Notes when the text near the top says it was sent or posted, as the post's date. */
function archiveDates(blocks: Block[], header: Header): void {
  let seen = 0;
  for (let k = 0; k < blocks.length && seen < NEAR_TOP_BLOCKS; k++) {
    const block = blocks[k]!;
    if (block.type === 'blank' || block.type === 'rule') continue;
    seen++;
    const lines =
      block.type === 'para'
        ? block.lines
        : block.type === 'heading'
          ? [{ text: block.text, n: block.line }]
          : [];
    for (const { text, n } of lines) {
      const sent = ARCHIVE_DATE.exec(text.trim());
      if (sent !== null) {
        header.dates.push({ from: POST_DATE, text: `${sent[2]} ${sent[1]} ${sent[3]}`, line: n });
        return;
      }
      if (POSTED.test(text) && findDate(text)?.date != null) {
        header.dates.push({ from: POST_DATE, text, line: n });
        // The title block took the line for the meeting's date: it dates the post.
        header.dates = header.dates.filter((w) => w.line !== n || w.from === POST_DATE);
        return;
      }
    }
  }
}

// "Sending a brief summary of our discussion yesterday", "At a meeting yesterday": the meeting
// was the day before the text was sent or posted.
const YESTERDAY =
  /\b(?:(?:meeting|call|discussion|session|conference)\b[^.;]{0,20}\byesterday|yesterday['’]s\s+(?:meeting|call|discussion|session|conference))\b/i;

/** Where the opening says the meeting was yesterday and only the post is dated, the day before. */
function dayBeforeWritten(purpose: string[], header: Header): void {
  const said = purpose.find((text) => text.includes('esterday') && YESTERDAY.test(text));
  if (said === undefined) return;
  const chosen = header.dates.find((w) => findDate(w.text)?.date != null);
  if (chosen === undefined || chosen.from !== POST_DATE) return;
  const day = new Date(`${findDate(chosen.text)!.date!}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  header.dates.unshift({ from: HELD, text: day.toISOString().slice(0, 10), line: chosen.line });
}

/**
 * When nothing at the head gives a whole date, the first short line near the top that does: a
 * heading ("Telecon Minutes for 2021-01-18"), a labelled item ("* Date: 2021-03-02"), a line of
 * its own ("18 December 2017"). Trusted least, after every other witness.
 */
function dateNearTop(blocks: Block[], from: number, header: Header): void {
  let seen = 0;
  for (let k = from; k < blocks.length && seen < NEAR_TOP_BLOCKS; k++) {
    const block = blocks[k]!;
    if (block.type === 'blank' || block.type === 'rule') continue;
    seen++;
    // "1. The Forum held its third virtual meeting on 3 August 2016 …": the text saying when.
    const said =
      block.type === 'para'
        ? block.lines.reduce((acc, l) => joinWrapped(acc, l.text), '')
        : block.type === 'item'
          ? block.text
          : '';
    const held = said.includes(' on ') && MAY_BE_HELD.test(said) ? HELD_ON.exec(said) : null;
    if (held !== null && findDate(held[1]!)?.date != null) {
      header.dates.push({ from: HELD, text: held[1]!, line: block.line });
      return;
    }
    const texts =
      block.type === 'heading' || block.type === 'item'
        ? [{ text: block.text, n: block.line }]
        : block.type === 'label'
          ? [{ text: block.value, n: block.line }]
          : block.type === 'para' && block.lines.length <= 3
            ? block.lines.map((l) => ({ text: l.text, n: l.n }))
            : [];
    for (const { text, n } of texts) {
      if (text.length > 160 || findDate(text)?.date == null) continue;
      header.dates.push({ from: `line ${n} near the top`, text, line: n });
      return;
    }
  }
}

// Whether a heading has nothing under it before the next heading or the meeting's facts.
function headsNothing(blocks: Block[], at: number): boolean {
  for (let k = at + 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type === 'blank' || block.type === 'rule') continue;
    return block.type === 'heading' || (block.type === 'label' && block.label.kind === 'meta');
  }
  return true;
}

/** How many paragraphs a cover note before the minutes' title may have (an address is one). */
const MAX_COVER_PARTS = 3;

/** How far down a date is looked for when the head gives none: a few blocks, not the body. */
const NEAR_TOP_BLOCKS = 12;

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

/**
 * Reads a labelled line into the header when its label is of one of these kinds: mail headers
 * ("Sent:", "Subject:") or the meeting's facts ("Date:", "Venue:"). False for any other block.
 */
function readLabel(block: Block, kinds: Array<'meta' | 'mail'>, header: Header): boolean {
  if (block.type !== 'label' || !kinds.some((kind) => kind === block.label.kind)) return false;
  readMeta(block, header);
  return true;
}

function skipLeftovers(blocks: Block[], header: Header): number {
  let i = 0;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'blank' || block.type === 'rule') continue;
    if (readLabel(block, ['mail'], header)) continue;
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

/** A paragraph of sentences, as opposed to a block of short title or name lines. */
export function isNarrative(lines: TextLine[]): boolean {
  const text = lines.map((l) => l.text).join(' ');
  if (lines.length === 1 && isHeadingText(text)) return false;
  return (
    '.!?;:)”"'.includes(text.trimEnd().at(-1) ?? ' ') ||
    text.length > 160 ||
    (lines.length > 1 && lines.some((l) => l.text.length > 70))
  );
}

// "Summary of the Fourth Meeting of the Independent Panel for …" over "15-17 December 2020,
// virtual": a long title over its dates, a title block however long its first line.
function titleOverDates(lines: TextLine[]): boolean {
  return (
    lines.length >= 2 &&
    lines.length <= 4 &&
    isHeadingText(lines[0]!.text) &&
    lines.slice(1).every((l) => l.text.length <= 60 && findDate(l.text)?.date != null)
  );
}

// "In addition to the Chair, the following Directors participated …: A, B": a paragraph of
// the attendance, which the body reads, not the meeting's purpose.
const ATTENDANCE_HINT =
  /following|participated|attended|apologies|regrets|absent|called the meeting|opened the meeting|chaired by|present/i;

function tellsAttendance(lines: TextLine[]): boolean {
  if (lines.length > 6) return false;
  const text = lines.reduce((acc, l) => joinWrapped(acc, l.text), '');
  // Every such sentence has one of these words; most opening paragraphs have none.
  if (!ATTENDANCE_HINT.test(text)) return false;
  return sentencesOf(text).some((sentence) => readAttendanceSentence(sentence) !== null);
}

function startsAttendance(text: string): boolean {
  return (
    /^(?:the following|present|also present|in attendance|attending|apologies|regrets)\b/i.test(text) ||
    /^(?:(?:the|those|board|council|committee|other|members?)\s+){1,3}(?:present|in attendance)\s+(?:were|was)\b/i.test(
      text,
    ) ||
    headingKind(text) === 'attendance'
  );
}

// Lines that differ only in spacing and case are one line of a title block.
function lineKey(text: string): string {
  return squash(text).toLowerCase();
}

function dedupe(lines: TextLine[]): TextLine[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = lineKey(line.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
