/**
 * Use cases of the workflow: circulate a draft to the members of its body, take it back for
 * rework, approve it, publish it. The secretariat does each step; a member of the body may also
 * approve. Every step is recorded in the audit trail with who and when.
 */
import { bodySlug } from '../domain/text.js';
import { MinutebookError } from '../domain/errors.js';
import { NEXT_STATES, TRANSITION_ACTIONS, type MeetingState } from '../domain/workflow.js';
import { authorize, mayApprove, scopeOf, seesDraftsOf, type Actor } from './access.js';
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
  const stored = await store.getMeeting(id, scopeOf(actor));
  if (stored === null) throw new MinutebookError('not-found', `no meeting has the identifier ${id}`);
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
  return { from, to };
}

/** The steps of a meeting's history that anyone may read: its publication and its corrections. */
const PUBLIC_ACTIONS = new Set(['publish', 'correct', 'example']);

/** What happened to a meeting, newest first: imports, edits, corrections and every step of its workflow. */
export async function meetingHistory(
  store: MeetingStore,
  actor: Actor,
  id: string,
): Promise<StoredAuditEntry[]> {
  const stored = await store.getMeeting(id, scopeOf(actor));
  if (stored === null) throw new MinutebookError('not-found', `no meeting has the identifier ${id}`);
  const { entries } = await store.listAudit({ subject: id, limit: 200, offset: 0 });
  // What happened before publication is as confidential as the drafts were.
  const body = stored.record.meeting.body;
  return seesDraftsOf(actor, body === null ? null : bodySlug(body))
    ? entries
    : entries.filter((e) => PUBLIC_ACTIONS.has(e.action));
}
