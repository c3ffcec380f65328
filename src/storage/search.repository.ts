/**
 * The full-text index: one entry per meeting, outcome, person and document, holding the words
 * a search should find it by, folded by the application so that both engines match alike.
 */
import { sql, type Insertable, type RawBuilder } from 'kysely';
import type { Scope, SearchHit } from '../app/ports.js';
import { outcomeCite } from '../domain/ids.js';
import type { MeetingRecord } from '../domain/record.js';
import type { SearchQuery } from '../domain/search.js';
import { keyOf } from '../domain/text.js';
import type { Engine } from './engine.js';
import type { SearchEntryTable } from './schema.js';
import { entryInScope } from './scope.js';

type Entry = Insertable<SearchEntryTable>;

/** Search entries for saved meetings and for the people and documents they introduced. */
export function searchEntriesOf(
  records: MeetingRecord[],
  people: Array<{ id: number; row: { name: string } }>,
  documents: Array<{ id: number; row: { title: string; author: string | null } }>,
  visibility: Map<string, { state: string; bodyId: number | null }>,
): Entry[] {
  const entries: Entry[] = [];
  for (const record of records) {
    const m = record.meeting;
    const id = m.id!;
    // The meeting's state and body, kept on its entries so that a search is scoped without
    // reading the meetings.
    const seen = visibility.get(id) ?? { state: 'draft', bodyId: null };
    const entry = (kind: string, ref: string, title: string, body: string, also = '') =>
      makeEntry(id, kind, ref, title, body, m.date, also, seen);
    const title = [m.body, m.title].filter(Boolean).join(' — ') || id;
    // Topics with outcomes are found through their outcomes' entries; the others, here.
    const body = [m.purpose, ...record.topics.filter((t) => t.outcomes.length === 0).map((t) => t.title)]
      .filter(Boolean)
      .join(' ');
    entries.push(entry('meeting', id, title, body));
    for (const topic of record.topics) {
      for (const o of topic.outcomes) {
        entries.push(entry(o.kind, outcomeCite(id, o.id), topic.title ?? title, o.text, o.owner ?? ''));
      }
    }
  }
  for (const { id, row } of people) entries.push(makeEntry(null, 'person', String(id), row.name, '', null));
  for (const { id, row } of documents)
    entries.push(makeEntry(null, 'document', String(id), row.title, row.author ?? '', null));
  return entries;
}

// `also` is searchable but not shown: an action is found by its owner's name.
function makeEntry(
  meetingId: string | null,
  kind: string,
  ref: string,
  title: string,
  body: string,
  date: string | null,
  also = '',
  visible?: { state: string; bodyId: number | null },
): Entry {
  const folded = keyOf(`${title} ${body} ${also}`);
  // Written out: spreading an entry and adding fields is slow in V8, and there is one per outcome.
  return visible === undefined
    ? { meeting_id: meetingId, kind, ref, title, body, folded, date }
    : {
        meeting_id: meetingId,
        kind,
        ref,
        title,
        body,
        folded,
        date,
        state: visible.state,
        body_id: visible.bodyId,
      };
}

/**
 * The most matches a search ranks and counts. A common word matches much of an archive; past
 * this many, the hits are the best of the most recently indexed matches, and the count says
 * "more than" instead of reading every match to count it.
 */
export const SEARCH_BOUND = 1000;

/**
 * Ranked hits for a parsed query, best first (then newest), and how many there are (at most
 * SEARCH_BOUND; `more` when there are more). The engine says how entries match and rank; which
 * of them the reader may see is decided here, alike.
 */
export async function searchEntries(
  engine: Engine,
  query: SearchQuery,
  limit: number,
  offset: number,
  scope: Scope,
): Promise<{ hits: SearchHit[]; total: number; more: boolean }> {
  const match = engine.searchMatch(query);
  if (match === null) return { hits: [], total: 0, more: false };
  // The candidates: matches in scope, newest first, one more than the bound so as to know
  // whether there are more. The index yields them in that order, so a common word stops early.
  // Only what ranks them is read; the page's own entries are read whole afterwards.
  const candidatesIn = async (from: RawBuilder<unknown>) =>
    (
      await sql<{ id: number; date: string | null; score: number }>`
        SELECT e.id, e.date, ${match.score ?? sql`0`} AS score
        FROM ${from}
        WHERE ${match.where} AND ${entryInScope(scope, 'e')}
        ORDER BY ${match.newest}
        LIMIT ${SEARCH_BOUND + 1}`.execute(engine.db)
    ).rows;
  let rows = match.recent === undefined ? [] : await candidatesIn(match.recent);
  if (rows.length <= SEARCH_BOUND) rows = await candidatesIn(match.from);
  const candidates = rows.slice(0, SEARCH_BOUND);
  const scores =
    match.score !== undefined
      ? new Map(candidates.map((row) => [row.id, Number(row.score)]))
      : await engine.rankMatches!(
          query,
          candidates.map((row) => row.id),
          SEARCH_BOUND,
        );
  const scoreOf = (row: { id: number }) => scores.get(row.id) ?? 0;
  // Best first, then newest, then first indexed.
  candidates.sort(
    (a, b) => scoreOf(a) - scoreOf(b) || (b.date ?? '').localeCompare(a.date ?? '') || a.id - b.id,
  );
  const page = candidates.slice(offset, offset + limit).map((row) => row.id);
  const entries =
    page.length === 0
      ? []
      : await engine.db
          .selectFrom('search_entries')
          .select(['id', 'kind', 'ref', 'meeting_id', 'title', 'body', 'date'])
          .where('id', 'in', page)
          .execute();
  const byId = new Map(entries.map((row) => [row.id, row]));
  return {
    total: candidates.length,
    more: rows.length > SEARCH_BOUND,
    hits: page
      .map((id) => byId.get(id)!)
      .map((row) => ({
        kind: row.kind as SearchHit['kind'],
        ref: row.ref,
        meetingId: row.meeting_id,
        title: row.title,
        body: row.body,
        date: row.date,
      })),
  };
}
