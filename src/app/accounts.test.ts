// Accounts, sign-in, sessions and API tokens, on both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { MinutebookError } from '../domain/errors.js';
import { describeOn, engines } from '../../test/support/stores.js';
import { LOCAL_OPERATOR } from './access.js';
import { readFileSync } from 'node:fs';
import {
  addAccount,
  addApiToken,
  addFirstAdmin,
  changeAccount,
  sessionOf,
  signIn,
  signOut,
  tokenHash,
  tokenUser,
} from './accounts.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { MeetingStore } from './ports.js';
import { importSummaries } from './summaries.js';

const refusal = (code: string, field?: string) => (error: unknown) =>
  error instanceof MinutebookError &&
  error.code === code &&
  (field === undefined || error.location.field === field);

for (const engine of engines) {
  describeOn(engine, `accounts on ${engine.name}`, (context) => {
    let store: MeetingStore;
    before(() => {
      store = context.store();
    });

    it('creates the first administrator once, and no second time', async () => {
      const admin = await addFirstAdmin(store, {
        login: 'Admin@Example.org',
        name: 'Ada Admin',
        password: 'a long enough password',
      });
      assert.deepEqual(admin, {
        id: admin.id,
        login: 'admin@example.org',
        name: 'Ada Admin',
        role: 'admin',
        bodies: [],
      });
      await assert.rejects(
        addFirstAdmin(store, { login: 'other', name: 'Other', password: 'a long enough password' }),
        refusal('forbidden'),
      );
    });

    it('checks what an account is given, and refuses a login taken already', async () => {
      const base = {
        login: 'clerk',
        name: 'Clara Clerk',
        role: 'secretariat',
        password: 'a long enough password',
      };
      await assert.rejects(
        addAccount(store, LOCAL_OPERATOR, { ...base, login: 'a b' }),
        refusal('invalid-argument', 'login'),
      );
      await assert.rejects(
        addAccount(store, LOCAL_OPERATOR, { ...base, role: 'king' }),
        refusal('invalid-argument', 'role'),
      );
      await assert.rejects(
        addAccount(store, LOCAL_OPERATOR, { ...base, password: 'short' }),
        refusal('invalid-argument', 'password'),
      );
      await assert.rejects(
        addAccount(store, LOCAL_OPERATOR, { ...base, bodies: ['nobody'] }),
        refusal('invalid-argument', 'bodies'),
      );
      await addAccount(store, LOCAL_OPERATOR, base);
      await assert.rejects(
        addAccount(store, LOCAL_OPERATOR, { ...base, login: 'CLERK' }),
        refusal('conflict', 'login'),
      );
      const clerk = { id: 9, login: 'clerk', name: 'Clara Clerk', role: 'secretariat' as const, bodies: [] };
      await assert.rejects(addAccount(store, clerk, { ...base, login: 'another' }), refusal('forbidden'));
      assert.deepEqual(
        (await store.listUsers()).map((u) => [u.login, u.role]),
        [
          ['admin@example.org', 'admin'],
          ['clerk', 'secretariat'],
        ],
      );
    });

    it('signs in with the right password only, and keeps no token in the clear', async () => {
      assert.equal(await signIn(store, 'clerk', 'a wrong password!'), null);
      assert.equal(await signIn(store, 'nobody', 'a long enough password'), null);
      const session = (await signIn(store, 'CLERK', 'a long enough password'))!;
      assert.equal(session.user.login, 'clerk');
      assert.equal(
        await store.findSession(session.token, new Date().toISOString()),
        null,
        'the token is stored hashed',
      );
      assert.deepEqual((await sessionOf(store, session.token))?.user.login, 'clerk');
      assert.equal((await sessionOf(store, session.token))?.csrf, session.csrf);
      assert.equal(
        await store.findSession(tokenHash(session.token), '2999-01-01T00:00:00Z'),
        null,
        'sessions expire',
      );
      await signOut(store, session.token);
      assert.equal(await sessionOf(store, session.token), null);
    });

    it('gives scripts API tokens that act as their account', async () => {
      const token = await addApiToken(store, LOCAL_OPERATOR, 'clerk', 'nightly import');
      assert.match(token, /^mbt_[A-Za-z0-9_-]{43}$/);
      assert.equal((await tokenUser(store, token, { method: 'GET', path: '/api/meetings' }))?.login, 'clerk');
      assert.equal(await tokenUser(store, `${token}x`, { method: 'GET', path: '/api/meetings' }), null);
      await assert.rejects(addApiToken(store, LOCAL_OPERATOR, 'nobody', 'x'), refusal('not-found'));
    });

    it('records sign-ins, failed ones, sign-outs, accounts, tokens and their use in the audit trail', async () => {
      const token = await addApiToken(store, LOCAL_OPERATOR, 'clerk', 'audit test');
      await signIn(store, 'clerk', 'not the password', '192.0.2.7');
      const session = (await signIn(store, 'clerk', 'a long enough password', '192.0.2.7'))!;
      await signOut(store, session.token);
      await tokenUser(store, token, { method: 'GET', path: '/api/meetings' });
      await tokenUser(store, token, { method: 'GET', path: '/api/meetings' });
      await tokenUser(store, token, { method: 'PUT', path: '/api/meetings/x/y' });
      const { entries } = await store.listAudit({ subject: 'clerk', limit: 20, offset: 0 });
      assert.deepEqual(
        entries.slice(0, 6).map((e) => [e.action, e.actor, e.detail]),
        [
          [
            'token-use',
            'Clara Clerk (clerk)',
            { token: 'audit test', method: 'PUT', path: '/api/meetings/x/y' },
          ],
          ['token-use', 'Clara Clerk (clerk)', { token: 'audit test', method: 'GET', path: '/api/meetings' }],
          ['sign-out', 'Clara Clerk (clerk)', {}],
          ['sign-in', 'Clara Clerk (clerk)', { from: '192.0.2.7' }],
          ['sign-in-failed', 'Minutebook', { from: '192.0.2.7' }],
          ['token-add', 'command line (local)', { name: 'audit test' }],
        ],
        'a second read with the token within the hour is not written again',
      );
      assert.ok(entries.some((e) => e.action === 'account-add'));
    });

    it('changes an account, ends its sessions when disabled or given a new password, and keeps an administrator', async () => {
      const example = readFileSync(new URL('../../examples/igf-lp-2024-11-01.md', import.meta.url));
      await importSummaries(store, LOCAL_OPERATOR, [{ bytes: example, name: 'igf.md' }]);
      const admin = (await store.findUserByLogin('admin@example.org'))!;
      await addAccount(store, admin, {
        login: 'member',
        name: 'Mia Member',
        role: 'member',
        password: 'the first password',
      });
      const session = (await signIn(store, 'member', 'the first password'))!;

      const changed = await changeAccount(store, admin, 'member', { bodies: ['igf-lp'] });
      assert.deepEqual([changed.role, changed.bodies, changed.disabled], ['member', ['igf-lp'], false]);
      assert.deepEqual((await sessionOf(store, session.token))?.user.bodies, ['igf-lp'], 'read at once');
      await assert.rejects(
        changeAccount(store, admin, 'member', { bodies: ['nobody'] }),
        refusal('invalid-argument', 'bodies'),
      );
      await assert.rejects(
        changeAccount(store, admin, 'member', { role: 'owner' }),
        refusal('invalid-argument', 'role'),
      );
      await assert.rejects(
        changeAccount(store, admin, 'member', { password: 'short' }),
        refusal('invalid-argument', 'password'),
      );
      await assert.rejects(changeAccount(store, admin, 'nobody', { enabled: false }), refusal('not-found'));
      const clerk = (await store.findUserByLogin('clerk'))!;
      await assert.rejects(changeAccount(store, clerk, 'member', { enabled: false }), refusal('forbidden'));
      assert.equal((await store.findUserByLogin('member'))!.bodies.length, 1, 'refusals change nothing');

      await changeAccount(store, admin, 'member', { enabled: false });
      assert.equal(await sessionOf(store, session.token), null, 'the session ended');
      assert.equal(
        await signIn(store, 'member', 'the first password'),
        null,
        'a disabled account cannot sign in',
      );
      await changeAccount(store, admin, 'member', { enabled: true, password: 'a second password' });
      assert.equal(await signIn(store, 'member', 'the first password'), null);
      const again = (await signIn(store, 'member', 'a second password'))!;
      await changeAccount(store, admin, 'member', { password: 'a third password' });
      assert.equal(await sessionOf(store, again.token), null, 'a new password ends the sessions');

      await assert.rejects(
        changeAccount(store, admin, admin.login, { enabled: false }),
        refusal('invalid-argument', 'enabled'),
      );
      await assert.rejects(
        changeAccount(store, admin, admin.login, { role: 'member' }),
        refusal('invalid-argument', 'role'),
      );
      await assert.rejects(
        changeAccount(store, LOCAL_OPERATOR, admin.login, { role: 'secretariat' }),
        refusal('invalid-argument', 'role'),
        'the only enabled administrator keeps the role',
      );
      await changeAccount(store, admin, 'member', { role: 'admin' });
      await changeAccount(store, LOCAL_OPERATOR, admin.login, { role: 'secretariat' });
      assert.equal(
        (await store.findUserByLogin(admin.login))!.role,
        'secretariat',
        'with a second administrator it may go',
      );

      const { entries } = await store.listAudit({ subject: 'member', limit: 50, offset: 0 });
      const actions = entries.map((e) => e.action);
      for (const action of [
        'account-bodies',
        'account-disable',
        'account-enable',
        'account-password',
        'account-role',
      ])
        assert.ok(actions.includes(action), action);
      const bodies = entries.find((e) => e.action === 'account-bodies')!;
      assert.deepEqual(bodies.detail, { from: [], to: ['igf-lp'] });
      assert.equal(JSON.stringify(entries).includes('second password'), false, 'no password in the trail');
    });
  });
}

it('hashes passwords with scrypt, salted', async () => {
  const one = await hashPassword('correct horse battery staple');
  const two = await hashPassword('correct horse battery staple');
  assert.match(one, /^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  assert.notEqual(one, two);
  assert.equal(await verifyPassword('correct horse battery staple', one), true);
  assert.equal(await verifyPassword('correct horse battery stapler', one), false);
  assert.equal(await verifyPassword('anything', 'md5$abc'), false);
});
