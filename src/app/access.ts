/**
 * Who may do what: the one place that decides. Pages, the API and the command line ask here
 * (through the use cases), and refuse with `unauthenticated` (sign in first) or `forbidden`.
 */
import type { User } from '../domain/account.js';
import { MinutebookError } from '../domain/errors.js';
import type { MeetingRecord } from '../domain/record.js';
import { bodySlug, namesOwner } from '../domain/text.js';
import { EVERYTHING, type Scope } from './ports.js';

/** The person asking, or null for someone who has not signed in. */
export type Actor = User | null;

/** Whoever runs the command line on the machine that holds the database: it can do anything. */
export const LOCAL_OPERATOR: User = {
  id: 0,
  login: 'local',
  name: 'command line',
  role: 'admin',
  bodies: [],
};

export type Action = 'record' | 'manage-accounts';

/** What the actor may read: everything for the secretariat; published meetings and their own bodies' for a member; published ones for anyone else. */
export function scopeOf(actor: Actor): Scope {
  if (actor !== null && (actor.role === 'admin' || actor.role === 'secretariat')) return EVERYTHING;
  return { all: false, bodies: actor?.bodies ?? [] };
}

/** Whether the actor sees the drafts (and the deliberation) of the body `slug`: the secretariat, or a member of it. */
export function seesDraftsOf(actor: Actor, slug: string | null): boolean {
  const scope = scopeOf(actor);
  return scope.all || (slug !== null && scope.bodies.includes(slug));
}

/** Whether the actor sees the drafts (and the deliberation) of the meeting's body. */
export function seesDraftsOfMeeting(actor: Actor, record: MeetingRecord): boolean {
  const body = record.meeting.body;
  return seesDraftsOf(actor, body === null ? null : bodySlug(body));
}

/** Whether the actor may approve a meeting of the body `slug`: the secretariat, or a member of that body. */
export function mayApprove(actor: Actor, slug: string | null): boolean {
  if (may(actor, 'record')) return true;
  return actor !== null && actor.role === 'member' && slug !== null && actor.bodies.includes(slug);
}

/** Whether the actor may do `action`. */
export function may(actor: Actor, action: Action): boolean {
  if (actor === null) return false;
  switch (action) {
    case 'record':
      return actor.role === 'admin' || actor.role === 'secretariat';
    case 'manage-accounts':
      return actor.role === 'admin';
  }
}

/** Throws unless the actor may do `action`. */
export function authorize(actor: Actor, action: Action): asserts actor is User {
  if (actor === null) throw new MinutebookError('unauthenticated', 'sign in to do this');
  if (!may(actor, action))
    throw new MinutebookError('forbidden', `your account (${actor.role}) may not do this`);
}

/** Whether the actor may set the status of an action owned by `owner`: the secretariat, or the owner themselves. */
export function maySetActionStatus(actor: Actor, owner: string | null): boolean {
  if (may(actor, 'record')) return true;
  return actor !== null && owner !== null && namesOwner(actor.name, owner);
}

/** Whether an action's owner names this person (`domain/text.ts`). */
export { namesOwner };
