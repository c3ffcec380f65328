/**
 * The import of the scale benchmark: the archive saved through the store in batches, each
 * batch also written by the plain-insert baseline just after it (so a noisy moment of the
 * machine hits both), timed per tenth of the archive to show whether the rate stays flat as
 * the database grows. Only the batch at hand is ever held.
 */
import type { SaveResult } from '../src/app/ports.js';
import type { MeetingState } from '../src/domain/workflow.js';
import type { ArchiveMeeting } from './archive.js';
import { openStore } from './built.js';
import type { BenchEngine } from './scale-engines.js';

export interface ImportFigures {
  /** Meetings per second in each tenth of the archive: through the store, and plain. */
  tenths: Array<{ ours: number; plain: number }>;
  ours: number;
  plain: number;
  /** Some published meetings, spread over the archive, for the pages to ask for. */
  published: string[];
}

const sourcesOf = (batch: ArchiveMeeting[]) =>
  batch.map(({ record }) => ({
    sha256: record.source!.sha256,
    name: record.source!.name,
    text: '',
    firstLine: 1,
  }));

const rate = (n: number, ms: number): number => (n / ms) * 1000;
const rates = (t: { ours: number; plain: number; n: number }) => ({
  ours: rate(t.n, t.ours),
  plain: rate(t.n, t.plain),
});

export async function importArchive(
  engine: BenchEngine,
  meetings: Iterator<ArchiveMeeting>,
  count: number,
  onTenth: (k: number, tenth: { ours: number; plain: number }) => void,
  batchSize = 1000,
): Promise<ImportFigures> {
  const store = await openStore({ url: engine.url });
  const tenth = Math.max(1, Math.ceil(count / 10));
  const tenths: Array<{ ours: number; plain: number; n: number }> = [];
  const published: string[] = [];
  const every = Math.max(1, Math.floor(count / 500));
  let done = 0;
  try {
    while (done < count) {
      const batch: ArchiveMeeting[] = [];
      // A batch never spans two tenths, so each tenth is timed on its own meetings.
      const end = Math.min(count, (Math.floor(done / tenth) + 1) * tenth, done + batchSize);
      while (done + batch.length < end) batch.push(meetings.next().value as ArchiveMeeting);
      let ours = 0;
      for (const state of ['published', 'circulated', 'draft'] as MeetingState[]) {
        const part = batch.filter((m) => m.state === state);
        if (part.length === 0) continue;
        const start = performance.now();
        const results: SaveResult[] = await store.saveMeetings(
          part.map((m) => m.record),
          sourcesOf(part),
          { state },
        );
        ours += performance.now() - start;
        if (state === 'published')
          published.push(...results.filter((_, k) => (done + k) % every === 0).map((r) => r.id));
      }
      const plain = await engine.plainInsert(
        batch.map((m) => m.record),
        done,
      );
      const at = Math.floor(done / tenth);
      tenths[at] ??= { ours: 0, plain: 0, n: 0 };
      tenths[at].ours += ours;
      tenths[at].plain += plain;
      tenths[at].n += batch.length;
      done += batch.length;
      if (done % tenth === 0 || done === count) onTenth(at, rates(tenths[at]));
    }
    // As `minutebook import` does once its files are in: PostgreSQL gathers its statistics.
    await store.analyze();
  } finally {
    await store.close();
  }
  const total = (key: 'ours' | 'plain'): number => tenths.reduce((sum, t) => sum + t[key], 0);
  return {
    tenths: tenths.map(rates),
    ours: rate(count, total('ours')),
    plain: rate(count, total('plain')),
    published,
  };
}
