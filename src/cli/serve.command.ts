/**
 * `minutebook serve` (what `npm start` runs): serves the web application. On first start, with
 * an empty database, it loads the example series (a real summary and invented follow-up
 * meetings), marked as example data, so that there is a body's work to look at at once.
 */
import { describeDatabase, loadConfig } from '../app/config.js';
import { openFirstAdminSetup } from '../app/accounts.js';
import { loadExampleIfEmpty } from '../app/example.js';
import { openConfiguredStore } from '../compose.js';
import { startServer } from '../http/server.js';
import type { CommandContext } from './context.js';
import { readExampleSeries } from './example.command.js';

export interface ServeOptions {
  db?: string;
  port: number;
  host: string;
  example: boolean;
  /** Believe the reverse proxy's X-Forwarded-Proto and X-Forwarded-For (or MINUTEBOOK_TRUST_PROXY=1). */
  trustProxy?: boolean;
}

export async function serveCommand(options: ServeOptions, context: CommandContext): Promise<void> {
  const config = loadConfig(context.env, { db: options.db });
  const store = await openConfiguredStore(config);
  try {
    if (options.example) {
      if (await loadExampleIfEmpty(store, await readExampleSeries())) {
        context.output.err(
          'The database was empty: the example series was loaded (a real summary and invented follow-up meetings), marked as example data.',
        );
      }
    }
    // A deployment without accounts lets no one edit; its first administrator is made at an
    // address only the person who started the server sees.
    const setupToken = await openFirstAdminSetup(store);
    const trustProxy = options.trustProxy === true || context.env.MINUTEBOOK_TRUST_PROXY === '1';
    const server = await startServer(store, options.port, options.host, { trustProxy });
    // Ready to stop before saying it is serving: whoever reads that line may stop it at once.
    const stopped = new Promise<void>((resolve) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        process.off('SIGHUP', stop);
        clearInterval(orphaned);
        void server.close().then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // The terminal it was started from closed.
      process.once('SIGHUP', stop);
      // Whoever started it (npm, a shell, a supervisor) ended without passing the signal on:
      // the process is handed to another parent, and a server nobody runs stops.
      const parent = process.ppid;
      const orphaned = setInterval(() => {
        if (process.ppid !== parent) stop();
      }, 500);
      orphaned.unref();
    });
    context.output.err(
      `Minutebook is serving ${describeDatabase(config)} at ${server.url}/ (Ctrl+C stops it)`,
    );
    if (trustProxy) {
      context.output.err(
        'Trusting the reverse proxy: X-Forwarded-Proto and X-Forwarded-For are believed; let nothing but the proxy reach this port.',
      );
    } else if (server.beyondLocalhost) {
      context.output.err(
        'Warning: this server answers other machines over plain HTTP, so passwords and session cookies cross the network unencrypted. Serve it behind a reverse proxy that ends HTTPS, and start it with --trust-proxy.',
      );
    }
    if (setupToken !== null) {
      context.output.err(
        `No account exists yet. Create the first administrator at ${server.url}/setup/${setupToken}`,
      );
    }
    await stopped;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      const { MinutebookError } = await import('../domain/errors.js');
      throw new MinutebookError(
        'invalid-argument',
        `port ${options.port} is in use; choose another with --port`,
      );
    }
    throw error;
  } finally {
    await store.close();
  }
}
