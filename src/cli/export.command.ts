/** `minutebook export ID --format md|json`: a stored meeting in a published format. */
import { LOCAL_OPERATOR } from '../app/access.js';
import { writeFile } from 'node:fs/promises';
import { exportMeeting, type ExportFormat } from '../app/meetings.js';
import { withStore, type CommandContext } from './context.js';

export async function exportCommand(
  id: string,
  options: { db?: string; format: ExportFormat; output?: string },
  context: CommandContext,
): Promise<void> {
  await withStore(context, options.db, async (store) => {
    const text = await exportMeeting(store, LOCAL_OPERATOR, id, options.format);
    if (options.output === undefined) context.output.out(text);
    else {
      await writeFile(options.output, text);
      context.output.err(`wrote ${options.output}`);
    }
  });
}
