/**
 * Following outcomes from meeting to meeting. An outcome continues an earlier one when its
 * reference is the earlier one's citable identifier: recording a meeting starts it with a review
 * of the body's open actions, each continuing its action; an import proposes which earlier
 * outcome each of its outcomes may continue, for a person to confirm; and a continuing action's
 * status becomes the status of the action it continues.
 */
import { MinutebookError } from '../domain/errors.js';
import { isOutcomeCite, parseCite } from '../domain/ids.js';
import { outcomesOf, type MeetingRecord, type Outcome } from '../domain/record.js';
import { bodySlug, keyOf } from '../domain/text.js';
import { scopeOf, type Actor } from './access.js';
import { EVERYTHING, type MeetingStore, type OutcomeListing } from './ports.js';

/** An action's story across meetings, oldest first: raised, discussed, reassigned, done. */
export async function outcomeThread(
  store: MeetingStore,
  actor: Actor,
  cite: string,
): Promise<OutcomeListing[]> {
  const thread = await store.getThread(cite, scopeOf(actor));
  if (!thread.some((o) => o.id === cite))
    throw new MinutebookError('not-found', `no outcome has the identifier ${cite}`);
  return thread;
}

/**
 * The body's actions still open before `date`, each the latest of its thread, as outcomes of a
 * review topic that continue them.
 */
export async function openActionsToReview(
  store: MeetingStore,
  body: string,
  date: string | null,
): Promise<Outcome[]> {
  const open: OutcomeListing[] = [];
  for (const status of ['open', 'in progress'] as const) {
    const { outcomes } = await store.listOutcomes(
      { kind: 'action', body, status, limit: 200, offset: 0 },
      EVERYTHING,
    );
    open.push(...outcomes.filter((o) => date === null || o.date === null || o.date < date));
  }
  const latest: OutcomeListing[] = [];
  for (const action of open) {
    const thread = await store.getThread(action.id, EVERYTHING);
    const last = thread.filter((o) => o.kind === 'action').at(-1);
    if (last?.id === action.id) latest.push(action);
  }
  latest.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  return latest.map((action) => ({
    id: '',
    kind: 'action',
    verb: null,
    text: action.text,
    owner: action.owner,
    due: action.due,
    dueText: null,
    status: action.status,
    ref: action.id,
    documents: [],
    motion: null,
    line: null,
  }));
}

/**
 * Sets, on the earlier actions that the record's actions continue, the status those actions now
 * have, and on down the thread: an action closed at the third meeting is closed where it was
 * raised and where it was last reviewed. Each change is in the audit trail, saying which outcome
 * it came from. Owners stay as each meeting named them: the thread tells who was named when,
 * and the latest owner it names is the action's (`latestOwner`).
 */
export async function carryAlong(store: MeetingStore, actor: Actor, record: MeetingRecord): Promise<void> {
  for (const { outcome } of outcomesOf(record)) {
    if (outcome.kind !== 'action' || !isOutcomeCite(outcome.ref)) continue;
    await carryTo(
      store,
      actor,
      outcome.ref,
      outcome,
      `${record.meeting.id}#${outcome.id}`,
      record.meeting.id,
    );
  }
}

/**
 * The same for records not yet saved, given oldest first (a series loaded at once): each later
 * record's actions carried onto the earlier records they continue, in memory, so that saving
 * them makes no version the records did not have.
 */
export function carriedAlong(records: MeetingRecord[]): MeetingRecord[] {
  const byId = new Map(records.map((r) => [r.meeting.id, structuredClone(r)]));
  for (const record of byId.values()) {
    for (const { outcome } of outcomesOf(record)) {
      if (outcome.kind !== 'action') continue;
      let from: Outcome = outcome;
      for (let depth = 0, cite = outcome.ref; isOutcomeCite(cite) && depth < THREAD_DEPTH; depth++) {
        const { meetingId, outcomeId } = parseCite(cite);
        const earlier = meetingId === record.meeting.id ? undefined : byId.get(meetingId);
        const target = earlier && outcomesOf(earlier).find((o) => o.outcome.id === outcomeId)?.outcome;
        const next = target === undefined || target.kind !== 'action' ? null : carried(target, from);
        if (next === null) break;
        Object.assign(target!, next);
        from = target!;
        cite = target!.ref;
      }
    }
  }
  return [...byId.values()];
}

/** What an action continuing `target` makes of it, or null when nothing changes: its status. */
function carried(target: Outcome, from: Outcome): Pick<Outcome, 'status'> | null {
  const status = from.status ?? target.status;
  return status === target.status ? null : { status };
}

// The longest thread followed back: far beyond any real series, short of a loop of citations.
const THREAD_DEPTH = 50;

async function carryTo(
  store: MeetingStore,
  actor: Actor,
  cite: string,
  from: Outcome,
  via: string,
  origin: string | null,
  depth = 0,
): Promise<void> {
  const { meetingId, outcomeId } = parseCite(cite);
  if (meetingId === origin || depth >= THREAD_DEPTH) return;
  const earlier = await store.getMeeting(meetingId, EVERYTHING);
  const target =
    earlier === null
      ? undefined
      : outcomesOf(earlier.record).find((o) => o.outcome.id === outcomeId)?.outcome;
  const next = target === undefined || target.kind !== 'action' ? null : carried(target, from);
  if (earlier === null || target === undefined || next === null) return;
  const changed: MeetingRecord = {
    ...earlier.record,
    topics: earlier.record.topics.map((t) => ({
      ...t,
      outcomes: t.outcomes.map((o) => (o.id === outcomeId ? { ...o, ...next } : o)),
    })),
  };
  await store.updateMeeting(changed, earlier.version, [
    {
      actor,
      action: 'status',
      subject: meetingId,
      detail: { outcome: outcomeId, before: target.status, after: next.status, via },
    },
  ]);
  if (isOutcomeCite(target.ref))
    await carryTo(store, actor, target.ref, { ...target, ...next }, via, meetingId, depth + 1);
}

/** An earlier outcome an imported one may continue, with how alike they are. */
export interface LinkProposal {
  cite: string;
  text: string;
  date: string | null;
  score: number;
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'will',
  'with',
  'that',
  'this',
  'its',
  'their',
  'was',
  'were',
  'are',
  'has',
  'have',
  'from',
  'into',
  'on',
  'of',
  'to',
  'in',
  'a',
  'an',
  'by',
  'be',
  'as',
  'at',
  'is',
  'it',
  'panel',
  'members',
  'member',
]);

function wordsOf(text: string): Set<string> {
  return new Set(
    keyOf(text)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/** The lowest likeness worth proposing as a link. */
const LINK_THRESHOLD = 0.35;

/**
 * For each outcome of an imported record (by topic and position), the earlier outcomes of the
 * same body it may continue, among those the actor may see: the same documents named, or
 * enough of the same words. Proposals only: nothing is linked until a person chooses.
 */
export async function proposeLinks(
  store: MeetingStore,
  actor: Actor,
  record: MeetingRecord,
): Promise<Map<string, LinkProposal[]>> {
  const proposals = new Map<string, LinkProposal[]>();
  if (record.meeting.body === null) return proposals;
  // Only what the reader may see is proposed: a proposal quotes the outcome it names.
  const earlier = (
    await store.listOutcomes({ body: bodySlug(record.meeting.body), limit: 2000, offset: 0 }, scopeOf(actor))
  ).outcomes.filter(
    (o) =>
      o.kind !== 'note' && (record.meeting.date === null || o.date === null || o.date < record.meeting.date),
  );
  if (earlier.length === 0) return proposals;
  const earlierWords = earlier.map((o) => ({ listing: o, words: wordsOf(o.text) }));
  record.topics.forEach((topic, t) =>
    topic.outcomes.forEach((outcome, o) => {
      // A note may report on an earlier action ("the report was circulated"): it is matched too.
      if (isOutcomeCite(outcome.ref)) return;
      const mine = wordsOf(outcome.text);
      const documents = outcome.documents.map((d) => keyOf(d));
      const scored = earlierWords
        .map(({ listing, words }) => {
          const shared = [...mine].filter((w) => words.has(w)).length;
          const union = new Set([...mine, ...words]).size;
          const smaller = Math.min(mine.size, words.size);
          // The same task in other words: what the two share, against both together and against
          // the shorter (a progress report is often much shorter than the action it reports on).
          const alike = union === 0 || smaller === 0 ? 0 : (shared / union + shared / smaller) / 2;
          const sameDocument = documents.some((d) => d.length > 0 && keyOf(listing.text).includes(d));
          return {
            cite: listing.id,
            text: listing.text,
            date: listing.date,
            score: Math.round(Math.max(alike, sameDocument ? 0.6 : 0) * 100) / 100,
          };
        })
        .filter((p) => p.score >= LINK_THRESHOLD)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3);
      if (scored.length > 0) proposals.set(`${t}.${o}`, scored);
    }),
  );
  return proposals;
}
