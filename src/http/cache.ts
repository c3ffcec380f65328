/**
 * Responses kept between requests, for the pages and answers read far more often than their
 * meeting changes. An entry is used only while the store's revision is the one it was made at,
 * so a change by anyone (another request, another process, the command line) is seen at once.
 *
 * Each answer carries an ETag, a digest of its body (a browser that holds it gets 304 Not
 * Modified), and is kept compressed as well, once, for the clients that accept Brotli or gzip.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import type { MeetingStore, Scope } from '../app/ports.js';

type Encoding = 'br' | 'gzip';

interface Entry {
  revision: string;
  etag: string;
  body: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
}

/** Bodies smaller than this are sent as they are: compressing them saves nothing worth having. */
const COMPRESS_FROM = 1024;

/** How much is kept at most: answers, and the bytes of their bodies (compressed copies aside). */
export interface CacheLimits {
  entries: number;
  bytes: number;
}

/**
 * A thousand answers, and 48 MB of them: the lists kept for readers not signed in are up to a
 * few hundred KB each, and a reader (or a crawler) walking a list's pages must not grow the
 * server without end.
 */
const LIMITS: CacheLimits = { entries: 1000, bytes: 48 * 1024 * 1024 };

export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;

  constructor(
    private readonly store: MeetingStore,
    private readonly limits: CacheLimits = LIMITS,
  ) {}

  /** The bytes of the bodies kept now. */
  keptBytes(): number {
    return this.#bytes;
  }

  /** Answers with the kept response for `key`, made by `render` when there is none for the current revision. */
  async respond(
    c: Context,
    key: string,
    contentType: string,
    render: () => Promise<string>,
  ): Promise<Response> {
    // The revision is read before rendering: if a write lands meanwhile, the entry is only
    // ever older than its content, and the next request renders again.
    const revision = await this.store.revision();
    let entry = this.#entries.get(key);
    if (entry === undefined || entry.revision !== revision) {
      const body = Buffer.from(await render());
      // The tag is the answer's own digest, not the revision's: a change the reader may not see
      // (a draft saved) must not change what they are told.
      const etag = `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
      entry = { revision, etag, body, encoded: {} };
      this.#forget(key);
      this.#entries.set(key, entry);
      this.#bytes += body.length;
      // The oldest answers go first, until both limits hold (the newest is always kept).
      while (this.#entries.size > this.limits.entries || this.#bytes > this.limits.bytes) {
        const oldest = this.#entries.keys().next().value!;
        if (oldest === key) break;
        this.#forget(oldest);
      }
    }
    return send(c, entry, contentType);
  }

  #forget(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#bytes -= entry.body.length;
    this.#entries.delete(key);
  }

  /**
   * The kept response for `key` when it is current, or null: for a route to answer from the
   * cache before anything else (the validation of its parameters, which a kept key passed).
   */
  async kept(c: Context, key: string, contentType: string): Promise<Response | null> {
    const entry = this.#entries.get(key);
    if (entry === undefined || entry.revision !== (await this.store.revision())) return null;
    return send(c, entry, contentType);
  }
}

function send(c: Context, entry: Entry, contentType: string): Response {
  c.header('ETag', entry.etag);
  c.header('Cache-Control', 'no-cache');
  c.header('Vary', 'Accept-Encoding');
  if (c.req.header('If-None-Match') === entry.etag) return c.body(null, 304);
  c.header('Content-Type', contentType);
  const encoding = entry.body.length < COMPRESS_FROM ? null : accepted(c.req.header('Accept-Encoding'));
  // The kept bytes are sent as they are, not copied per request: an answer is only ever read.
  if (encoding === null) return c.body(entry.body as Uint8Array<ArrayBuffer>, 200);
  const encoded = (entry.encoded[encoding] ??= compress(entry.body, encoding));
  c.header('Content-Encoding', encoding);
  return c.body(encoded as Uint8Array<ArrayBuffer>, 200);
}

function accepted(header: string | undefined): Encoding | null {
  if (header === undefined) return null;
  const offered = header
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => q === undefined || !/^\s*q=0(\.0*)?\s*$/.test(q))
    .map(([name]) => name!.toLowerCase());
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return null;
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'gzip') return gzipSync(body);
  // Quality 5 of 11: the first reader after each change waits for it. The best (11) took 50 ms
  // for a register's page of 38 KB, where 5 takes 0.6 ms for a body 15 % larger.
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** A scope as part of a cache key: readers in different scopes never share an answer. */
export function scopeKey(scope: Scope): string {
  return scope.all ? 'all' : `published+${[...scope.bodies].sort().join(',')}`;
}
