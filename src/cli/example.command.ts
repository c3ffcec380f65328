/**
 * `minutebook example` (what `npm start` runs): imports the example summary, a real published
 * summary of the IGF Leadership Panel, into the database and shows the stored meeting.
 */
import { fileURLToPath } from 'node:url';
import { LOCAL_OPERATOR } from '../app/access.js';
import { getMeeting } from '../app/meetings.js';
import { importSummaries } from '../app/summaries.js';
import { describeDatabase } from '../app/config.js';
import { withStore, type CommandContext } from './context.js';
import { readInput } from './files.js';
import { printMeeting } from './print-meeting.js';

/** The example summary shipped with Minutebook. */
export const EXAMPLE_FILE = fileURLToPath(new URL('../../examples/igf-lp-2024-11-01.md', import.meta.url));

export async function exampleCommand(options: { db?: string }, context: CommandContext): Promise<void> {
  const input = await readInput(EXAMPLE_FILE);
  await withStore(context, options.db, async (store, config) => {
    const [report] = await importSummaries(store, LOCAL_OPERATOR, [
      { ...input, name: 'examples/igf-lp-2024-11-01.md' },
    ]);
    const saved = report!.meetings[0]!;
    printMeeting((await getMeeting(store, LOCAL_OPERATOR, saved.id)).record, context.output);
    context.output.err(
      `\n${saved.outcome} ${saved.id} in ${describeDatabase(config)}; try: npx minutebook search WSIS`,
    );
  });
}
