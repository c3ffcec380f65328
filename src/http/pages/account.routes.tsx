/**
 * Signing in and out, one's own account and password, and the one-time page at which a new
 * deployment's first administrator is created. The forms shown before signing in carry a
 * double-submit CSRF token.
 */
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import {
  addFirstAdmin,
  changeOwnPassword,
  ownApiTokens,
  revokeOwnApiToken,
  signIn,
  signOut,
} from '../../app/accounts.js';
import { admitAttempt, attemptSucceeded } from '../../app/sign-in-limit.js';
import type { MeetingStore } from '../../app/ports.js';
import { MinutebookError } from '../../domain/errors.js';
import { checkPresession, endSession, presessionToken, same, SESSION_COOKIE, startSession } from '../auth.js';
import { clientAddress } from '../client.js';
import type { AppEnv } from '../env.js';
import { sameOriginPath } from '../paths.js';
import { LoginPage, SetupPage, YourAccountPage } from './account.page.js';
import { render } from './routes.js';
import { viewOf } from './view.js';

/** A path on this site to go to after signing in; the start page otherwise. */
const nextOf = (value: string | undefined): string => sameOriginPath(value) ?? '/';

/** The number of an API token in an address; null when it is not one. */
export function tokenNumber(value: string | undefined): number | null {
  const n = Number(value);
  return value !== undefined && /^\d{1,9}$/.test(value) && n > 0 ? n : null;
}

async function fields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
}

export function accountRoutes(
  app: Hono<AppEnv>,
  store: MeetingStore,
  options: { setupToken: string | null },
): void {
  app.get('/login', (c) => {
    const view = viewOf(c);
    return render(c, <LoginPage view={view} csrf={presessionToken(c)} next={nextOf(c.req.query('next'))} />);
  });

  app.post('/login', async (c) => {
    const view = viewOf(c);
    const form = await fields(c);
    checkPresession(c, form._csrf);
    const login = (form.login ?? '').trim();
    const next = nextOf(form.next);
    const address = clientAddress(c);
    const again = (error: string, status: 401 | 429) =>
      render(
        c,
        <LoginPage
          view={view}
          csrf={presessionToken(c)}
          next={next}
          login={login.slice(0, 64)}
          error={error}
        />,
        status,
      );
    // Counted before the password is checked: attempts made at once are limited too.
    const wait = await admitAttempt(store, address, login);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return again(view.m.account.tooMany(wait), 429);
    }
    const session = await signIn(store, login, form.password ?? '', address);
    if (session === null) return again(view.m.account.wrong, 401);
    await attemptSucceeded(store, address, login);
    startSession(c, session);
    return c.redirect(next, 303);
  });

  app.get('/account', async (c) => {
    const user = c.get('user');
    if (user === null) throw new MinutebookError('unauthenticated', 'sign in to see your account');
    const changed = c.req.query('changed');
    return render(
      c,
      <YourAccountPage
        view={viewOf(c)}
        user={user}
        tokens={await ownApiTokens(store, user)}
        changed={changed === 'password' || changed === 'token' ? changed : undefined}
      />,
    );
  });

  app.post('/account/tokens/:id/revoke', async (c) => {
    const id = tokenNumber(c.req.param('id'));
    if (id === null) return c.notFound();
    await revokeOwnApiToken(store, c.get('user'), id);
    return c.redirect('/account?changed=token#tokens', 303);
  });

  app.post('/account/password', async (c) => {
    const user = c.get('user');
    if (user === null) throw new MinutebookError('unauthenticated', 'sign in to change your password');
    const view = viewOf(c);
    const form = await fields(c);
    const address = clientAddress(c);
    const again = async (error: string, status: 422 | 429 = 422) =>
      render(
        c,
        <YourAccountPage view={view} user={user} tokens={await ownApiTokens(store, user)} error={error} />,
        status,
      );
    if ((form.password ?? '') !== (form.repeat ?? '')) return again(view.m.account.mismatch);
    // Guessing the current password from a session is limited like guessing it at sign-in.
    const wait = await admitAttempt(store, address, user.login);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return again(view.m.account.tooMany(wait), 429);
    }
    try {
      await changeOwnPassword(store, user, form.current ?? '', form.password ?? '');
    } catch (error) {
      if (error instanceof MinutebookError && error.code === 'invalid-argument') return again(error.message);
      throw error;
    }
    await attemptSucceeded(store, address, user.login);
    // Every session of the account ended with the change; this one starts again.
    const session = await signIn(store, user.login, form.password ?? '', address);
    if (session !== null) startSession(c, session);
    return c.redirect('/account?changed=password', 303);
  });

  app.post('/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token !== undefined) await signOut(store, token);
    endSession(c);
    return c.redirect('/?notice=signedOut', 303);
  });

  // The first administrator: only while there is no account, and only with the token the
  // server printed when it started.
  const setupAllowed = async (c: Context): Promise<boolean> =>
    options.setupToken !== null &&
    same(c.req.param('token') ?? '', options.setupToken) &&
    (await store.countUsers()) === 0;

  app.get('/setup/:token', async (c) => {
    if (!(await setupAllowed(c))) return c.notFound();
    return render(c, <SetupPage view={viewOf(c)} csrf={presessionToken(c)} action={c.req.path} />);
  });

  app.post('/setup/:token', async (c) => {
    if (!(await setupAllowed(c))) return c.notFound();
    const view = viewOf(c);
    const form = await fields(c);
    checkPresession(c, form._csrf);
    const values = { login: (form.login ?? '').trim(), name: (form.name ?? '').trim() };
    const again = (error: string) =>
      render(
        c,
        <SetupPage view={view} csrf={presessionToken(c)} action={c.req.path} values={values} error={error} />,
        422,
      );
    if ((form.password ?? '') !== (form.repeat ?? '')) return again(view.m.account.mismatch);
    try {
      await addFirstAdmin(store, { ...values, password: form.password ?? '' });
    } catch (error) {
      if (error instanceof MinutebookError && error.code === 'invalid-argument') return again(error.message);
      throw error;
    }
    const session = await signIn(store, values.login, form.password ?? '');
    if (session !== null) startSession(c, session);
    return c.redirect('/?notice=signedIn', 303);
  });
}
