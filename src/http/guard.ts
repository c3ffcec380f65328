/**
 * What every request passes through before its route, as one step: the security headers; who is
 * asking; for a request that carries a body, its size limit and the CSRF check. A read by
 * someone not signed in (most requests) passes without an async step of its own.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { MeetingStore } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import { anonymous, checkCsrf, identify } from './auth.js';
import type { AppEnv } from './env.js';
import { setSecurityHeaders } from './security.js';

/** The largest request taken: an upload of the largest summary accepted (10 MB) with its form. */
export const REQUEST_LIMIT = 12 * 1024 * 1024;

export function requestGuard(store: MeetingStore): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: REQUEST_LIMIT,
    onError: () => {
      throw new MinutebookError(
        'input-too-large',
        'the request is over 12 MB; a summary over 10 MB is refused',
      );
    },
  });
  return (c, next) => {
    setSecurityHeaders(c);
    const reads = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (reads && c.req.header('Authorization') === undefined && c.req.header('Cookie') === undefined) {
      anonymous(c);
      return next();
    }
    return (async () => {
      await identify(c, store);
      // Only requests that carry a body are measured: reading the body of a GET would make the
      // server build the whole Request.
      if (reads) return next();
      await limit(c, async () => {
        await checkCsrf(c);
        await next();
      });
    })();
  };
}
