/**
 * Registers across meetings: decisions, actions and notes with the meeting each belongs to, and
 * the documents outcomes name. Filters combine; lists are newest first.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DocumentFilter, DocumentListing, OutcomeFilter, OutcomeListing, Scope } from '../app/ports.js';
import { inScope } from './scope.js';
import { parseCite } from '../domain/ids.js';
import type { ActionStatus, DocumentState, OutcomeKind } from '../domain/record.js';
import type { Database } from './schema.js';

type Joined = ExpressionBuilder<
  Database & { m: Database['meetings']; o: Database['outcomes']; b: Database['bodies'] },
  'o' | 'm' | 'b'
>;

const contains = (text: string): string => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

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
    if (filter.text !== undefined) all.push(eb(eb.fn('lower', ['o.text']), 'like', contains(filter.text)));
    if (filter.owner !== undefined) all.push(eb(eb.fn('lower', ['o.owner']), 'like', contains(filter.owner)));
    if (filter.status !== undefined) all.push(eb('o.status', '=', filter.status));
    if (filter.overdueOn !== undefined) {
      all.push(
        eb('o.kind', '=', 'action'),
        eb('o.status', 'in', ['open', 'in progress']),
        eb('o.due', '<', filter.overdueOn),
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
  const rows = await base
    .select([
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
    ])
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .orderBy('o.meeting_id')
    .orderBy('o.topic_position')
    .orderBy('o.position')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst();
  return { outcomes: rows.map(outcomeListing), total: Number(count?.total ?? 0) };
}

function outcomeListing(r: {
  id: string;
  meeting_id: string;
  body: string | null;
  date: string | null;
  topic: string;
  kind: string;
  verb: string | null;
  text: string;
  owner: string | null;
  due: string | null;
  status: string | null;
}): OutcomeListing {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    body: r.body,
    date: r.date,
    topic: r.topic,
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
function latestSaid(scope: Scope, column: 'state' | 'author') {
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

/** Documents named by outcomes in scope, with how many named them, most recently named first. */
export async function listDocuments(
  db: Kysely<Database>,
  filter: DocumentFilter,
  scope: Scope,
): Promise<{ documents: DocumentListing[]; total: number }> {
  let base = db
    .selectFrom('documents as d')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('outcome_documents as xd')
          .innerJoin('meetings as xm', 'xm.id', 'xd.meeting_id')
          .select('xd.document_id')
          .whereRef('xd.document_id', '=', 'd.id')
          .where(inScope(scope, 'xm')),
      ),
    );
  if (filter.state !== undefined) {
    const state = filter.state;
    base = base.where((eb) => eb(latestSaid(scope, 'state')(eb), '=', state));
  }
  if (filter.text !== undefined) {
    const text = filter.text;
    base = base.where((eb) => eb(eb.fn('lower', ['d.title']), 'like', contains(text)));
  }
  const rows = await base
    .innerJoin('outcome_documents as od', 'od.document_id', 'd.id')
    .innerJoin('meetings as m', 'm.id', 'od.meeting_id')
    .where(inScope(scope, 'm'))
    .select((eb) => [
      'd.id',
      'd.title',
      latestSaid(scope, 'state')(eb).as('state'),
      latestSaid(scope, 'author')(eb).as('author'),
      eb.fn.count<number>('od.outcome_id').as('outcomes'),
      eb.fn.max('m.date').as('latest'),
    ])
    .groupBy(['d.id', 'd.title'])
    .orderBy('latest', (ob) => ob.desc().nullsLast())
    .orderBy('d.title')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst();
  return { documents: rows.map(documentListing), total: Number(count?.total ?? 0) };
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

/** One document and every outcome that named it, newest first. */
export async function findDocument(
  db: Kysely<Database>,
  id: number,
  scope: Scope,
): Promise<(DocumentListing & { named: OutcomeListing[] }) | null> {
  const document = await db
    .selectFrom('documents as d')
    .select((eb) => [
      'd.id',
      'd.title',
      latestSaid(scope, 'state')(eb).as('state'),
      latestSaid(scope, 'author')(eb).as('author'),
    ])
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
    .select([
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
    ])
    .orderBy('m.date', (ob) => ob.desc().nullsLast())
    .orderBy('o.id')
    .execute();
  const named = rows.map(outcomeListing);
  // A document named only in meetings out of scope is, for this reader, no document.
  if (named.length === 0) return null;
  return {
    ...documentListing({ ...document, outcomes: named.length, latest: named[0]?.date ?? null }),
    named,
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
    .select([
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
    ])
    .orderBy('m.date', (ob) => ob.asc().nullsFirst())
    .orderBy('o.id')
    .execute();
  return rows.map(outcomeListing);
}
