/**
 * Who is asking: a browser signed in with a session cookie, or a script with an API token
 * (`Authorization: Bearer …`). And the CSRF check: a request that changes something, made with
 * a session cookie, must carry the session's CSRF token (a form's `_csrf` field or the
 * `X-CSRF-Token` header) and, when the browser says where it comes from, come from this site.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { sessionOf, tokenUser, type Session } from '../app/accounts.js';
import type { MeetingStore } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import { overHttps, siteOrigin } from './client.js';
import type { AppEnv } from './env.js';

export const SESSION_COOKIE = 'mb_session';
/** The double-submit cookie of the forms used before signing in (sign-in, first administrator). */
export const PRESESSION_COOKIE = 'mb_csrf';

/** Nobody has signed in: the request carries neither a session nor a token. */
export function anonymous(c: Context<AppEnv>): void {
  c.set('user', null);
  c.set('via', null);
  c.set('csrf', null);
}

/** Finds who is asking, from an API token or a session cookie; an invalid token is refused. */
export async function identify(c: Context<AppEnv>, store: MeetingStore): Promise<void> {
  anonymous(c);
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const user =
      token === undefined ? null : await tokenUser(store, token, { method: c.req.method, path: c.req.path });
    if (user === null) throw new MinutebookError('unauthenticated', 'the API token is not valid');
    c.set('user', user);
    c.set('via', 'token');
    return;
  }
  const token = getCookie(c, SESSION_COOKIE);
  const session = token === undefined ? null : await sessionOf(store, token);
  if (session !== null) {
    c.set('user', session.user);
    c.set('via', 'session');
    c.set('csrf', session.csrf);
  }
}

/**
 * Refuses a change made with a session cookie that does not carry the session's CSRF token, or
 * that a browser says comes from another site. Changes made with a token, or by nobody, carry no
 * ambient credential and need no such proof.
 */
export async function checkCsrf(c: Context<AppEnv>): Promise<void> {
  if (c.get('via') !== 'session') return;
  const origin = c.req.header('Origin');
  if (origin !== undefined && origin !== 'null' && origin !== siteOrigin(c)) {
    throw new MinutebookError('forbidden', 'the request came from another site');
  }
  const given = c.req.header('X-CSRF-Token') ?? (await formField(c, '_csrf'));
  if (given === undefined || !same(given, c.get('csrf')!)) {
    throw new MinutebookError(
      'forbidden',
      'the form has expired; open the page again and repeat what you did',
    );
  }
}

/** A field of a posted form, without spoiling the body for the handler (Hono keeps the parse). */
export async function formField(c: Context, name: string): Promise<string | undefined> {
  const type = c.req.header('Content-Type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
    return undefined;
  const value = (await c.req.parseBody({ all: true }))[name];
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' ? last : undefined;
}

export function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Cookies are sent over https only when the browser reached the site over https. */
const secure = (c: Context<AppEnv>): boolean => overHttps(c);

/** Sets the session cookie after signing in. */
export function startSession(c: Context<AppEnv>, session: Session): void {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secure(c),
    path: '/',
    expires: new Date(session.expiresAt),
  });
  deleteCookie(c, PRESESSION_COOKIE, { path: '/' });
}

export function endSession(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c) });
}

/** The double-submit token of a form shown before signing in, set in a cookie when missing. */
export function presessionToken(c: Context<AppEnv>): string {
  let token = getCookie(c, PRESESSION_COOKIE);
  if (token === undefined || !/^[A-Za-z0-9_-]{32}$/.test(token)) {
    token = randomBytes(24).toString('base64url');
    setCookie(c, PRESESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: secure(c),
      path: '/',
    });
  }
  return token;
}

/** Checks the double-submit token of a form posted before signing in. */
export function checkPresession(c: Context, given: string | undefined): void {
  const expected = getCookie(c, PRESESSION_COOKIE);
  if (given === undefined || expected === undefined || !same(given, expected)) {
    throw new MinutebookError(
      'forbidden',
      'the form has expired; open the page again and repeat what you did',
    );
  }
}
