/** /api/decisions, /api/actions, /api/documents and /api/people: the record across meetings. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MeetingStore } from '../../app/ports.js';
import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import {
  actionRegister,
  decisionRegister,
  documentRegister,
  getDocument,
  getPerson,
  listPeople,
} from '../../app/registers.js';
import { actionsCsv, attendanceCsv, decisionsCsv } from '../../app/exports.js';
import { jsonResponses } from './responses.js';
import { ErrorBody, IdPath } from './schemas/common.js';
import {
  ActionQuery,
  AttendanceQuery,
  DecisionQuery,
  DocumentDetail,
  DocumentList,
  DocumentQuery,
  OutcomeList,
  PersonDetail,
  PersonList,
  PersonQuery,
} from './schemas/registers.js';

const tags = ['Registers'];

/** A register's rows as a CSV file to download. */
const csvResponses = (what: string) => ({
  200: { description: what, content: { 'text/csv': { schema: { type: 'string' as const } } } },
  400: { description: 'a filter is not valid', content: { 'application/json': { schema: ErrorBody } } },
});

function csvFile(c: Context<AppEnv>, name: string, csv: string): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="${name}"`);
  return c.body(csv, 200);
}

export function registerRoutes(api: OpenAPIHono<AppEnv>, store: MeetingStore): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/decisions',
      tags,
      summary: 'Decisions across meetings, newest first',
      request: { query: DecisionQuery },
      responses: jsonResponses(OutcomeList),
    }),
    async (c) => c.json(await decisionRegister(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/actions',
      tags,
      summary: 'Actions across meetings, newest first',
      request: { query: ActionQuery },
      responses: jsonResponses(OutcomeList),
    }),
    async (c) => c.json(await actionRegister(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/decisions/export.csv',
      tags,
      summary: 'Every decision the filters keep, as CSV (cells a spreadsheet would run as formulas quoted)',
      request: { query: DecisionQuery.omit({ limit: true, offset: true }) },
      responses: csvResponses('the decisions'),
    }),
    async (c) =>
      csvFile(c, 'minutebook-decisions.csv', await decisionsCsv(store, c.get('user'), c.req.valid('query'))),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/actions/export.csv',
      tags,
      summary: 'Every action the filters keep, as CSV (cells a spreadsheet would run as formulas quoted)',
      request: { query: ActionQuery.omit({ limit: true, offset: true }) },
      responses: csvResponses('the actions'),
    }),
    async (c) =>
      csvFile(c, 'minutebook-actions.csv', await actionsCsv(store, c.get('user'), c.req.valid('query'))),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/attendance/export.csv',
      tags,
      summary:
        'Everyone listed at each meeting the filters keep, oldest meeting first, as CSV (cells a spreadsheet would run as formulas quoted)',
      request: { query: AttendanceQuery },
      responses: csvResponses('the attendance'),
    }),
    async (c) =>
      csvFile(
        c,
        'minutebook-attendance.csv',
        await attendanceCsv(store, c.get('user'), c.req.valid('query')),
      ),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      tags,
      summary: 'Documents the outcomes named',
      request: { query: DocumentQuery },
      responses: jsonResponses(DocumentList),
    }),
    async (c) => c.json(await documentRegister(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      tags,
      summary: 'One document and the outcomes that named it',
      request: { params: IdPath },
      responses: jsonResponses(DocumentDetail, 200, [404]),
    }),
    async (c) => c.json(await getDocument(store, c.get('user'), c.req.valid('param').id), 200),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/people',
      tags,
      summary: 'People and offices, with their attendance counts',
      request: { query: PersonQuery },
      responses: jsonResponses(PersonList),
    }),
    async (c) => c.json(await listPeople(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/people/{id}',
      tags,
      summary: 'One person’s or office’s attendance across meetings',
      request: { params: IdPath },
      responses: jsonResponses(PersonDetail, 200, [404]),
    }),
    async (c) => c.json(await getPerson(store, c.get('user'), c.req.valid('param').id), 200),
  );
}
