/** /api/audit: the audit trail, for administrators; a page of it, or all of it as JSON or CSV. */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { auditCsv, auditTrail, exportAudit } from '../../app/audit.js';
import type { MeetingStore } from '../../app/ports.js';
import type { AppEnv } from '../env.js';
import { jsonResponses, TOKEN } from './responses.js';
import { ErrorBody } from './schemas/common.js';
import { History } from './schemas/meetings.js';

const tags = ['Audit'];
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const AuditQuery = z.object({
  subject: z.string().optional().openapi({ description: 'a meeting’s identifier, an account’s login …' }),
  actor: z.string().optional().openapi({ description: 'words of who acted (name or login)' }),
  action: z
    .string()
    .optional()
    .openapi({ description: 'the action, as the trail names it (correct, sign-in …)' }),
  from: day.optional().openapi({ description: 'entries from this day on (UTC)' }),
  to: day.optional().openapi({ description: 'entries up to this day, inclusive (UTC)' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
const AuditPage = History.extend({ total: z.number().int() }).openapi('AuditPage');

export function auditRoutes(api: OpenAPIHono<AppEnv>, store: MeetingStore): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit',
      tags,
      summary: 'The audit trail, newest first: who changed what, when, with the values before and after',
      request: { query: AuditQuery },
      responses: jsonResponses(AuditPage, 200, [403]),
      security: TOKEN,
    }),
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
    async (c) => {
      const csv = auditCsv(await exportAudit(store, c.get('user')));
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="minutebook-audit.csv"');
      return c.body(csv, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/audit/export.json',
      tags,
      summary: 'The whole audit trail, oldest first, as JSON',
      responses: jsonResponses(History, 200, [403]),
      security: TOKEN,
    }),
    async (c) => {
      c.header('Content-Disposition', 'attachment; filename="minutebook-audit.json"');
      return c.json({ entries: await exportAudit(store, c.get('user')) }, 200);
    },
  );
}
