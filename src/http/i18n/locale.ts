/**
 * The reader's language: its messages, its direction, and dates and numbers formatted with
 * Intl. Only English is written so far; adding one of the other UN languages is adding its
 * catalog here (Arabic reads right to left, and the pages follow `dir`).
 */
import { en, type Messages } from './en.js';

export interface Locale {
  /** The language of the messages, e.g. "en". */
  tag: string;
  /** The language and region dates and numbers are written for, e.g. "en-GB". */
  format: string;
  dir: 'ltr' | 'rtl';
  messages: Messages;
}

const CATALOGS: Record<string, Messages> = { en };
/** How a language is written when the reader names no region: as the United Nations writes it. */
const DEFAULT_REGION: Record<string, string> = { en: 'en-GB' };
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur']);

const chosen = new Map<string, Locale>();

/** The best locale for an Accept-Language header, English when none fits. */
export function localeFor(acceptLanguage: string | undefined): Locale {
  // Browsers send the same few headers again and again; each is read once.
  const header = acceptLanguage ?? '';
  let locale = chosen.get(header);
  if (locale === undefined) {
    locale = readAcceptLanguage(header);
    if (chosen.size >= 100) chosen.clear();
    chosen.set(header, locale);
  }
  return locale;
}

function readAcceptLanguage(acceptLanguage: string): Locale {
  const wanted = acceptLanguage
    .split(',')
    .map((part) => part.split(';')[0]!.trim())
    .filter((tag) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag));
  const chosen = wanted.find((t) => t.split('-')[0]!.toLowerCase() in CATALOGS);
  const tag = chosen?.split('-')[0]!.toLowerCase() ?? 'en';
  const region = chosen !== undefined && chosen.includes('-') ? supported(chosen) : null;
  return {
    tag,
    format: region ?? DEFAULT_REGION[tag] ?? tag,
    dir: RIGHT_TO_LEFT.has(tag) ? 'rtl' : 'ltr',
    messages: CATALOGS[tag]!,
  };
}

function supported(tag: string): string | null {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? null;
  } catch {
    return null;
  }
}

// Making a formatter costs a hundred times more than formatting with it (a register of 50 rows
// spent most of its time making them), so each is made once per locale and kind.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function formatterOf<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
  locale: Locale,
  kind: string,
  make: (tag: string) => F,
): F {
  const key = `${locale.format} ${kind}`;
  let formatter = formatters.get(key) as F | undefined;
  if (formatter === undefined) {
    formatter = make(locale.format);
    formatters.set(key, formatter);
  }
  return formatter;
}

const dateFormat = (locale: Locale, kind: string, options: Intl.DateTimeFormatOptions) =>
  formatterOf(locale, kind, (tag) => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...options }));

/** "1 November 2024" from 2024-11-01, in the locale's way. */
export function formatDate(locale: Locale, date: string | null): string | null {
  if (date === null) return null;
  return dateFormat(locale, 'date', { dateStyle: 'long' }).format(new Date(`${date}T00:00:00Z`));
}

/** "13:00" from an instant, in UTC. */
export function formatTime(locale: Locale, instant: string): string {
  return dateFormat(locale, 'time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );
}

/** A number in the locale's digits and grouping. */
export function formatNumber(locale: Locale, value: number): string {
  return formatterOf(locale, 'number', (tag) => new Intl.NumberFormat(tag)).format(value);
}

/** The plural category of a count ("one", "other" …), for messages that depend on it. */
export function pluralOf(locale: Locale, count: number): Intl.LDMLPluralRule {
  return formatterOf(locale, 'plural', (tag) => new Intl.PluralRules(tag)).select(count);
}

/** "1 November 2024, 13:05 UTC" from an instant. */
export function formatInstant(locale: Locale, instant: string): string {
  return (
    dateFormat(locale, 'instant', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant)) +
    ' UTC'
  );
}

/** "75 %" from 0.75, in the locale's way. */
export function formatPercent(locale: Locale, share: number): string {
  return formatterOf(
    locale,
    'percent',
    (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
  ).format(share);
}

/** A date's day and month, short ("Nov 1"), and its year, for a chart's axis. */
export function formatAxisDate(locale: Locale, date: string): { dayMonth: string; year: string } {
  const instant = new Date(`${date}T00:00:00Z`);
  return {
    dayMonth: dateFormat(locale, 'day-month', { day: 'numeric', month: 'short' }).format(instant),
    year: dateFormat(locale, 'year', { year: 'numeric' }).format(instant),
  };
}
