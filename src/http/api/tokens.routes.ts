/**
 * /api/tokens: the caller's own API tokens, listed (never the tokens themselves) and revoked.
 * Another's token is not found, as one that does not exist.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { ownApiTokens, revokeOwnApiToken } from '../../app/accounts.js';
import type { MeetingStore } from '../../app/ports.js';
import type { AppEnv } from '../env.js';
import { doneAfter, TOKEN } from './responses.js';
import { routesOf } from './route.js';
import { IdPath } from './schemas/common.js';

const route = routesOf(['Tokens']);
const ApiToken = z
  .object({
    id: z.number().int().openapi({ description: 'the token’s number, to revoke it by' }),
    name: z.string().openapi({ description: 'what the token is for, as given when it was made' }),
    createdAt: z.string().openapi({ description: 'when it was made (ISO 8601)' }),
    lastUsedAt: z.string().nullable().openapi({ description: 'when it was last used; null if never' }),
  })
  .openapi('ApiToken');
const ApiTokens = z.object({ tokens: z.array(ApiToken) }).openapi('ApiTokens');
const Revoked = z.object({ done: z.literal(true) }).openapi('Revoked');

export function tokenRoutes(api: OpenAPIHono<AppEnv>, store: MeetingStore): void {
  api.openapi(
    route.get(
      '/api/tokens',
      'Your own API tokens, oldest first: what each is for and when it was last used',
      {},
      ApiTokens,
      [],
      TOKEN,
    ),
    async (c) => c.json({ tokens: await ownApiTokens(store, c.get('user')) }, 200),
  );
  api.openapi(
    route.delete(
      '/api/tokens/{id}',
      'Revokes one of your own API tokens: it is refused from the next request on',
      { params: IdPath },
      Revoked,
      [403, 404],
    ),
    async (c) => doneAfter(c, revokeOwnApiToken(store, c.get('user'), c.req.valid('param').id)),
  );
}
