/** /api/audit: the audit trail, for administrators; a page of it, or all of it as JSON or CSV. */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { auditCsv, auditTrail, exportAudit } from '../../app/audit.js';
import type { MeetingStore } from '../../app/ports.js';
import type { AppEnv } from '../env.js';
import { csvFile, TOKEN } from './responses.js';
import { routesOf } from './route.js';
import { ErrorBody, isoDate } from './schemas/common.js';
import { History } from './schemas/meetings.js';

const tags = ['Audit'];
const route = routesOf(tags);
const AuditQuery = z.object({
  subject: z.string().optional().openapi({ description: 'a meeting’s identifier, an account’s login …' }),
  actor: z.string().optional().openapi({ description: 'words of who acted (name or login)' }),
  action: z
    .string()
    .optional()
    .openapi({ description: 'the action, as the trail names it (correct, sign-in …)' }),
  from: isoDate.optional().openapi({ description: 'entries from this day on (UTC)' }),
  to: isoDate.optional().openapi({ description: 'entries up to this day, inclusive (UTC)' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
const AuditPage = History.extend({ total: z.number().int() }).openapi('AuditPage');

export function auditRoutes(api: OpenAPIHono<AppEnv>, store: MeetingStore): void {
  api.openapi(
    route.get(
      '/api/audit',
      'The audit trail, newest first: who changed what, when, with the values before and after',
      { query: AuditQuery },
      AuditPage,
      [403],
      TOKEN,
    ),
    async (c) => c.json(await auditTrail(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit/export.csv',
      tags,
      summary: 'The whole audit trail, oldest first, as CSV (the details of each entry as JSON)',
      responses: {
        200: { description: 'the audit trail', content: { 'text/csv': { schema: { type: 'string' } } } },
        401: { description: 'sign in first', content: { 'application/json': { schema: ErrorBody } } },
        403: {
          description: 'for administrators only',
          content: { 'application/json': { schema: ErrorBody } },
        },
      },
      security: TOKEN,
    }),
    async (c) => csvFile(c, 'audit', auditCsv(await exportAudit(store, c.get('user')))),
  );
  api.openapi(
    route.get(
      '/api/audit/export.json',
      'The whole audit trail, oldest first, as JSON',
      {},
      History,
      [403],
      TOKEN,
    ),
    async (c) => {
      c.header('Content-Disposition', 'attachment; filename="minutebook-audit.json"');
      return c.json({ entries: await exportAudit(store, c.get('user')) }, 200);
    },
  );
}
