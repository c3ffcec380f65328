/** Reading the files named on the command line, with errors that name the file. */
import { readFile, stat } from 'node:fs/promises';
import { MAX_INPUT_BYTES, type ImportInput } from '../app/summaries.js';
import { MinutebookError } from '../domain/errors.js';

/** Reads a file for import; a missing, unreadable or oversized file is bad input. */
export async function readInput(path: string): Promise<ImportInput> {
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new MinutebookError('invalid-argument', 'is a folder, not a file', { file: path });
    // Refuse before reading: a huge file should not be loaded into memory to be refused.
    if (info.size > MAX_INPUT_BYTES) {
      throw new MinutebookError(
        'input-too-large',
        `the file is ${(info.size / 1024 / 1024).toFixed(1)} MB; a summary over 10 MB is refused`,
        { file: path },
      );
    }
    return { bytes: await readFile(path), name: path };
  } catch (error) {
    if (error instanceof MinutebookError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new MinutebookError('invalid-argument', reason, { file: path });
  }
}
