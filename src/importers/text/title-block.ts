/**
 * The lines of a title block ("IGF Leadership Panel / Virtual Meeting / 1 November 2024 |
 * 13:00-14:00 UTC"): which part names the body, which the kind of meeting, the place, the
 * mode, and which parts are the date and the time.
 */
import type { Meeting } from '../../domain/record.js';
import { pieceCount, squash } from '../../domain/text.js';
import { findDate } from './dates.js';
import { findTime } from './times.js';

const MODE_WORDS: Array<[RegExp, NonNullable<Meeting['mode']>]> = [
  [/\bhybrid\b/i, 'hybrid'],
  [
    /\b(?:virtual(?:ly)?|online|remote(?:ly)?|tele-?conference|telecon|video-?conference|video call|conference call|web-?conference|via (?:zoom|webex|teams|video)|zoom(?: call| meeting)?|webex|by (?:video|phone))\b/i,
    'virtual',
  ],
  [/\b(?:in[- ]person|face[- ]to[- ]face|on[- ]site)\b/i, 'in-person'],
];
export const DOC_TYPE =
  /^(?:(?:draft|final|approved|unapproved|official)\s+)?(?:summary(?: report| record)?|meeting summary|summary of (?:the )?(?:meeting|discussions?|decisions)|minutes|meeting minutes|record of (?:decisions|proceedings)|report|meeting report|notes|meeting notes|chair['’]s summary|(?:cancell?ation )?notice|notice of cancell?ation)$/i;
export const DRAFT =
  /^[\s*_-]*(?:status\s*:\s*)?(?:draft|unapproved|not (?:yet )?approved|draft\s*[-–—:]\s*.*|for review)[\s*_-]*$/i;
export const CANCELLED = /\b(?:cancel+ed|cancel+ation|called off)\b/i;
const MODIFIERS =
  '(?:regular|special|annual|extraordinary|monthly|quarterly|weekly|virtual|online|hybrid|in-person|ordinary|plenary|open|closed|public|general|(?<!\\b(?:executive|governing|advisory|supervisory|steering|management|editorial|oversight)\\s)board(?=\\s+(?:(?:regular|special|annual|monthly|quarterly|weekly|ordinary|extraordinary|virtual|online|hybrid|in-person)\\s+)*(?:meeting|call|session)\\b)|business|joint|inaugural|interim|\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
const KINDS = '(?:meeting|call|session|teleconference|telecon|plenary|retreat|summit|workshop|conference)';
const MEETING_ONLY = new RegExp(`^(?:${MODIFIERS}\\s+)*${KINDS}$`, 'i');
const MEETING_TAIL = new RegExp(`\\s+(?:${MODIFIERS}\\s+)*${KINDS}\\b.*$`, 'i');
const MEETING_OF =
  /^(?:the\s+)?(?:(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?(?:(?:regular|special|ordinary|extraordinary|annual|virtual|joint|informal|inaugural|plenary)\s+)?(?:meeting|session|sitting)\s+of\s+(?:the\s+)?(\p{Lu}.+)$/iu;
const KIND_OF =
  /\s(?:meeting|call|session|sitting|teleconference|telecon)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of|for|on|and|&|the|\p{Lu}[\p{L}\p{N}'’&.-]*)){0,10})$/u;
const PLACE =
  /\b(?:room|hall|guildhall|palais|centre|center|hotel|building|house|headquarters|hq|campus|chamber|chambers|auditorium|offices|instituto|institute|university|sala|street|road|avenue|square|plaza|boulevard|lane|manor|castle|villa|lodge|pavilion|court)\b/i;

/** What one part of a title block says. */
export interface TitlePart {
  text: string;
  line: number;
}

/** The parts of a title line: "Larchmont House, Room 2 | 16:00–18:00 UTC | in person" is three. */
export function partsOf(text: string, line: number): TitlePart[] {
  return text
    .split(/\s+[|·•\uFFFD–—]\s+/)
    .map((part) => ({ text: part.trim(), line }))
    .filter((p) => p.text !== '');
}

/** The mode a text names, if any. */
export function modeOf(text: string): Meeting['mode'] {
  // "met in person … and streamed online": the first word that names a mode wins.
  let best: { index: number; mode: NonNullable<Meeting['mode']> } | null = null;
  for (const [pattern, mode] of MODE_WORDS) {
    const m = pattern.exec(text);
    const index = mode === 'hybrid' ? -1 : (m?.index ?? Infinity);
    if (m && (best === null || index < best.index)) best = { index, mode };
  }
  return best?.mode ?? null;
}

/** Could this line belong to a title block after its first lines: a date, a time, a place, a mode? */
export function isMetaLine(text: string): boolean {
  if (/^(?:next|previous|upcoming|last)\b/i.test(text) || text.length > 160) return false;
  const words = stripDateAndTime(text);
  return (
    findDate(text) !== null ||
    findTime(text) !== null ||
    DRAFT.test(text) ||
    DOC_TYPE.test(words) ||
    MEETING_ONLY.test(words) ||
    /^(?:[\w-]+\s+){0,3}(?:meeting|session|call)\s+(?:minutes|summary|notes|report)$/i.test(
      words.replace(/\s*[–—-]\s*/g, ' '),
    ) ||
    (isPlace(words) && words.length <= 100) ||
    (modeOf(text) !== null &&
      (pieceCount(words, 6) <= 6 || /^(?:hybrid|virtual|online|in[- ]person)\b/i.test(text))) ||
    /^(?:called to order|adjourned|dates?|times?|venue|location)\b/i.test(text)
  );
}

/** Is this part a place rather than a name? */
export function isPlace(text: string): boolean {
  return PLACE.test(text) && modeOf(text) === null && !DOC_TYPE.test(text);
}

/** The text of a title line without its date and time. */
export function stripDateAndTime(text: string): string {
  return squash(
    text
      .replace(
        /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[-–]|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}\b/gi,
        ' ',
      )
      .replace(/\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, ' ')
      .replace(
        /\b\d{1,2}(?::|\.)\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–]\s*\d{1,2}(?::|\.)\d{2}\s*(?:[ap]\.?m\.?)?)?\s*(?:\(?\s*(?:UTC|GMT|[A-Z]{2,4})(?:\s*[+-]\s*\d{1,2})?\s*\)?)?/g,
        ' ',
      )
      // "Tues 25 June 2019": a short weekday, and "(Leuven time)", go with the date and time.
      .replace(/\(\s*[\p{L} ]{1,30}\btime\s*\)/giu, ' ')
      .replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=[\s,]*$|[\s,]+[|–—])/gi, ' ')
      .replace(/^[\s|,–—:-]+|[\s|,–—:-]+$/g, '')
      // "Telecon Minutes for 2021-01-18": the word that led to the date goes with it.
      .replace(/\s+(?:held\s+)?(?:for|of|on|dated|from)$/i, ''),
  );
}

const GENERIC_AFTER_STOP =
  /\.\s+(?:executive\s+)?(?:summary|summary report|report|minutes|notes|highlights|record)\s*$/i;

/** The body a title line names, if it names one. */
export function bodyOf(line: string): string | null {
  // "… Steering Committee. Executive summary": what the text is, after the body's sentence.
  let text = line.replace(/^\s*(?:draft\s+)?/i, '').replace(GENERIC_AFTER_STOP, '');
  if (MEETING_ONLY.test(text) || DRAFT.test(text)) return null;
  const ofPattern =
    /^(?:(?:draft|final|approved)\s+)?(?:summary(?: report| record)?|minutes|record|report|notes|highlights|summary of (?:the )?(?:discussions?|decisions))\s+(?:of|from|for)\s+(?:the\s+)?(.+)$/i.exec(
      text,
    );
  // "24th meeting of the Bureau of the …", "Special session of the Council": the body follows.
  // "Minutes of the 31st meeting of the …" too.
  const meetingOf = MEETING_OF.exec(ofPattern === null ? text : ofPattern[1]!);
  // "Agenda for the March 2nd video call of the Harbour Community Group": the body follows too.
  const kindOf = meetingOf === null ? KIND_OF.exec(text) : null;
  if (meetingOf) text = meetingOf[1]!;
  else if (kindOf) text = kindOf[1]!;
  else if (ofPattern) text = ofPattern[1]!;
  else {
    const dash =
      /^(.+?)\s*[-–—:|\uFFFD]\s*(?:(?:draft|final)\s+)?(?:summary|minutes|record|report|notes|meetings?|highlights|teleconference|telecon|call|session)\b/i.exec(
        text,
      );
    // "Lantern Steering Council Update for Q1 2023": what the body reports on a period.
    const update =
      dash === null
        ? /^(.+?)\s+(?:update|report|summary)\s+(?:for|of)\s+(?:Q[1-4]|H[12]|the\s+|\p{Lu}|\d)/iu.exec(text)
        : null;
    if (dash) text = dash[1]!;
    else if (update) text = update[1]!;
  }
  const withoutMeeting = text.replace(MEETING_TAIL, '').trim();
  if (withoutMeeting !== text) text = withoutMeeting;
  else if (ofPattern === null && (DOC_TYPE.test(text) || modeOf(text) !== null || isPlace(text))) return null;
  text = text
    .replace(/^the\s+/i, '')
    // "3rd Management Committee": which meeting it is, not part of the body's name.
    .replace(/^\d{1,3}(?:st|nd|rd|th)\s+(?=\p{Lu})/iu, '')
    // ", Q4 2023": the period the meeting reviews.
    .replace(/,\s*(?:Q[1-4]|H[12])\s+\d{4}$/, '')
    .replace(/[\s,:;–—-]+$/, '')
    .trim();
  if (text === '' || DOC_TYPE.test(text) || pieceCount(text, 12) > 12) return null;
  if (!/^[\p{Lu}\p{N}‘'“"]/u.test(text)) return null;
  return text;
}
