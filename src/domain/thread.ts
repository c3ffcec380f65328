/**
 * What each meeting did to an action followed across meetings (its thread, oldest first): the
 * first raised it; a later one that named its first owner assigned it, and one that named
 * another owner than the last named reassigned it; the last closed it when it is done or
 * dropped; the others discussed it.
 */
import type { ActionStatus } from './record.js';
import { keyOf } from './text.js';

export const THREAD_STEPS = ['raised', 'assigned', 'discussed', 'reassigned', 'done', 'dropped'] as const;
export type ThreadStep = (typeof THREAD_STEPS)[number];

export function threadSteps(
  thread: ReadonlyArray<{ owner: string | null; status: ActionStatus | null }>,
): ThreadStep[] {
  let owner: string | null = null;
  return thread.map((entry, i) => {
    const known = owner;
    if (entry.owner !== null) owner = entry.owner;
    if (i === 0) return 'raised';
    if (i === thread.length - 1 && (entry.status === 'done' || entry.status === 'dropped'))
      return entry.status;
    if (entry.owner === null) return 'discussed';
    if (known === null) return 'assigned';
    return keyOf(entry.owner) === keyOf(known) ? 'discussed' : 'reassigned';
  });
}

/**
 * Who an action is now for: the latest owner its thread names, and the meeting in the thread
 * that first named them (meetings that named them again, or no one, since do not move it);
 * null when no meeting named one (the body's own action).
 */
export function latestOwner(
  thread: ReadonlyArray<{ owner: string | null }>,
): { owner: string; at: number } | null {
  let owner: string | null = null;
  let at = -1;
  for (let i = thread.length - 1; i >= 0; i--) {
    const named = thread[i]!.owner;
    if (named === null) continue;
    if (owner !== null && keyOf(named) !== keyOf(owner)) break;
    owner ??= named;
    at = i;
  }
  return owner === null ? null : { owner, at };
}

/**
 * How an action's owner is said in English, in the pages and on the command line alike: the
 * owner, where a later meeting named them, and the body itself where no meeting named anyone.
 */
export const BODY_AS_OWNER = 'the body as a whole';
export const namedAtMeeting = (date: string | null): string =>
  `(named at the meeting of ${date ?? 'a later date'})`;
