/**
 * Dates as summaries write them: "1 November 2024", "Friday, June 21, 2019", "2023/12/19",
 * "3/17/2017", "8th and 9th of June", "14 - 16 January 2020". A date that could be read two
 * ways, or that contradicts itself, is reported with its problem and never resolved by guess:
 * only a reason the text gives (a time zone beside it, `FindOptions.order`) settles which way a
 * number date goes, and the problem still tells the reviewer.
 */

export interface DateProblem {
  code: 'ambiguous-date' | 'contradictory-date' | 'date-without-year';
  message: string;
}

export interface DateFinding {
  /** The date as written. */
  text: string;
  index: number;
  date: string | null;
  endDate: string | null;
  /** Set when the year was not written and came from elsewhere. */
  yearFrom: string | null;
  problem: DateProblem | null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// Month names of other languages that summaries are written in, by number.
const FOREIGN_MONTHS = new Map<string, number>(
  (
    [
      [1, 'januar jänner janvier enero januari'],
      [2, 'februar février fevrier febrero februari'],
      [3, 'märz maerz mars marzo maart'],
      [4, 'avril abril'],
      [5, 'mai mayo mei'],
      [6, 'juni juin junio'],
      [7, 'juli juillet julio'],
      [8, 'août aout agosto augustus'],
      [9, 'septembre septiembre'],
      [10, 'oktober octobre octubre'],
      [11, 'novembre noviembre'],
      [12, 'dezember décembre decembre diciembre'],
    ] as Array<[number, string]>
  ).flatMap(([month, names]) => names.split(' ').map((name): [string, number] => [name, month])),
);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY =
  '(?:(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+(?:the\\s+)?)?';
const ORD = '(?:st|nd|rd|th)?';
const RANGE = '\\s*(?:-|–|—|to|and|&)\\s*';

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray, options: FindOptions) => Parts }> = [
  {
    re: /(?<![\d/.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.-])/g,
    read: (m) => ({ year: num(m[1]), month: num(m[3]), day: num(m[4]) }),
  },
  {
    re: new RegExp(
      `(?<![\\d.:#]|\\d/|#\\s)\\b${WEEKDAY}(\\d{1,2})${ORD}(?:${RANGE}(\\d{1,2})${ORD})?\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+(\\d{4}))?(?![\\w])`,
      'gi',
    ),
    read: (m) => ({
      weekday: m[1],
      day: num(m[2]),
      endDay: opt(m[3]),
      month: monthOf(m[4]!),
      year: opt(m[5]),
    }),
  },
  {
    re: new RegExp(
      `\\b${WEEKDAY}${MONTH}\\.?\\s+(\\d{1,2})${ORD}(?:${RANGE}(\\d{1,2})${ORD})?(?:,?\\s+(\\d{4}))?(?![\\w:.]\\d)`,
      'gi',
    ),
    read: (m) => ({
      weekday: m[1],
      month: monthOf(m[2]!),
      day: num(m[3]),
      endDay: opt(m[4]),
      year: opt(m[5]),
    }),
  },
  // The day, the month's name and the year between dashes ("15-Sep-2018").
  {
    re: new RegExp(`(?<![\\d/.-])(\\d{1,2})-${MONTH}-(\\d{4})(?![\\d/.-])`, 'gi'),
    read: (m) => ({ day: num(m[1]), month: monthOf(m[2]!), year: num(m[3]) }),
  },
  // The year, the month's name and the day ("2018-August-30", "2019-Jan-07"), as some
  // projects name their notes.
  {
    re: new RegExp(`(?<![\\d/.-])(\\d{4})([-/])${MONTH}\\2(\\d{1,2})(?![\\d/.:-])`, 'gi'),
    read: (m) => ({ year: num(m[1]), month: monthOf(m[3]!), day: num(m[4]) }),
  },
  // Day, month and year in German, French, Spanish or Dutch ("11. Juli 2017", "5 mars 2024"):
  // the year must be written, as nothing else tells these words from others.
  {
    re: /\b(\d{1,2})\.?\s+(?:de\s+)?([A-Za-zäéûüÄÉ]{3,10})\s+(?:de\s+)?(\d{4})\b/g,
    // The month's word is looked up, not matched: one simple expression, and English months
    // (matched by the patterns above) are no month here.
    read: (m) => ({
      day: num(m[1]),
      month: /[\d/.:]/.test(m.input.charAt(m.index - 1)) ? 0 : (FOREIGN_MONTHS.get(m[2]!.toLowerCase()) ?? 0),
      year: num(m[3]),
    }),
  },
  {
    re: /(?<![\d/.:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/g,
    read: (m, options) => numericParts(num(m[1]), num(m[3]), num(m[4]), m[2]!, options.order),
  },
];

export interface FindOptions {
  /** The year of a date written without one, and where it came from. */
  year?: number | undefined;
  yearFrom?: string;
  /** How "02/10/2020" is read where the text says which way its dates go, and why. */
  order?: { dayFirst: boolean; because: string };
}

interface Parts {
  year?: number | undefined;
  month?: number;
  day?: number;
  endDay?: number | undefined;
  weekday?: string | undefined;
  problem?: DateProblem;
  /** The problem is told, but the date was read all the same. */
  settled?: boolean;
}

/** Every date written in a text, in the order they appear. */
export function findDates(text: string, options: FindOptions = {}): DateFinding[] {
  const found: DateFinding[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const parts = read(m, options);
      if (parts.month === undefined || parts.month < 1 || parts.day === undefined) continue;
      taken.push([start, end]);
      found.push(resolve(m[0].trim(), start, parts, options));
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found.length > 1 ? joinRanges(text, found) : found;
}

// What joins the two ends of a range written as two dates.
const RANGE_BETWEEN = /^\s*(?:-|–|—|to|and|&|through|until|till)\s*$/i;
const DAY_MS = 86_400_000;

/**
 * "September 6 - September 8, 2017", "30 September – 2 October 2024": a range written as two
 * dates, the year only after the second, is one range of days: a month at most, a week when
 * the two are joined by "and".
 */
function joinRanges(text: string, found: DateFinding[]): DateFinding[] {
  const joined: DateFinding[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i]!;
    const second = found[i + 1];
    const range =
      second === undefined || first.endDate !== null || /\d{4}/.test(first.text)
        ? null
        : rangeOf(text, first, second);
    if (range === null) joined.push(first);
    else {
      joined.push(range);
      i++;
    }
  }
  return joined;
}

function rangeOf(text: string, first: DateFinding, second: DateFinding): DateFinding | null {
  if (second.date === null || second.endDate !== null || second.yearFrom !== null) return null;
  const between = text.slice(first.index + first.text.length, second.index);
  if (!RANGE_BETWEEN.test(between)) return null;
  // "March 3 and April 2, 2024" are two meetings; "September 6 and September 8" one of days.
  const longest = /and|&/i.test(between) ? 7 : 31;
  const year = Number(second.date.slice(0, 4));
  // "December 30 – January 2, 2025" began in the year before.
  for (const y of [year, year - 1]) {
    const start = findDate(first.text, { year: y })?.date ?? null;
    if (start === null || start >= second.date) continue;
    if (Date.parse(second.date) - Date.parse(start) > longest * DAY_MS) return null;
    return {
      text: text.slice(first.index, second.index + second.text.length),
      index: first.index,
      date: start,
      endDate: second.date,
      yearFrom: null,
      problem: null,
    };
  }
  return null;
}

/** The first date in a text, or null. */
export function findDate(text: string, options: FindOptions = {}): DateFinding | null {
  return findDates(text, options)[0] ?? null;
}

function resolve(text: string, index: number, parts: Parts, options: FindOptions): DateFinding {
  const base = { text, index, date: null, endDate: null, yearFrom: null };
  if (parts.problem && parts.settled !== true) return { ...base, problem: parts.problem };
  let year = parts.year;
  let yearFrom: string | null = null;
  if (year === undefined) {
    if (options.year === undefined) {
      return {
        ...base,
        problem: { code: 'date-without-year', message: `"${text}" has no year, and none is given elsewhere` },
      };
    }
    year = options.year;
    yearFrom = options.yearFrom ?? 'elsewhere';
  }
  if (year < 100) year += 2000;
  const date = isoDate(year, parts.month!, parts.day!);
  if (date === null) {
    return {
      ...base,
      problem: { code: 'contradictory-date', message: `"${text}" is not a day of the calendar` },
    };
  }
  if (parts.weekday !== undefined) {
    const written = WEEKDAYS.findIndex((w) => w.startsWith(parts.weekday!.toLowerCase().slice(0, 3)));
    const actual = new Date(`${date}T00:00:00Z`).getUTCDay();
    // The day of the month is kept over the weekday: minutes copied from the last meeting's
    // keep its weekday more often than its date. The reviewer is told.
    if (written !== actual) {
      const problem: DateProblem = {
        code: 'contradictory-date',
        message: `"${text}": ${date} is a ${cap(WEEKDAYS[actual]!)}, not a ${cap(WEEKDAYS[written] ?? parts.weekday)}; the date as written was kept`,
      };
      const endDate = parts.endDay === undefined ? null : isoDate(year, parts.month!, parts.endDay);
      return {
        text,
        index,
        date,
        endDate: endDate !== null && endDate > date ? endDate : null,
        yearFrom,
        problem,
      };
    }
  }
  const endDate = parts.endDay === undefined ? null : isoDate(year, parts.month!, parts.endDay);
  if (parts.endDay !== undefined && (endDate === null || endDate < date)) {
    return { ...base, problem: { code: 'contradictory-date', message: `"${text}" ends before it starts` } };
  }
  const problem: DateProblem | null =
    yearFrom === null
      ? (parts.problem ?? null)
      : { code: 'date-without-year', message: `"${text}" has no year; ${year} was taken from ${yearFrom}` };
  return { text, index, date, endDate, yearFrom, problem };
}

// 3/17/2017 can only be month first and 17/3/2017 only day first; 11/12/2014 could be either.
function numericParts(
  a: number,
  b: number,
  year: number,
  separator: string,
  order: FindOptions['order'],
): Parts {
  const text = `${a}${separator}${b}${separator}${year}`;
  if (separator === '.') return { day: a, month: b, year };
  if (a > 12 && b <= 12) return { day: a, month: b, year };
  if (b > 12 && a <= 12) return { day: b, month: a, year };
  if (a === b) return { day: a, month: b, year };
  // Read one way for a reason the text gives; the reviewer is told which and why.
  if (order !== undefined) {
    const [day, month] = order.dayFirst ? [a, b] : [b, a];
    return {
      day,
      month,
      year,
      settled: true,
      problem: {
        code: 'ambiguous-date',
        message: `"${text}" could be ${a} ${monthName(b)} or ${monthName(a)} ${b}; it was read as ${day} ${monthName(month)}, ${order.because}`,
      },
    };
  }
  return {
    month: 1,
    day: 1,
    problem: {
      code: 'ambiguous-date',
      message: `"${text}" could be ${a} ${monthName(b)} or ${monthName(a)} ${b}`,
    },
  };
}

function isoDate(year: number, month: number, day: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// "nov", "Nov.", "November": a month is known by its first three letters.
const MONTH_BY_PREFIX = new Map(MONTHS.map((m, i) => [m.slice(0, 3), i + 1]));

function monthOf(name: string): number {
  return MONTH_BY_PREFIX.get(name.slice(0, 3).toLowerCase()) ?? 0;
}

function monthName(month: number): string {
  return cap(MONTHS[month - 1] ?? String(month));
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function num(value: string | undefined): number {
  return Number(value);
}

function opt(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** Distinct four-digit years (1950–2099) written in a text. */
export function yearsIn(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)) years.add(Number(m[1]));
  return [...years];
}
