/**
 * `npm run bench -- --scale N`: an archive of N generated meetings (bench/archive.ts) on each
 * engine, SQLite always and PostgreSQL when DATABASE_URL names a server, and every figure of
 * the scale targets beside its baseline from the same run: the import beside plain inserts,
 * searches beside the engine's own full-text search, requests per second beside hello-world.
 */
import { archiveMeetings, type ArchiveMeeting } from './archive.js';
import { openStore } from './built.js';
import { postgresEngine, sqliteEngine, type BenchEngine } from './scale-engines.js';
import {
  browse,
  memoryOf,
  pageTimes,
  searchTimes,
  startHello,
  startMinutebook,
  throughput,
  timed,
  type Hello,
  type Server,
} from './scale-http.js';
import { importArchive } from './scale-import.js';
import { SEARCH_CLASSES } from './scale-queries.js';
import { Report, type Row, printComparison, quantile, spread } from './scale-report.js';

const PAGES = ['/people', '/decisions', '/people/1', '/'];

export async function scaleBenchmark(count: number): Promise<void> {
  const engines: Array<() => Promise<BenchEngine>> = [() => Promise.resolve(sqliteEngine())];
  const server = process.env.DATABASE_URL;
  if (server !== undefined && /^postgres(ql)?:\/\//.test(server)) engines.push(() => postgresEngine(server));
  else
    console.log(
      'PostgreSQL skipped: DATABASE_URL names no PostgreSQL server (scripts/with-postgres.sh makes one).\n',
    );
  const results = new Map<string, Row[]>();
  for (const open of engines) {
    const engine = await open();
    try {
      results.set(engine.name, await onEngine(engine, count));
    } finally {
      await engine.drop();
    }
  }
  printComparison(results);
}

async function onEngine(engine: BenchEngine, count: number): Promise<Row[]> {
  console.log(
    `${engine.name}: an archive of ${count.toLocaleString('en')} meetings (200 bodies, about 7 % not published)`,
  );
  const meetings = archiveMeetings();
  const rows = new Report();
  const imported = await importArchive(engine, meetings, count, (k, t) =>
    rows.add({
      what: `import, tenth ${k + 1}`,
      value: t.ours,
      unit: 'meetings/s',
      baseline: `${Math.round(t.plain).toLocaleString('en')}/s plain`,
      ratio: t.ours / t.plain,
    }),
  );
  const tenths = imported.tenths.map((t) => t.ours);
  rows.add({
    what: 'import, whole archive',
    value: imported.ours,
    unit: 'meetings/s',
    baseline: `${Math.round(imported.plain).toLocaleString('en')}/s plain`,
    ratio: imported.ours / imported.plain,
    bar: `≥ 2,000/s, flat (last tenth ${Math.round((tenths.at(-1)! / tenths[0]!) * 100)} % of first)`,
    met: imported.ours >= 2000 && tenths.at(-1)! >= tenths[0]! * 0.8,
  });

  const hello = await startHello();
  try {
    // Five starts, each stopped; the sixth serves the rest of the benchmark.
    const starts: Array<{ started: number; home: number }> = [];
    for (let k = 0; k < 5; k++) {
      const started = await startMinutebook(engine.url);
      starts.push(started);
      await started.stop();
    }
    const app = await startMinutebook(engine.url);
    rows.add(...startRows(starts, hello));
    try {
      await onServer(engine, app, hello, imported.published, meetings, rows);
    } finally {
      await app.stop();
    }
  } finally {
    await hello.stop();
  }
  console.log('');
  return rows.rows;
}

/** Start-up, median of the starts: to an answer at all (/health), then to the home page. */
function startRows(starts: Array<{ started: number; home: number }>, hello: Hello): Row[] {
  const started = starts.map((s) => s.started);
  const home = starts.map((s) => s.home);
  return [
    {
      what: 'server start to first answer (/health)',
      value: quantile(started, 0.5),
      unit: 'ms',
      detail: spread(started),
      baseline: `hello-world ${hello.started.toFixed(0)} ms`,
      ratio: quantile(started, 0.5) / hello.started,
      bar: '≤ 300 ms',
      met: quantile(started, 0.5) <= 300,
    },
    {
      what: 'then the home page, made for the first time',
      value: quantile(home, 0.5),
      unit: 'ms',
      detail: spread(home),
    },
  ];
}

/** What is asked of the server once the archive is stored: start-up, searches, pages, memory, requests per second. */
async function onServer(
  engine: BenchEngine,
  app: Server,
  hello: Hello,
  published: string[],
  meetings: Iterator<ArchiveMeeting>,
  rows: Report,
): Promise<void> {
  const meeting = published[Math.floor(published.length / 2)]!;
  rows.add(...(await perSecond(hello.url, app, meeting, 'before the load')));
  await searches(engine, app, rows);
  // The writes that make each page afresh: one more meeting of the archive, saved as a draft.
  const store = await openStore({ url: engine.url });
  const write = async (): Promise<void> => {
    const next = (meetings.next().value as ArchiveMeeting).record;
    await store.saveMeetings([next], [], { state: 'draft' });
  };
  try {
    const helloTimes: number[] = [];
    for (let k = 0; k < 30; k++) helloTimes.push(await timed(hello.url));
    const helloMedian = quantile(helloTimes, 0.5);
    for (const [path, times] of await pageTimes(app.base, PAGES, write, 7)) {
      const cold = quantile(times.cold, 0.5);
      rows.add({
        what: `${path}, first after a write`,
        value: cold,
        unit: 'ms',
        detail: spread(times.cold),
        baseline: `hello-world ${helloMedian.toFixed(2)} ms`,
        bar: '≤ 50 ms',
        met: cold <= 50,
      });
      rows.add({
        what: `${path}, kept`,
        value: quantile(times.kept, 0.5),
        unit: 'ms',
        detail: spread(times.kept),
      });
    }
  } finally {
    await store.close();
  }
  const asked = await browse(app.base, published);
  const memory = memoryOf(app.process.pid!);
  rows.add({
    what: `server memory after ${asked} pages and the searches`,
    value: memory.rss,
    unit: 'MB',
    detail: `peak ${memory.peak.toFixed(0)} MB`,
    baseline: `hello-world ${memoryOf(hello.pid).rss.toFixed(0)} MB`,
    bar: '≤ 150 MB',
    met: memory.rss <= 150,
  });
  rows.add(...(await perSecond(hello.url, app, meeting, 'after the load')));
}

/** A meeting's JSON and page in requests per second, as shares of hello-world measured just before. */
async function perSecond(hello: string, app: Server, meeting: string, when: string): Promise<Row[]> {
  const seconds = 5;
  const base = await throughput(hello, seconds);
  const json = await throughput(`${app.base}/api/meetings/${meeting}`, seconds);
  const page = await throughput(`${app.base}/m/${meeting}`, seconds);
  const baseline = `hello-world ${Math.round(base).toLocaleString('en')} req/s`;
  return [
    {
      what: `meeting JSON, ${when}`,
      value: json,
      unit: 'req/s',
      baseline,
      ratio: json / base,
      bar: '≥ 50 %',
      met: json / base >= 0.5,
    },
    {
      what: `meeting page, ${when}`,
      value: page,
      unit: 'req/s',
      baseline,
      ratio: page / base,
      bar: '≥ 30 %',
      met: page / base >= 0.3,
    },
  ];
}

async function searches(engine: BenchEngine, app: Server, rows: Report): Promise<void> {
  const raw = await engine.rawSearch();
  const all: number[] = [];
  try {
    // Every query once first: the engine's pages and the server's code warm, as in use.
    for (const { queries } of SEARCH_CLASSES) await searchTimes(app.base, raw, queries, 1);
    for (const { name, queries } of SEARCH_CLASSES) {
      const times = await searchTimes(app.base, raw, queries, 24);
      all.push(...times.http);
      const p = (values: number[], q: number): string => quantile(values, q).toFixed(1);
      for (const q of [0.5, 0.95, 0.99]) {
        const bars: Record<string, [number, string]> = {
          'common words 0.99': [25, '≤ 25 ms (SQLite)'],
          'rare words 0.5': [2, '≤ 2 ms'],
        };
        const bar = bars[`${name} ${q}`];
        const value = quantile(times.http, q);
        rows.add({
          what: `search, ${name}, p${q * 100}`,
          value,
          unit: 'ms',
          detail:
            q === 0.5
              ? `${Math.min(...times.matches)}–${Math.max(...times.matches)} matches, ${times.http.length} searches`
              : undefined,
          baseline: `engine ranked ${p(times.ranked, q)} ms, first 20 ${p(times.first, q)} ms`,
          ratio: value / quantile(times.ranked, q),
          bar: bar?.[1],
          met: bar === undefined ? undefined : value <= bar[0],
        });
      }
    }
  } finally {
    await raw.close();
  }
  const p95 = quantile(all, 0.95);
  rows.add({
    what: 'search, all queries, p95',
    value: p95,
    unit: 'ms',
    bar: '≤ 10 ms (SQLite)',
    met: p95 <= 10,
  });
}
