/** Response declarations shared by the API's routes: the success body and the errors it may give. */
import type { Context } from 'hono';
import type { ZodType } from 'zod';
import type { AppEnv } from '../env.js';
import { ErrorBody } from './schemas/common.js';

const ERROR_TEXT: Record<number, string> = {
  400: 'the request is not valid',
  401: 'sign in first: the request has no valid session or API token',
  403: 'the account may not do this, or the form has expired',
  404: 'nothing has that identifier',
  409: 'the meeting was saved by someone else meanwhile, or already exists',
  413: 'the input is too large',
  415: 'the input is not in a format that can be read',
  422: 'the record is not valid; `field` says where',
};

/** Declares a JSON success response and the error responses a route may give. */
export function jsonResponses<T extends ZodType>(schema: T, status: 200 | 201 = 200, errors: number[] = []) {
  const responses: Record<
    number,
    { description: string; content: { 'application/json': { schema: ZodType } } }
  > = {
    [status]: { description: 'success', content: { 'application/json': { schema } } },
    400: { description: ERROR_TEXT[400]!, content: { 'application/json': { schema: ErrorBody } } },
    401: { description: ERROR_TEXT[401]!, content: { 'application/json': { schema: ErrorBody } } },
  };
  for (const code of errors)
    responses[code] = {
      description: ERROR_TEXT[code]!,
      content: { 'application/json': { schema: ErrorBody } },
    };
  return responses as {
    [status]: { description: string; content: { 'application/json': { schema: T } } };
  } & Record<number, { description: string; content: { 'application/json': { schema: ZodType } } }>;
}

/** The answer to a request whose If-None-Match names the current ETag. */
export const NOT_MODIFIED = {
  description: 'not modified since the answer whose ETag the request gave in If-None-Match',
};

/** Routes that change something: an API token, or a signed-in session with its CSRF token. */
export const TOKEN = [{ token: [] }];

/** A CSV file to download, named minutebook-{what}.csv. */
export function csvFile(c: Context<AppEnv>, what: string, csv: string): Response {
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="minutebook-${what}.csv"`);
  return c.body(csv, 200);
}

/** Answers `{ done: true }` once `change` is made: the answer of a change with nothing more to say. */
export async function doneAfter(c: Context<AppEnv>, change: Promise<unknown>) {
  await change;
  return c.json({ done: true as const }, 200);
}
