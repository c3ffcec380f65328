/**
 * The composition root: the one place that knows which storage implements the application's
 * ports. The command line and the web application start here.
 */
import type { Config } from './app/config.js';
import type { MeetingStore } from './app/ports.js';
import { openStore } from './storage/store.js';

/** Opens the store a configuration names, with its schema up to date. */
export function openConfiguredStore(config: Config): Promise<MeetingStore> {
  return openStore({ url: config.database, connections: config.connections });
}
