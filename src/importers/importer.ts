/**
 * The one contract of every importer: a file's bytes and name in, one meeting record per
 * meeting it holds out, with warnings, and the source text kept whole. The format is chosen by
 * the file's extension; the bytes are checked before any format sees them.
 */
import { createHash } from 'node:crypto';
import { MinutebookError } from '../domain/errors.js';
import { LIMITS } from '../domain/limits.js';
import type { Meeting, MeetingRecord, Outcome } from '../domain/record.js';
import { decodeText } from './decode.js';
import { readInterchange } from './json/json.importer.js';
import { topicKind } from './text/outcome-collector.js';
import { readItem } from './text/outcomes.js';
import { cutAtLines, readTextSummary, sourceLines } from './text/text.importer.js';

export { meetingStarts } from './text/text.importer.js';

export interface ImportInput {
  bytes: Uint8Array;
  /** The file name as the person gave it; used for the format and in messages. */
  name: string | null;
}

/** A text a meeting was read from: the whole file, or the part of it that holds the meeting. */
export interface SourcePart {
  sha256: string;
  name: string | null;
  text: string;
  /** The line of the file the text begins at. */
  firstLine: number;
}

export interface ParsedFile {
  records: MeetingRecord[];
  /** The whole file, as read. */
  source: SourcePart;
  /**
   * What each record was read from, as kept: the whole file, or, for a text holding several
   * meetings, each meeting's own part of it, so that no meeting's text is ever shown as part
   * of another's. Each record's `source` names its part.
   */
  parts: SourcePart[];
}

const TEXT_EXTENSIONS = new Set(['', '.md', '.markdown', '.mdown', '.txt', '.text', '.adoc', '.asciidoc']);
const LATER = new Map([
  ['.docx', 'DOCX'],
  ['.doc', 'Word'],
  ['.pdf', 'PDF'],
  ['.odt', 'OpenDocument'],
  ['.rtf', 'RTF'],
  ['.html', 'HTML'],
  ['.htm', 'HTML'],
]);

/** Reads a summary file (Markdown, text or interchange JSON) into meeting records. */
export function parseSummary(input: ImportInput): ParsedFile {
  const parsed = readFile(input);
  withinLimits(parsed.records, input.name);
  return parsed;
}

/**
 * Refuses a file that holds more than a meeting may (LIMITS), naming the line where the first
 * entry over the limit is; warnings past their limit are not kept.
 */
function withinLimits(records: MeetingRecord[], file: string | null): void {
  const where = (line: number | null) => ({
    ...(file === null ? {} : { file }),
    ...(line === null ? {} : { line }),
  });
  const count = (n: number) => n.toLocaleString('en');
  if (records.length > LIMITS.meetingsPerFile)
    throw new MinutebookError(
      'input-too-large',
      `the file holds ${count(records.length)} meetings; a file of more than ${count(LIMITS.meetingsPerFile)} is refused: split it`,
      where(records[LIMITS.meetingsPerFile]!.meeting.line),
    );
  for (const record of records) {
    const outcomes = record.topics.flatMap((t) => t.outcomes);
    const over: Array<[what: string, items: Array<{ line: number | null }>, limit: number]> = [
      ['attendance entries', record.attendance, LIMITS.attendance],
      ['topics', record.topics, LIMITS.topics],
      ['decisions, actions and notes', outcomes, LIMITS.outcomes],
      ['documents', record.documents, LIMITS.documents],
    ];
    for (const [what, items, limit] of over) {
      if (items.length <= limit) continue;
      throw new MinutebookError(
        'input-too-large',
        `the meeting lists ${count(items.length)} ${what}; no meeting has more than ${count(limit)}, so the file is refused`,
        where(items[limit]!.line),
      );
    }
    if (record.warnings.length > LIMITS.warnings) record.warnings.length = LIMITS.warnings;
  }
}

function readFile(input: ImportInput): ParsedFile {
  const where = input.name === null ? {} : { file: input.name };
  const extension = extensionOf(input.name);
  const later = LATER.get(extension);
  if (later !== undefined) {
    throw new MinutebookError(
      'unsupported-format',
      `${later} summaries cannot be imported yet; save the file as Markdown or plain text`,
      where,
    );
  }
  if (!TEXT_EXTENSIONS.has(extension) && extension !== '.json') {
    throw new MinutebookError(
      'unsupported-format',
      `"${extension}" files are not summaries Minutebook can read (use .md, .txt, .adoc or .json)`,
      where,
    );
  }
  const decoded = decodeText(input.bytes, input.name ?? undefined);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  // The path a file was read from says where it lay on someone's machine: only its name is kept.
  const stored = fileNameOf(input.name);
  const source = { sha256, name: stored, text: decoded.text, firstLine: 1 };
  const whole = [source];
  if (extension === '.json')
    return { records: readInterchange(decoded.text, input.name), source, parts: whole };
  const { records, starts } = readTextSummary({
    text: decoded.text,
    name: stored,
    sha256,
    encoding: decoded.encoding,
    warnings: decoded.warnings,
  });
  if (records.length === 1) return { records, source, parts: whole };
  const parts = partsOf(decoded.text, stored, starts);
  return {
    // Each meeting names its own part, as if its file had held it alone.
    records: records.map((r, i) => ({
      ...r,
      source: { ...r.source!, sha256: parts[i]!.sha256, lines: sourceLines(parts[i]!.text).lines.length },
    })),
    source,
    parts,
  };
}

/** A text cut into the parts that begin at the given lines, each with its own hash. */
export function partsOf(text: string, name: string | null, starts: number[]): SourcePart[] {
  return cutAtLines(text, starts).map((part, i) => ({
    sha256: createHash('sha256').update(part).digest('hex'),
    name,
    text: part,
    firstLine: starts[i]!,
  }));
}

/**
 * How the text importer reads one outcome's text under a topic of a meeting, for writers that
 * must know what a reader will make of their words (the Markdown exporter).
 */
export function outcomeReader(
  meeting: Pick<Meeting, 'body' | 'date'>,
): (text: string, topic: string) => Pick<Outcome, 'kind' | 'owner' | 'due' | 'status' | 'ref'> {
  const year = meeting.date === null ? undefined : Number(meeting.date.slice(0, 4));
  return (text, topic) => {
    const read = readItem(text, { defaultKind: topicKind(topic, 'note'), body: meeting.body, year });
    return read.placeholder ? { kind: 'note', owner: null, due: null, status: null, ref: null } : read;
  };
}

/** A file's name without the folders before it (either kind of slash). */
function fileNameOf(name: string | null): string | null {
  return name === null ? null : name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

function extensionOf(name: string | null): string {
  if (name === null) return '';
  const base = fileNameOf(name)!;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}
