/**
 * What the benchmarks measure: the JavaScript that `tsc` builds into dist/, the code the
 * `minutebook` command and `npm start` run (`npm run bench` builds it first, through
 * scripts/setup.sh). Run from the TypeScript sources instead, each function would carry what
 * the on-the-fly compiler adds to it (helpers that name every function as it is created). The
 * types are the sources' own.
 */
import type * as Access from '../src/app/access.js';
import type * as Example from '../src/app/example.js';
import type * as Matching from '../src/app/matching.js';
import type * as Meetings from '../src/app/meetings.js';
import type * as Summaries from '../src/app/summaries.js';
import type * as Server from '../src/http/server.js';
import type * as Importer from '../src/importers/importer.js';
import type * as Store from '../src/storage/store.js';

function built<T>(path: string): Promise<T> {
  return import(new URL(`../dist/${path}`, import.meta.url).href) as Promise<T>;
}

export const { LOCAL_OPERATOR } = await built<typeof Access>('app/access.js');
export const { loadExampleIfEmpty } = await built<typeof Example>('app/example.js');
export const { proposeMatches } = await built<typeof Matching>('app/matching.js');
export const { renderRecord } = await built<typeof Meetings>('app/meetings.js');
export const { importSummaries } = await built<typeof Summaries>('app/summaries.js');
export const { startServer } = await built<typeof Server>('http/server.js');
export const { parseSummary } = await built<typeof Importer>('importers/importer.js');
export const { openStore } = await built<typeof Store>('storage/store.js');
