/** /api/decisions, /api/actions, /api/documents and /api/people: the record across meetings. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { ZodObject } from 'zod';
import type { MeetingStore } from '../../app/ports.js';
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
import { csvFile } from './responses.js';
import { routesOf } from './route.js';
import { ErrorBody, IdPath, PageQuery } from './schemas/common.js';
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
const route = routesOf(tags);
/** What a register's CSV leaves out of the register's query: it takes every row, not a page. */
const NOT_PAGED = { limit: true, offset: true } as const;

/** Declares /api/{register}/export.csv: the rows the filters keep, as CSV to download. */
const csvRoute = <Q extends ZodObject>(register: string, rows: string, query: Q) =>
  createRoute({
    method: 'get',
    path: `/api/${register}/export.csv`,
    tags,
    summary: `${rows}, as CSV (cells a spreadsheet would run as formulas quoted)`,
    request: { query },
    responses: {
      200: {
        description: `the ${register}`,
        content: { 'text/csv': { schema: { type: 'string' as const } } },
      },
      400: { description: 'a filter is not valid', content: { 'application/json': { schema: ErrorBody } } },
    },
  });

export function registerRoutes(api: OpenAPIHono<AppEnv>, store: MeetingStore): void {
  api.openapi(
    route.get(
      '/api/decisions',
      'Decisions across meetings, newest first',
      { query: DecisionQuery },
      OutcomeList,
    ),
    async (c) => c.json(await decisionRegister(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    route.get('/api/actions', 'Actions across meetings, newest first', { query: ActionQuery }, OutcomeList),
    async (c) => c.json(await actionRegister(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    csvRoute('decisions', 'Every decision the filters keep', DecisionQuery.omit(NOT_PAGED)),
    async (c) => csvFile(c, 'decisions', await decisionsCsv(store, c.get('user'), c.req.valid('query'))),
  );
  api.openapi(csvRoute('actions', 'Every action the filters keep', ActionQuery.omit(NOT_PAGED)), async (c) =>
    csvFile(c, 'actions', await actionsCsv(store, c.get('user'), c.req.valid('query'))),
  );
  api.openapi(
    csvRoute(
      'attendance',
      'Everyone listed at each meeting the filters keep, oldest meeting first',
      AttendanceQuery,
    ),
    async (c) => csvFile(c, 'attendance', await attendanceCsv(store, c.get('user'), c.req.valid('query'))),
  );
  api.openapi(
    route.get('/api/documents', 'Documents the outcomes named', { query: DocumentQuery }, DocumentList),
    async (c) => c.json(await documentRegister(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    route.get(
      '/api/documents/{id}',
      'One document and the outcomes that named it',
      { params: IdPath },
      DocumentDetail,
      [404],
    ),
    async (c) => c.json(await getDocument(store, c.get('user'), c.req.valid('param').id), 200),
  );
  api.openapi(
    route.get(
      '/api/people',
      'People and offices, with their attendance counts',
      { query: PersonQuery },
      PersonList,
    ),
    async (c) => c.json(await listPeople(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    route.get(
      '/api/people/{id}',
      'One person’s or office’s attendance across meetings',
      { params: IdPath, query: PageQuery },
      PersonDetail,
      [404],
    ),
    async (c) =>
      c.json(await getPerson(store, c.get('user'), c.req.valid('param').id, c.req.valid('query')), 200),
  );
}
