/**
 * Where a request comes from: over https or not, and from which address. A reverse proxy that
 * ends HTTPS says so in X-Forwarded-Proto and X-Forwarded-For; those headers are believed only
 * when the server was told to trust its proxy (`serve --trust-proxy`), since anyone can send them.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/** The last entry of a comma-separated forwarding header: the one the proxy itself added. */
function lastOf(header: string | undefined): string | undefined {
  const last = header?.split(',').at(-1)?.trim();
  return last === undefined || last === '' ? undefined : last;
}

function trusted(c: Context<AppEnv>): boolean {
  return c.get('trustProxy') === true;
}

/** Whether the browser reached the site over https: the request's own URL, or the trusted proxy. */
export function overHttps(c: Context<AppEnv>): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trusted(c) && lastOf(c.req.header('X-Forwarded-Proto'))?.toLowerCase() === 'https';
}

/** The origin the browser sees the site at (https when the trusted proxy says so). */
export function siteOrigin(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  if (overHttps(c)) url.protocol = 'https:';
  return url.origin;
}

/**
 * The client's address: the one the trusted proxy appended to X-Forwarded-For, otherwise the
 * connection's. An address a client put earlier in the header is never taken.
 */
export function clientAddress(c: Context<AppEnv>): string {
  if (trusted(c)) {
    const forwarded = lastOf(c.req.header('X-Forwarded-For'));
    if (forwarded !== undefined) return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
