/** `minutebook backup` and `minutebook restore`: the whole database as one JSON file, and back. */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
    else await writePrivately(options.output, text);
    const meetings = backup.tables.meetings?.length ?? 0;
    context.output.err(
      `backed up ${describeDatabase(config)}: ${meetings} meeting${meetings === 1 ? '' : 's'}${options.output ? ` to ${options.output}` : ''}`,
    );
  });
}

/**
 * Writes a file only its owner may read or write (0600): a backup holds password and token
 * hashes and drafts. It is written to a new file made 0600 beside it, then moved over the
 * name, so that a file already there, whatever its mode, is replaced whole.
 */
async function writePrivately(file: string, text: string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(text);
      await handle.chmod(0o600);
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
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
