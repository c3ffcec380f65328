/**
 * YAML front matter ("---" blocks at the top of Markdown files): its keys are witnesses of the
 * same facts as the title block, and a body it names differently is reported.
 */
import { parse as parseYaml } from 'yaml';
import { squash } from '../../domain/text.js';
import type { Header, Witness } from './header.js';
import { POST_DATE } from './meta.js';
import type { SourceLine } from './outline.js';
import { bodyOf, modeOf, stripDateAndTime } from './title-block.js';

/** Splits front matter off the top of the lines; invalid YAML is left as text. */
export function takeFrontMatter(lines: SourceLine[]): {
  data: Record<string, unknown> | null;
  line: number | null;
  rest: SourceLine[];
} {
  const first = lines.findIndex((l) => l.raw.trim() !== '');
  if (first === -1 || lines[first]!.raw.trim() !== '---') return { data: null, line: null, rest: lines };
  const close = lines.findIndex((l, i) => i > first && /^(?:---|\.\.\.)$/.test(l.raw.trim()));
  if (close === -1 || close - first > 80) return { data: null, line: null, rest: lines };
  try {
    const data: unknown = parseYaml(
      lines
        .slice(first + 1, close)
        .map((l) => l.raw)
        .join('\n'),
    );
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      return { data: null, line: null, rest: lines };
    return { data: data as Record<string, unknown>, line: lines[first]!.n, rest: lines.slice(close + 1) };
  } catch {
    return { data: null, line: null, rest: lines };
  }
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
  // A post's metadata ("categories", "tags", "layout: post") dates the post, not the meeting.
  const posted =
    get('meeting_date', 'meetingDate') === null &&
    ('categories' in data || 'tags' in data || get('layout') === 'post');
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
