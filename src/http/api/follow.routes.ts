/**
 * Following a body over time: memberships and participation, a body's attendance by group and
 * its document flow, and the proposals that two spellings are one person (or two titles one
 * document), with the answers that merge them or keep them apart.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { MeetingStore } from '../../app/ports.js';
import type { AppEnv } from '../env.js';
import { getPerson, listBodies } from '../../app/registers.js';
import {
  addMembership,
  groupParticipation,
  membershipsOf,
  removeMembership,
  setDocumentFlow,
} from '../../app/members.js';
import { keepApart, mergeMatch, proposeMatches, separateSpelling, spellingsOf } from '../../app/matching.js';
import { MinutebookError } from '../../domain/errors.js';
import { z } from '@hono/zod-openapi';
import { jsonResponses, TOKEN } from './responses.js';
import { BodyPath, IdPath } from './schemas/common.js';
import {
  DistinctBody,
  FlowBody,
  Matches,
  MatchKindPath,
  Membership,
  MembershipBody,
  Memberships,
  MergeBody,
  Participation,
  SeparateBody,
  Spellings,
} from './schemas/following.js';

const tags = ['Following'];
const kindOf = (path: 'people' | 'documents') => (path === 'people' ? 'person' : 'document');
const Done = z.object({ done: z.literal(true) }).openapi('Done');

export function followRoutes(api: OpenAPIHono<AppEnv>, store: MeetingStore): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/people/{id}/memberships',
      tags,
      summary: 'A person’s memberships, with their participation over each term',
      request: { params: IdPath },
      responses: jsonResponses(Memberships, 200, [404]),
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await getPerson(store, c.get('user'), id);
      return c.json({ memberships: await membershipsOf(store, c.get('user'), id) }, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'post',
      path: '/api/people/{id}/memberships',
      tags,
      summary: 'Adds a membership: a body, a role and a term',
      request: {
        params: IdPath,
        body: { content: { 'application/json': { schema: MembershipBody } }, required: true },
      },
      responses: jsonResponses(Membership, 201, [403, 404, 422]),
      security: TOKEN,
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await addMembership(store, c.get('user'), { ...c.req.valid('json'), personId: id }), 201);
    },
  );
  api.openapi(
    createRoute({
      method: 'delete',
      path: '/api/memberships/{id}',
      tags,
      summary: 'Removes a membership entered by mistake',
      request: { params: IdPath },
      responses: jsonResponses(Done, 200, [403, 404]),
      security: TOKEN,
    }),
    async (c) => {
      await removeMembership(store, c.get('user'), c.req.valid('param').id);
      return c.json({ done: true as const }, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies/{slug}/participation',
      tags,
      summary: 'A body’s meetings, oldest first, with attendance counted by group as published',
      request: { params: BodyPath },
      responses: jsonResponses(Participation, 200, [404]),
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      await bodyInScope(store, c.get('user'), slug);
      return c.json({ meetings: await groupParticipation(store, c.get('user'), slug) }, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'put',
      path: '/api/bodies/{slug}/document-flow',
      tags,
      summary: 'Sets the states the body’s documents move through (null: the usual ones)',
      request: {
        params: BodyPath,
        body: { content: { 'application/json': { schema: FlowBody } }, required: true },
      },
      responses: jsonResponses(Done, 200, [403, 404, 422]),
      security: TOKEN,
    }),
    async (c) => {
      await setDocumentFlow(store, c.get('user'), c.req.valid('param').slug, c.req.valid('json').flow);
      return c.json({ done: true as const }, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/matches/{kind}',
      tags,
      summary: 'People (or documents) that may be one, most confident first',
      request: { params: MatchKindPath },
      responses: jsonResponses(Matches, 200, [403]),
    }),
    async (c) =>
      c.json(
        { proposals: await proposeMatches(store, c.get('user'), kindOf(c.req.valid('param').kind)) },
        200,
      ),
  );
  api.openapi(
    createRoute({
      method: 'post',
      path: '/api/matches/{kind}/merge',
      tags,
      summary: 'Confirms that two are one: merges `from` into `into` everywhere',
      request: {
        params: MatchKindPath,
        body: { content: { 'application/json': { schema: MergeBody } }, required: true },
      },
      responses: jsonResponses(Done, 200, [403, 404, 422]),
      security: TOKEN,
    }),
    async (c) => {
      const { from, into } = c.req.valid('json');
      await mergeMatch(store, c.get('user'), kindOf(c.req.valid('param').kind), from, into);
      return c.json({ done: true as const }, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/matches/{kind}/{id}/spellings',
      tags,
      summary: 'The spellings (or titles) merged into a person (or document), as written',
      request: { params: MatchKindPath.extend(IdPath.shape) },
      responses: jsonResponses(Spellings, 200, [403]),
    }),
    async (c) => {
      const { kind, id } = c.req.valid('param');
      return c.json({ spellings: await spellingsOf(store, c.get('user'), kindOf(kind), id) }, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'post',
      path: '/api/matches/{kind}/separate',
      tags,
      summary: 'Undoes the merge of one spelling: it is its own again, and kept apart',
      request: {
        params: MatchKindPath,
        body: { content: { 'application/json': { schema: SeparateBody } }, required: true },
      },
      responses: jsonResponses(Done, 200, [403, 404, 422]),
      security: TOKEN,
    }),
    async (c) => {
      await separateSpelling(
        store,
        c.get('user'),
        kindOf(c.req.valid('param').kind),
        c.req.valid('json').key,
      );
      return c.json({ done: true as const }, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'post',
      path: '/api/matches/{kind}/distinct',
      tags,
      summary: 'Confirms that two are different: they are not proposed again',
      request: {
        params: MatchKindPath,
        body: { content: { 'application/json': { schema: DistinctBody } }, required: true },
      },
      responses: jsonResponses(Done, 200, [403, 404, 422]),
      security: TOKEN,
    }),
    async (c) => {
      const { a, b } = c.req.valid('json');
      await keepApart(store, c.get('user'), kindOf(c.req.valid('param').kind), a, b);
      return c.json({ done: true as const }, 200);
    },
  );
}

async function bodyInScope(store: MeetingStore, user: Parameters<typeof listBodies>[1], slug: string) {
  const body = (await listBodies(store, user)).find((b) => b.slug === slug);
  if (body === undefined) throw new MinutebookError('not-found', `no body is known as ${slug}`);
  return body;
}
