/**
 * The example data a new installation starts with: the real summary of the IGF Leadership
 * Panel's meeting of 1 November 2024, so that a newcomer sees a meeting at once. It is loaded
 * only into an empty database, and marked as example data.
 */
import { readSummary, type ImportInput } from './summaries.js';
import { EVERYTHING, type MeetingStore } from './ports.js';

/** Loads the example summary when the store holds no meeting yet; says whether it did. */
export async function loadExampleIfEmpty(store: MeetingStore, example: ImportInput): Promise<boolean> {
  const { total } = await store.listMeetings({ limit: 1, offset: 0 }, EVERYTHING);
  if (total > 0) return false;
  const { records, source } = readSummary(example);
  // It is a published summary, so everyone may read it.
  await store.saveMeetings(records, [source], {
    example: true,
    state: 'published',
    audit: records.map((r) => ({
      actor: null,
      action: 'example',
      subject: r.meeting.id,
      detail: { state: 'published' },
    })),
  });
  return true;
}
