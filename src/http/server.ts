/**
 * Serves the web application on a port until the process is told to stop; then it stops taking
 * requests, lets the ones under way finish, and closes the store.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { MeetingStore } from '../app/ports.js';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  /** The address it listens at (0.0.0.0 or :: when it listens on every network). */
  url: string;
  /** Whether it can be reached from other machines: it listens beyond the loopback address. */
  beyondLocalhost: boolean;
  close(): Promise<void>;
}

/** Whether an address is this machine's own (127.0.0.0/8, ::1, or the first as IPv6). */
export function isLoopback(address: string): boolean {
  return /^(?:127\.|::ffff:127\.)/.test(address) || address === '::1';
}

/** Starts serving `store` on `port` (0 picks a free one) and `host`. */
export function startServer(
  store: MeetingStore,
  port: number,
  host = 'localhost',
  options: AppOptions = {},
): Promise<RunningServer> {
  const app = createApp(store, options);
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    const server: ServerType = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      server.off('error', onError);
      // The name given stays (localhost); otherwise the address actually bound.
      const shown = host === 'localhost' ? host : info.address;
      resolve({
        url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${info.port}`,
        beyondLocalhost: !isLoopback(info.address),
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', onError);
  });
}
