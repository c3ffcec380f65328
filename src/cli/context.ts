/** What every command runs with: where to write and which database to use. */
import { loadConfig, type Config } from '../app/config.js';
import type { MeetingStore } from '../app/ports.js';
import { openConfiguredStore } from '../compose.js';
import type { Output } from './output.js';

export interface CommandContext {
  output: Output;
  env: NodeJS.ProcessEnv;
  /** Reads a secret (a password) without showing it; tests pass their own. */
  readSecret?: (prompt: string) => Promise<string>;
}

/** Opens the store the options and environment point at, runs `work`, and closes it. */
export async function withStore<T>(
  context: CommandContext,
  db: string | undefined,
  work: (store: MeetingStore, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(context.env, { db });
  const store = await openConfiguredStore(config);
  try {
    return await work(store, config);
  } finally {
    await store.close();
  }
}
