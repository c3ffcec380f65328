/**
 * The HTTP benchmark: requests per second and p99 latency for a meeting's JSON and a meeting's
 * page, beside the framework's bare hello-world route, all served by a second process over
 * loopback; and the p95 latency of searches over 10,000 generated meetings.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadExampleIfEmpty, openStore } from './built.js';
import { generatedMeeting } from './generate.js';

const SEARCHES = [
  'timeline',
  'budget amendment',
  '"terms of reference"',
  'institutional strengthening',
  'Okafor',
  'Priya Rao',
  'consultation delegations',
  'framework -budget',
  'WHO steering',
  'plan OR note',
  'secretariat circulate',
  'partnerships',
];

interface Load {
  requests: number;
  p99: number;
}

/** What a browser sends with every request. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'en-GB,en;q=0.9' };

function load(url: string, seconds: number, headers: Record<string, string>): Promise<Load> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: 10, duration: seconds, headers }, (error, result) => {
      if (error) return reject(error);
      if (result.non2xx > 0 || result.errors > 0)
        return reject(new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`));
      resolve({ requests: result.requests.average, p99: result.latency.p99 });
    });
  });
}

async function searchLatencies(base: string, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const q = SEARCHES[i % SEARCHES.length]!;
    const start = performance.now();
    const response = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}&limit=20`);
    if (!response.ok) throw new Error(`search ${q}: ${response.status}`);
    await response.arrayBuffer();
    latencies.push(performance.now() - start);
  }
  return latencies.sort((a, b) => a - b);
}

const at = (sorted: number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;

export async function httpBenchmark(meetings: number, seconds: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-http-'));
  const path = join(dir, 'http.db');
  const store = await openStore({ url: path });
  const example = readFileSync(new URL('../examples/igf-lp-2024-11-01.md', import.meta.url));
  await loadExampleIfEmpty(store, { bytes: example, name: 'igf-lp-2024-11-01.md' });
  const records = Array.from({ length: meetings }, (_, n) => generatedMeeting(n));
  // The public record: what anyone may read, and so what the load reads.
  await store.saveMeetings(records, [], { state: 'published' });
  await store.close();

  const server = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./http-server.ts', import.meta.url).pathname, path],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const [appPort, helloPort] = await new Promise<[string, string]>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const ready = /ready (\d+) (\d+)/.exec(chunk.toString());
        if (ready) resolve([ready[1]!, ready[2]!]);
      });
      server.once('exit', (code) => reject(new Error(`the benchmark server stopped (${code})`)));
    });
    const app = `http://127.0.0.1:${appPort}`;
    console.log(
      `HTTP over loopback from a second process, 10 connections, ${seconds} s each, ${(meetings + 1).toLocaleString('en')} meetings stored`,
    );
    for (const [label, headers] of [
      ['as a browser asks (Accept-Encoding: gzip, deflate, br)', BROWSER],
      ['without compression (no Accept-Encoding)', {}],
    ] as const) {
      const hello = await load(`http://127.0.0.1:${helloPort}/`, seconds, headers);
      const json = await load(`${app}/api/meetings/igf-lp/2024-11-01`, seconds, headers);
      const page = await load(`${app}/m/igf-lp/2024-11-01`, seconds, headers);
      const share = (x: Load): string => `${Math.round((x.requests / hello.requests) * 100)}%`;
      const row = (name: string, x: Load, target: string): void =>
        console.log(
          `    ${name.padEnd(40)} ${Math.round(x.requests).toLocaleString('en').padStart(7)} req/s  p99 ${String(x.p99).padStart(3)} ms  ${target}`,
        );
      console.log(`  ${label}`);
      row('hello-world route, bare Hono (baseline)', hello, '');
      row('a meeting as JSON', json, `${share(json)} of hello-world (target ≥ 50%)`);
      row('a meeting’s page', page, `${share(page)} of hello-world (target ≥ 30%)`);
    }
    await searchLatencies(app, 50);
    const latencies = await searchLatencies(app, 600);
    console.log(
      `  search over ${(meetings + 1).toLocaleString('en')} meetings, ${latencies.length} queries one after another: p50 ${at(latencies, 0.5).toFixed(1)} ms  p95 ${at(latencies, 0.95).toFixed(1)} ms  max ${latencies.at(-1)!.toFixed(1)} ms`,
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
