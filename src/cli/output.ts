/** Where commands write: stdout for results, stderr for messages. Tests pass their own. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Whether results go to a terminal (for emphasis). */
  readonly tty: boolean;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  tty: process.stdout.isTTY === true,
};
