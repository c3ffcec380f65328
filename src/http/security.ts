/**
 * Security headers: every page carries a Content-Security-Policy that allows only the
 * application's own scripts, styles and images (no inline script, no request to any other
 * host) and refuses framing; every response refuses type sniffing.
 */
import type { Context } from 'hono';

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Sets the security headers of a response; called before the handler runs, so that they are part
 * of the response it creates (changing the headers of a response already made costs a copy of
 * it). JSON, style sheets and scripts are never rendered as a page, so the page policy is sent
 * with pages only.
 */
export function setSecurityHeaders(c: Context): void {
  c.header('X-Content-Type-Options', 'nosniff');
  const path = c.req.path;
  if (!path.startsWith('/api/') && !path.startsWith('/assets/')) {
    c.header('Content-Security-Policy', POLICY);
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
  }
}
