/**
 * What every request passes through before its route, as one step: the security headers; who is
 * asking; for a change, whether they may send it at all (before its body is read), then its size
 * limit and the CSRF check. A read by someone not signed in (most requests) passes without an
 * async step of its own.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { MeetingStore } from '../app/ports.js';
import { authorize } from '../app/access.js';
import { MinutebookError } from '../domain/errors.js';
import { changeNeeds } from './permissions.js';
import { anonymous, checkCsrf, identify } from './auth.js';
import type { AppEnv } from './env.js';
import { setSecurityHeaders } from './security.js';

/** The largest request taken: an upload of the largest summary accepted (10 MB) with its form. */
export const REQUEST_LIMIT = 12 * 1024 * 1024;

/** The largest form of the account pages taken (sign-in, password, first administrator): a few short fields. */
export const ACCOUNT_FORM_LIMIT = 16 * 1024;
const ACCOUNT_FORMS = /^\/(?:login|logout|setup\/[^/]+|account\/.*)$/;

export function requestGuard(store: MeetingStore, trustProxy = false): MiddlewareHandler<AppEnv> {
  const limited = (maxSize: number, message: string) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new MinutebookError('input-too-large', message);
      },
    });
  const limit = limited(REQUEST_LIMIT, 'the request is over 12 MB; a summary over 10 MB is refused');
  const accountLimit = limited(ACCOUNT_FORM_LIMIT, 'the form is over 16 KB');
  return (c, next) => {
    c.set('trustProxy', trustProxy);
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
      const needs = changeNeeds(c.req.method, c.req.path);
      if (needs !== 'nothing') {
        const user = c.get('user');
        if (user === null) throw new MinutebookError('unauthenticated', 'sign in to do this');
        if (needs !== 'account') authorize(user, needs);
      }
      await (ACCOUNT_FORMS.test(c.req.path) ? accountLimit : limit)(c, async () => {
        await checkCsrf(c);
        await next();
      });
    })();
  };
}
