/**
 * Time zones as minutes write them ("UTC", "CET", "3:02 pm ET", "(London time)", "UTC +1"),
 * resolved to a fixed offset or an IANA zone, and wall-clock times converted to UTC with Intl.
 */

export type Zone =
  | { kind: 'offset'; minutes: number }
  | { kind: 'iana'; name: string }
  /** An abbreviation that only holds in one season, such as PDT: the date must agree. */
  | { kind: 'seasonal'; minutes: number; name: string }
  | { kind: 'ambiguous'; reason: string };

const FIXED: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  UT: 0,
  WET: 0,
  EAT: 180,
  WAT: 60,
  CAT: 120,
  SAST: 120,
  MSK: 180,
  JST: 540,
  KST: 540,
  SGT: 480,
  HKT: 480,
  ICT: 420,
  PKT: 300,
  GST: 240,
  NZST: 720,
  NZDT: 780,
};

// Abbreviations of one season of a zone that changes with daylight saving time.
const SEASONAL: Record<string, [number, string]> = {
  CET: [60, 'Europe/Brussels'],
  CEST: [120, 'Europe/Brussels'],
  EET: [120, 'Europe/Athens'],
  EEST: [180, 'Europe/Athens'],
  WEST: [60, 'Europe/Lisbon'],
  BST: [60, 'Europe/London'],
  EST: [-300, 'America/New_York'],
  EDT: [-240, 'America/New_York'],
  CST: [-360, 'America/Chicago'],
  CDT: [-300, 'America/Chicago'],
  MST: [-420, 'America/Denver'],
  MDT: [-360, 'America/Denver'],
  PST: [-480, 'America/Los_Angeles'],
  PDT: [-420, 'America/Los_Angeles'],
  AEST: [600, 'Australia/Sydney'],
  AEDT: [660, 'Australia/Sydney'],
};

const GENERIC: Record<string, string> = {
  ET: 'America/New_York',
  EASTERN: 'America/New_York',
  CT: 'America/Chicago',
  CENTRAL: 'America/Chicago',
  MT: 'America/Denver',
  MOUNTAIN: 'America/Denver',
  PT: 'America/Los_Angeles',
  PACIFIC: 'America/Los_Angeles',
};

const CITIES: Record<string, string> = {
  london: 'Europe/London',
  geneva: 'Europe/Zurich',
  zurich: 'Europe/Zurich',
  paris: 'Europe/Paris',
  brussels: 'Europe/Brussels',
  berlin: 'Europe/Berlin',
  vienna: 'Europe/Vienna',
  rome: 'Europe/Rome',
  madrid: 'Europe/Madrid',
  amsterdam: 'Europe/Amsterdam',
  'the hague': 'Europe/Amsterdam',
  stockholm: 'Europe/Stockholm',
  warsaw: 'Europe/Warsaw',
  lisbon: 'Europe/Lisbon',
  dublin: 'Europe/Dublin',
  moscow: 'Europe/Moscow',
  'new york': 'America/New_York',
  washington: 'America/New_York',
  ottawa: 'America/Toronto',
  toronto: 'America/Toronto',
  chicago: 'America/Chicago',
  denver: 'America/Denver',
  'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  'mexico city': 'America/Mexico_City',
  'sao paulo': 'America/Sao_Paulo',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  tokyo: 'Asia/Tokyo',
  beijing: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong',
  singapore: 'Asia/Singapore',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  dubai: 'Asia/Dubai',
  riyadh: 'Asia/Riyadh',
  cairo: 'Africa/Cairo',
  nairobi: 'Africa/Nairobi',
  'addis ababa': 'Africa/Addis_Ababa',
  lagos: 'Africa/Lagos',
  johannesburg: 'Africa/Johannesburg',
  sydney: 'Australia/Sydney',
};

const AMBIGUOUS: Record<string, string> = {
  IST: 'IST is India, Irish or Israel Standard Time',
  AST: 'AST is Arabia or Atlantic Standard Time',
  BT: 'BT names no single time zone',
};

/** The zone a written zone names, or null when the text names none. */
export function zoneOf(written: string): Zone | null {
  const text = written.replace(/[()]/g, '').trim();
  const offset = /^(?:UTC|GMT)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (offset) {
    const sign = offset[1] === '+' ? 1 : -1;
    return { kind: 'offset', minutes: sign * (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) };
  }
  const upper = text.toUpperCase().replace(/\s+TIME$/, '');
  if (upper in FIXED) return { kind: 'offset', minutes: FIXED[upper]! };
  if (upper in AMBIGUOUS) return { kind: 'ambiguous', reason: AMBIGUOUS[upper]! };
  if (upper in GENERIC) return { kind: 'iana', name: GENERIC[upper]! };
  if (upper in SEASONAL) {
    const [minutes, name] = SEASONAL[upper]!;
    return { kind: 'seasonal', minutes, name };
  }
  const city = /^(.+?)\s+time$/i.exec(text);
  if (city) {
    const name = CITIES[city[1]!.toLowerCase()];
    if (name) return { kind: 'iana', name };
  }
  return null;
}

// A formatter costs more to make than to use: one per zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** Offset of an IANA zone from UTC, in minutes, at a given instant. */
export function offsetAt(zone: string, instant: Date): number {
  const parts = formatterFor(zone).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - instant.getTime()) / 60000);
}

/**
 * The UTC instant of a wall-clock time in a zone, or a reason it cannot be known: a seasonal
 * abbreviation used out of its season ("PDT" in January) contradicts itself.
 */
export function wallToUtc(
  date: string,
  hour: number,
  minute: number,
  zone: Zone,
): { iso: string } | { problem: string } {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, hour, minute);
  switch (zone.kind) {
    case 'ambiguous':
      return { problem: zone.reason };
    case 'offset':
      return { iso: isoUtc(wall - zone.minutes * 60000) };
    case 'seasonal': {
      const actual = offsetAt(zone.name, new Date(wall - zone.minutes * 60000));
      if (actual !== zone.minutes) return { problem: `that zone abbreviation does not apply on ${date}` };
      return { iso: isoUtc(wall - zone.minutes * 60000) };
    }
    case 'iana': {
      // Two passes settle the offset on days when daylight saving time changes.
      let guess = wall - offsetAt(zone.name, new Date(wall)) * 60000;
      guess = wall - offsetAt(zone.name, new Date(guess)) * 60000;
      return { iso: isoUtc(guess) };
    }
  }
}

// Written out, as toISOString costs twice as much and adds milliseconds that are always zero here.
function isoUtc(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year < 1000 || year > 9999 || ms % 1000 !== 0) return d.toISOString().replace('.000Z', 'Z');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${year}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${time}Z`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}
