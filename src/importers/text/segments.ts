/**
 * One file, several meetings: a yearly minutes file, or a day of sessions each with its own
 * attendance. A new meeting starts at a short title paragraph that names a meeting and a date;
 * the split is kept only when every part records its own attendance, so that a page listing
 * meetings, or an item about "the meeting of 3 March", is never cut into empty meetings.
 */
import { findDate } from './dates.js';
import { labelOf } from './labels.js';
import type { SourceLine } from './outline.js';

const MEETING_WORD = /\b(?:meeting|session|call|minutes|summary|plenary|teleconference|telecon|sitting)\b/i;
const NOT_A_START =
  /^\W*(?:next|upcoming|previous|last|approval|approve|adoption|review|matters arising|confirmation|date of)\b/i;
const ATTENDANCE =
  /^\W*(?:annex\W+)?(?:present|attendees|attendance|participants|in attendance|regrets|apologies|members present|roll call)\b/i;

export interface Segment {
  lines: SourceLine[];
}

/** Splits lines into one segment per meeting (usually just one). */
export function splitMeetings(lines: SourceLine[]): Segment[] {
  const starts: number[] = [0];
  let sinceStart = 0;
  // A source line has no trailing space: a blank line is empty.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.raw === '') continue;
    const startsParagraph = i === 0 || lines[i - 1]!.raw === '';
    if (startsParagraph && sinceStart >= 3 && isMeetingTitle(lines, i)) {
      starts.push(i);
      sinceStart = 0;
    }
    sinceStart++;
  }
  if (starts.length === 1) return [{ lines }];
  const segments = starts.map((start, k) => ({ lines: lines.slice(start, starts[k + 1] ?? lines.length) }));
  const attended = segments.map(hasAttendance);
  if (!attended.slice(1).every(Boolean)) return [{ lines }];
  if (attended[0]) return segments;
  // A lead without attendance of its own (a file title, a preamble) belongs to the first meeting.
  const [lead, first, ...rest] = segments;
  const merged = [{ lines: [...lead!.lines, ...first!.lines] }, ...rest];
  return merged.length > 1 ? merged : [{ lines }];
}

function hasAttendance(segment: Segment): boolean {
  return segment.lines.some(
    (l) => ATTENDANCE.test(l.raw) || labelOf(l.raw.trim())?.label.kind === 'attendance',
  );
}

function isMeetingTitle(lines: SourceLine[], i: number): boolean {
  const paragraph: string[] = [];
  for (let k = i; k < lines.length && lines[k]!.raw !== '' && paragraph.length < 5; k++)
    paragraph.push(lines[k]!.raw.trim());
  if (paragraph.length > 4 || paragraph.some((l) => l.length > 120 || endsSentence(l))) return false;
  if (/^[-*+•]\s/.test(paragraph[0]!) || labelOf(unmarked(paragraph[0]!)) !== null) return false;
  const text = unmarked(paragraph.join(' '));
  const heading = /^(?:#{1,3}\s|\*\*|__)/.test(paragraph[0]!);
  if (NOT_A_START.test(text) || !(MEETING_WORD.test(text) || heading)) return false;
  // A title names a whole date; "the meeting of 29 October" in passing does not start one.
  const date = findDate(text);
  return date !== null && (date.date !== null || date.problem?.code !== 'date-without-year');
}

function endsSentence(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last === 46 || last === 59 || last === 63 || last === 33;
}

// The text without heading and emphasis marks, looked for first as most titles have none.
function unmarked(text: string): string {
  const marked = text.includes('#') || text.includes('*') || text.includes('_');
  return (marked ? text.replace(/[#*_]/g, '') : text).trim();
}
