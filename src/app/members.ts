/**
 * A body's members and how they take part: memberships with role and term (kept by the
 * secretariat), participation over each term as counts and a rate, attendance by group meeting
 * by meeting, and the document flow a body sets for itself.
 */
import { parseDocumentFlow } from '../domain/documents.js';
import { MinutebookError } from '../domain/errors.js';
import { summarizeParticipation } from '../domain/participation.js';
import { authorize, scopeOf, type Actor } from './access.js';
import type { MeetingStore } from './ports.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A person's memberships, each with its meetings and a summary of them. */
export async function membershipsOf(store: MeetingStore, actor: Actor, personId: number) {
  const memberships = await store.membershipsOf(personId, scopeOf(actor));
  return memberships.map((m) => ({
    ...m,
    participation: summarizeParticipation(m.meetings.map((x) => x.status)),
  }));
}

/** Adds a membership: a role, and a term given as dates (either end may be open). */
export async function addMembership(
  store: MeetingStore,
  actor: Actor,
  input: { personId: number; body: string; role: string; from?: string | null; to?: string | null },
) {
  authorize(actor, 'record');
  const role = input.role.trim();
  if (role === '')
    throw new MinutebookError('invalid-argument', 'a membership needs a role, e.g. Member or Chair', {
      field: 'role',
    });
  if (role.length > 120)
    throw new MinutebookError('invalid-argument', 'a role is at most 120 characters', { field: 'role' });
  const from = dateOrNull(input.from, 'from');
  const to = dateOrNull(input.to, 'to');
  if (from !== null && to !== null && to < from)
    throw new MinutebookError('invalid-argument', `the term ends (${to}) before it starts (${from})`, {
      field: 'to',
    });
  return store.addMembership(
    { personId: input.personId, body: input.body, role, from, to },
    { actor, action: 'membership', subject: String(input.personId), detail: null },
  );
}

export async function removeMembership(store: MeetingStore, actor: Actor, id: number): Promise<void> {
  authorize(actor, 'record');
  await store.removeMembership(id, {
    actor,
    action: 'membership-removed',
    subject: String(id),
    detail: null,
  });
}

function dateOrNull(value: string | null | undefined, field: string): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  // A day that does not exist (2024-02-30) is refused, not rolled over into the next month.
  const day = new Date(`${text}T00:00:00Z`);
  if (!ISO_DATE.test(text) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text)
    throw new MinutebookError('invalid-argument', `"${text}" is not a date (YYYY-MM-DD)`, { field });
  return text;
}

/** A body's attendance by group over its latest meetings (200 at most), meeting by meeting, oldest first. */
export function groupParticipation(store: MeetingStore, actor: Actor, body: string, latest: number) {
  return store.groupParticipation(body, scopeOf(actor), Math.min(Math.max(latest, 1), 200));
}

/**
 * Sets the states a body's documents move through, in order: written as "draft, endorsed,
 * published", or as a list; empty or null for the usual ones.
 */
export async function setDocumentFlow(
  store: MeetingStore,
  actor: Actor,
  body: string,
  flow: string | readonly string[] | null,
): Promise<void> {
  authorize(actor, 'record');
  const text = flow === null ? '' : typeof flow === 'string' ? flow : flow.join(', ');
  if (text.trim() === '') {
    await store.setDocumentFlow(body, null, { actor, action: 'document-flow', subject: body, detail: null });
    return;
  }
  const parsed = parseDocumentFlow(text);
  if ('error' in parsed) throw new MinutebookError('invalid-argument', parsed.error, { field: 'flow' });
  await store.setDocumentFlow(body, parsed.flow, {
    actor,
    action: 'document-flow',
    subject: body,
    detail: null,
  });
}
