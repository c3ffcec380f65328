// Where the pages send a browser after signing in or after a form (`next`, `back`) is always a
// path on this site: never an address a browser reads as another host, never a broken header.
// Both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Hono } from 'hono';
import { loadExampleIfEmpty } from '../../src/app/example.js';
import type { MeetingStore } from '../../src/app/ports.js';
import { readExampleSeries } from '../../src/cli/example.command.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { account, PASSWORD } from '../support/accounts.js';
import { Client } from '../support/client.js';
import { formOf } from '../support/html.js';
import { describeOn, engines } from '../support/stores.js';

/** Values of `next` or `back` that lead elsewhere or would break the answer's header. */
const HOSTILE = [
  '/\t/evil.example',
  '/%09/evil.example',
  '//evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '/ /evil.example',
  '/%2F/evil.example',
  '/\r\nSet-Cookie: stolen=1',
  '/\n/evil.example',
  '/\u0000/evil.example',
  '/\u00a0/evil.example',
  'https://evil.example/',
  'evil.example',
  '',
];

for (const engine of engines) {
  describeOn(engine, `redirects chosen by the request on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let app: Hono<AppEnv>;
    const errors: unknown[] = [];
    before(async () => {
      store = context.store();
      await loadExampleIfEmpty(store, await readExampleSeries());
      await account(store, 'clerk', 'secretariat');
      app = createApp(store, { logError: (error) => errors.push(error) });
    });

    const signIn = async (next: string): Promise<Response> => {
      const client = new Client(app);
      const fields = formOf((await client.page('/login')).html, '/login');
      fields.set('login', 'clerk');
      fields.set('password', PASSWORD);
      fields.set('next', next);
      return client.submit('/login', fields);
    };

    it('sends to the start page after signing in when `next` is not a path on this site', async () => {
      for (const next of HOSTILE) {
        const answer = await signIn(next);
        assert.equal(answer.status, 303, JSON.stringify(next));
        assert.equal(answer.headers.get('location'), '/', JSON.stringify(next));
      }
      assert.deepEqual(errors, []);
    });

    it('does not offer a hostile `next` in the sign-in form', async () => {
      for (const next of HOSTILE) {
        const page = await new Client(app).page(`/login?next=${encodeURIComponent(next)}`);
        assert.equal(page.status, 200);
        assert.equal(formOf(page.html, '/login').get('next'), '/', JSON.stringify(next));
      }
    });

    it('keeps a path on this site, its query included', async () => {
      const path = '/decisions?q=open%20data&body=igf-lp';
      assert.equal((await signIn(path)).headers.get('location'), path);
      const page = await new Client(app).page(`/login?next=${encodeURIComponent(path)}`);
      assert.equal(formOf(page.html, '/login').get('next'), path);
    });

    it('goes back after a form only to a path on this site', async () => {
      const clerk = new Client(app);
      assert.equal((await clerk.signIn('clerk', PASSWORD)).status, 303);
      const csrf = formOf((await clerk.page('/matches/people')).html, '/matches/people/merge').get('_csrf')!;
      const [a, b] = (await store.matchCandidates('person')).map((p) => p.id);
      for (const back of HOSTILE) {
        const answer = await clerk.submit(
          '/matches/people/distinct',
          new URLSearchParams({ _csrf: csrf, a: String(a), b: String(b), back }),
        );
        assert.equal(answer.status, 303, JSON.stringify(back));
        assert.equal(answer.headers.get('location'), '/matches/people?notice=distinct', JSON.stringify(back));
      }
      const kept = await clerk.submit(
        '/matches/people/distinct',
        new URLSearchParams({ _csrf: csrf, a: String(a), b: String(b), back: `/people/${a}` }),
      );
      assert.equal(kept.headers.get('location'), `/people/${a}?notice=distinct`);
      assert.deepEqual(errors, []);
    });
  });
}
