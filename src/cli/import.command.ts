/** `minutebook import FILE…`: summaries into the database, all files or none. */
import { LOCAL_OPERATOR } from '../app/access.js';
import { describeDatabase } from '../app/config.js';
import { importSummaries, type ImportInput } from '../app/summaries.js';
import { withStore, type CommandContext } from './context.js';
import { readInput } from './files.js';

export async function importCommand(
  files: string[],
  options: { db?: string; published?: boolean },
  context: CommandContext,
): Promise<void> {
  const inputs: ImportInput[] = [];
  for (const file of files) inputs.push(await readInput(file));
  await withStore(context, options.db, async (store, config) => {
    const reports = await importSummaries(store, LOCAL_OPERATOR, inputs, {
      published: options.published === true,
    });
    for (const report of reports) {
      for (const m of report.meetings) {
        const warnings = m.warnings === 0 ? '' : `, ${m.warnings} warning${m.warnings === 1 ? '' : 's'}`;
        context.output.out(
          `${m.outcome.padEnd(9)} ${m.id} (version ${m.version}${warnings})  ← ${report.file ?? 'input'}`,
        );
      }
    }
    const count = reports.reduce((n, r) => n + r.meetings.length, 0);
    context.output.err(`${count} meeting${count === 1 ? '' : 's'} in ${describeDatabase(config)}`);
  });
}
