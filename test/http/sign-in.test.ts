// Guessing passwords is limited however the guesses come: in parallel, or spread over several
// server processes sharing one database. And refused guesses cannot grow the database. Both
// engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Hono } from 'hono';
import type { MeetingStore } from '../../src/app/ports.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { openStore } from '../../src/storage/store.js';
import { account, PASSWORD } from '../support/accounts.js';
import { formOf } from '../support/html.js';
import { describeOn, engines } from '../support/stores.js';

/** A sign-in form's fields and cookie, as a browser holds them after opening /login. */
async function loginForm(
  app: Hono<AppEnv>,
  address: string,
): Promise<{ cookie: string; csrf: string; address: string }> {
  const page = await app.request('/login');
  const cookie = page.headers.getSetCookie()[0]!.split(';')[0]!;
  return { cookie, csrf: formOf(await page.text(), '/login').get('_csrf')!, address };
}

/** Signs in from `address`, as the server sees the connection's address. */
async function signIn(
  app: Hono<AppEnv>,
  form: { cookie: string; csrf: string; address: string },
  login: string,
  password: string,
): Promise<Response> {
  return app.request(
    '/login',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: form.cookie },
      body: new URLSearchParams({ _csrf: form.csrf, login, password, next: '/' }).toString(),
    },
    { incoming: { socket: { remoteAddress: form.address } } },
  );
}

for (const engine of engines) {
  describeOn(engine, `the sign-in limit on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let app: Hono<AppEnv>;
    before(async () => {
      store = context.store();
      app = createApp(store, { logError: () => undefined });
    });

    const audited = async (action: string, subject: string) =>
      (await store.listAudit({ limit: 1000, offset: 0 })).entries.filter(
        (e) => e.action === action && e.subject === subject,
      ).length;

    it('checks no more than five passwords of a burst sent at once, the right one included', async () => {
      await account(store, 'burst', 'secretariat');
      const form = await loginForm(app, '192.0.2.1');
      const answers = await Promise.all([
        ...Array.from({ length: 60 }, (_, i) => signIn(app, form, 'burst', `wrong guess ${i}`)),
        signIn(app, form, 'burst', PASSWORD),
      ]);
      const statuses = answers.map((a) => a.status);
      const checked = statuses.filter((s) => s !== 429).length;
      assert.ok(checked <= 5, `${checked} passwords were checked: ${statuses.join(' ')}`);
      assert.equal(statuses.at(-1), 429, 'the right password in the burst waits too');
      assert.ok(answers.every((a) => !a.headers.getSetCookie().some((c) => c.startsWith('mb_session='))));
      assert.ok((await audited('sign-in-failed', 'burst')) <= 5);
      // The first refusal of each limit is recorded (the login's, then the address's), not 56.
      assert.ok((await audited('sign-in-refused', 'burst')) <= 2);
    });

    it('counts the attempts made through every server process that shares the database', async () => {
      await account(store, 'spread', 'secretariat');
      const other = await openStore({ url: context.url() });
      try {
        const apps = [app, createApp(other, { logError: () => undefined })];
        const forms = await Promise.all(apps.map((a) => loginForm(a, '192.0.2.2')));
        for (let i = 0; i < 5; i++)
          assert.equal((await signIn(apps[i % 2]!, forms[i % 2]!, 'spread', `guess ${i}`)).status, 401);
        assert.equal((await signIn(apps[1]!, forms[1]!, 'spread', PASSWORD)).status, 429);
        assert.equal((await signIn(apps[0]!, forms[0]!, 'spread', PASSWORD)).status, 429);
      } finally {
        await other.close();
      }
    });

    it('lets the right password in under the limit, and then forgets the failures', async () => {
      await account(store, 'forgetful', 'secretariat');
      const form = await loginForm(app, '192.0.2.3');
      for (let i = 0; i < 4; i++) assert.equal((await signIn(app, form, 'forgetful', 'oops')).status, 401);
      assert.equal((await signIn(app, form, 'forgetful', PASSWORD)).status, 303);
      for (let i = 0; i < 4; i++) assert.equal((await signIn(app, form, 'forgetful', 'oops')).status, 401);
      assert.equal((await signIn(app, form, 'forgetful', PASSWORD)).status, 303);
    });

    it('refuses an oversized sign-in before reading it, and keeps no long login', async () => {
      const before = (await store.listAudit({ limit: 1, offset: 0 })).total;
      const form = await loginForm(app, '192.0.2.4');
      const huge = await signIn(app, form, 'x'.repeat(1024 * 1024), 'whatever password');
      assert.equal(huge.status, 413);
      assert.equal((await store.listAudit({ limit: 1, offset: 0 })).total, before, 'nothing recorded');
      const long = 'y'.repeat(5000);
      assert.equal((await signIn(app, form, long, 'whatever password')).status, 401);
      const [entry] = (await store.listAudit({ limit: 1, offset: 0 })).entries;
      assert.equal(entry?.action, 'sign-in-failed');
      assert.equal(entry?.subject, 'y'.repeat(64));
      assert.ok(JSON.stringify(entry).length < 400);
    });
  });
}
