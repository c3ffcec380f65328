/**
 * Following a body over time: memberships and participation, a body's attendance by group and
 * its document flow, and the proposals that two spellings are one person (or two titles one
 * document), with the answers that merge them or keep them apart.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
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
import { doneAfter } from './responses.js';
import { jsonBody, routesOf } from './route.js';
import { BodyPath, IdPath, LatestQuery } from './schemas/common.js';
import {
  DistinctBody,
  FlowBody,
  MatchKindPath,
  Matches,
  Membership,
  MembershipBody,
  Memberships,
  MergeBody,
  Participation,
  SeparateBody,
  Spellings,
} from './schemas/following.js';

const route = routesOf(['Following']);
const kindOf = (path: 'people' | 'documents') => (path === 'people' ? 'person' : 'document');
const Done = z.object({ done: z.literal(true) }).openapi('Done');

export function followRoutes(api: OpenAPIHono<AppEnv>, store: MeetingStore): void {
  api.openapi(
    route.get(
      '/api/people/{id}/memberships',
      'A person’s memberships, with their participation over each term',
      { params: IdPath },
      Memberships,
      [404],
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      await getPerson(store, c.get('user'), id);
      return c.json({ memberships: await membershipsOf(store, c.get('user'), id) }, 200);
    },
  );
  api.openapi(
    route.post(
      '/api/people/{id}/memberships',
      'Adds a membership: a body, a role and a term',
      { params: IdPath, body: jsonBody(MembershipBody) },
      Membership,
      [403, 404, 422],
      201,
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await addMembership(store, c.get('user'), { ...c.req.valid('json'), personId: id }), 201);
    },
  );
  api.openapi(
    route.delete(
      '/api/memberships/{id}',
      'Removes a membership entered by mistake',
      { params: IdPath },
      Done,
      [403, 404],
    ),
    async (c) => doneAfter(c, removeMembership(store, c.get('user'), c.req.valid('param').id)),
  );
  api.openapi(
    route.get(
      '/api/bodies/{slug}/participation',
      'A body’s latest meetings (`limit` of them), oldest first, with attendance counted by group as published',
      { params: BodyPath, query: LatestQuery },
      Participation,
      [404],
    ),
    async (c) => {
      const { slug } = c.req.valid('param');
      await bodyInScope(store, c.get('user'), slug);
      const { limit } = c.req.valid('query');
      return c.json({ meetings: await groupParticipation(store, c.get('user'), slug, limit) }, 200);
    },
  );
  api.openapi(
    route.put(
      '/api/bodies/{slug}/document-flow',
      'Sets the states the body’s documents move through (null: the usual ones)',
      { params: BodyPath, body: jsonBody(FlowBody) },
      Done,
      [403, 404, 422],
    ),
    async (c) =>
      doneAfter(
        c,
        setDocumentFlow(store, c.get('user'), c.req.valid('param').slug, c.req.valid('json').flow),
      ),
  );
  api.openapi(
    route.get(
      '/api/matches/{kind}',
      'People (or documents) that may be one, most confident first',
      { params: MatchKindPath },
      Matches,
      [403],
    ),
    async (c) =>
      c.json(
        { proposals: await proposeMatches(store, c.get('user'), kindOf(c.req.valid('param').kind)) },
        200,
      ),
  );
  api.openapi(
    route.post(
      '/api/matches/{kind}/merge',
      'Confirms that two are one: merges `from` into `into` everywhere',
      { params: MatchKindPath, body: jsonBody(MergeBody) },
      Done,
      [403, 404, 422],
    ),
    async (c) => {
      const { from, into } = c.req.valid('json');
      return doneAfter(c, mergeMatch(store, c.get('user'), kindOf(c.req.valid('param').kind), from, into));
    },
  );
  api.openapi(
    route.get(
      '/api/matches/{kind}/{id}/spellings',
      'The spellings (or titles) merged into a person (or document), as written',
      { params: MatchKindPath.extend(IdPath.shape) },
      Spellings,
      [403],
    ),
    async (c) => {
      const { kind, id } = c.req.valid('param');
      return c.json({ spellings: await spellingsOf(store, c.get('user'), kindOf(kind), id) }, 200);
    },
  );
  api.openapi(
    route.post(
      '/api/matches/{kind}/separate',
      'Undoes the merge of one spelling: it is its own again, and kept apart',
      { params: MatchKindPath, body: jsonBody(SeparateBody) },
      Done,
      [403, 404, 422],
    ),
    async (c) => {
      const kind = kindOf(c.req.valid('param').kind);
      return doneAfter(c, separateSpelling(store, c.get('user'), kind, c.req.valid('json').key));
    },
  );
  api.openapi(
    route.post(
      '/api/matches/{kind}/distinct',
      'Confirms that two are different: they are not proposed again',
      { params: MatchKindPath, body: jsonBody(DistinctBody) },
      Done,
      [403, 404, 422],
    ),
    async (c) => {
      const { a, b } = c.req.valid('json');
      return doneAfter(c, keepApart(store, c.get('user'), kindOf(c.req.valid('param').kind), a, b));
    },
  );
}

async function bodyInScope(store: MeetingStore, user: Parameters<typeof listBodies>[1], slug: string) {
  const body = (await listBodies(store, user)).find((b) => b.slug === slug);
  if (body === undefined) throw new MinutebookError('not-found', `no body is known as ${slug}`);
  return body;
}
