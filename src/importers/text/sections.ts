/**
 * What a heading announces: the attendance, a container of outcomes ("Decisions, Action Items
 * & Next Steps"), a list of the documents before the meeting, a part to skip (a table of
 * contents, links), or a topic of its own. A line set as a heading may also title nothing: a
 * date alone, or the end of the meeting ("Meeting adjourned").
 */
import type { OutcomeKind } from '../../domain/record.js';
import { isSpaceCode, pieceCount } from '../../domain/text.js';
import { labelOf } from './labels.js';
import { isHeadingText } from './outline.js';

export type HeadingKind = 'attendance' | 'container' | 'documents' | 'skip' | 'topic';

const ATTENDANCE =
  /^(?:(?:annex|appendix)(?:\s+[\dA-Z]{1,3})?\s*[-–—:.]?\s*)?(?:attendance(?: list| record)?|attendees|participants|visitors|guests|list of (?:participants|attendees)|presents?|members present|in attendance|roll call|regrets|apologies(?: for absence)?|absent|absentees|participation|who attended|record of attendance|attendance and apologies|(?:board|committee|council|steering committee|tsc) members|unable to attend|could not attend|not attending|teilnehmer(?:innen)?|teilnehmende|anwesende?|anwesenheit|entschuldigt|abwesend|gäste)$/i;
// A heading that says in a few words who was there: "Board members in attendance were",
// "Current members that were present", "2.3 Other attendees". Not "Items to present".
const ATTENDANCE_PHRASE =
  /^(?:(?!to\s)[\p{L}-]+\s+){0,4}(?:(?:present|attendees|attendance|in attendance|attending|attended by|participants|regrets|apologies|absent)(?:\s+(?:were|was|are))?|members\s+(?:are|were))$/iu;
// The number an agenda gives a heading: "2.", "2.1", "II."
// An item's number, not a year's ("2005 Committee members" names no item 2005).
const NUMBERED = /^(?:\d{1,3}(?:\.\d+)*|[IVX]+)\.?\s+/;
const CONTAINER_WORDS = new Set([
  'decisions',
  'decision',
  'action',
  'actions',
  // "AIs": action items, as minutes abbreviate them.
  'ais',
  'items',
  'item',
  'next',
  'steps',
  'step',
  'outcomes',
  'outcome',
  'key',
  'main',
  'summary',
  // "Executive summary": what the page is, no item of it.
  'executive',
  'of',
  'the',
  'conclusions',
  'resolutions',
  'agreed',
  'points',
  'follow-up',
  'follow-ups',
  'followup',
  'minutes',
  // "Business" over "1st Order of business", "2nd Order of business": the items are the topics.
  'business',
  // "# Log" over the items taken up, as a developers' meeting keeps it.
  'log',
  'results',
  'record',
  'discussion',
  'discussions',
  'discussed',
  'topics',
  'proceedings',
  'highlights',
  'notes',
  'agenda',
  'and',
  '&',
  'meeting',
  // "Protokoll", "Beschlüsse", "Aufgaben": minutes in German.
  'protokoll',
  'beschlüsse',
  'aufgaben',
]);
// A list whose items are the titles of documents.
const DOCUMENTS =
  /^(?:(?:meeting |reference |related |background |supporting )?(?:documents|papers)(?: (?:referred to|considered|presented|tabled|for (?:the|this) meeting))?|attachments|annexes|appendices|documents and references)$/i;
const SKIP =
  /^(?:(?:draft |proposed |provisional |annotated )?agenda(?: items?| and (?:documents|materials|papers))?(?: \([^)]*\))?|tagesordnung|registration|upcoming meetings?|table of contents|contents|annex|appendix|references|links|related (?:links|content)|footnotes|distribution(?: list)?|disclaimer|about (?:us|this (?:page|document))|share this(?: page)?|downloads?|more information|contact(?: us)?|see also(?: [\w ]{1,20})?|chat(?: logs?)?|quorum\b.*|coordinates|how to join|joining (?:instructions|details)|connection details|dial-in (?:details|information|numbers)|meeting links?|join(?:ing)? (?:the meeting|by phone|by video(?: system)?|online))$/i;

const WORK_KINDS =
  /^(?:working group|wg|individual|other|non-wg|chartered|adopted|related)\s+(?:documents|drafts|work items|internet-drafts)$/i;

// A heading over when and where the meeting was: "Date, Time and Location", "Time and place".
const MEETING_FACTS =
  /^(?:(?:date|time|location|venue|place|dial[- ]in|call details|logistics|info|information|meeting info(?:rmation)?|meeting details|datum|zeit|ort|beginn|start|ende)(?:\s*(?:,|and|&|und)\s*|$))+$/i;
// A date, a day or a time alone, as page layouts set them above the minutes: "Wednesday 16th
// August 2017", "20.02.2016", "15:03:40".
const WHEN_ONLY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|of|at|utc|gmt|[ap]\.?m\.?|[\s,./:–—-])+$/i;
// The end of the meeting, said where a heading would stand: "Business Completed. Adjourned",
// "Meeting adjourned.", "21:34 Close".
const CLOSING =
  /^(?:\d{1,2}[:.]\d{2}\s+)?(?:(?:the\s+)?meeting\s+(?:was\s+)?(?:adjourned|closed|ended)(?:\s+at\s+.*)?|adjourned|close|closed|business completed\.?\s*adjourned)\.?$/i;

/** Whether a heading is over when and where the meeting was ("Date, Time and Location"). */
export function namesMeetingFacts(text: string): boolean {
  return MEETING_FACTS.test(text.trim().replace(/:$/, ''));
}

/** Whether a line says only when: a date, a day, a time. */
export function saysOnlyWhen(text: string): boolean {
  const trimmed = text.trim();
  // A day's name alone ("Samstag" over a news item) says when as much as a date does.
  return (/\d/.test(trimmed) || WEEKDAY.test(trimmed)) && WHEN_ONLY.test(trimmed);
}

const WEEKDAY =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?$/i;

// What a review says of the item above it, where a heading would stand: "Approved | #123",
// "Rejected", "Merged.", "Approved with changes".
const VERDICT =
  /^(?:(?:approved|rejected|accepted|adopted|agreed|declined|deferred|merged|carried|passed|not approved|approved with (?:changes|edits|modifications|amendments))\b\s*(?:[|:–—-]|\.?$)|merge\b\s*(?:[|:–—,-]|\.?$))/i;

// The verdict and what it is on, by number: "Merged PR #11593", "Approved RFC 9110".
const VERDICT_ON_NUMBER =
  /^(?:approved|rejected|accepted|adopted|declined|merged)\s+(?:(?:PR|pull request|MR|merge request|RFC|issue|proposal)\s*)?(?:[\w.-]+\/[\w.-]+)?[#!]?\d/i;

/** Whether a line gives the verdict on the item above it, or on a numbered item, rather than a title. */
export function saysVerdict(text: string): boolean {
  const trimmed = text.trim();
  return VERDICT.test(trimmed) || VERDICT_ON_NUMBER.test(trimmed);
}

/** Whether a line says the meeting ended: "Meeting adjourned.", "21:34 Close". */
export function saysClosed(text: string): boolean {
  return CLOSING.test(text.trim());
}

// "## Decisions Made", "## Actions Required": a register's heading over its table. Set as a
// list item over notes ("* Decisions made:"), the words title the item instead.
const REGISTER_HEADING = /^(?:decisions|actions|action items)\s+(?:made|taken|required|needed|agreed)$/i;

/** Classifies a heading's text. */
export function headingKind(text: string, style: 'heading' | 'item' = 'heading'): HeadingKind {
  const c = text.charCodeAt(0) | 32;
  if (style === 'heading' && (c === 97 || c === 100) && REGISTER_HEADING.test(text.trim()))
    return 'container';
  if (text.length > 100) return 'topic';
  const trimmed = text.trim();
  const t = trimmed.endsWith(':') || trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
  // "Attendees (sign yourself in)": what a bracket adds does not change what the heading is.
  const unnumbered = t.replace(NUMBERED, '').replace(/\s*\([^)]*\)$/, '');
  if (ATTENDANCE.test(unnumbered) || ATTENDANCE_PHRASE.test(unnumbered)) return 'attendance';
  if (DOCUMENTS.test(t)) return 'documents';
  if (SKIP.test(t) || MEETING_FACTS.test(t)) return 'skip';
  // "###### tags: `Internal Meeting`": a page's field set as a heading, no item of the meeting.
  if (/^[a-z][a-z_-]{1,20}:\s/.test(t)) return 'skip';
  // "Event report", "Session report": what the whole page is, not one of its items.
  if (/^(?:event|session|meeting|workshop|call)\s+report$/i.test(t)) return 'container';
  // "Working Group Documents", "Individual Drafts": a standards group's kinds of work, over the
  // items it took up.
  if (WORK_KINDS.test(t)) return 'container';
  // Every word must be one of a container's: most titles fail at the first, looked at alone.
  const first = firstWordEnd(t);
  if (first > 0 && !CONTAINER_WORDS.has(t.slice(0, first).toLowerCase())) return 'topic';
  const words = t
    .toLowerCase()
    .split(/[\s,;/]+/)
    .filter(Boolean);
  if (
    words.length > 0 &&
    words.every((w) => CONTAINER_WORDS.has(w)) &&
    // "Next meeting" is an item of its own, not a section of outcomes.
    !words.every((w) => ['of', 'the', 'and', '&', 'meeting', 'next', 'key', 'main'].includes(w))
  ) {
    return 'container';
  }
  return 'topic';
}

// Where the first word ends, at white space, a comma, a semicolon or a slash.
function firstWordEnd(text: string): number {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 47 || isSpaceCode(c)) break;
  }
  return i;
}

/** Is an attendance heading also the name of its group ("Regrets", "Present"), or only a section ("Annex – Attendance")? */
export function headingIsGroup(text: string): boolean {
  return !/\b(?:annex|appendix|attendance|list of|participation|record)\b/i.test(text);
}

/** The group a heading names, said as a sentence or not: "The current Board members are:" is "Board members". */
export function groupNameOf(text: string): string {
  const name = text
    .replace(/:$/, '')
    .replace(/^the\s+(?:current\s+)?/i, '')
    .replace(/(?:\s+(?:that|who))?\s+(?:are|were|was)$/i, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The kind that items under a heading take when their own words say nothing. */
export function defaultKindOf(text: string, inherited: OutcomeKind): OutcomeKind {
  const t = text.toLowerCase();
  const decisions = /\b(?:decisions?|resolutions?|agreed|conclusions|motions|decided)\b/.test(t);
  const actions = /\b(?:actions?|ais|next steps?|follow[- ]?ups?|to[- ]?dos?|tasks)\b/.test(t);
  // "Agenda points & Actions", "Notes and decisions": a record of everything, not a list of one kind.
  if (/\b(?:agenda|notes?|minutes|discussions?)\b/.test(t)) return inherited;
  if (actions && !decisions) return 'action';
  if (decisions && !actions) return 'decision';
  if (decisions && actions) return 'note';
  return inherited;
}

// A title of a few capitalised words, a colon, and what was said under it.
const RUN_IN = /^(\p{Lu}[\p{L}\d'’&/-]*(?:\s+[\p{L}\d'’&/-]+){1,4}):\s+(\p{Lu}.*)$/u;
// What a speaker says of themselves: "I think …", "We need …".
const FIRST_PERSON = /^(?:I|I'm|I’m|I'd|I’d|I've|I’ve|We|We're|We’re|My|Our|Yes|No|So|Thanks|Thank you)\b/;
// What an item says when it had nothing: "None", "Nothing to discuss", "N/A".
const NOTHING_SAID =
  /^(?:none|nil|nothing(?: to (?:report|discuss))?|no (?:items?|business|report)|n\/a)\.?$/i;

/**
 * "Old Business: Kurachik worked on the signals …": a paragraph that opens with its topic's
 * title. Not a label ("Present:"), not someone speaking of themselves ("Ana: I think …"); what
 * follows says something (six words at least) or says there was nothing.
 */
export function runInTitle(text: string): { title: string; rest: string } | null {
  const runIn = RUN_IN.exec(text);
  if (runIn === null) return null;
  const [, title, rest] = runIn as unknown as [string, string, string];
  if (labelOf(`${title}:`) !== null || !isHeadingText(title)) return null;
  if (NOTHING_SAID.test(rest)) return { title, rest: '' };
  return pieceCount(rest, 6) >= 6 && !FIRST_PERSON.test(rest) ? { title, rest } : null;
}
