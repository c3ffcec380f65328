/**
 * Reading a password: from a terminal without echoing it, or as the first line of standard
 * input when that is not a terminal (`echo "$PASSWORD" | minutebook user add …`).
 */
import { createInterface } from 'node:readline';

export async function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = createInterface({ input });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  }
  return new Promise((resolve, reject) => {
    const output = process.stderr;
    output.write(prompt);
    input.setRawMode(true);
    input.resume();
    let typed = '';
    const done = (error: Error | null): void => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (error === null) resolve(typed);
      else reject(error);
    };
    const onData = (chunk: Buffer): void => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done(null);
        if (char === '\u0003') return done(new Error('interrupted'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}
