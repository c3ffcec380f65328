/**
 * The registers taken away: decisions, actions and attendance as CSV (RFC 4180: a header row,
 * CRLF between rows, fields quoted where they must be), every row the register's filters keep,
 * as the reader may see them. A cell a spreadsheet would read as a formula gets a leading quote.
 */
import { stringify } from 'csv-stringify/sync';
import { keyOf } from '../domain/text.js';
import { scopeOf, type Actor } from './access.js';
import type { MeetingStore, OutcomeListing } from './ports.js';
import { actionRegister, decisionRegister, PAGE_LIMIT } from './registers.js';

/**
 * A cell as a spreadsheet shows it: one that begins as a formula would (`= + - @`, a tab or a
 * carriage return) gets a leading quote, so that what someone typed (a login tried at sign-in, a
 * reason, an outcome's text) is never run as a formula by whoever opens the export.
 */
export function spreadsheetCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Rows as RFC 4180 CSV under their header, every cell neutralised. */
export function csvOf(columns: string[], rows: Array<Array<string | null>>): string {
  return stringify(
    rows.map((row) => row.map((cell) => spreadsheetCell(cell ?? ''))),
    { header: true, columns, record_delimiter: 'windows' },
  );
}

type DecisionFilter = Parameters<typeof decisionRegister>[2];
type ActionFilter = Parameters<typeof actionRegister>[2];

/** Every page of a register, one after the other. */
async function everyRow(
  page: (offset: number) => Promise<{ outcomes: OutcomeListing[]; total: number }>,
): Promise<OutcomeListing[]> {
  const rows: OutcomeListing[] = [];
  for (let offset = 0; ; offset += PAGE_LIMIT) {
    const { outcomes, total } = await page(offset);
    rows.push(...outcomes);
    if (outcomes.length < PAGE_LIMIT || rows.length >= total) return rows;
  }
}

/** The decision register as CSV, with its filters. */
export async function decisionsCsv(store: MeetingStore, actor: Actor, filter: DecisionFilter = {}) {
  const rows = await everyRow((offset) =>
    decisionRegister(store, actor, { ...filter, limit: PAGE_LIMIT, offset }),
  );
  return csvOf(
    ['id', 'meeting', 'date', 'body', 'topic', 'verb', 'text'],
    rows.map((o) => [o.id, o.meetingId, o.date, o.body, o.topic, o.verb, o.text]),
  );
}

/** The action register as CSV, with its filters. */
export async function actionsCsv(store: MeetingStore, actor: Actor, filter: ActionFilter = {}) {
  const rows = await everyRow((offset) =>
    actionRegister(store, actor, { ...filter, limit: PAGE_LIMIT, offset }),
  );
  return csvOf(
    ['id', 'meeting', 'date', 'body', 'topic', 'text', 'owner', 'due', 'status'],
    rows.map((o) => [o.id, o.meetingId, o.date, o.body, o.topic, o.text, o.owner, o.due, o.status]),
  );
}

export interface AttendanceFilter {
  /** A body's slug or name. */
  body?: string;
  /** Meeting dates from and to, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Words the person's or office's name contains, as the list of people filters them. */
  text?: string;
}

/** Everyone listed at each meeting the reader may see, one row each, oldest meeting first. */
export async function attendanceCsv(store: MeetingStore, actor: Actor, filter: AttendanceFilter = {}) {
  const scope = scopeOf(actor);
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE_LIMIT) {
    const { meetings } = await store.listMeetings(
      { ...(filter.body === undefined ? {} : { body: filter.body }), limit: PAGE_LIMIT, offset },
      scope,
    );
    for (const m of meetings) {
      if (filter.from !== undefined && (m.date === null || m.date < filter.from)) continue;
      if (filter.to !== undefined && (m.date === null || m.date > filter.to)) continue;
      ids.push(m.id);
    }
    if (meetings.length < PAGE_LIMIT) break;
  }
  const words = keyOf(filter.text ?? '')
    .split(' ')
    .filter((w) => w !== '');
  const rows: Array<Array<string | null>> = [];
  for (const id of ids.reverse()) {
    const stored = await store.getMeeting(id, scope);
    if (stored === null) continue;
    const m = stored.record.meeting;
    for (const a of stored.record.attendance) {
      if (words.some((w) => !keyOf(a.name).includes(w))) continue;
      rows.push([
        m.id,
        m.date,
        m.body,
        a.name,
        a.honorific,
        a.kind,
        a.group,
        a.role,
        a.status,
        a.onBehalfOf,
        a.remote === null ? null : a.remote ? 'remote' : 'in person',
      ]);
    }
  }
  return csvOf(
    [
      'meeting',
      'date',
      'body',
      'name',
      'honorific',
      'kind',
      'group',
      'role',
      'status',
      'on_behalf_of',
      'remote',
    ],
    rows,
  );
}
