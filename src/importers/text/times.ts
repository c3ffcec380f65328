/**
 * Times of day as summaries write them: "13:00-14:00 UTC", "14.00 UTC", "0900-1000 hours",
 * "12noon (London time)", "1.11 P.M. PDT", "3:02 pm ET", "09:00-16:00 (UTC +1)". A time that
 * contradicts itself ("14:00 p.m.") is reported, not repaired.
 */
import { zoneOf, type Zone } from './zones.js';

export interface Clock {
  hour: number;
  minute: number;
}

export interface TimeFinding {
  /** The time as written, zone included. */
  text: string;
  index: number;
  start: Clock | null;
  end: Clock | null;
  zone: Zone | null;
  problem: { code: 'ambiguous-time' | 'contradictory-time'; message: string } | null;
}

const ONE =
  /(?<![\d/:.,])(?:(\d{1,2})(?:([:.h])(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|noon)?|([01]\d|2[0-3])([0-5]\d)(?=\s*(?:hours|hrs|h\b)|\s*(?:[-–]|to)\s*(?:[01]\d|2[0-3])[0-5]\d\b))(?![\dA-Za-zÀ-ÿ])/gi;
const ZONE =
  /^\s*\(?\s*((?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|[A-Z]{2,5}\b|(?:Eastern|Central|Mountain|Pacific)(?:\s+time)?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+time)\s*\)?/;
const JOINER = /^\s*(?:-|–|—|to|until|till)\s*/i;
const HOURS = /^\s*(?:hours|hrs|h)\b\.?/i;

interface RawClock {
  hour: number;
  minute: number;
  meridiem: 'am' | 'pm' | 'noon' | null;
  clear: boolean;
  length: number;
}

/** The first time (or range of times) written in a text, or null. */
export function findTime(text: string): TimeFinding | null {
  ONE.lastIndex = 0;
  for (let m = ONE.exec(text); m !== null; m = ONE.exec(text)) {
    const first = readClock(m);
    if (first === null) continue;
    let cursor = m.index + m[0].length;
    let second: RawClock | null = null;
    const joiner = JOINER.exec(text.slice(cursor));
    if (joiner) {
      const after = cursor + joiner[0].length;
      ONE.lastIndex = after;
      const n = ONE.exec(text);
      if (n && n.index === after) {
        second = readClock(n, true);
        if (second) cursor = n.index + n[0].length;
      }
    }
    if (
      !first.clear &&
      !(second?.clear ?? false) &&
      !ZONE.test(text.slice(cursor)) &&
      !HOURS.test(text.slice(cursor))
    ) {
      ONE.lastIndex = m.index + m[0].length;
      continue;
    }
    const hours = HOURS.exec(text.slice(cursor));
    if (hours) cursor += hours[0].length;
    const zoneMatch = ZONE.exec(text.slice(cursor));
    const zone = zoneMatch ? zoneOf(zoneMatch[1]!) : null;
    if (zoneMatch && zone !== null) cursor += zoneMatch[0].length;
    // "1.11 P.M. PDT–2.05 P.M. PDT": the zone written after each end of the range.
    const after = second === null && zone !== null ? JOINER.exec(text.slice(cursor)) : null;
    if (after) {
      const at = cursor + after[0].length;
      ONE.lastIndex = at;
      const n = ONE.exec(text);
      const end = n && n.index === at ? readClock(n, true) : null;
      if (end) {
        second = end;
        cursor = n!.index + n![0].length;
        const again = ZONE.exec(text.slice(cursor));
        if (again && zoneOf(again[1]!) !== null) cursor += again[0].length;
      }
    }
    return interpret(text.slice(m.index, cursor).trim(), m.index, first, second, zone);
  }
  return null;
}

function readClock(m: RegExpExecArray, inRange = false): RawClock | null {
  if (m[5] !== undefined) {
    return { hour: Number(m[5]), minute: Number(m[6]), meridiem: null, clear: true, length: m[0].length };
  }
  const hour = Number(m[1]);
  const minute = m[3] === undefined ? 0 : Number(m[3]);
  const mer = m[4]?.toLowerCase().replace(/[.\s]/g, '');
  const meridiem = mer === 'am' ? 'am' : mer === 'pm' ? 'pm' : mer === 'noon' ? 'noon' : null;
  if (hour > 24 || minute > 59) return null;
  const clear = m[3] !== undefined ? m[2] === ':' || meridiem !== null || m[2] === 'h' : meridiem !== null;
  if (!clear && !inRange && m[3] === undefined)
    return { hour, minute, meridiem, clear: false, length: m[0].length };
  return { hour, minute, meridiem, clear, length: m[0].length };
}

function interpret(
  text: string,
  index: number,
  first: RawClock,
  second: RawClock | null,
  zone: Zone | null,
): TimeFinding {
  const bad = [first, second].find(
    (c) => c !== null && c.meridiem !== null && c.meridiem !== 'noon' && (c.hour > 12 || c.hour === 0),
  );
  if (bad) {
    return {
      text,
      index,
      zone,
      start: null,
      end: null,
      problem: { code: 'contradictory-time', message: `"${text}" mixes a 24-hour clock with a.m./p.m.` },
    };
  }
  // "9-11 am": the meridiem written once applies to both ends.
  const sharedMeridiem = first.meridiem ?? (second?.meridiem === 'noon' ? null : (second?.meridiem ?? null));
  let start = to24(first.hour, first.minute, sharedMeridiem);
  const end = second === null ? null : to24(second.hour, second.minute, second.meridiem);
  if (end !== null && first.meridiem === null && sharedMeridiem === 'pm' && minutes(start) > minutes(end)) {
    start = to24(first.hour, first.minute, 'am');
  }
  if (zone?.kind === 'ambiguous') {
    const problem = { code: 'ambiguous-time' as const, message: `"${text}": ${zone.reason}` };
    return { text, index, zone, start, end, problem };
  }
  // Written out: spreading a shared part and adding fields is slow in V8.
  return { text, index, zone, start, end, problem: null };
}

function to24(hour: number, minute: number, meridiem: RawClock['meridiem']): Clock {
  if (meridiem === 'noon') return { hour: 12, minute: 0 };
  if (meridiem === 'pm' && hour < 12) return { hour: hour + 12, minute };
  if (meridiem === 'am' && hour === 12) return { hour: 0, minute };
  return { hour: hour === 24 ? 0 : hour, minute };
}

function minutes(clock: Clock): number {
  return clock.hour * 60 + clock.minute;
}
