/** /api/decisions, /api/actions, /api/documents and /api/people: the record across meetings. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
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
import { jsonResponses } from './responses.js';
import {
  ActionQuery,
  DecisionQuery,
  DocumentDetail,
  DocumentList,
  DocumentQuery,
  IdPath,
  OutcomeList,
  PersonDetail,
  PersonList,
  PersonQuery,
} from './schemas.js';

const tags = ['Registers'];

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
