/** Where commands write: stdout for results, stderr for messages. Tests pass their own. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Whether results go to a terminal (for emphasis). */
  readonly tty: boolean;
  /**
   * Shows how far a long command has come, on a line of its own that the next status replaces;
   * absent where messages do not go to a terminal (a log file keeps only the messages).
   */
  status?(text: string): void;
}

let watching = false;

/**
 * Ends the process quietly, with success, when the program reading its output stops reading
 * (`minutebook list | head -1`): what was asked for was read, as with other command-line tools.
 * Any other failure to write stays an error.
 */
export function endQuietlyOnClosedOutput(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  tty: process.stdout.isTTY === true,
  // Back to the line's start, the text, then the rest of the line cleared ("" clears it all).
  ...(process.stderr.isTTY === true
    ? { status: (text: string) => process.stderr.write(`\r${text}\x1b[K`) }
    : {}),
};
