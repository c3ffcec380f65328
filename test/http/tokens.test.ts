// API tokens can be listed and revoked: by their holder (the API and their account page) and by
// an administrator (an account's page). A revoked token stops working at once; nobody learns of
// another's tokens; a new password leaves tokens alone and a disabled account stops them. Both
// engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Hono } from 'hono';
import { LOCAL_OPERATOR } from '../../src/app/access.js';
import { addApiToken, changeAccount } from '../../src/app/accounts.js';
import type { MeetingStore } from '../../src/app/ports.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { account, PASSWORD } from '../support/accounts.js';
import { Client } from '../support/client.js';
import { attr, findAll, formOf, parseHtml } from '../support/html.js';
import { describeOn, engines } from '../support/stores.js';

interface Listed {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

for (const engine of engines) {
  describeOn(engine, `API tokens on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let app: Hono<AppEnv>;
    before(async () => {
      store = context.store();
      app = createApp(store, { logError: () => undefined });
    });

    const bearer = (token: string, init: RequestInit = {}): RequestInit => ({
      ...init,
      headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` },
    });
    const listed = async (token: string): Promise<Listed[]> => {
      const response = await app.request('/api/tokens', bearer(token));
      assert.equal(response.status, 200);
      return ((await response.json()) as { tokens: Listed[] }).tokens;
    };
    const audited = async (action: string, subject: string) =>
      (await store.listAudit({ limit: 1000, offset: 0 })).entries.filter(
        (e) => e.action === action && e.subject === subject,
      );

    it('lists the caller’s own tokens, never a secret nor another’s', async () => {
      const alice = await account(store, 'alice', 'member');
      const second = await addApiToken(store, LOCAL_OPERATOR, 'alice', 'nightly import');
      const bob = await account(store, 'bob', 'secretariat');
      const response = await app.request('/api/tokens', bearer(alice.token));
      const text = await response.text();
      const tokens = (JSON.parse(text) as { tokens: Listed[] }).tokens;
      assert.deepEqual(
        tokens.map((t) => t.name),
        ['tests', 'nightly import'],
      );
      for (const t of tokens) {
        assert.deepEqual(Object.keys(t).sort(), ['createdAt', 'id', 'lastUsedAt', 'name']);
        assert.match(t.createdAt, /^\d{4}-\d\d-\d\dT/);
      }
      assert.ok(tokens[0]!.lastUsedAt !== null, 'the token in use says so');
      assert.equal(tokens[1]!.lastUsedAt, null);
      for (const secret of [alice.token, second, bob.token]) assert.ok(!text.includes(secret));
      assert.ok(!/hash/i.test(text));
      const bobs = await listed(bob.token);
      assert.deepEqual(
        bobs.map((t) => t.name),
        ['tests'],
      );
      assert.ok(!bobs.some((b) => tokens.some((t) => t.id === b.id)));
    });

    it('refuses anyone not signed in', async () => {
      assert.equal((await app.request('/api/tokens')).status, 401);
      assert.equal((await app.request('/api/tokens/1', { method: 'DELETE' })).status, 401);
      assert.equal((await app.request('/api/tokens', bearer('mbt_not-a-token'))).status, 401);
    });

    it('revokes the caller’s own token, which stops working at once', async () => {
      const carol = await account(store, 'carol', 'member');
      const spare = await addApiToken(store, LOCAL_OPERATOR, 'carol', 'spare');
      const id = (await listed(carol.token)).find((t) => t.name === 'spare')!.id;
      const response = await app.request(`/api/tokens/${id}`, bearer(carol.token, { method: 'DELETE' }));
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { done: true });
      assert.equal((await app.request('/api/tokens', bearer(spare))).status, 401);
      assert.deepEqual(
        (await listed(carol.token)).map((t) => t.name),
        ['tests'],
      );
      const [entry] = await audited('token-revoke', 'carol');
      assert.equal(entry?.actorId, carol.user.id);
      assert.deepEqual(entry?.detail, { id, name: 'spare' });
      // A token may revoke itself; then it is refused too.
      const own = (await listed(carol.token))[0]!.id;
      assert.equal(
        (await app.request(`/api/tokens/${own}`, bearer(carol.token, { method: 'DELETE' }))).status,
        200,
      );
      assert.equal((await app.request('/api/tokens', bearer(carol.token))).status, 401);
      assert.equal((await audited('token-revoke', 'carol')).length, 2);
    });

    it('answers 404 for another’s token, which keeps working', async () => {
      const dave = await account(store, 'dave', 'admin');
      const erin = await account(store, 'erin', 'member');
      const id = (await listed(erin.token))[0]!.id;
      for (const caller of [dave.token]) {
        const response = await app.request(`/api/tokens/${id}`, bearer(caller, { method: 'DELETE' }));
        assert.equal(response.status, 404, 'not even an administrator, through the API');
        assert.ok(!(await response.text()).includes('erin'));
      }
      assert.equal(
        (await app.request('/api/tokens/999999', bearer(dave.token, { method: 'DELETE' }))).status,
        404,
      );
      assert.equal((await listed(erin.token)).length, 1);
      assert.deepEqual(await audited('token-revoke', 'erin'), []);
    });

    it('records a new token in the audit trail', async () => {
      await account(store, 'fay', 'member');
      const [entry] = await audited('token-add', 'fay');
      assert.deepEqual(entry?.detail, { name: 'tests' });
    });

    it('keeps tokens through a new password, and stops them while the account is disabled', async () => {
      const gus = await account(store, 'gus', 'member');
      await changeAccount(store, LOCAL_OPERATOR, 'gus', { password: 'a brand new password' });
      assert.equal((await app.request('/api/tokens', bearer(gus.token))).status, 200);
      await changeAccount(store, LOCAL_OPERATOR, 'gus', { enabled: false });
      assert.equal((await app.request('/api/tokens', bearer(gus.token))).status, 401);
      await changeAccount(store, LOCAL_OPERATOR, 'gus', { enabled: true });
      assert.equal((await app.request('/api/tokens', bearer(gus.token))).status, 200);
    });

    it('lists and revokes one’s tokens on one’s account page', async () => {
      const hana = await account(store, 'hana', 'member');
      const other = await account(store, 'ivan', 'member');
      const browser = new Client(app);
      assert.equal((await browser.signIn('hana', PASSWORD)).status, 303);
      const page = await browser.page('/account');
      assert.equal(page.status, 200);
      const id = (await listed(hana.token))[0]!.id;
      assert.match(page.html, /tests/);
      assert.ok(!page.html.includes(hana.token));
      const action = `/account/tokens/${id}/revoke`;
      const form = formOf(page.html, action);
      assert.ok((form.get('_csrf') ?? '') !== '', 'the form carries the CSRF token');
      const forged = new URLSearchParams(form);
      forged.set('_csrf', 'forged');
      assert.equal((await browser.submit(action, forged)).status, 403);
      assert.equal((await app.request('/api/tokens', bearer(hana.token))).status, 200);

      const ivans = (await listed(other.token))[0]!.id;
      assert.equal((await browser.submit(`/account/tokens/${ivans}/revoke`, form)).status, 404);
      assert.equal((await app.request('/api/tokens', bearer(other.token))).status, 200);

      const done = await browser.submit(action, form);
      assert.equal(done.status, 303);
      assert.match((await browser.page(done.headers.get('location')!)).html, /The token was revoked/);
      assert.equal((await app.request('/api/tokens', bearer(hana.token))).status, 401);
      assert.equal((await audited('token-revoke', 'hana')).length, 1);
      assert.equal((await new Client(app).submit(action, form)).status, 401);
    });

    it('lets an administrator see and revoke an account’s tokens', async () => {
      await account(store, 'root', 'admin');
      const jo = await account(store, 'jo', 'member');
      const kim = await account(store, 'kim', 'member');
      const admin = new Client(app);
      assert.equal((await admin.signIn('root', PASSWORD)).status, 303);
      const path = '/admin/accounts/jo';
      const page = await admin.page(path);
      const id = (await listed(jo.token))[0]!.id;
      const forms = findAll(parseHtml(page.html), (e) => e.tagName === 'form').map((f) => attr(f, 'action'));
      assert.ok(forms.includes(`${path}/tokens/${id}/revoke`));
      assert.ok(!page.html.includes(jo.token));
      const form = formOf(page.html, `${path}/tokens/${id}/revoke`);

      const kims = (await listed(kim.token))[0]!.id;
      assert.equal((await admin.submit(`${path}/tokens/${kims}/revoke`, form)).status, 404);
      assert.equal((await app.request('/api/tokens', bearer(kim.token))).status, 200);

      const member = new Client(app);
      await member.signIn('kim', PASSWORD);
      const csrf = formOf((await member.page('/account')).html, `/account/tokens/${kims}/revoke`).get(
        '_csrf',
      )!;
      const refused = await member.submit(
        `${path}/tokens/${id}/revoke`,
        new URLSearchParams({ _csrf: csrf }),
      );
      assert.equal(refused.status, 403);

      const done = await admin.submit(`${path}/tokens/${id}/revoke`, form);
      assert.equal(done.status, 303);
      assert.match((await admin.page(done.headers.get('location')!)).html, /The token was revoked/);
      assert.equal((await app.request('/api/tokens', bearer(jo.token))).status, 401);
      const [entry] = await audited('token-revoke', 'jo');
      assert.equal(entry?.actor, 'Root Tester (root)');
    });
  });
}
