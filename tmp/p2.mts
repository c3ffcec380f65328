import { openStore } from '/work/main/src/storage/store.ts';
import { loadExampleIfEmpty } from '/work/main/src/app/example.ts';
import { readExampleSeries } from '/work/main/src/cli/example.command.ts';
import { proposeLinks } from '/work/main/src/app/follow.ts';
import { readSummary } from '/work/main/src/app/summaries.ts';
import { readFileSync } from 'node:fs';
const store = await openStore({ url: ':memory:' });
await loadExampleIfEmpty(store, await readExampleSeries());
const text = readFileSync('examples/igf-lp-2024-12-06.md', 'utf8')
  .replace(/Action \(igf-lp\/[^)]*\): /g, '')
  .replace(/6 December 2024/g, '2 May 2025');
const { records } = readSummary({ bytes: Buffer.from(text), name: 'f.md' });
const p = await proposeLinks(store, records[0]!);
for (const [k, v] of p) console.log(k, v.map((x) => x.cite + ' ' + x.score).join(' | '));
