/**
 * Use cases of following the record across meetings: registers of decisions and actions, the
 * documents outcomes named, bodies, and people with their attendance.
 */
import { found, MinutebookError } from '../domain/errors.js';
import { namesOwner, scopeOf, type Actor } from './access.js';
import type { DocumentFilter, MeetingStore, OutcomeFilter, PersonFilter } from './ports.js';

/** At most this many rows come back in one page of a register. */
export const PAGE_LIMIT = 200;

function page(filter: { limit?: number; offset?: number }): { limit: number; offset: number } {
  return {
    limit: Math.min(Math.max(filter.limit ?? 50, 1), PAGE_LIMIT),
    offset: Math.max(filter.offset ?? 0, 0),
  };
}

/** Decisions across meetings, newest first. */
export function decisionRegister(
  store: MeetingStore,
  actor: Actor,
  filter: Omit<Partial<OutcomeFilter>, 'kind'> = {},
) {
  return store.listOutcomes({ ...filter, ...page(filter), kind: 'decision' }, scopeOf(actor));
}

/** Actions across meetings; `overdue` keeps those still open whose due date has passed `today`; `mine`, those the summaries give to the actor. */
export async function actionRegister(
  store: MeetingStore,
  actor: Actor,
  filter: Omit<Partial<OutcomeFilter>, 'kind' | 'overdueOn'> & {
    overdue?: boolean;
    today?: string;
    mine?: boolean;
  } = {},
) {
  const { overdue, today, mine, ...rest } = filter;
  const query: OutcomeFilter = {
    ...rest,
    ...page(filter),
    kind: 'action',
    ...(overdue ? { overdueOn: today ?? new Date().toISOString().slice(0, 10) } : {}),
  };
  if (!mine) return store.listOutcomes(query, scopeOf(actor));
  if (actor === null) throw new MinutebookError('unauthenticated', 'sign in to see your actions');
  // Owners are written as the summaries wrote them ("Lise", "Ms. Fuhr and the Secretariat"):
  // matched word by word with the person's name, then paged.
  const all = await store.listOutcomes({ ...query, limit: MINE_LIMIT, offset: 0 }, scopeOf(actor));
  const own = all.outcomes.filter((o) => o.owner !== null && namesOwner(actor.name, o.owner));
  return { outcomes: own.slice(query.offset, query.offset + query.limit), total: own.length };
}

/** The most actions looked through for someone's own. */
const MINE_LIMIT = 5000;

/** Documents, most recently named first. */
export function documentRegister(store: MeetingStore, actor: Actor, filter: Partial<DocumentFilter> = {}) {
  return store.listDocuments({ ...filter, ...page(filter) }, scopeOf(actor));
}

/** One document and the outcomes that named it; fails with not-found. */
export async function getDocument(store: MeetingStore, actor: Actor, id: number) {
  return found(await store.getDocument(id, scopeOf(actor)), `no document has the identifier ${id}`);
}

/** People and offices, by name. */
export function listPeople(store: MeetingStore, actor: Actor, filter: Partial<PersonFilter> = {}) {
  return store.listPeople({ ...filter, ...page(filter) }, scopeOf(actor));
}

/** One person's or office's counts and a page of their attendance, newest first; fails with not-found. */
export async function getPerson(
  store: MeetingStore,
  actor: Actor,
  id: number,
  paging: { limit?: number; offset?: number } = {},
) {
  return found(await store.getPerson(id, scopeOf(actor), page(paging)), `no person has the identifier ${id}`);
}

/** The bodies that have meetings. */
export function listBodies(store: MeetingStore, actor: Actor) {
  return store.listBodies(scopeOf(actor));
}
