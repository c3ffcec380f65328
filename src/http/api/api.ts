/**
 * The JSON API: every route validated by its schema, every error answered as `{ code, message }`,
 * and the OpenAPI 3.1 document generated from the same definitions at /api/openapi.json.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MeetingStore } from '../../app/ports.js';
import type { ResponseCache } from '../cache.js';
import type { AppEnv } from '../env.js';
import { meetingRoutes } from './meetings.routes.js';
import { registerRoutes } from './registers.routes.js';
import { searchRoutes } from './search.routes.js';
import { auditRoutes } from './audit.routes.js';
import { followRoutes } from './follow.routes.js';
import { tokenRoutes } from './tokens.routes.js';

/** "records[0].meeting.date", as the application names fields. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** The API's routes on a fresh app, with its OpenAPI document. */
export function apiRoutes(store: MeetingStore, cache: ResponseCache): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0]!;
      const field = fieldPath(issue.path);
      return c.json(
        { code: 'invalid-argument', message: issue.message, ...(field === '' ? {} : { field }) },
        400,
      );
    },
  });
  meetingRoutes(api, store, cache);
  registerRoutes(api, store);
  searchRoutes(api, store);
  auditRoutes(api, store);
  followRoutes(api, store);
  tokenRoutes(api, store);
  api.openAPIRegistry.registerComponent('securitySchemes', 'token', {
    type: 'http',
    scheme: 'bearer',
    description:
      'an API token (`minutebook token add`; yours are listed and revoked at /api/tokens); a signed-in browser may use its session instead, with the X-CSRF-Token header on writes',
  });
  api.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Minutebook API',
      version: '1',
      description:
        'The record of meetings of governance bodies: meetings, decisions, actions, documents and people, as citable records.',
    },
  });
  return api;
}
