/**
 * `npm run bench`: the speed of the importer, of bulk storage and of the web application, each beside a baseline
 * measured in the same run on the same machine. Figures are medians of several rounds; see
 * bench/README.md for what each line measures and the figures recorded.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import MarkdownIt from 'markdown-it';
import {
  LOCAL_OPERATOR,
  importSummaries,
  openStore,
  parseSummary,
  proposeMatches,
  renderRecord,
} from './built.js';
import { generatedMeeting } from './generate.js';
import { httpBenchmark } from './http.js';
import { scaleBenchmark } from './scale.js';

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Milliseconds per call of fn, median of `rounds` rounds of `calls` calls, after a warm-up. */
function perCall(fn: () => void, calls: number, rounds: number): number {
  for (let i = 0; i < calls; i++) fn();
  const results: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) fn();
    results.push(Number(process.hrtime.bigint() - start) / calls / 1e6);
  }
  return median(results);
}

function parseBenchmark(): void {
  const bytes = readFileSync(new URL('../examples/igf-lp-2024-11-01.md', import.meta.url));
  const text = bytes.toString('utf8');
  const markdownIt = new MarkdownIt();
  const rounds: Array<{ ours: number; baseline: number }> = [];
  const parse = (): unknown => parseSummary({ bytes, name: 'example.md' });
  // Both sides compiled by the JIT before any round: the parser's many small functions need
  // about 2,000 calls to settle (rounds of 300 right after start measured it still compiling).
  for (let i = 0; i < 3000; i++) {
    markdownIt.parse(text, {});
    parse();
  }
  // Interleaved rounds, so that a noisy moment on the machine hits both sides alike.
  for (let r = 0; r < 7; r++) {
    rounds.push({
      baseline: perCall(() => markdownIt.parse(text, {}), 2000, 1),
      ours: perCall(parse, 500, 1),
    });
  }
  const ours = median(rounds.map((r) => r.ours));
  const baseline = median(rounds.map((r) => r.baseline));
  console.log(`parse the example summary (${bytes.length} bytes)`);
  console.log(`  markdown-it tokenize (baseline)   ${(baseline * 1000).toFixed(1)} µs`);
  console.log(`  minutebook parseSummary           ${(ours * 1000).toFixed(1)} µs`);
  console.log(`  ratio                             ${(ours / baseline).toFixed(2)} (target ≤ 3)`);
}

async function bulkBenchmark(count: number): Promise<void> {
  const records = Array.from({ length: count }, (_, n) => generatedMeeting(n));
  const sources = records.map((r) => ({
    sha256: r.source!.sha256,
    name: r.source!.name,
    text: '',
    firstLine: 1,
  }));
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < 3; round++) {
    const dir = mkdtempSync(join(tmpdir(), 'minutebook-bench-'));
    try {
      const store = await openStore({ url: join(dir, 'bench.db') });
      const start = performance.now();
      await store.saveMeetings(records, sources);
      ours.push((count / (performance.now() - start)) * 1000);
      await store.close();
      baseline.push(naiveInsert(join(dir, 'naive.db'), records));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`bulk import of ${count.toLocaleString('en')} generated meetings into SQLite (file, WAL)`);
  console.log(
    `  one row per statement, no index, no search (baseline)   ${Math.round(median(baseline)).toLocaleString('en')} meetings/s`,
  );
  console.log(
    `  minutebook store, with full-text index                  ${Math.round(median(ours)).toLocaleString('en')} meetings/s (target ≥ 2,000)`,
  );
}

// The plainest way to write the same rows: prepared statements, one row each, one transaction.
function naiveInsert(path: string, records: ReturnType<typeof generatedMeeting>[]): number {
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE meetings (id TEXT, body TEXT, date TEXT, record TEXT);
    CREATE TABLE outcomes (meeting_id TEXT, kind TEXT, text TEXT);
    CREATE TABLE attendance (meeting_id TEXT, name TEXT, status TEXT);`);
  const meeting = db.prepare('INSERT INTO meetings VALUES (?, ?, ?, ?)');
  const outcome = db.prepare('INSERT INTO outcomes VALUES (?, ?, ?)');
  const entry = db.prepare('INSERT INTO attendance VALUES (?, ?, ?)');
  const start = performance.now();
  db.transaction(() => {
    records.forEach((r, n) => {
      const id = String(n);
      meeting.run(id, r.meeting.body, r.meeting.date, JSON.stringify(r));
      for (const t of r.topics) for (const o of t.outcomes) outcome.run(id, o.kind, o.text);
      for (const a of r.attendance) entry.run(id, a.name, a.status);
    });
  })();
  const rate = (records.length / (performance.now() - start)) * 1000;
  db.close();
  return rate;
}

async function pipelineBenchmark(count: number): Promise<void> {
  const inputs = await Promise.all(
    Array.from({ length: count }, async (_, n) => ({
      bytes: Buffer.from(await renderRecord(generatedMeeting(n), 'md')),
      name: `meeting-${n}.md`,
    })),
  );
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-bench-'));
  try {
    const store = await openStore({ url: join(dir, 'pipeline.db') });
    const start = performance.now();
    await importSummaries(store, LOCAL_OPERATOR, inputs);
    const rate = (count / (performance.now() - start)) * 1000;
    await store.close();
    console.log(
      `import of ${count.toLocaleString('en')} Markdown summaries, read and stored (for information)`,
    );
    console.log(
      `  minutebook importSummaries                              ${Math.round(rate).toLocaleString('en')} summaries/s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Proposals of spellings that may be one, over a store of `count` generated meetings (for information). */
async function matchingBenchmark(count: number): Promise<void> {
  const records = Array.from({ length: count }, (_, n) => generatedMeeting(n));
  const store = await openStore({ url: ':memory:' });
  await store.saveMeetings(
    records,
    records.map((r) => ({ sha256: r.source!.sha256, name: r.source!.name, text: '', firstLine: 1 })),
  );
  console.log(
    `proposals of one person or document under several names, ${count.toLocaleString('en')} meetings stored (for information)`,
  );
  for (const kind of ['person', 'document'] as const) {
    const candidates = (await store.matchCandidates(kind)).length;
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = process.hrtime.bigint();
      await proposeMatches(store, LOCAL_OPERATOR, kind);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    console.log(
      `  ${kind === 'person' ? 'people   ' : 'documents'} ${candidates.toLocaleString('en').padStart(7)} compared   ${median(times).toFixed(0)} ms`,
    );
  }
  await store.close();
}

console.log(
  `minutebook benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}\n`,
);
// `npm run bench -- parse http` runs only the benchmarks named; without names, all of them.
// `npm run bench -- --scale 100000` runs the benchmark at scale instead (bench/scale.ts).
const args = process.argv.slice(2);
const scale = args.indexOf('--scale');
const only = scale === -1 ? args : [];
if (scale !== -1) {
  const count = Number(args[scale + 1]);
  if (!Number.isInteger(count) || count < 100)
    throw new Error('--scale takes a number of meetings (100 or more)');
  await scaleBenchmark(count);
}
const benchmarks: Array<[string, () => unknown]> = [
  ['parse', parseBenchmark],
  ['bulk', () => bulkBenchmark(10_000)],
  ['pipeline', () => pipelineBenchmark(2_000)],
  ['matching', () => matchingBenchmark(10_000)],
  ['http', () => httpBenchmark(10_000, 10)],
];
const chosen = scale !== -1 ? [] : benchmarks.filter(([name]) => only.length === 0 || only.includes(name));
for (const [, run] of chosen) {
  await run();
  console.log('');
}
