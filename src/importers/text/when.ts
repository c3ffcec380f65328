/**
 * When a meeting took place, from the witnesses the head and the body offer (title block,
 * "Date:" lines, front matter, mail headers, the opening paragraph, "called to order at").
 * The most trusted witness that gives a clear answer wins; disagreements, ambiguities and
 * contradictions become warnings, and an unclear value stays null with its text kept.
 */
import type { Meeting, Warning } from '../../domain/record.js';
import { findDates, yearsIn, type DateFinding } from './dates.js';
import type { Witness } from './witnesses.js';
import { findTime, type Clock, type TimeFinding } from './times.js';
import { wallToUtc, type Zone } from './zones.js';

export type When = Pick<Meeting, 'date' | 'endDate' | 'start' | 'end' | 'dateText' | 'timeText'>;

// The dates of each witness's text, found once: the same text is read to choose, to check and
// to mask the dates out before looking for the time.
type DatesOf = (text: string) => DateFinding[];

function datesOnce(): DatesOf {
  const found = new Map<string, DateFinding[]>();
  return (text) => {
    let dates = found.get(text);
    if (dates === undefined) {
      dates = /\d/.test(text) ? findDates(text) : [];
      found.set(text, dates);
    }
    return dates;
  };
}

// Time zones of the places that write the day first (Europe, Africa, India, Australia) and of
// those that write the month first (North America).
const DAY_FIRST_ZONE =
  /\b(?:CET|CEST|BST|WET|WEST|EET|EEST|MSK|IST|SAST|EAT|WAT|CAT|AEST|AEDT|ACST|AWST|NZST|NZDT)\b/;
const MONTH_FIRST_ZONE = /\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT)\b/;

/** Which way a text's number dates go, where a time zone beside them says so. */
function dateOrderOf(text: string): { dayFirst: boolean; because: string } | undefined {
  const day = DAY_FIRST_ZONE.exec(text);
  const month = MONTH_FIRST_ZONE.exec(text);
  if ((day === null) === (month === null)) return undefined;
  return day !== null
    ? { dayFirst: true, because: `day first, as dates are written where ${day[0]} is the time` }
    : { dayFirst: false, because: `month first, as dates are written where ${month![0]} is the time` };
}

/** Resolves date and time from witnesses ordered most trusted first. */
export function resolveWhen(
  dates: Witness[],
  times: Witness[],
  opened: Witness | null,
  closed: Witness | null,
): { when: When; warnings: Warning[] } {
  const datesIn = datesOnce();
  const first = (text: string): DateFinding | null => datesIn(text)[0] ?? null;
  const warnings: Warning[] = [];
  const when: When = { date: null, endDate: null, start: null, end: null, dateText: null, timeText: null };
  const year = yearFrom(dates);

  // The most trusted witness with a date is read; the others are read only to check it, and
  // prose is not among them: an opening paragraph mentions other meetings' dates too.
  const chosenAt = dates.findIndex((w) => first(w.text) !== null);
  const readings = (
    chosenAt === -1
      ? []
      : dates.slice(chosenAt).filter((w, k) => k === 0 || w.from !== 'the opening paragraph')
  )
    .map((w) => ({ w, found: first(w.text) }))
    .filter((r): r is { w: Witness; found: DateFinding } => r.found !== null);
  const chosen = readings[0];
  if (chosen === undefined) {
    warnings.push({ code: 'missing-date', line: null, message: 'no meeting date was found' });
  } else {
    let found = chosen.found;
    if (found.problem?.code === 'date-without-year' && year !== null) {
      found = findDates(chosen.w.text, { year: year.year, yearFrom: year.from })[0] ?? found;
    }
    // "02/10/2020 10:00 CEST": the zone beside a date that reads two ways says which.
    const order = found.problem?.code === 'ambiguous-date' ? dateOrderOf(chosen.w.text) : undefined;
    if (order !== undefined) found = findDates(chosen.w.text, { order })[0] ?? found;
    when.dateText = found.text;
    when.date = found.date;
    when.endDate = found.endDate;
    if (found.problem)
      warnings.push({ code: found.problem.code, line: chosen.w.line, message: found.problem.message });
    for (const other of readings.slice(1)) {
      if (found.date !== null && other.found.date !== null && other.found.date !== found.date) {
        warnings.push({
          code: 'conflicting-metadata',
          line: other.w.line,
          message: `${other.w.from} gives the date ${other.found.date} but ${chosen.w.from} gives ${found.date}; ${chosen.w.from} was kept`,
        });
        break;
      }
    }
  }

  let time: { w: Witness; found: TimeFinding } | undefined;
  for (const w of [...times, ...(opened ? [opened] : [])]) {
    const found = findTime(maskDates(w.text, datesIn));
    if (found !== null) {
      time = { w, found };
      break;
    }
  }
  if (time === undefined) return { when, warnings };
  const found = time.found;
  when.timeText = found.text;
  let end = found.end;
  let endText: string | null = null;
  if (end === null && closed !== null) {
    const adjourned = findTime(maskDates(closed.text, datesIn));
    if (adjourned?.start && adjourned.problem === null) {
      end = adjourned.start;
      endText = adjourned.text;
    }
  }
  if (found.problem) {
    warnings.push({ code: found.problem.code, line: time.w.line, message: found.problem.message });
    return { when, warnings };
  }
  if (found.zone === null) {
    warnings.push({
      code: 'time-without-zone',
      line: time.w.line,
      message: `"${found.text}" names no time zone; the time is kept as written and not converted to UTC`,
    });
    return { when, warnings };
  }
  if (when.date === null || found.start === null) return { when, warnings };
  const start = toUtc(when.date, found.start, found.zone);
  if ('problem' in start) {
    warnings.push({
      code: 'contradictory-time',
      line: time.w.line,
      message: `"${found.text}": ${start.problem}`,
    });
    return { when, warnings };
  }
  when.start = start.iso;
  if (end !== null) {
    const finish = toUtc(when.endDate ?? when.date, end, found.zone);
    if ('iso' in finish) when.end = finish.iso < start.iso ? nextDay(finish.iso) : finish.iso;
    if (endText !== null) when.timeText = `${found.text}–${endText}`;
  }
  return { when, warnings };
}

function toUtc(date: string, clock: Clock, zone: Zone): { iso: string } | { problem: string } {
  return wallToUtc(date, clock.hour, clock.minute, zone);
}

function nextDay(iso: string): string {
  return new Date(Date.parse(iso) + 86400000).toISOString().replace('.000Z', 'Z');
}

function maskDates(text: string, datesIn: DatesOf): string {
  let masked = text;
  for (const found of datesIn(text)) {
    masked =
      masked.slice(0, found.index) +
      ' '.repeat(found.text.length) +
      masked.slice(found.index + found.text.length);
  }
  return masked;
}

// A date written without its year may take it from the title, when the title names one year.
function yearFrom(dates: Witness[]): { year: number; from: string } | null {
  for (const w of dates) {
    if (w.from === 'the opening paragraph') continue;
    const years = yearsIn(w.text);
    if (years.length === 1) return { year: years[0]!, from: w.from };
  }
  return null;
}
