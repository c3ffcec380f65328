// Behind a reverse proxy that ends HTTPS: the server believes the proxy's X-Forwarded-Proto and
// X-Forwarded-For only when told to trust it (`serve --trust-proxy`); then the session cookie is
// Secure, forms posted from the https page pass the same-site check, and the sign-in limit
// counts the address the proxy saw. Without it, those headers change nothing. Both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Hono } from 'hono';
import type { MeetingStore } from '../../src/app/ports.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { account, PASSWORD } from '../support/accounts.js';
import { formOf } from '../support/html.js';
import { describeOn, engines } from '../support/stores.js';

const SOCKET = '10.0.0.5';

/** Signs in as a browser behind the proxy does: the sign-in page, then its form posted. */
async function signIn(
  app: Hono<AppEnv>,
  login: string,
  password: string,
  headers: Record<string, string> = {},
  base = 'http://minutebook.example',
): Promise<Response> {
  const env = { incoming: { socket: { remoteAddress: SOCKET } } };
  const page = await app.request(`${base}/login`, { headers }, env);
  const cookie = page.headers.getSetCookie()[0]!.split(';')[0]!;
  const fields = formOf(await page.text(), '/login');
  fields.set('login', login);
  fields.set('password', password);
  return app.request(
    `${base}/login`,
    {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: fields.toString(),
    },
    env,
  );
}

const sessionCookie = (response: Response): string =>
  response.headers.getSetCookie().find((c) => c.startsWith('mb_session='))!;

for (const engine of engines) {
  describeOn(engine, `behind a reverse proxy on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let trusting: Hono<AppEnv>;
    let plain: Hono<AppEnv>;
    before(async () => {
      store = context.store();
      await account(store, 'proxied', 'secretariat');
      trusting = createApp(store, { logError: () => undefined, trustProxy: true });
      plain = createApp(store, { logError: () => undefined });
    });

    const lastFrom = async (): Promise<unknown> =>
      (await store.listAudit({ subject: 'proxied', limit: 1, offset: 0 })).entries[0]!.detail;

    it('makes the session cookie Secure when the trusted proxy says the request came over https', async () => {
      const answer = await signIn(trusting, 'proxied', PASSWORD, { 'X-Forwarded-Proto': 'https' });
      assert.equal(answer.status, 303);
      assert.match(sessionCookie(answer), /;\s*Secure/i);
    });

    it('does not make it Secure for a request over plain http, trusted or not', async () => {
      const answer = await signIn(trusting, 'proxied', PASSWORD, { 'X-Forwarded-Proto': 'http' });
      assert.doesNotMatch(sessionCookie(answer), /;\s*Secure/i);
      const bare = await signIn(trusting, 'proxied', PASSWORD);
      assert.doesNotMatch(sessionCookie(bare), /;\s*Secure/i);
    });

    it('ignores X-Forwarded-Proto when the proxy is not trusted', async () => {
      const answer = await signIn(plain, 'proxied', PASSWORD, { 'X-Forwarded-Proto': 'https' });
      assert.equal(answer.status, 303);
      assert.doesNotMatch(sessionCookie(answer), /;\s*Secure/i);
    });

    it('makes the cookie Secure when the request itself is https', async () => {
      const answer = await signIn(plain, 'proxied', PASSWORD, {}, 'https://minutebook.example');
      assert.match(sessionCookie(answer), /;\s*Secure/i);
    });

    it('takes the client address from the entry the trusted proxy appended to X-Forwarded-For', async () => {
      const forwarded = { 'X-Forwarded-For': '198.51.100.66, 203.0.113.9' };
      assert.equal((await signIn(trusting, 'proxied', 'wrong', forwarded)).status, 401);
      assert.deepEqual(await lastFrom(), { from: '203.0.113.9' });
      assert.equal((await signIn(plain, 'proxied', 'wrong', forwarded)).status, 401);
      assert.deepEqual(await lastFrom(), { from: SOCKET }, 'an untrusted header is ignored');
      assert.equal((await signIn(trusting, 'proxied', 'wrong')).status, 401);
      assert.deepEqual(await lastFrom(), { from: SOCKET }, 'no header: the connection’s address');
    });

    it('accepts a form posted from the https page the trusted proxy serves', async () => {
      const answer = await signIn(trusting, 'proxied', PASSWORD, { 'X-Forwarded-Proto': 'https' });
      const session = sessionCookie(answer).split(';')[0]!;
      const page = await trusting.request('http://minutebook.example/account', {
        headers: { Cookie: session, 'X-Forwarded-Proto': 'https' },
      });
      const form = formOf(await page.text(), '/logout');
      const logout = await trusting.request('http://minutebook.example/logout', {
        method: 'POST',
        headers: {
          Cookie: session,
          'X-Forwarded-Proto': 'https',
          Origin: 'https://minutebook.example',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: form.toString(),
      });
      assert.equal(logout.status, 303);
      assert.equal(logout.headers.get('location'), '/?notice=signedOut');
    });
  });
}
