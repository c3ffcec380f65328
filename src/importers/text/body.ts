/**
 * The body of a summary, after its head: topics with their outcomes, and the attendance.
 * A walk over the outline keeps track of the section it is in (topics, attendance or a part
 * to skip), the current topic and the current attendance group.
 */
import { LIMITS } from '../../domain/limits.js';
import { keyOf, pieceCount, squash } from '../../domain/text.js';
import type { OutcomeKind, Warning } from '../../domain/record.js';
import { AttendanceBook } from './attendance.js';
import { statusOfGroup, type Group } from './attendance-groups.js';
import { AttendanceReader } from './attendance-reader.js';
import type { Witness } from './witnesses.js';
import { isNarrative } from './header.js';
import { isBotLine, isContactLine, isLeftover, isSignOff, isTrailer } from './leftovers.js';
import { saysCancelled, noteClock } from './meta.js';
import { boldLead, plainText, wholeBold } from './inline.js';
import { labelOf } from './labels.js';
import { isColumnHeader } from './names.js';
import type { Block, TextLine } from './outline.js';
import { headsParagraph, isHeadingText, joinWrapped, nextNonBlank } from './outline.js';
import { draftTitle, namesDrafts, withoutFileKind } from './references.js';
import { contentWords, OutcomeCollector } from './outcome-collector.js';
import { modeOf } from './title-block.js';
import { INITIALS_SPEAKER, readItem, SPEAKER_PREFIX } from './outcomes.js';
import {
  groupNameOf,
  headingIsGroup,
  headingKind,
  runInTitle,
  saysClosed,
  namesMeetingFacts,
  saysOnlyWhen,
  saysVerdict,
} from './sections.js';
import { isScribeLog, readScribeLines } from './scribe.js';
import { readTableInto } from './tables.js';
import { findDate } from './dates.js';
import { findTime } from './times.js';

import type { TopicDraft } from './outcome-collector.js';

export type { OutcomeDraft, TopicDraft } from './outcome-collector.js';

export interface Body {
  topics: TopicDraft[];
  book: AttendanceBook;
  warnings: Warning[];
  /** "called to order at …" and "adjourned at …", when the text says so. */
  opened: Witness | null;
  closed: Witness | null;
  cancelled: boolean;
  draft: boolean;
  /** The titles a list of documents holds ("Documents", "Papers considered"). */
  documents: Array<{ title: string; line: number }>;
  /** The items listed under an agenda's heading, which minutes take up again as topics. */
  agenda: Array<{ text: string; line: number; indent: number }>;
  /** An item under the agenda's heading is labelled as an outcome ("Verdict: …", "Decision: …"). */
  agendaRecords: boolean;
  /** What a section on when and where says ("## Date, Time and Location"), for the meeting's date. */
  when: Witness[];
}

// The words of a sentence that tells who attended: only items with one need reading for it.
const ATTENDANCE_WORDS =
  /\b(?:present|participated|attended|took parts?|apologi[sz]e|apologies|regrets|absent)\b/i;
const ATTENDANCE_STEM = /resent|articipated|ttended|took part|pologi|egrets|bsent/;

// Their stems are looked for first, without the word boundaries and case: most items name none.
function mayTellAttendance(text: string): boolean {
  // Such an item lists at least two names.
  return text.includes(',') && ATTENDANCE_STEM.test(text) && ATTENDANCE_WORDS.test(text);
}

// A person's name alone: two or three capitalised words ("Bradley DeYoung", "Laurent MORTIER").
// A sentence that ends by saying that what follows was agreed: "… PRs. Agreed:", "It was resolved that:".
const AGREED_LEAD =
  /(?:^|[.;]\s+)(?:it was\s+|we\s+|the \p{L}+\s+)?(?:agreed|decided|resolved)(?:\s+that)?\s*:$/iu;
// Words that make a heading a group of people.
const PEOPLE_GROUP =
  /\b(?:members|observers|attendees|guests|visitors|staff|participants|advisors|liaisons|representatives)\b/i;
const EVENT_FIELD =
  /^(?:when|where|type of event|event type|contact|contacts|venue|location|organi[sz]ers?|registration|language|languages)(?:,?\s*\(?local time\)?)?\s*:$/i;
const FOLLOWS_LEAD =
  /^(?:the\s+)?(?:\p{L}+\s+)?(actions?|action (?:items?|points?)|decisions?|resolutions?)\b[^:]{0,80}\b(?:as follows|the following)\s*:$|^(?:the\s+)?following\s+(actions?|action (?:items?|points?)|decisions?|resolutions?)\b[^:]{0,60}:$/iu;
// A heading that names a role in the meeting, over who held it.
const ROLE_HEADING =
  /^(?:chairs?|co-?chairs?|chairperson|vice[- ]chairs?|scribes?|minute[- ]?takers?|note[- ]?takers?|notetakers?|recorders?)$/i;
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;

// The time an agenda gives an item, before its title: "(10 min max):", "[5']".
// Also who brings the item: "(@codebytere) Where should the retro live?".
const TIME_BOX = /^[([](?:[^)\]]{1,30}\d[^)\]]{0,30}|@?[\w.-]{2,30})[)\]]\s*[:.\-–—]?\s*/;

// What an item says when it had nothing: "None", "Nothing to report", "N/A".
const NOTHING = /^(?:none|nil|nothing(?: to report)?|no (?:items?|business|report)|n\/a)\.?$/i;

export interface BodyContext {
  body: string | null;
  year: number | undefined;
  /** Read what stands under an "Agenda" heading as the record: notes kept in the agenda itself. */
  agendaHoldsRecord?: boolean;
}

/**
 * "DNS Error Reporting" at the margin over its text indented below it, as plain-text minutes
 * set an item's title.
 */
function headsIndented(first: TextLine, second: TextLine): boolean {
  return (
    first.indented !== true &&
    second.indented === true &&
    first.text.length <= 80 &&
    first.text.includes(' ') &&
    !first.text.includes(':') &&
    !/^(?:https?:\/\/|www\.)/.test(second.text) &&
    isHeadingText(first.text) &&
    !/\b(?:the|a|an|of|to|and|or|for|in|on|with|by|that|at)$/i.test(first.text)
  );
}

// An attendance list's instruction to those attending: "Write your GH username or Matrix handle
// here!", "Please add your name", "Sign in below".
const SIGN_IN =
  /^(?:please\s+)?(?:write|add|put|enter|list|sign)\b.{0,60}\b(?:name|names|username|handle|nick|yourself|in)\b.{0,40}$/i;

/**
 * Whether the text gives what each speaker said: a speaker before one line in four at least,
 * five lines at least. A label ("Present:", "Action:") is no speaker.
 */
export function givesSpeech(blocks: Block[], start: number): boolean {
  let lines = 0;
  let spoken = 0;
  const count = (text: string): void => {
    lines++;
    // A speaker stands before a colon within a few words, in angle brackets, or as initials
    // before a dash ("RGr - …").
    const colon = text.indexOf(':');
    if (INITIALS_SPEAKER.test(text)) spoken++;
    else if ((colon === -1 || colon > 32) && text.charCodeAt(0) !== 60) return;
    else if (SPEAKER_PREFIX.test(text) && labelOf(text) === null) spoken++;
  };
  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type === 'para') for (const line of block.lines) count(line.text);
    else if (block.type === 'item') count(block.text);
  }
  return spoken >= 5 && spoken * 4 >= lines;
}

/**
 * Where a signature block at the end of the text starts ("Melissa Draper", "Phone: 0404 …",
 * "P.O Box 1412", "Lavington, 2641"), or the end of the blocks when there is none: a run of at
 * most six short lines that say nothing, one of them a contact line, with only leftovers after.
 */
function signatureStart(blocks: Block[], start: number): number {
  // Most texts end without one: a look at their last lines for a contact line comes first.
  let seen = 0;
  let any = false;
  for (let i = blocks.length - 1; i >= start && seen < 10 && !any; i--) {
    const block = blocks[i]!;
    if (block.type === 'para') any = block.lines.some((l) => isContactLine(l.text));
    else if (block.type === 'heading' || block.type === 'item') any = isContactLine(block.text);
    if (block.type !== 'blank') seen++;
  }
  if (!any) return blocks.length;
  let first = blocks.length;
  let lines = 0;
  let contact = false;
  for (let i = blocks.length - 1; i >= start; i--) {
    const block = blocks[i]!;
    if (block.type === 'blank' || block.type === 'rule') continue;
    const texts =
      block.type === 'para'
        ? block.lines.map((l) => l.text)
        : block.type === 'heading' || block.type === 'item'
          ? [block.text]
          : null;
    if (texts === null) break;
    if (lines === 0 && texts.every((t) => isLeftover(t) || isTrailer(t)) && !texts.some(isContactLine)) {
      first = i;
      continue;
    }
    if (
      !texts.every(
        (t) => (t.length <= 50 && !/[.;:!?]$/.test(t) && !/\p{Ll}\s+\p{Ll}/u.test(t)) || isContactLine(t),
      )
    )
      break;
    lines += texts.length;
    if (lines > 6) break;
    contact ||= texts.some(isContactLine);
    first = i;
  }
  return contact ? first : blocks.length;
}

/** Whether a label's value is something said rather than names: "We need to see …". */
function saysSentence(value: string): boolean {
  if (
    /^(?:I|I'm|I’m|We|We're|We’re|It|It's|It’s|This|That|There|They|Our|My|Yes|No|Thanks|Thank you)\b/.test(
      value,
    )
  )
    return true;
  return /[.!?]$/.test(value) && !value.includes(',') && pieceCount(value, 6) >= 6;
}

// What minutes call themselves in their title.
const MINUTES_WORD = /\b(?:minutes|transcript|notes|summary|protokoll|compte rendu)\b/i;

/** Whether a line is the title of minutes: what they are, and the whole date of the meeting. */
function titlesMinutes(text: string): boolean {
  if (text.length > 120 || !MINUTES_WORD.test(text) || !isHeadingText(text)) return false;
  const date = findDate(text);
  return date !== null && date.date !== null;
}

/** Whether a short line gives a whole date and a time: the place and the hour of the meeting. */
function saysWhereAndWhen(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  const date = findDate(text);
  if (date === null || date.date === null) return false;
  const rest = text.slice(0, date.index) + text.slice(date.index + date.text.length);
  // "1 October 2020, BlueJeans video-conference.": the date first, then how the meeting met.
  return findTime(rest) !== null || (date.index === 0 && rest.length <= 50 && modeOf(rest) !== null);
}

/** Whether a block says something: a speaker's words, or a sentence of six words or more. */
function saysSomething(block: Block | undefined): boolean {
  if (block?.type !== 'para') return false;
  const text = block.lines[0]!.text;
  return (
    (SPEAKER_PREFIX.test(text) && labelOf(text) === null) || (/[.!?]$/.test(text) && pieceCount(text, 6) >= 6)
  );
}

/** Walks the outline from `start` and returns what the body holds. */
export function readBody(blocks: Block[], start: number, context: BodyContext): Body {
  const book = new AttendanceBook();
  let speech: boolean | undefined;
  const outcomes = new OutcomeCollector({
    ...context,
    knows: (name) => book.knows(name),
    // Looked at only once an item needs it: most texts have no speakers.
    speech: () => (speech ??= givesSpeech(blocks, start)),
  });
  const attendance = new AttendanceReader(book);
  const result: Body = {
    topics: outcomes.topics,
    book,
    warnings: outcomes.warnings,
    opened: null,
    closed: null,
    cancelled: false,
    draft: false,
    documents: [],
    agenda: [],
    agendaRecords: false,
    when: [],
  };
  const state = {
    section: 'topics' as 'topics' | 'attendance' | 'skip',
    attendanceLevel: 0,
    // In a part to skip, whether its items are the titles of documents, or an agenda's, or
    // whether it tells when and where the meeting was.
    documents: false,
    // Whether the items of the open section are the drafts a standards group works on ("WG
    // Documents - Status Update", "Proposed WG Documents"), each led by its title.
    drafts: false,
    agenda: false,
    // The line of the agenda's heading, while its section is open.
    agendaLine: -1,
    // The depth of an item whose sub-items are to skip ("- **Contact**:" over its details).
    skipBelow: null as number | null,
    // The depth of an item whose sub-items are a section of their own ("- **Participants:**"
    // over names, "- **Agenda**" over its items); past them, the list is read as before.
    sectionBelow: null as number | null,
    facts: false,
  };

  const onHeading = (
    written: string,
    line: number,
    level: number,
    style: string,
    number: string | null = null,
    below: Block | undefined = undefined,
  ): void => {
    const text = written.replace(/^topic\s*:\s*/i, '');
    // "**PASSED**" under a motion: its result, set in bold, no heading.
    if (style !== 'atx' && style !== 'setext' && outcomes.completesMotion(text, line)) return;
    // A date set as a heading titles nothing (under a topic it says when), and "Meeting
    // adjourned" is said in the topic it ends: what follows stays where it is.
    if (saysOnlyWhen(text)) {
      if (outcomes.topics.length > 0 && style === 'position') addOutcome(text, line, 0, null);
      return;
    }
    if (number === null && saysClosed(text)) {
      addOutcome(text, line, 0, null);
      return;
    }
    // "1. Meeting Process" over its sub-items, right after another item of the agenda: an
    // item of the agenda still, however its sub-items make it look.
    if (
      state.section === 'skip' &&
      state.agenda &&
      context.agendaHoldsRecord !== true &&
      style === 'numbered' &&
      (result.agenda.at(-1)?.line === line - 1 ||
        // The agenda's first item, right under its heading, with sub-items of its own.
        (result.agenda.length === 0 && line - state.agendaLine <= 2))
    ) {
      result.agenda.push({ text, line, indent: result.agenda.at(-1)?.indent ?? 0 });
      return;
    }
    // "181 BUNKERTOWN RD JANUARY 8, 2025 6PM" before any topic: where and when, set as a heading.
    if (outcomes.topics.length === 0 && saysWhereAndWhen(text)) {
      result.when.push({ from: 'a line over the minutes', text, line });
      noteClock(text, line, result);
      return;
    }
    const read = headingKind(text);
    // A numbered agenda item ("1. Minutes") is a topic even when its words name a container,
    // unless its own numbered parts follow it ("2. Summary" over "2.1 Overview"): they are the
    // topics then.
    const parted =
      number !== null &&
      below?.type === 'heading' &&
      below.number !== null &&
      below.number.startsWith(`${number.replace(/\.$/, '')}.`) &&
      below.number.length > number.length;
    const kind =
      (style === 'numbered' || number !== null) && read === 'container' && !parted ? 'topic' : read;
    state.documents = kind === 'documents';
    state.drafts = namesDrafts(text);
    state.agenda = kind === 'skip' && /agenda/i.test(text);
    state.agendaLine = state.agenda ? line : -1;
    state.facts = kind === 'skip' && namesMeetingFacts(text);
    // A heading as high as the attendance's own ends it, unless it names another group of
    // people ("## Voting members attending" then "## Non-voting observers").
    const inAttendance =
      state.section === 'attendance' &&
      kind === 'topic' &&
      (!(style === 'atx' && level <= state.attendanceLevel) || PEOPLE_GROUP.test(text)) &&
      style !== 'numbered';
    // "### Counsel", "### Also participating" under "## Participants": a group of those there,
    // whatever its words, as a heading below the attendance's own.
    // A heading over what someone said or a sentence of minutes heads a topic, not a group.
    const group = !inAttendance
      ? null
      : (attendance.groupFor(text) ??
        (style === 'atx' && number === null && level > state.attendanceLevel && !saysSomething(below)
          ? { name: text.replace(/:$/, ''), status: statusOfGroup(text), role: null }
          : null));
    if (group !== null) {
      attendance.group = group;
      return;
    }
    // "### Chair" over "Brent", "## Scribes" over a name: who held the role, at any level.
    const role =
      kind === 'topic' && ROLE_HEADING.test(text.replace(/:$/, '')) ? attendance.groupFor(text) : null;
    if (role !== null) {
      state.section = 'attendance';
      state.attendanceLevel = style === 'atx' ? level : 9;
      attendance.group = role;
      return;
    }
    if (kind === 'attendance') {
      // "### Steering Committee Members" under "## Attendance": a group of the attendance, which
      // goes on until a heading as high as the attendance's own.
      const within = state.section === 'attendance' && style === 'atx' && level > state.attendanceLevel;
      state.section = 'attendance';
      if (!within) state.attendanceLevel = style === 'atx' ? level : 9;
      attendance.group = {
        name: headingIsGroup(text) ? groupNameOf(text) : null,
        status: statusOfGroup(text),
        role: null,
      };
    } else if (kind === 'container') {
      state.section = 'topics';
      outcomes.enterContainer(text, level, style === 'bold' || style === 'position');
    } else if (state.agenda && context.agendaHoldsRecord === true) {
      state.section = 'topics';
    } else if (kind === 'skip' || kind === 'documents') {
      state.section = 'skip';
    } else if (
      outcomes.defaultKind === 'action' &&
      outcomes.isBelowTopic(level) &&
      (book.knows(text) || PERSON_NAME.test(text))
    ) {
      // "### Ian Edwards" under "## Action items": who owns the actions listed below it.
      outcomes.listOwner = text.replace(/:$/, '');
    } else {
      state.section = 'topics';
      outcomes.startTopic(text, line, level, number);
      const opened = outcomes.topics.at(-1);
      if (style === 'position' && opened?.line === line) opened.byPosition = true;
    }
  };

  // "2. External Data - Martyn gave …" under "Minutes", where a numbered agenda above listed as
  // many items: each numbered item of the minutes is the agenda's item of its number, taken up.
  let agendaList: { from: number; to: number; top: string[] } | null = null;
  const agendaItemAt = (at: number, marker: string): string | null => {
    const number = /^(\d{1,2})[.)]$/.exec(marker);
    if (number === null || result.agenda.length < 3 || !outcomes.takesAgendaItems()) return null;
    if (agendaList === null || at < agendaList.from || at >= agendaList.to) {
      const indent = Math.min(...result.agenda.map((a) => a.indent));
      const top = result.agenda.filter((a) => a.indent === indent).map((a) => a.text);
      // The minutes' list must number as many items as the agenda does.
      let count = 0;
      let k = at;
      for (; k < blocks.length; k++) {
        const b = blocks[k]!;
        // An item over its own sub-items may have been set as a numbered heading.
        if (b.type === 'heading' && (b.style !== 'numbered' || b.number === null)) break;
        if (b.type === 'heading' || (b.type === 'item' && b.indent === 0 && /^\d{1,2}[.)]$/.test(b.marker)))
          count++;
      }
      agendaList = { from: at, to: k, top: count === top.length ? top : [] };
    }
    return agendaList.top[Number(number[1]) - 1] ?? null;
  };

  // "1. Those attending: Mr M Mycock (Chairman) …", "2. Apologies for absence were received
  // from …": a council's numbered attendance, set as a heading by its number.
  const readNumberedAttendance = (text: string, line: number): boolean => {
    const labelled = labelOf(text);
    if (labelled?.label.kind === 'attendance') {
      const { status, role, remote } = labelled.label;
      state.section = 'attendance';
      state.attendanceLevel = 9;
      attendance.group = { name: labelled.name, status, role, remote };
      if (labelled.value !== '')
        attendance.readLines([{ n: line, text: labelled.value, source: labelled.value }]);
      return true;
    }
    return mayTellAttendance(text) && book.readSentences(text, line) === '';
  };

  // The topic an item takes up is titled as the minutes title it ("External Data - Martyn gave
  // …"), or by the agenda's item when they share its words; else the item is its own title.
  const takeUp = (listed: string, text: string, line: number): void => {
    const lead = TAKEN_UP_LEAD.exec(text);
    const shares = (): boolean => {
      const words = contentWords(listed);
      for (const word of contentWords(text)) if (words.has(word)) return true;
      return false;
    };
    const short = text.length <= 80 && isHeadingText(text.replace(/:$/, ''));
    const title = lead !== null ? lead[1]! : shares() ? listed : text.replace(/:$/, '');
    outcomes.startTopic(title, line);
    outcomes.topics.at(-1)!.fromAgenda = true;
    const rest = lead !== null ? text.slice(lead[0].length - 1) : text;
    if (lead !== null || !short || title === listed) addOutcome(rest, line, 0, null);
  };

  const agendaLead = (text: string): { title: string; rest: string } | null => {
    if (result.agenda.length === 0 || state.section !== 'topics') return null;
    const colon = text.indexOf(': ');
    if (colon < 2 || colon > LIMITS.name) return null;
    const key = keyOf(text.slice(0, colon));
    // A sub-item of the agenda ("Click to Dial" under "New API Proposals") is a part of its item.
    const top = Math.min(...result.agenda.map((a) => a.indent));
    const listed = result.agenda.find((a) => a.indent === top && keyOf(a.text) === key);
    const rest = text.slice(colon + 2).trim();
    return listed === undefined || rest === '' ? null : { title: listed.text, rest };
  };

  const addOutcome = (written: string, line: number, depth: number, checked: boolean | null): void => {
    noteClock(written, line, result);
    if (saysCancelled(written)) result.cancelled = true;
    outcomes.add(written, line, depth, checked);
  };

  const readPara = (block: Extract<Block, { type: 'para' }>, nextBlock: Block | null): void => {
    // Leftovers stand alone (a page footer, a link row); long paragraphs hold none.
    const short = block.lines.length <= 3;
    // A trailer's line ends the paragraph: what follows it in the paragraph is the trailer's.
    const trailer = block.lines.findIndex((l) => isTrailer(l.source) || isTrailer(l.text));
    const lines = (trailer === -1 ? block.lines : block.lines.slice(0, trailer)).filter(
      (l) => !(short && isLeftover(l.text)) && !isBotLine(l.text),
    );

    if (lines.length === 0) return;
    const first = lines[0]!;
    // An event page's fields with their values below them ("When, local time:" over the date,
    // "Type of Event:" over its kind): no topic.
    if (lines.some((l) => l.text.endsWith(':') && EVENT_FIELD.test(l.text))) {
      for (const line of lines.slice(1)) noteClock(line.text, line.n, result);
      return;
    }
    // "Discuss the plan for the next PRs. Agreed:" over a list: each item is what was agreed.
    // Under "Agenda" too: what was agreed there makes it the record.
    if (
      (state.section === 'topics' || state.agenda) &&
      nextBlock?.type === 'item' &&
      lines.length <= 3 &&
      lines[lines.length - 1]!.text.endsWith(':')
    ) {
      const joined = lines.map((l) => l.text).join(' ');
      // "The actions from this discussion were as follows:": the items are of that kind.
      const follows = FOLLOWS_LEAD.exec(joined);
      if (follows !== null) {
        state.section = 'topics';
        outcomes.labelItems(/^action/i.test(follows[1] ?? follows[2]!) ? 'action' : 'decision', -1);
        return;
      }
      const agreed = AGREED_LEAD.exec(joined);
      if (agreed !== null) {
        state.section = 'topics';
        const before = joined.slice(0, agreed.index).trim();
        // Under "Agenda", what stands before is the item that was agreed on.
        if (before !== '' && state.agenda) outcomes.startTopic(before.replace(/[.;]$/, ''), first.n);
        else if (before !== '') outcomes.addParagraph(before, first.n);
        outcomes.labelItems('decision', -1);
        return;
      }
      // "… sign in below so we know who was here. Roll call:" over a list: who attended.
      const cue = ROLL_CUE.exec(joined);
      const called = cue === null ? null : labelOf(`${cue[1]!}:`);
      if (cue !== null && called?.label.kind === 'attendance' && called.value === '') {
        const before = joined.slice(0, cue.index + cue[0].indexOf(cue[1]!)).trim();
        if (before !== '') outcomes.addParagraph(before, first.n);
        onHeading(cue[1]!, lines[lines.length - 1]!.n, 9, 'bold');
        return;
      }
    }
    // A date alone on its line before any topic is the title block's; under a topic ("Date of
    // next meeting") it says something.
    if (lines.length === 1 && outcomes.topics.length === 0 && saysOnlyWhen(first.text)) {
      noteClock(first.text, first.n, result);
      return;
    }
    // "Lantern Task Force Transcript for 2023-06-27" after a cover note: the minutes' own
    // title, which the head did not reach, names no topic.
    if (
      lines.length === 1 &&
      outcomes.topics.every((t) => t.catchAll === true) &&
      titlesMinutes(first.text)
    ) {
      result.when.push({ from: 'a title over the minutes', text: first.text, line: first.n });
      return;
    }
    if (state.section !== 'attendance' && headingKind(first.text) === 'attendance' && lines.length > 1) {
      onHeading(first.text, first.n, 9, 'position');
      lines.shift();
    }
    if (
      lines.length === 1 &&
      nextBlock !== null &&
      isHeadingText(first.text) &&
      ['skip', 'container', 'documents'].includes(headingKind(first.text))
    ) {
      onHeading(first.text, first.n, 9, 'position');
      return;
    }
    if (state.section === 'skip') {
      if (state.facts) {
        const text = lines.map((l) => l.text).join(' ');
        result.when.push({ from: 'the section on when and where', text, line: first.n });
        noteClock(text, first.n, result);
        return;
      }
      if (lines.length === 1 && isHeadingText(first.text) && nextBlock !== null)
        onHeading(first.text, first.n, 9, 'position');
      return;
    }
    if (state.section === 'attendance') {
      // "Write your GH username here!", "Please sign in below": the list's instruction, no entry.
      if (lines.length === 1 && SIGN_IN.test(first.text)) return;
      const read = attendance.readLines(lines);
      if (read === lines.length) return;
      if (read === 0 && lines.length === 1 && isHeadingText(first.text) && nextBlock !== null) {
        onHeading(first.text, first.n, 9, 'position');
        return;
      }
      state.section = 'topics';
      lines.splice(0, read);
    }
    if (
      lines.length >= 2 &&
      (headsParagraph(lines[0]!.text, lines[1]!.text) || headsIndented(lines[0]!, lines[1]!))
    ) {
      // A plain-text heading only by position: a short line over the paragraph it titles.
      const title = lines.shift()!;
      onHeading(title.text, title.n, 9, 'position');
    }
    const head = lines[0]!;
    // "Bradley DeYoung" alone over a list of actions: the name of who owns them.
    if (
      lines.length === 1 &&
      outcomes.defaultKind === 'action' &&
      nextBlock?.type === 'item' &&
      (book.knows(head.text) || PERSON_NAME.test(head.text))
    ) {
      outcomes.listOwner = head.text;
      return;
    }
    // "Vote on the motion BV_B:" over the tally: the vote on the motion just read, no heading;
    // the words a motion puts, quoted below it, are part of it.
    if (
      (lines.length === 1 || /^["“]/.test(head.text)) &&
      outcomes.completesMotion(
        lines.reduce((acc, l) => joinWrapped(acc, l.text), ''),
        head.n,
      )
    )
      return;
    if (
      lines.length === 1 &&
      isHeadingText(head.text) &&
      nextBlock !== null &&
      nextBlock.type !== 'heading' &&
      !isNarrative(lines) &&
      !saysVerdict(head.text) &&
      // "Jake: Welcome to the meeting", "Benjamin Curtis: This is …": someone speaking.
      !/^\p{Lu}[\p{L}\d_.-]{0,29}(?:\s\p{Lu}[\p{L}\d_.-]{0,29})?:\s+\p{Lu}/u.test(head.text)
    ) {
      onHeading(head.text, head.n, 9, 'position');
      return;
    }
    if (isScribeLog(lines)) {
      readScribeLines(
        lines,
        book,
        (text, line) => addOutcome(text, line, 0, null),
        (title, line) => outcomes.startTopic(title, line),
      );
      return;
    }
    const text = book.readSentences(
      lines.reduce((acc, l) => joinWrapped(acc, l.text), ''),
      head.n,
    );
    if (text === '') return;
    noteClock(text, head.n, result);
    if (saysCancelled(text)) result.cancelled = true;
    // "Old Business: Kurachik worked on …": a paragraph that opens with its topic's title.
    // Only where the text has no headings of its own above: under a heading it is a point of it.
    const open = outcomes.topics.at(-1);
    const runIn =
      open === undefined || open.catchAll === true || open.runIn === true ? runInTitle(text) : null;
    // "Benjamin Curtis: This is out of scope": someone speaking, not a title over its notes.
    const speech = runIn !== null && /^(?:I|I'm|I’m|We|We're|We’re|This|That|It|My|Our)\b/.test(runIn.rest);
    if (runIn !== null && !speech && !book.entries.some((e) => e.name === runIn.title)) {
      outcomes.startTopic(runIn.title, head.n);
      outcomes.topics.at(-1)!.runIn = true;
      if (runIn.rest !== '') outcomes.addParagraph(runIn.rest, head.n);
      return;
    }
    outcomes.addParagraph(text, head.n);
  };

  const end = signatureStart(blocks, start);
  for (let i = start; i < end; i++) {
    const block = blocks[i]!;
    const nextBlock = nextNonBlank(blocks, i);
    // "Kind regards," or "--": a mail's sign-off; what follows is its signature and footer.
    if (block.type === 'para' && isSignOff(block.lines[0]!.text)) break;
    switch (block.type) {
      case 'blank':
      case 'rule':
        break;
      case 'heading':
        if (isLeftover(block.text) || isTrailer(block.text)) break;
        // "**Lacking a quorum, this meeting was cancelled.**": said in bold, still said.
        if (saysCancelled(block.text)) result.cancelled = true;
        state.sectionBelow = null;
        if (block.style === 'numbered' && readNumberedAttendance(block.text, block.line)) break;
        if (block.style === 'numbered' && block.number !== null && state.section === 'topics') {
          const taken = agendaItemAt(i, `${block.number}.`);
          if (taken !== null) {
            takeUp(taken, block.text, block.line);
            break;
          }
          // "1. Slide to be prepared (Boyan)" over its details, under "Action Items": an action.
          if (outcomes.listsOutcomes()) {
            addOutcome(block.text, block.line, 0, null);
            break;
          }
        }
        onHeading(
          block.text,
          block.line,
          block.level,
          block.style,
          block.number,
          blocks.slice(i + 1, i + 3).find((b) => b.type !== 'blank'),
        );
        break;
      case 'label': {
        const { label, value } = block;
        if (label.kind === 'attendance') {
          if (/^https?:\/\//.test(value)) break;
          // "Chairs: We need to see interoperability …": the chairs speaking, not a list of them.
          if (saysSentence(value)) {
            addOutcome(plainText(block.source), block.line, 0, null);
            break;
          }
          const group: Group = {
            name: block.source.replace(/\s*:.*$/, '').replace(/^[*_]+|[*_]+$/g, ''),
            status: label.status,
            role: label.role,
            remote: label.remote,
          };
          if (value === '') {
            state.section = 'attendance';
            state.attendanceLevel = 9;
            attendance.group = group;
          } else {
            book.addList(value, block.line, group);
          }
        } else if (label.kind === 'topic') {
          state.section = 'topics';
          if (value !== '') outcomes.startTopic(value, block.line);
        } else if (label.kind === 'outcome') {
          if (state.section !== 'topics') state.section = 'topics';
          // "Action Items:" alone over its list, before any topic, heads it as a section of
          // that name would; under a topic, its items are that topic's.
          if (value === '' && outcomes.hasTopic()) outcomes.defaultKind = label.outcome;
          else if (value === '') outcomes.enterContainer(block.source.replace(/\s*:$/, ''), 9, true);
          else addOutcome(plainText(block.source), block.line, 0, null);
        } else if (label.kind === 'next-meeting') {
          outcomes.ensureTopic('Next meeting', block.line);
          addOutcome(plainText(block.source), block.line, 0, null);
        } else if (label.kind === 'meta' && label.field === 'status') {
          if (/draft|unapproved/i.test(value)) result.draft = true;
          if (/cancel+ed/i.test(value)) result.cancelled = true;
        }
        break;
      }
      case 'para':
        readPara(block, nextBlock);
        break;
      case 'item': {
        if (state.section === 'skip' && state.documents && block.text.length <= LIMITS.name)
          result.documents.push({ title: withoutFileKind(block.text), line: block.line });
        if (state.section === 'skip' && state.agenda && block.text.length <= LIMITS.name)
          result.agenda.push({ text: block.text, line: block.line, indent: block.indent });
        // A verdict under an agenda's item ("ACTION: …", "Decided to set a goal …"): the
        // agenda holds the record.
        if (
          state.section === 'skip' &&
          state.agenda &&
          (labelOf(block.text)?.label.kind === 'outcome' ||
            (block.indent > 0 && decidedHere(block.text, context)))
        )
          result.agendaRecords = true;
        if (state.section === 'skip' || isLeftover(block.text) || isTrailer(block.text)) break;
        // The items under "- **Contact**:" are the contact's details.
        if (state.skipBelow !== null) {
          if (block.indent > state.skipBelow) break;
          state.skipBelow = null;
        }
        if (state.drafts && block.indent === 0) {
          const title = draftTitle(block.lines[0]!.text);
          if (title !== null) result.documents.push({ title, line: block.line });
        }
        const taken = state.section === 'topics' && block.indent === 0 ? agendaItemAt(i, block.marker) : null;
        if (taken !== null) {
          takeUp(taken, block.text, block.line);
          break;
        }
        const bold = wholeBold(block.source);
        if (state.sectionBelow !== null && block.indent <= state.sectionBelow) {
          state.sectionBelow = null;
          state.section = 'topics';
          state.agenda = false;
        }
        const child = nextBlock?.type === 'item' && nextBlock.indent > block.indent;
        if (child && state.sectionBelow === null && (bold !== null || block.text.endsWith(':'))) {
          const title = block.text.replace(/:$/, '');
          const kind = headingKind(title);
          if (
            kind === 'attendance' ||
            (kind === 'skip' && /^agenda\b/i.test(title) && context.agendaHoldsRecord !== true)
          ) {
            onHeading(title, block.line, 9, 'bold');
            state.sectionBelow = block.indent;
            break;
          }
        }
        if (state.section === 'attendance') {
          if (isColumnHeader(block.text)) break;
          const group = bold === null ? null : attendance.groupFor(plainText(bold));
          if (group !== null) {
            attendance.group = group;
            break;
          }
          // "[x] Ana Ruiz" and "[ ] Tomas Berg": a roll ticked for who was there.
          const roll = attendance.group;
          if (block.checked !== null)
            attendance.group = { ...roll, status: block.checked ? roll.status : 'absent' };
          const read = attendance.readLines([{ n: block.line, text: block.text, source: block.source }]);
          attendance.group = roll;
          if (read === 1) break;
          state.section = 'topics';
        }
        const label = bold === null ? labelOf(block.text) : null;
        if (label?.label.kind === 'attendance') {
          book.addList(label.value, block.line, {
            name: label.name,
            status: label.label.status,
            role: label.label.role,
            remote: label.label.remote,
          });
          break;
        }
        // "1. The following members participated in the meeting: …": attendance told in an item.
        const told = mayTellAttendance(block.text) ? book.readSentences(block.text, block.line) : null;
        if (told !== null && squash(told) !== squash(block.text)) {
          if (told !== '') addOutcome(told, block.line, block.indent, block.checked);
          break;
        }
        if (label?.label.kind === 'topic' && label.value !== '') {
          outcomes.startTopic(label.value, block.line);
          break;
        }
        // "* (10 min) Update from the Best Practices WG" over its own notes, where the text has
        // no headings: notes kept as one outline, whose first level is the agenda.
        const outlineTitle =
          child && block.indent === 0 && outcomes.takesItemTitles() ? block.text.replace(TIME_BOX, '') : null;
        if (
          bold !== null ||
          (child &&
            block.text.endsWith(':') &&
            isHeadingText(block.text.slice(0, -1)) &&
            !hasOwnWords(block.text, outcomes.defaultKind, context)) ||
          (outlineTitle !== null &&
            // An agenda item may be a question: "Should we fund a paid team?".
            isHeadingText(outlineTitle.replace(/\?$/, '')) &&
            !hasOwnWords(outlineTitle, outcomes.defaultKind, context))
        ) {
          const title = plainText(bold ?? outlineTitle ?? block.text).replace(/:$/, '');
          // "- **Contact**:" over a name and an address: what a page gives, not a topic.
          if (child && PAGE_PART.test(title) && headingKind(title) === 'skip') {
            state.skipBelow = block.indent;
            break;
          }
          const labelled = labelOf(`${title}:`);
          // "- Next steps:" over its items lists the current topic's actions.
          if (bold === null && headingKind(title, 'item') === 'container')
            outcomes.enterContainer(title, 9, true);
          // "  * **Verdict:**" under an item, over its own items: the verdict on the item above.
          else if (
            labelled?.label.kind === 'outcome' &&
            labelled.value === '' &&
            block.indent > 0 &&
            outcomes.hasTopic()
          )
            outcomes.labelItems(labelled.label.outcome, block.indent);
          // "* President:" over its candidates under "## 3. Election of the Committee": a point
          // of the heading's topic, which is the top level of the agenda.
          // So is "  * Options:" indented under any open topic, however that topic was titled:
          // the topics are the agenda's top level. Under a heading that is the agenda itself,
          // its items are the agenda's.
          else if (
            (outcomes.underHeading() || (block.indent > 0 && outcomes.hasTopic())) &&
            !/^agenda\b/i.test(outcomes.topics.at(-1)?.title ?? '')
          )
            addOutcome(block.text, block.line, block.indent, block.checked);
          else {
            outcomes.startTopic(title, block.line);
            if (bold === null && outlineTitle !== null) outcomes.topics.at(-1)!.fromItem = true;
          }
          break;
        }
        const colon = block.text.indexOf(':');
        const point =
          colon >= 2 && colon <= 60 && /^\d/.test(block.marker)
            ? /^([^:]{2,60}):\s+(\p{Lu}.*)$/u.exec(block.text)
            : null;
        if (point && isHeadingText(point[1]!) && pieceCount(point[2]!, 12) >= 12) {
          // "1) Release 3.2: Tomasz reported …": a numbered topic with its discussion on one line.
          outcomes.startTopic(point[1]!, block.line);
          outcomes.addParagraph(point[2]!, block.line);
          break;
        }
        if (point && isHeadingText(point[1]!) && NOTHING.test(point[2]!)) {
          // "5. Planning: None": an agenda item that had nothing; a topic without an outcome.
          outcomes.startTopic(point[1]!, block.line);
          break;
        }
        // "Import maps: Wes will refactor …" where the agenda listed "Import maps": that item's notes.
        const item = agendaLead(block.text);
        if (item !== null) {
          outcomes.startTopic(item.title, block.line);
          addOutcome(item.rest, block.line, block.indent, block.checked);
          break;
        }
        const lead = boldLead(block.source);
        if (
          lead !== null &&
          !labelOf(`${lead.lead.replace(/:$/, '')}:`) &&
          !saysVerdict(lead.lead) &&
          pieceCount(lead.lead, 10) <= 10 &&
          // Under a heading of its own, "* **Term** - what was said" is a point of that topic.
          (block.indent === 0 || outcomes.takesItemTitles()) &&
          !outcomes.underHeading()
        ) {
          outcomes.startTopic(plainText(lead.lead), block.line);
          addOutcome(plainText(lead.rest), block.line, block.indent + 1, block.checked);
          break;
        }
        addOutcome(block.text, block.line, block.indent, block.checked);
        break;
      }
      case 'table':
        if (state.section !== 'skip') {
          readTableInto(
            block,
            context.year,
            book,
            attendance.group.name,
            (text, line, checked) => addOutcome(text, line, 0, checked),
            (title, line) => outcomes.startTopic(title, line),
          );
        }
        break;
    }
  }
  outcomes.finish();
  result.warnings.push(...book.finish());
  return result;
}

function hasOwnWords(text: string, defaultKind: OutcomeKind, context: BodyContext): boolean {
  const reading = readItem(text, { defaultKind, body: context.body, year: context.year });
  return !reading.placeholder && (reading.verb !== null || reading.kind !== defaultKind);
}

// "External Data - Martyn gave an overview …": a few words of title, a dash, what was said.
const TAKEN_UP_LEAD = /^((?:\S+\s+){0,9}?\S+)\s+[-–—]\s+(\S)/;

// The last words of a paragraph, when they are a label over what follows ("… Roll call:").
const ROLL_CUE = /(?:^|[.!?]\s+)([^.!?:]{2,30}):$/;

// The first words of what a page gives rather than the meeting's items: "Contact",
// "Registration", "Links", "Downloads".
const PAGE_PART =
  /^(?:contact|registration|links|downloads?|related|more information|see also|references)\b/i;

// What an agenda's sub-item says was decided ("Decided to set a goal …", "Approved.").
function decidedHere(text: string, context: BodyContext): boolean {
  const reading = readItem(text, { defaultKind: 'note', body: context.body, year: context.year });
  return (
    !reading.placeholder &&
    (reading.kind === 'decision' ||
      (reading.verb !== null && /^(?:decided|agreed|resolved)\b/i.test(reading.verb)))
  );
}
