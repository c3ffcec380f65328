/**
 * YAML front matter ("---" blocks at the top of Markdown files): its keys are witnesses of the
 * same facts as the title block, and a body it names differently is reported.
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { squash } from '../../domain/text.js';
import type { AttendanceBook } from './attendance.js';
import type { Group } from './attendance-groups.js';
import type { SourceLine } from './outline.js';
import { bodyOf, modeOf, stripDateAndTime } from './title-block.js';
import { POST_DATE, type Header, type Witness } from './witnesses.js';

interface FrontMatter {
  data: Record<string, unknown> | null;
  line: number | null;
  rest: SourceLine[];
}

/**
 * Splits front matter off the top of the lines: a YAML block between "---" lines, or the "Key:
 * value" lines a site generator keeps above a page's text. Invalid YAML is left as text.
 */
export function takeFrontMatter(lines: SourceLine[]): FrontMatter {
  const first = lines.findIndex((l) => l.raw.trim() !== '');
  if (first === -1) return { data: null, line: null, rest: lines };
  const fence = lines[first]!.raw.trim();
  // YAML between "---" lines, or TOML between "+++" lines, as Hugo and Zola write it.
  if (fence !== '---' && fence !== '+++') return siteMetadata(lines, first);
  const ends = fence === '+++' ? /^\+\+\+$/ : /^(?:---|\.\.\.)$/;
  const close = lines.findIndex((l, i) => i > first && ends.test(l.raw.trim()));
  if (close === -1 || close - first > 80) return { data: null, line: null, rest: lines };
  try {
    const text = lines
      .slice(first + 1, close)
      .map((l) => l.raw)
      .join('\n');
    const data: unknown = fence === '+++' ? parseToml(text) : parseYaml(text);
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      return { data: null, line: null, rest: lines };
    return { data: data as Record<string, unknown>, line: lines[first]!.n, rest: lines.slice(close + 1) };
  } catch {
    return { data: null, line: null, rest: lines };
  }
}

// A line of a site generator's metadata ("Title: …", "save_as: …", "tags:").
const METADATA_LINE = /^([A-Za-z][\w-]{0,20}):(?:\s+(.*))?$/;
// Keys that only a website's metadata has: none of them is a fact of a meeting.
const SITE_KEYS = new Set([
  'slug',
  'save_as',
  'url',
  'modified',
  'updated',
  'authors',
  'author',
  'summary',
  'category',
  'categories',
  'tags',
  'template',
  'hidetitle',
  'description',
  'link',
  'type',
  'lang',
  'layout',
  'permalink',
]);

/**
 * The "Key: value" lines above a page's text that static site generators read (Pelican,
 * Nikola): the page's title and the day it was posted. Taken only with a key no meeting's
 * own head has ("slug", "save_as", "Authors"), or closed by "---", so that "Date:", "Time:"
 * and "Present:" lines of the minutes stay the minutes' own.
 */
function siteMetadata(lines: SourceLine[], first: number): FrontMatter {
  const data: Record<string, unknown> = {};
  let end = first;
  // A block whose opening "---" was lost still ends with its closing one.
  let fenced = false;
  for (; end < lines.length && lines[end]!.raw.trim() !== ''; end++) {
    if (lines[end]!.raw.trim() === '---' && end > first) {
      fenced = true;
      end++;
      break;
    }
    const m = METADATA_LINE.exec(lines[end]!.raw.trim());
    if (m === null) return { data: null, line: null, rest: lines };
    data[m[1]!.toLowerCase()] = m[2]?.trim() ?? '';
  }
  const keys = Object.keys(data);
  if (
    keys.length < 2 ||
    !(fenced || keys.some((k) => SITE_KEYS.has(k))) ||
    !('title' in data || 'date' in data)
  )
    return { data: null, line: null, rest: lines };
  // A site's "Date" is the day the page was posted, which may be years after the meeting.
  return { data: { ...data, layout: 'post' }, line: lines[first]!.n, rest: lines.slice(end) };
}

/** Adds what front matter says to the head read from the title block. */
export function readFrontMatter(data: Record<string, unknown>, line: number | null, header: Header): void {
  const get = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = data[key];
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
    return null;
  };
  const title = get('title');
  const body = get('body', 'committee', 'group', 'organization', 'organisation');
  const date = get('date', 'meeting_date', 'meetingDate');
  const time = get('time', 'start');
  const witness = (text: string): Witness => ({ from: 'the front matter', text, line });
  // A post's metadata ("categories", "tags", "taxonomies", "layout: post") dates the post, not
  // the meeting.
  const posted =
    get('meeting_date', 'meetingDate') === null &&
    ('categories' in data || 'tags' in data || 'taxonomies' in data || get('layout') === 'post');
  if (date !== null) header.dates.push(posted ? { from: POST_DATE, text: date, line } : witness(date));
  if (time !== null) header.times.push(witness(time));
  if (title !== null) {
    header.dates.push(witness(title));
    if (header.title === null) header.title = stripDateAndTime(title) || null;
    if (header.body === null) header.body = bodyOf(stripDateAndTime(title));
  }
  if (body !== null) {
    if (header.body === null) header.body = body;
    else if (squash(body).toLowerCase() !== squash(header.body).toLowerCase()) {
      header.warnings.push({
        code: 'conflicting-metadata',
        line,
        message: `the front matter names the body "${body}" but the title block names "${header.body}"; the title block was kept`,
      });
    }
  }
  if (/draft/i.test(get('status') ?? '')) header.publication = 'draft';
  const mode = get('mode', 'format');
  if (mode !== null && header.mode === null) header.mode = modeOf(mode);
  const venue = get('venue', 'location');
  if (venue !== null && header.venue === null) header.venue = venue;
}

// The keys under which a repository's minutes list who attended, and how each was there.
const ATTENDANCE_KEYS: Array<[RegExp, Group]> = [
  [
    /^(?:present|attendees|attendance|attending|participants|members|other_attendees|guests|observers|staff)$/,
    { name: null, status: 'present', role: null },
  ],
  [/^(?:regrets|apologies|excused)$/, { name: null, status: 'regrets', role: null }],
  [/^(?:absent|absentees)$/, { name: null, status: 'absent', role: null }],
];

/**
 * Who attended, as front matter lists them ("members:" and "other_attendees:" over their names,
 * or "present: Ana, Tomas"), into the book, where the text itself named no one.
 */
export function attendanceFromFrontMatter(
  data: Record<string, unknown> | null,
  line: number | null,
  book: AttendanceBook,
): void {
  if (data === null || book.entries.length > 0) return;
  for (const [key, value] of Object.entries(data)) {
    const group = ATTENDANCE_KEYS.find(([keys]) => keys.test(key.toLowerCase()))?.[1];
    if (group === undefined) continue;
    const names = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    for (const name of names) if (typeof name === 'string') book.addList(name, line ?? 1, group);
  }
}
