/**
 * The workflow of a summary: a draft is circulated to the members of its body, approved, then
 * published. Until it is published it is confidential: only the secretariat and the members of
 * the body may see it. A circulated draft may go back to the secretariat for rework; a published
 * summary does not change state again (a correction is a new version, with its reason).
 */
export const MEETING_STATES = ['draft', 'circulated', 'approved', 'published'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** The states each state may move to. */
export const NEXT_STATES: Record<MeetingState, readonly MeetingState[]> = {
  draft: ['circulated'],
  circulated: ['draft', 'approved'],
  approved: ['published'],
  published: [],
};

/** What moving to a state is called: the action of the audit trail and of the buttons. */
export const TRANSITION_ACTIONS = {
  draft: 'withdraw',
  circulated: 'circulate',
  approved: 'approve',
  published: 'publish',
} as const satisfies Record<MeetingState, string>;
