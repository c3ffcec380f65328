/**
 * Registers across meetings: decisions, actions and notes with the meeting each belongs to, and
 * the documents outcomes name. Filters combine; lists are newest first.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type {
  DocumentDetail,
  DocumentFilter,
  DocumentListing,
  OutcomeFilter,
  OutcomeListing,
  Scope,
} from '../app/ports.js';
import { inScope, namedInScope } from './scope.js';
import { parseCite } from '../domain/ids.js';
import { applyDocumentSteps, DEFAULT_DOCUMENT_FLOW, type DocumentStep } from '../domain/documents.js';
import type { ActionStatus, DocumentState, OutcomeKind } from '../domain/record.js';
import { containsText, countRows } from './rows.js';
import { latestDateOfRank } from './document-tallies.js';
import { tallied } from './tallies.js';
import { meetingsOfPage } from './outcome-pages.js';
import type { Database, OutcomeTable } from './schema.js';

type Joined = ExpressionBuilder<
  Database & { m: Database['meetings']; o: Database['outcomes']; b: Database['bodies'] },
  'o' | 'm' | 'b'
>;

/** What an outcome listing reads, from outcomes (o), meetings (m) and bodies (b). */
export const OUTCOME_COLUMNS = [
  'o.id',
  'o.meeting_id',
  'b.name as body',
  'm.date',
  'o.topic',
  'o.kind',
  'o.verb',
  'o.text',
  'o.owner',
  'o.due',
  'o.status',
] as const;

/** Outcomes matching a filter, newest meeting first, in reading order within a meeting. */
export async function listOutcomes(
  db: Kysely<Database>,
  filter: OutcomeFilter,
  scope: Scope,
): Promise<{ outcomes: OutcomeListing[]; total: number }> {
  const where = (eb: Joined) => {
    const all = [];
    if (filter.kind !== undefined) all.push(eb('o.kind', '=', filter.kind));
    if (filter.body !== undefined) all.push(eb('b.slug', '=', filter.body));
    if (filter.verb !== undefined) all.push(eb(eb.fn('lower', ['o.verb']), '=', filter.verb.toLowerCase()));
    if (filter.from !== undefined) all.push(eb('m.date', '>=', filter.from));
    if (filter.to !== undefined) all.push(eb('m.date', '<=', filter.to));
    if (filter.text !== undefined) all.push(containsText('o.text', filter.text));
    if (filter.owner !== undefined) all.push(containsText('o.owner', filter.owner));
    if (filter.status !== undefined) all.push(eb('o.status', '=', filter.status));
    if (filter.overdueOn !== undefined) all.push(eb('o.due', '<', filter.overdueOn));
    if (filter.pending === true || filter.overdueOn !== undefined) {
      all.push(
        eb('o.kind', '=', 'action'),
        eb('o.status', 'in', ['open', 'in progress']),
        // An action a later meeting (in scope) continued is followed there, not here.
        eb.not(namedInScope(scope, 'outcome_links', 'to_cite', 'o.id')),
      );
    }
    return eb.and(all);
  };
  const base = db
    .selectFrom('outcomes as o')
    .innerJoin('meetings as m', 'm.id', 'o.meeting_id')
    .leftJoin('bodies as b', 'b.id', 'm.body_id')
    .where(inScope(scope, 'm'))
    .where(where);
  const kind = registerOf(filter);
  if (kind === null) {
    const rows = await base
      .select(OUTCOME_COLUMNS)
      .orderBy('m.date', (ob) => ob.desc().nullsLast())
      .orderBy('o.meeting_id')
      .orderBy('o.topic_position')
      .orderBy('o.position')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute();
    return { outcomes: rows.map(outcomeListing), total: await countRows(base) };
  }
  // A whole register of decisions or actions: the meetings that hold the page, then their
  // outcomes; the total is the one kept on write.
  const { meetings, skip } = await meetingsOfPage(db, kind, filter, scope);
  // Read by meeting (outcomes_by_meeting), the kind kept here, put in the meetings' order.
  const outcomes =
    meetings.length === 0
      ? []
      : await db
          .selectFrom('outcomes as o')
          .where(
            'o.meeting_id',
            'in',
            meetings.map((m) => m.id),
          )
          .select(['o.id', 'o.meeting_id', 'o.topic_position', 'o.position', 'o.topic', 'o.kind'])
          .select(['o.verb', 'o.text', 'o.owner', 'o.due', 'o.status'])
          .execute();
  const byMeeting = new Map<string, typeof outcomes>();
  for (const o of outcomes) {
    if (o.kind !== kind) continue;
    const list = byMeeting.get(o.meeting_id) ?? [];
    list.push(o);
    byMeeting.set(o.meeting_id, list);
  }
  const rows = meetings.flatMap((m) =>
    (byMeeting.get(m.id) ?? [])
      .sort((a, b) => a.topic_position - b.topic_position || a.position - b.position)
      .map((o) => ({ ...o, date: m.date, body: m.body })),
  );
  const body = filter.body;
  const total = await tallied(
    db,
    scope,
    kind === 'decision' ? 'decisions' : 'actions',
    body === undefined ? undefined : (eb) => eb('b.slug', '=', body),
  );
  return { outcomes: rows.slice(skip, skip + filter.limit).map(outcomeListing), total };
}

/** The kind of a filter that keeps every decision or every action (of one body, maybe); else null. */
function registerOf(filter: OutcomeFilter): 'decision' | 'action' | null {
  const { kind, body: _body, limit: _limit, offset: _offset, ...others } = filter;
  if (kind !== 'decision' && kind !== 'action') return null;
  return Object.values(others).every((v) => v === undefined || v === false) ? kind : null;
}

/** An outcome as OUTCOME_COLUMNS read it: its own columns, its meeting's date and body's name. */
type OutcomeRow = Pick<
  OutcomeTable,
  'id' | 'meeting_id' | 'topic' | 'kind' | 'verb' | 'text' | 'owner' | 'due' | 'status'
> & { body: string | null; date: string | null };

export function outcomeListing(r: OutcomeRow): OutcomeListing {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    body: r.body,
    date: r.date,
    topic: r.topic === '' ? null : r.topic,
    kind: r.kind as OutcomeKind,
    verb: r.verb,
    text: r.text,
    owner: r.owner,
    due: r.due,
    status: r.status as ActionStatus | null,
  };
}

/**
 * The state and author of a document as the latest meeting in scope gave them: a reader is told
 * only what the meetings they may see said of it.
 */
function latestSaid(scope: Scope, column: 'author') {
  return (eb: ExpressionBuilder<Database & { d: Database['documents'] }, 'd'>) =>
    eb
      .selectFrom('meeting_documents as md')
      .innerJoin('meetings as mm', 'mm.id', 'md.meeting_id')
      .select(`md.${column}` as 'md.state')
      .whereRef('md.document_id', '=', 'd.id')
      .where(`md.${column}` as 'md.state', 'is not', null)
      .where(inScope(scope, 'mm'))
      .orderBy('mm.date', (ob) => ob.desc().nullsLast())
      .orderBy('mm.id', 'desc')
      .limit(1);
}

/**
 * Documents named by outcomes in scope, with how many named them, most recently named first:
 * counted and dated from the totals kept on write (document-tallies.ts). Unfiltered, only the
 * documents named on or after the date of the last one of the page are grouped.
 */
export async function listDocuments(
  db: Kysely<Database>,
  filter: DocumentFilter,
  scope: Scope,
): Promise<{ documents: DocumentListing[]; total: number }> {
  const inScopeRows = db.selectFrom('document_tallies as nt').where(inScope(scope, 'nt'));
  const named = inScopeRows.select('nt.document_id');
  let base = db.selectFrom('documents as d');
  if (filter.state !== undefined) {
    // The state a document reached is one some meeting gave it: only those are candidates, and
    // the rules decide which of them reached it.
    const wanted = filter.state;
    const candidates = await db
      .selectFrom('meeting_documents as md')
      .innerJoin('meetings as m', 'm.id', 'md.meeting_id')
      .where('md.state', '=', wanted)
      .where(inScope(scope, 'm'))
      .select('md.document_id')
      .distinct()
      .execute();
    const histories = await documentHistories(
      db,
      candidates.map((c) => c.document_id),
      scope,
    );
    const ids = [...histories].filter(([, h]) => h.state === wanted).map(([id]) => id);
    base = base.where('d.id', 'in', ids.length === 0 ? [-1] : ids);
  }
  if (filter.text !== undefined) base = base.where(containsText('d.title', filter.text));
  const filtered = filter.state !== undefined || filter.text !== undefined;
  const since = filtered ? undefined : await latestDateOfRank(db, scope, filter.offset + filter.limit);
  const candidates = base.where(
    'd.id',
    'in',
    since === undefined ? named : named.where('nt.latest', '>=', since),
  );
  const rows = await candidates
    .innerJoin('document_tallies as t', 't.document_id', 'd.id')
    .where(inScope(scope, 't'))
    .select((eb) => [
      'd.id',
      'd.title',
      eb.fn.sum<number>('t.outcomes').as('outcomes'),
      eb.fn.max('t.latest').as('latest'),
    ])
    .groupBy(['d.id', 'd.title'])
    .orderBy('latest', (ob) => ob.desc().nullsLast())
    .orderBy('d.title')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const total = filtered
    ? await countRows(base.where('d.id', 'in', named))
    : Number(
        (
          await inScopeRows
            .select((eb) => eb.fn.count<number>('nt.document_id').distinct().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
  const ids = rows.map((r) => r.id);
  const authors = new Map(
    ids.length === 0
      ? []
      : (
          await db
            .selectFrom('documents as d')
            .where('d.id', 'in', ids)
            .select((eb) => ['d.id', latestSaid(scope, 'author')(eb).as('author')])
            .execute()
        ).map((r) => [r.id, r.author]),
  );
  const histories = await documentHistories(db, ids, scope);
  return {
    documents: rows.map((r) =>
      documentListing({
        ...r,
        outcomes: Number(r.outcomes),
        author: authors.get(r.id) ?? null,
        state: histories.get(r.id)?.state ?? null,
      }),
    ),
    total,
  };
}

/**
 * What the meetings in scope said of each document, oldest first, and the state the body's
 * rules let them reach (`domain/documents.ts`).
 */
async function documentHistories(
  db: Kysely<Database>,
  ids: number[],
  scope: Scope,
): Promise<Map<number, ReturnType<typeof applyDocumentSteps> & { flow: readonly DocumentState[] }>> {
  const histories = new Map<
    number,
    ReturnType<typeof applyDocumentSteps> & { flow: readonly DocumentState[] }
  >();
  if (ids.length === 0) return histories;
  const rows = await db
    .selectFrom('meeting_documents as md')
    .innerJoin('meetings as m', 'm.id', 'md.meeting_id')
    .leftJoin('bodies as b', 'b.id', 'm.body_id')
    .where('md.document_id', 'in', ids)
    .where(inScope(scope, 'm'))
    .select(['md.document_id', 'md.meeting_id', 'm.date', 'md.state', 'b.document_flow'])
    .orderBy('m.date', (ob) => ob.asc().nullsFirst())
    .orderBy('md.meeting_id')
    .execute();
  // The documents each meeting's done actions name: what they were to make is made. Which
  // outcomes are done actions is decided here: asked in SQL, SQLite walked every done action
  // of the archive through their index (350 ms in 100,000 meetings) instead of these
  // documents' few namings.
  const named = await db
    .selectFrom('outcome_documents as od')
    .innerJoin('outcomes as o', 'o.id', 'od.outcome_id')
    .where('od.document_id', 'in', ids)
    .select(['od.document_id', 'o.meeting_id', 'o.kind', 'o.status'])
    .execute();
  const produced = new Set(
    named
      .filter((r) => r.kind === 'action' && r.status === 'done')
      .map((r) => `${r.document_id} ${r.meeting_id}`),
  );
  const steps = new Map<number, { steps: DocumentStep[]; flow: string | null }>();
  for (const r of rows) {
    const entry = steps.get(r.document_id) ?? { steps: [], flow: null };
    entry.steps.push({
      meetingId: r.meeting_id,
      date: r.date,
      given: r.state as DocumentState | null,
      produced: produced.has(`${r.document_id} ${r.meeting_id}`),
    });
    entry.flow = r.document_flow ?? entry.flow;
    steps.set(r.document_id, entry);
  }
  for (const [id, entry] of steps) {
    const flow = entry.flow === null ? DEFAULT_DOCUMENT_FLOW : (JSON.parse(entry.flow) as DocumentState[]);
    histories.set(id, { ...applyDocumentSteps(entry.steps, flow), flow });
  }
  return histories;
}

function documentListing(r: {
  id: number;
  title: string;
  state: string | null;
  author: string | null;
  outcomes: number | string;
  latest: string | null;
}): DocumentListing {
  return {
    id: r.id,
    title: r.title,
    state: r.state as DocumentState | null,
    author: r.author,
    outcomes: Number(r.outcomes),
    latest: r.latest ?? null,
  };
}

/**
 * One document, every outcome that named it (newest first), and its history: the state each
 * meeting gave it, oldest first, as the body's rules applied it.
 */
export async function findDocument(
  db: Kysely<Database>,
  id: number,
  scope: Scope,
): Promise<DocumentDetail | null> {
  const document = await db
    .selectFrom('documents as d')
    .select((eb) => ['d.id', 'd.title', latestSaid(scope, 'author')(eb).as('author')])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (document === undefined) return null;
  const rows = await db
    .selectFrom('outcome_documents as od')
    .innerJoin('outcomes as o', 'o.id', 'od.outcome_id')
    .innerJoin('meetings as m', 'm.id', 'o.meeting_id')
    .leftJoin('bodies as b', 'b.id', 'm.body_id')
    .where('od.document_id', '=', id)
    .where(inScope(scope, 'm'))
    .select(OUTCOME_COLUMNS)
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .orderBy('o.id')
    .execute();
  const named = rows.map(outcomeListing);
  // A document named only in meetings out of scope is, for this reader, no document.
  if (named.length === 0) return null;
  const history = (await documentHistories(db, [id], scope)).get(id);
  return {
    ...documentListing({
      ...document,
      state: history?.state ?? null,
      outcomes: named.length,
      latest: named[0]?.date ?? null,
    }),
    named,
    flow: [...(history?.flow ?? DEFAULT_DOCUMENT_FLOW)],
    history: (history?.steps ?? []).map((step) => ({
      ...step,
      outcomes: named.filter((o) => o.meetingId === step.meetingId).map((o) => o.id),
    })),
  };
}

/** The documents a meeting's outcomes name. */
export async function documentsOfMeeting(
  db: Kysely<Database>,
  meetingId: string,
  scope: Scope,
): Promise<Array<{ outcomeId: string; documentId: number; title: string }>> {
  const rows = await db
    .selectFrom('outcome_documents as od')
    .innerJoin('documents as d', 'd.id', 'od.document_id')
    .innerJoin('meetings as m', 'm.id', 'od.meeting_id')
    .where('od.meeting_id', '=', meetingId)
    .where(inScope(scope, 'm'))
    .select(['od.outcome_id', 'd.id', 'd.title'])
    .orderBy('od.outcome_id')
    .execute();
  return rows.map((r) => ({
    outcomeId: parseCite(r.outcome_id).outcomeId ?? r.outcome_id,
    documentId: r.id,
    title: r.title,
  }));
}

/**
 * The outcomes linked to one across meetings, itself included: those it continues and those
 * that continue it, followed both ways, oldest meeting first. Only those in scope.
 */
export async function findThread(
  db: Kysely<Database>,
  cite: string,
  scope: Scope,
): Promise<OutcomeListing[]> {
  const seen = new Set([cite]);
  let frontier = [cite];
  for (let depth = 0; depth < 50 && frontier.length > 0; depth++) {
    const rows = await db
      .selectFrom('outcome_links')
      .select(['from_cite', 'to_cite'])
      .where((eb) => eb.or([eb('from_cite', 'in', frontier), eb('to_cite', 'in', frontier)]))
      .execute();
    frontier = rows.flatMap((r) => [r.from_cite, r.to_cite]).filter((c) => !seen.has(c));
    for (const c of frontier) seen.add(c);
  }
  const rows = await db
    .selectFrom('outcomes as o')
    .innerJoin('meetings as m', 'm.id', 'o.meeting_id')
    .leftJoin('bodies as b', 'b.id', 'm.body_id')
    .where('o.id', 'in', [...seen])
    .where(inScope(scope, 'm'))
    .select(OUTCOME_COLUMNS)
    .orderBy('m.date', (ob) => ob.asc().nullsFirst())
    .orderBy('o.id')
    .execute();
  return rows.map(outcomeListing);
}
