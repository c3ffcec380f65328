/**
 * Where a form or the sign-in page may send a browser next: a path on this site, given by the
 * request (`next`, `back`). Anything a browser could read as another site's address (`//host`,
 * `/\host`, or a control character or space it drops on the way, as in `/\t/host`) is refused,
 * and so is a value that would break the `Location` header (a line break).
 */

/** A control character (C0, DEL, C1), whitespace of any kind, or the backslash. */
function unsafe(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || /\s/u.test(char) || char === '\\';
}

function safe(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && ![...path].some(unsafe);
}

/**
 * `value` when it is a path on this site that is safe to redirect to, null otherwise. The
 * value as received (already decoded once from the query or the form) must be safe, and so
 * must it once percent-decoded again, so that no later decoding makes it another site's.
 */
export function sameOriginPath(value: string | undefined): string | null {
  if (value === undefined || value.length > 2000 || !safe(value)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  // Spaces encoded in a query (`?q=a%20b`) stay encoded in the address; other whitespace
  // and control characters have no business there.
  return safe(decoded.replaceAll(' ', '')) ? value : null;
}
