/**
 * Exit codes, decided in one place: 0 success, 1 failure of the system, 2 wrong usage,
 * 3 bad input (the file or record is at fault), 4 nothing has that identifier.
 */
import { MinutebookError, isInputError } from '../domain/errors.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, badInput: 3, notFound: 4 } as const;

/** The exit code and the message a person should read for an error. */
export function describeFailure(error: unknown): { code: number; message: string } {
  if (error instanceof MinutebookError) {
    const code =
      error.code === 'not-found'
        ? EXIT.notFound
        : error.code === 'invalid-argument'
          ? EXIT.usage
          : isInputError(error)
            ? EXIT.badInput
            : EXIT.failure;
    return { code, message: error.describe() };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: EXIT.failure, message: `unexpected failure: ${message}` };
}

/** A failure the command has already told, with what it did: only its exit code is left to give. */
export class ReportedFailure extends Error {
  constructor(readonly exitCode: number) {
    super(`failed with exit code ${exitCode}`);
  }
}
