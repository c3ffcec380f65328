/**
 * `minutebook example`: imports the example summary, a real published summary of the IGF
 * Leadership Panel, into the database and shows the stored meeting. Also reads the example
 * series (`examples/series.json`) that `serve` loads into an empty database.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { exampleSeriesSchema, type ExampleSeries } from '../app/example.js';
import { LOCAL_OPERATOR } from '../app/access.js';
import { getMeeting } from '../app/meetings.js';
import { importSummaries } from '../app/summaries.js';
import { describeDatabase } from '../app/config.js';
import { withStore, type CommandContext } from './context.js';
import { readInput } from './files.js';
import { printMeeting } from './print-meeting.js';

/** The example summary shipped with Minutebook. */
export const EXAMPLE_FILE = fileURLToPath(new URL('../../examples/igf-lp-2024-11-01.md', import.meta.url));

const EXAMPLES = new URL('../../examples/', import.meta.url);

/** The example series: its summaries, read, in the order series.json gives them. */
export async function readExampleSeries(): Promise<ExampleSeries> {
  const manifest = exampleSeriesSchema.parse(
    JSON.parse(await readFile(new URL('series.json', EXAMPLES), 'utf8')),
  );
  const summaries = await Promise.all(
    manifest.summaries.map(async (s) => ({
      ...(await readInput(fileURLToPath(new URL(s.file, EXAMPLES)))),
      name: `examples/${s.file}`,
      invented: s.invented,
    })),
  );
  return { summaries, ...(manifest.memberships === undefined ? {} : { memberships: manifest.memberships }) };
}

export async function exampleCommand(options: { db?: string }, context: CommandContext): Promise<void> {
  const input = await readInput(EXAMPLE_FILE);
  await withStore(context, options.db, async (store, config) => {
    // A real summary that was published: stored published and marked as example data, as
    // `serve` loads it into an empty database.
    const [report] = await importSummaries(
      store,
      LOCAL_OPERATOR,
      [{ ...input, name: 'examples/igf-lp-2024-11-01.md' }],
      { published: true, example: true },
    );
    const saved = report!.meetings[0]!;
    printMeeting((await getMeeting(store, LOCAL_OPERATOR, saved.id)).record, context.output);
    context.output.err(
      `\n${saved.outcome} ${saved.id} in ${describeDatabase(config)}; try: npx minutebook search WSIS`,
    );
  });
}
