/**
 * An agenda published before a meeting says what will be discussed and records nothing done.
 * A text is read as one when a line near its top calls it an agenda ("Proposed Agenda",
 * "Agenda for 02 May call", "Interim Meeting Agenda - 2026-06") and nothing in it says the
 * meeting took place: nobody is recorded present, no decision is read, and at most one of its
 * sentences tells in the past tense what was done or said. Its items stay as
 * the topics they announce; what reads like a task in them ("Ana to present the budget") is a
 * plan for the meeting, not an action it gave. A page that announces the meeting as an event
 * ("When: …", "Where: …") is read the same way.
 */
import type { SourceLine } from './outline.js';

// "Agenda", "Proposed agenda", "Board Meeting Agenda - IETF 121", "Agenda for 02 May, 2012 call".
const AGENDA_LINE =
  /^[#*\s]*(?:[\p{L}\p{N}&-]+\s+){0,6}agenda\b(?:\s*(?:[-–—:]|for\b|and information\b).{0,60})?[*:\s]*$/iu;
// What a record of the meeting calls itself, or an agenda item about the agenda.
const RECORD_WORDS = /\b(?:minutes|notes|summary|record|report|bashing|approv\w*|adopt\w*|review)\b/i;

/** Whether a line only calls the text an agenda ("Draft session agenda"). */
export function isAgendaLine(text: string): boolean {
  return text.length <= 90 && AGENDA_LINE.test(text) && !RECORD_WORDS.test(text);
}

// The fields of an event's page: "When, local time:", "Where:", "Type of Event:".
const EVENT_FIELD = /^(?:when|where|type of event|event type|registration|register)\b[^:]{0,20}:/i;

const SCHEDULED =
  /\b(?:meeting|call|session)\s+(?:has been|is|was|will be)\s+(?:scheduled|planned|convened|called)\s+for\b/i;

/**
 * Whether the top of the text announces an event ("When: …", "Where: …"): like an agenda it
 * says what will happen, and records nothing done.
 */
export function announcesEvent(lines: SourceLine[]): boolean {
  let seen = 0;
  let fields = 0;
  for (const line of lines) {
    const text = line.raw.trim();
    if (text === '') continue;
    if (++seen > 15) break;
    if (EVENT_FIELD.test(text) && ++fields >= 2) return true;
    // "This board meeting has been scheduled for the 12th of December 2008 at 17:00 UTC".
    if (SCHEDULED.test(text)) return true;
  }
  return false;
}

/** Whether a line near the top of the text calls the text an agenda. */
export function titledAsAgenda(lines: SourceLine[]): boolean {
  let seen = 0;
  for (const line of lines) {
    const text = line.raw.trim();
    if (text === '') continue;
    if (++seen > 8) break;
    if (isAgendaLine(text)) return true;
  }
  return false;
}

// What a record tells of a meeting that took place.
const TOLD =
  /\b(?:agreed|decided|resolved|approved|adopted|discussed|noted|presented|reported|explained|asked|said|mentioned|suggested|raised|confirmed|completed|was|were|had)\b/i;

/** Whether texts read from a document tell what happened at the meeting. */
export function tellsWhatHappened(texts: Iterable<string>): boolean {
  let told = 0;
  for (const text of texts) if (TOLD.test(text) && ++told >= 2) return true;
  return false;
}
