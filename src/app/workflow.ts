/**
 * Use cases of the workflow: circulate a draft to the members of its body, take it back for
 * rework, approve it, publish it. The secretariat does each step; a member of the body may also
 * approve. Every step is recorded in the audit trail with who and when.
 */
import { bodySlug } from '../domain/text.js';
import { MinutebookError } from '../domain/errors.js';
import { NEXT_STATES, TRANSITION_ACTIONS, type MeetingState } from '../domain/workflow.js';
import { authorize, mayApprove, seesDraftsOfMeeting, type Actor } from './access.js';
import { carryAlong } from './follow.js';
import { meetingById } from './meetings.js';
import type { MeetingStore, StoredAuditEntry } from './ports.js';

/** The states the actor may move the meeting to now. */
export function nextStatesFor(actor: Actor, state: MeetingState, body: string | null): MeetingState[] {
  return NEXT_STATES[state].filter((to) =>
    to === 'approved' ? mayApprove(actor, body === null ? null : bodySlug(body)) : actorRecords(actor),
  );
}

function actorRecords(actor: Actor): boolean {
  return actor !== null && (actor.role === 'admin' || actor.role === 'secretariat');
}

/** Moves a meeting to the next state of its workflow. */
export async function moveMeeting(
  store: MeetingStore,
  actor: Actor,
  id: string,
  to: MeetingState,
): Promise<{ from: MeetingState; to: MeetingState }> {
  if (actor === null) authorize(actor, 'record');
  // A meeting the actor may not see is, for them, no meeting at all.
  const stored = await meetingById(store, actor, id);
  const from = stored.state;
  if (!NEXT_STATES[from].includes(to)) {
    throw new MinutebookError('invalid-argument', `a ${from} summary cannot become ${to}`, {
      field: 'state',
    });
  }
  if (!nextStatesFor(actor, from, stored.record.meeting.body).includes(to)) {
    throw new MinutebookError('forbidden', `your account may not ${TRANSITION_ACTIONS[to]} this summary`);
  }
  await store.setMeetingState(id, from, to, [
    { actor, action: TRANSITION_ACTIONS[to], subject: id, detail: { from, to } },
  ]);
  // Published, the statuses it gives the actions it continues become theirs, each an audited
  // step of the earlier meeting.
  if (to === 'published') await carryAlong(store, actor, stored.record);
  return { from, to };
}

/** Whether an entry made a meeting public: its publication, or its saving as published. */
function publishes(entry: StoredAuditEntry): boolean {
  if (entry.action === 'publish' || entry.action === 'example') return true;
  const detail = entry.detail as { state?: unknown } | null;
  return entry.action === 'import' && detail?.state === 'published';
}

/**
 * What happened to a meeting, newest first: imports, edits, corrections, the statuses later
 * meetings gave its actions, and every step of its workflow. What happened before publication
 * is as confidential as the draft was; from publication on, everything is public.
 */
export async function meetingHistory(
  store: MeetingStore,
  actor: Actor,
  id: string,
): Promise<StoredAuditEntry[]> {
  const stored = await meetingById(store, actor, id);
  const { entries, total } = await store.listAudit({ subject: id, limit: HISTORY_LIMIT, offset: 0 });
  if (seesDraftsOfMeeting(actor, stored.record)) return entries;
  // Newest first: the public part ends (going back) at the entry that published the meeting.
  const published = entries.findIndex(publishes);
  if (published >= 0) return entries.slice(0, published + 1);
  // Published longer ago than the entries listed reach: every one listed came after.
  return stored.state === 'published' && total > entries.length ? entries : [];
}

/** The most entries of one meeting's history shown. */
const HISTORY_LIMIT = 200;
