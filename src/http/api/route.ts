/**
 * How the API's JSON routes are declared: each says its path, what it does, what it reads and what
 * it answers; the tags, the error answers and the token a change needs are added here, the same way
 * for every route.
 */
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import { jsonResponses, TOKEN } from './responses.js';

/** A JSON body the request must have. */
export const jsonBody = <T extends ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

/** What a route validates of a request: its path parameters, its query, its JSON body. */
type Request = NonNullable<RouteConfig['request']>;

/**
 * The routes of one part of the API, listed under its tags. `errors` are the statuses a route may
 * answer besides 400 and 401 (the answer of any route to a request it cannot read or let in).
 */
export function routesOf(tags: string[]) {
  /** A route that changes something: it needs a token. */
  const change =
    <M extends 'post' | 'put' | 'patch' | 'delete'>(method: M) =>
    <P extends string, R extends Request, T extends ZodType>(
      path: P,
      summary: string,
      request: R,
      answer: T,
      errors: number[],
      status: 200 | 201 = 200,
    ) =>
      createRoute({
        method,
        path,
        tags,
        summary,
        request,
        responses: jsonResponses(answer, status, errors),
        security: TOKEN,
      });
  return {
    /** A route that reads; with `security`, only with a token (as for what only some accounts may read). */
    get: <P extends string, R extends Request, T extends ZodType>(
      path: P,
      summary: string,
      request: R,
      answer: T,
      errors: number[] = [],
      security?: typeof TOKEN,
    ) =>
      createRoute({
        method: 'get',
        path,
        tags,
        summary,
        request,
        responses: jsonResponses(answer, 200, errors),
        ...(security === undefined ? {} : { security }),
      }),
    post: change('post'),
    put: change('put'),
    patch: change('patch'),
    delete: change('delete'),
  };
}
