/** `minutebook backup` and `minutebook restore`: the whole database as one JSON file, and back. */
import { readFile, writeFile } from 'node:fs/promises';
import { LOCAL_OPERATOR } from '../app/access.js';
import { backupStore, readBackup, restoreStore } from '../app/backup.js';
import { describeDatabase } from '../app/config.js';
import { MinutebookError } from '../domain/errors.js';
import { withStore, type CommandContext } from './context.js';

export async function backupCommand(
  options: { db?: string; output?: string },
  context: CommandContext,
): Promise<void> {
  await withStore(context, options.db, async (store, config) => {
    const backup = await backupStore(store, LOCAL_OPERATOR);
    const text = `${JSON.stringify(backup)}\n`;
    if (options.output === undefined) context.output.out(text);
    else await writeFile(options.output, text);
    const meetings = backup.tables.meetings?.length ?? 0;
    context.output.err(
      `backed up ${describeDatabase(config)}: ${meetings} meeting${meetings === 1 ? '' : 's'}${options.output ? ` to ${options.output}` : ''}`,
    );
  });
}

export async function restoreCommand(
  file: string,
  options: { db?: string },
  context: CommandContext,
): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new MinutebookError(
      'invalid-argument',
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message,
      { file },
    );
  }
  const backup = (() => {
    try {
      return readBackup(text);
    } catch (error) {
      if (error instanceof MinutebookError)
        throw new MinutebookError(error.code, error.message, { ...error.location, file });
      throw error;
    }
  })();
  await withStore(context, options.db, async (store, config) => {
    await restoreStore(store, LOCAL_OPERATOR, backup);
    const meetings = backup.tables.meetings?.length ?? 0;
    context.output.err(
      `restored ${meetings} meeting${meetings === 1 ? '' : 's'} into ${describeDatabase(config)}`,
    );
  });
}
