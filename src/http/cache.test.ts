// The kept answers stay within their budget of bytes however many addresses are asked for.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Hono } from 'hono';
import type { MeetingStore } from '../app/ports.js';
import { ResponseCache } from './cache.js';

/** A store whose revision never changes: every kept answer stays current. */
const unchanging = { revision: async () => '1' } as unknown as MeetingStore;

it('forgets the oldest answers once the kept bytes pass the budget', async () => {
  const cache = new ResponseCache(unchanging, { entries: 100, bytes: 10_000 });
  let rendered = 0;
  const app = new Hono().get('/:n', (c) =>
    cache.respond(c, `page ${c.req.param('n')}`, 'text/html', async () => {
      rendered++;
      return 'x'.repeat(3_000);
    }),
  );
  for (const n of [1, 2, 3, 4]) await app.request(`/${n}`);
  assert.equal(rendered, 4);
  // Four answers of 3,000 bytes: the first was forgotten to keep within 10,000, the last kept.
  await app.request('/4');
  assert.equal(rendered, 4);
  await app.request('/1');
  assert.equal(rendered, 5);
  assert.ok(cache.keptBytes() <= 10_000, `${cache.keptBytes()} bytes kept`);
});
