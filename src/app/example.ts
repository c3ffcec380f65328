/**
 * The example data a new installation starts with, so that a newcomer sees a body's work at
 * once: the real summary of the IGF Leadership Panel's meeting of 1 November 2024, and invented
 * follow-up meetings that continue its actions and documents, with the panel's memberships.
 * Loaded only into an empty database; everything is marked as example data, and the invented
 * meetings as invented.
 */
import { z } from 'zod';
import { keyOf } from '../domain/text.js';
import { carriedAlong } from './follow.js';
import { readSummary, type ImportInput } from './summaries.js';
import { EVERYTHING, type MeetingStore } from './ports.js';

/** examples/series.json: which summaries, in order, and the memberships. */
export const exampleSeriesSchema = z.object({
  about: z.string(),
  summaries: z.array(z.object({ file: z.string().regex(/^[\w.-]+$/), invented: z.boolean() })).min(1),
  memberships: z
    .object({
      body: z.string(),
      invented: z.boolean(),
      about: z.string(),
      members: z.array(
        z.object({
          name: z.string(),
          role: z.string(),
          from: z.string().nullable(),
          to: z.string().nullable(),
        }),
      ),
    })
    .optional(),
});

export interface ExampleSeries {
  summaries: Array<ImportInput & { invented: boolean }>;
  memberships?: z.infer<typeof exampleSeriesSchema>['memberships'];
}

/**
 * Loads the example when the store holds no meeting yet; says whether it did. Server processes
 * that start together on an empty database look one after another, so only the first loads it.
 */
export function loadExampleIfEmpty(
  store: MeetingStore,
  example: ImportInput | ExampleSeries,
): Promise<boolean> {
  return store.exclusively('example', () => loadInto(store, example));
}

async function loadInto(store: MeetingStore, example: ImportInput | ExampleSeries): Promise<boolean> {
  const { total } = await store.listMeetings({ limit: 1, offset: 0 }, EVERYTHING);
  if (total > 0) return false;
  const series: ExampleSeries =
    'bytes' in example ? { summaries: [{ ...example, invented: false }] } : example;
  const read = await Promise.all(
    series.summaries.map(async (summary) => ({ summary, ...(await readSummary(summary)) })),
  );
  // What later meetings say of earlier actions is on them before anything is saved: the series
  // is saved as it stands, one version of each meeting.
  const carried = carriedAlong(read.flatMap((r) => r.records));
  let at = 0;
  for (const { summary, parts, records: asRead } of read) {
    const records = carried.slice(at, (at += asRead.length));
    // Published summaries (the invented ones as if they were), so everyone may read them.
    await store.saveMeetings(records, parts, {
      example: true,
      invented: summary.invented,
      state: 'published',
      audit: records.map((r) => ({
        actor: null,
        action: 'example',
        subject: r.meeting.id,
        detail: { state: 'published', invented: summary.invented },
      })),
    });
  }
  if (series.memberships !== undefined) {
    const people = await store.matchCandidates('person');
    for (const member of series.memberships.members) {
      const person = people.find((p) => p.group === 'person' && keyOf(p.name) === keyOf(member.name));
      if (person === undefined) continue;
      await store.addMembership(
        {
          personId: person.id,
          body: series.memberships.body,
          role: member.role,
          from: member.from,
          to: member.to,
        },
        { actor: null, action: 'example', subject: String(person.id), detail: null },
      );
    }
  }
  return true;
}
