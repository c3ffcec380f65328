/**
 * What the scale benchmark asks of the real server (`minutebook serve`, a process of its own),
 * one request at a time from the benchmark's process over loopback: how soon it first answers,
 * search latencies by kind of query beside the engine's own search, pages cold and kept, its
 * memory after a browsing load, and a meeting's requests per second beside hello-world.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import type { RawSearch } from './scale-engines.js';

const BIN = new URL('../bin/minutebook.js', import.meta.url).pathname;

/** What a browser sends with every request. */
export const BROWSER = { 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'en-GB,en;q=0.9' };

export interface Server {
  process: ChildProcess;
  base: string;
  /** Milliseconds from the spawn to the first answer of `/health`. */
  started: number;
  /** Milliseconds from then to the first answer of `/` (the home page made for the first time). */
  home: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

const stopped = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

/** Starts `minutebook serve` over the database and waits for its first answer of `/`. */
export async function startMinutebook(database: string): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--db', database, '--port', String(port), '--host', '127.0.0.1', '--no-example'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let said = '';
  child.stderr!.on('data', (chunk: Buffer) => (said += chunk.toString()));
  await firstAnswer(child, `${base}/health`, () => said);
  const started = performance.now() - start;
  await firstAnswer(child, `${base}/`, () => said);
  const home = performance.now() - start - started;
  return {
    process: child,
    base,
    started,
    home,
    stop: async () => {
      child.kill('SIGTERM');
      await stopped(child);
    },
  };
}

/** Waits for the first 200 answer of `url`, asking every 5 ms while nothing listens. */
async function firstAnswer(child: ChildProcess, url: string, said = (): string => ''): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped (${child.exitCode}): ${said()}`);
    const status = await fetch(url).then(
      async (r) => (await r.arrayBuffer(), r.status),
      () => 0,
    );
    if (status === 200) return;
    if (status !== 0) throw new Error(`${url}: ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Milliseconds one GET takes, body read; a status other than 200 stops the benchmark. */
export async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { headers: BROWSER });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return performance.now() - start;
}

/** The server's resident memory now and at its highest, in MB (Linux). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number =>
    Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export interface SearchQuery {
  /** What a reader types. */
  q: string;
  /** The same in the engine's own query language (quoted words and phrases). */
  match: string;
}

export interface SearchTimes {
  http: number[];
  first: number[];
  ranked: number[];
  /** How many entries each query matches. */
  matches: number[];
}

/**
 * Each query of a class asked `rounds` times in turn, through the API and of the engine
 * directly; fewer rounds when they take more than `budget` ms (a common word over a large
 * archive can take seconds).
 */
export async function searchTimes(
  base: string,
  raw: RawSearch,
  queries: SearchQuery[],
  rounds: number,
  budget = 90_000,
): Promise<SearchTimes> {
  const times: SearchTimes = { http: [], first: [], ranked: [], matches: [] };
  for (const { match } of queries) times.matches.push(await raw.count(match));
  const start = performance.now();
  for (let round = 0; round < rounds && performance.now() - start < budget; round++) {
    for (const { q, match } of queries) {
      times.http.push(await timed(`${base}/api/search?q=${encodeURIComponent(q)}&limit=20`));
      let start = performance.now();
      await raw.first(match);
      times.first.push(performance.now() - start);
      start = performance.now();
      await raw.ranked(match);
      times.ranked.push(performance.now() - start);
    }
  }
  return times;
}

export interface PageTimes {
  /** The first request after a write: the page made afresh. */
  cold: number[];
  /** The requests after it, answered from what the server keeps. */
  kept: number[];
}

/**
 * Each page asked once after a write (which every kept page is made again after) and then
 * `kept` times, over `rounds` rounds. A write by another process is seen within 50 ms
 * (storage/revision.ts), so the first request waits that long after it.
 */
export async function pageTimes(
  base: string,
  paths: string[],
  write: () => Promise<void>,
  rounds: number,
  kept = 5,
  budget = 30_000,
): Promise<Map<string, PageTimes>> {
  const times = new Map(paths.map((p) => [p, { cold: [], kept: [] } as PageTimes]));
  // A page that takes many seconds made afresh is measured fewer times, so the run ends.
  const spent = new Map(paths.map((p) => [p, 0]));
  const ask = async (path: string, into: number[]): Promise<void> => {
    if (spent.get(path)! > budget) return;
    const ms = await timed(`${base}${path}`);
    spent.set(path, spent.get(path)! + ms);
    into.push(ms);
  };
  for (let round = 0; round < rounds; round++) {
    await write();
    await new Promise((resolve) => setTimeout(resolve, 80));
    for (const path of paths) await ask(path, times.get(path)!.cold);
    for (const path of paths) for (let k = 0; k < kept; k++) await ask(path, times.get(path)!.kept);
  }
  return times;
}

/** A reader's walk through the archive: meetings, their JSON, bodies, people, registers; how many requests. */
export async function browse(base: string, meetings: string[], budget = 120_000): Promise<number> {
  const paths = [
    ...meetings.flatMap((id) => [`/m/${id}`, `/api/meetings/${id}`]),
    ...[...new Set(meetings.map((id) => id.split('/')[0]!))].map((slug) => `/bodies/${slug}`),
    ...Array.from({ length: 100 }, (_, k) => `/people/${k + 1}`),
    ...[1, 2, 3].flatMap((k) =>
      ['people', 'decisions', 'actions'].map((list) => `/${list}?offset=${k * 50}`),
    ),
  ];
  const start = performance.now();
  let asked = 0;
  // Stopped after `budget` ms, so a slow page does not hold the run for long.
  for (const path of paths) {
    if (performance.now() - start > budget) break;
    const response = await fetch(`${base}${path}`, { headers: BROWSER });
    await response.arrayBuffer();
    // A person seen only in drafts is not there for a reader: a 404 is an answer too.
    if (response.status !== 200 && response.status !== 404) throw new Error(`${path}: ${response.status}`);
    asked += 1;
  }
  return asked;
}

/** Requests per second (mean) over 10 connections for `seconds`. */
export function throughput(url: string, seconds: number): Promise<number> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 10, duration: seconds, headers: BROWSER }, (error, result) => {
      if (error) return reject(error);
      if (result.non2xx > 0 || result.errors > 0)
        return reject(new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`));
      resolve(result.requests.average);
    });
  });
}

// Hono's bare hello-world route on @hono/node-server, the stack `minutebook serve` runs on, as
// plain JavaScript run by node itself (no on-the-fly compiler): the baseline of requests per
// second, of start-up and of memory.
const HELLO = `import { serve } from '@hono/node-server';
import { Hono } from 'hono';
const app = new Hono().get('/', (c) => c.text('Hello, World!'));
const server = serve({ fetch: app.fetch, port: Number(process.argv[1]), hostname: '127.0.0.1' });
process.on('SIGTERM', () => server.close(() => process.exit(0)));
// Its parent (the benchmark) ended without stopping it: it stops too.
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent) process.exit(0); }, 500).unref();`;

export interface Hello {
  url: string;
  pid: number;
  /** Milliseconds from the spawn to its first answer. */
  started: number;
  stop(): Promise<void>;
}

/** The hello-world baseline server, in a process of its own. */
export async function startHello(): Promise<Hello> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const start = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', HELLO, String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await firstAnswer(child, url);
  return {
    url,
    pid: child.pid!,
    started: performance.now() - start,
    stop: async () => {
      child.kill('SIGTERM');
      await stopped(child);
    },
  };
}
