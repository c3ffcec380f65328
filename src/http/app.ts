/**
 * The web application: the JSON API under /api, the pages, and the pages' own style sheet and
 * script, all over one store. Errors are answered as JSON under /api and as a page elsewhere;
 * an unexpected one is logged and reported without its details.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { MeetingStore } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import { apiRoutes } from './api/api.js';
import { serveAssets } from './assets.js';
import { ResponseCache } from './cache.js';
import { errorResponse } from './errors.js';
import { ErrorPage } from './pages/kit/error.page.js';
import { render } from './pages/kit/route.js';
import { viewOf } from './pages/kit/view.js';
import { pageRoutes } from './pages/routes.js';
import { requestGuard } from './guard.js';
import type { AppEnv } from './env.js';

export interface AppOptions {
  /** Where unexpected errors are reported; the console by default. */
  logError?: (error: unknown) => void;
  /**
   * Whether the server is behind a reverse proxy whose X-Forwarded-Proto and X-Forwarded-For
   * are believed; off by default, since any client can send them.
   */
  trustProxy?: boolean;
}

export function createApp(store: MeetingStore, options: AppOptions = {}): Hono<AppEnv> {
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const app = new Hono<AppEnv>();
  // For a load balancer or a process manager: the process answers, and so does its database.
  app.get('/health', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await store.revision();
      return c.json({ status: 'ok' });
    } catch (error) {
      logError(error);
      return c.json({ status: 'unavailable' }, 503);
    }
  });
  app.use(requestGuard(store, options.trustProxy === true));
  const cache = new ResponseCache(store);
  app.route('/', apiRoutes(store, cache));
  serveAssets(app);
  pageRoutes(app, { store, cache });

  const isApi = (c: Context): boolean => c.req.path === '/api' || c.req.path.startsWith('/api/');
  app.notFound((c) => {
    if (isApi(c))
      return c.json({ code: 'not-found', message: `nothing is at ${c.req.method} ${c.req.path}` }, 404);
    return render(c, ErrorPage({ view: viewOf(c), status: 404 }), 404);
  });
  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    if (status >= 500) logError(error);
    if (isApi(c)) return c.json(body, status);
    if (body.code === 'unauthenticated' && c.req.method === 'GET') {
      // A page that needs an account: sign in, then come back.
      return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    }
    const shown = error instanceof MinutebookError ? body.message : undefined;
    return render(c, ErrorPage({ view: viewOf(c), status, message: shown }), status as 400);
  });
  return app;
}
