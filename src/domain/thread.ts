/**
 * What each meeting did to an action followed across meetings (its thread, oldest first): the
 * first raised it, a later one that gave it another owner reassigned it, the last closed it when
 * it is done or dropped, and the others discussed it.
 */
import type { ActionStatus } from './record.js';
import { keyOf } from './text.js';

export const THREAD_STEPS = ['raised', 'discussed', 'reassigned', 'done', 'dropped'] as const;
export type ThreadStep = (typeof THREAD_STEPS)[number];

export function threadSteps(
  thread: ReadonlyArray<{ owner: string | null; status: ActionStatus | null }>,
): ThreadStep[] {
  return thread.map((entry, i) => {
    if (i === 0) return 'raised';
    if (i === thread.length - 1 && (entry.status === 'done' || entry.status === 'dropped'))
      return entry.status;
    const before = thread[i - 1]!.owner;
    if (entry.owner !== null && before !== null && keyOf(entry.owner) !== keyOf(before)) return 'reassigned';
    return 'discussed';
  });
}
