/**
 * The thread that reads large summaries (reading.ts): one request at a time, each answered with
 * the records read or the error that refused the file.
 */
import { parentPort } from 'node:worker_threads';
import { MinutebookError } from '../domain/errors.js';
import { readSummary } from './reading.js';

parentPort!.on('message', async (request: { id: number; bytes: Uint8Array; name: string | null }) => {
  try {
    parentPort!.postMessage({
      id: request.id,
      parsed: await readSummary({ bytes: request.bytes, name: request.name }),
    });
  } catch (error) {
    const refused =
      error instanceof MinutebookError
        ? { code: error.code, message: error.message, location: error.location }
        : { message: error instanceof Error ? error.message : String(error) };
    parentPort!.postMessage({ id: request.id, error: refused });
  }
});
