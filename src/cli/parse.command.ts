/** `minutebook parse FILE --json`: what the importer reads from a file, stored nowhere. */
import { readSummary, renderParsed } from '../app/summaries.js';
import type { CommandContext } from './context.js';
import { readInput } from './files.js';
import { printMeeting } from './print-meeting.js';

export async function parseCommand(
  file: string,
  options: { json?: boolean },
  context: CommandContext,
): Promise<void> {
  const { records } = await readSummary(await readInput(file));
  if (options.json) {
    context.output.out(renderParsed(records));
    return;
  }
  for (const record of records) printMeeting(record, context.output);
}
