/**
 * Tables in summaries: attendance tables (name, group, status) and registers of decisions or
 * actions (id, text, owner, due, status). The header row says which columns mean what; a
 * table that is neither (a poll, a budget) gives one note per row.
 */
import type { AttendanceStatus } from '../../domain/record.js';
import type { AttendanceBook } from './attendance.js';
import { findDate } from './dates.js';
import type { Block } from './outline.js';

type TableBlock = Extract<Block, { type: 'table' }>;

export type ReadTable =
  | {
      kind: 'attendance';
      entries: Array<{
        text: string;
        line: number;
        group: string | null;
        status: AttendanceStatus | null;
        role: string | null;
      }>;
    }
  | {
      kind: 'outcomes';
      rows: Array<{ text: string; line: number; checked: boolean | null; topic: string | null }>;
    };

const column = (header: string[], pattern: RegExp): number => header.findIndex((h) => pattern.test(h.trim()));

// A due cell that gives no date: "TBD", "n/a", "-".
const NO_DATE = /^(?:tbd|tbc|tba|n\/?a|none|-+|–|—|\?)$/i;

/** Reads a table by its header row. */
export function readTable(table: TableBlock, year: number | undefined): ReadTable {
  const header = table.header.map((h) => h.toLowerCase());
  // "Name/Nym" beside "IRC nick": the name column, where there is one, over the nickname.
  const named = column(
    header,
    /^(?:(?:full\s+)?name|member|participant|attendee|representative|person|delegate)s?(?:\s*\/\s*\w+)?$/,
  );
  const name = named !== -1 ? named : column(header, /^(?:irc\s+)?(?:nick|nickname|handle)s?$/);
  // "Decision Item | Description": the description is the text, over a column that only names it.
  const described = column(header, /^(?:description|details?|text|summary)$/);
  const text =
    described !== -1
      ? described
      : column(
          header,
          /\b(?:decision|resolution|action|outcome|description|task|item|agreed|text|summary)s?\b/,
        );
  if (name !== -1 && text === -1) {
    const status = column(header, /\b(?:status|attendance|present|attended)\b/);
    const role = column(header, /\b(?:role|position|title|function)\b/);
    const group = column(header, /\b(?:group|constituency|category|stakeholder|type)\b/);
    const org = column(header, /\b(?:organi[sz]ation|affiliation|company|entity|country)\b/);
    return {
      kind: 'attendance',
      entries: table.rows
        .filter((row) => (row.cells[name] ?? '').trim() !== '')
        .map((row) => {
          const cell = (i: number): string => (i === -1 ? '' : (row.cells[i] ?? '').trim());
          const note = statusNote(cell(status));
          const tail = [cell(org), note].filter(Boolean).join('; ');
          return {
            text: tail === '' ? cell(name) : `${cell(name)} (${tail})`,
            line: row.n,
            group: cell(group) || null,
            status: statusOf(cell(status)),
            role: cell(role) || null,
          };
        }),
    };
  }
  // "Discussion point | Notes / Action items | Responsible": one topic per row, in the first column.
  const topic = column(header, /^(?:discussion points?|topics?|agenda items?|items?|subjects?|agenda)$/);
  const id = idColumn(table, header, text);
  const owner = column(header, /\b(?:owner|responsible|who|lead|assignee|assigned to)\b/);
  const due = column(header, /\b(?:due|deadline|by when|target date|when)\b/);
  const status = column(header, /^status$/);
  const byTopic = topic !== -1 && text !== -1 && topic !== text;
  // A column of notes that may hold actions ("Notes / Action items") labels nothing.
  const mixed = byTopic && /\bnotes?\b/.test(header[text]!);
  const actionTable = !mixed && /\b(?:action|task|owner|responsible)\b/.test(header.join(' '));
  const label = actionTable
    ? 'Action'
    : /\b(?:decision|resolution|agreed)\b/.test(header.join(' '))
      ? 'Decision'
      : null;
  const rows = table.rows.map((row) => {
    const cell = (i: number): string => (i === -1 ? '' : (row.cells[i] ?? '').trim());
    const body = text === -1 ? row.cells.filter(Boolean).join(' — ') : cell(text);
    const ref = cell(id).replace(/[*_`]/g, '');
    // In a column of notes, a row someone is responsible for is their action.
    const rowLabel = label ?? (mixed && cell(owner) !== '' ? 'Action' : null);
    const prefix = rowLabel === null ? '' : `${rowLabel}${ref === '' ? '' : ` (${ref})`}: `;
    const dueDate =
      cell(due) === '' ? null : (findDate(cell(due), { year, yearFrom: 'the meeting date' })?.date ?? null);
    const fields = [
      cell(owner) ? `owner: ${cell(owner)}` : '',
      dueDate !== null ? `due: ${dueDate}` : '',
      /^(open|in progress|done|dropped)$/i.test(cell(status)) ? `status: ${cell(status).toLowerCase()}` : '',
    ].filter(Boolean);
    // "TBD", "n/a" or "-" says no date: it is not written as one.
    const dueWords =
      cell(due) !== '' && dueDate === null && !NO_DATE.test(cell(due)) ? ` by ${cell(due)}` : '';
    const annotation = fields.length > 0 ? ` [${fields.join('; ')}]` : '';
    return {
      text: `${prefix}${body}${dueWords}${annotation}`,
      line: row.n,
      checked: /^(done|closed|complete[d]?)$/i.test(cell(status)) ? true : null,
      topic: byTopic && cell(topic) !== '' ? cell(topic) : null,
    };
  });
  return { kind: 'outcomes', rows: rows.filter((r) => r.text.trim() !== '') };
}

/**
 * The column of numbers: named so ("ID", "No.", "#"), or beside the text and named for what
 * its rows are ("Decision Item" over "**85.1**"), each cell a short number.
 */
function idColumn(table: TableBlock, header: string[], text: number): number {
  const named = column(header, /^(?:id|no\.?|#|ref|number|nr\.?)$/);
  if (named !== -1 || text === -1) return named;
  return header.findIndex(
    (h, i) =>
      i !== text &&
      /\b(?:decision|resolution|action|item)s?\b/.test(h) &&
      table.rows.length > 0 &&
      table.rows.every((row) => /^[\w.#/-]{1,14}$/.test((row.cells[i] ?? '').replace(/[*_`]/g, '').trim())) &&
      table.rows.some((row) => /\d/.test(row.cells[i] ?? '')),
  );
}

// "Present (from item 2)": what the status cell says beyond the status.
function statusNote(cell: string): string {
  return /\(([^)]+)\)/.exec(cell)?.[1] ?? '';
}

function statusOf(cell: string): AttendanceStatus | null {
  const c = cell.toLowerCase();
  if (c === '') return null;
  if (/apolog|regret|excused/.test(c)) return 'regrets';
  if (/^(?:absent|no|n|✗|-)$/.test(c)) return 'absent';
  if (/^(?:present|yes|y|x|✓|✔|remote|in person|online)/.test(c)) return 'present';
  return null;
}

/** Reads a table into the attendance book or, row by row, as outcomes. */
export function readTableInto(
  block: TableBlock,
  year: number | undefined,
  book: AttendanceBook,
  group: string | null,
  addOutcome: (text: string, line: number, checked: boolean | null) => void,
  startTopic: (title: string, line: number) => void,
): void {
  const table = readTable(block, year);
  if (table.kind === 'outcomes') {
    for (const row of table.rows) {
      if (row.topic !== null) startTopic(row.topic, row.line);
      addOutcome(row.text, row.line, row.checked);
    }
    return;
  }
  for (const row of table.entries) {
    book.add(
      row.text,
      row.line,
      { name: row.group ?? group, status: row.status ?? 'present', role: null },
      row.role,
    );
  }
}
