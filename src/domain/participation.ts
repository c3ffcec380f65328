/**
 * A member's participation over a term, counted from the meetings of the term: present in
 * person, represented (someone attended on their behalf), regrets sent, absent, or not named at
 * all. The rate is the share of meetings at which the member took part, in person or represented.
 */
export const PARTICIPATION_STATUSES = [
  'present',
  'represented',
  'regrets',
  'absent',
  'not recorded',
] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

export interface ParticipationSummary {
  meetings: number;
  counts: Record<ParticipationStatus, number>;
  /** Between 0 and 1; null when the term held no meeting. */
  rate: number | null;
}

export function summarizeParticipation(statuses: readonly ParticipationStatus[]): ParticipationSummary {
  const counts = Object.fromEntries(PARTICIPATION_STATUSES.map((s) => [s, 0])) as Record<
    ParticipationStatus,
    number
  >;
  for (const s of statuses) counts[s] += 1;
  const meetings = statuses.length;
  return { meetings, counts, rate: meetings === 0 ? null : (counts.present + counts.represented) / meetings };
}
