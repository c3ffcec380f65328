/**
 * Serves the web application on a port until the process is told to stop; then it stops taking
 * requests, lets the ones under way finish, and closes the store.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { MeetingStore } from '../app/ports.js';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
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
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${info.port}`,
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
