/**
 * Signing in and out, one's own account and password, and the one-time page at which a new
 * deployment's first administrator is created. The forms shown before signing in carry a
 * double-submit CSRF token.
 */
import { getCookie } from 'hono/cookie';
import {
  addFirstAdmin,
  changeOwnPassword,
  maySetUp,
  ownApiTokens,
  revokeOwnApiToken,
  signIn,
  signOut,
} from '../../../app/accounts.js';
import { admitAttempt, attemptSucceeded } from '../../../app/sign-in-limit.js';
import type { User } from '../../../domain/account.js';
import { checkPresession, endSession, presessionToken, SESSION_COOKIE, startSession } from '../../auth.js';
import { clientAddress } from '../../client.js';
import { sameOriginPath } from '../../paths.js';
import { form, page, refusal, seeOther, shown, textOf } from '../kit/route.js';
import type { FormRequest, PageRequest, PageRoute } from '../kit/route.js';
import { LoginPage, SetupPage, YourAccountPage } from './account.page.js';

/** A path on this site to go to after signing in; the start page otherwise. */
const nextOf = (value: string | undefined): string => sameOriginPath(value) ?? '/';

/** The number of an API token in an address; null when it is not one. */
export function tokenNumber(value: string | undefined): number | null {
  const n = Number(value);
  return value !== undefined && /^\d{1,9}$/.test(value) && n > 0 ? n : null;
}

/**
 * Whether an attempt to prove a password may go ahead: attempts are counted before the
 * password is checked, so that attempts made at once are limited too. When it may not, the
 * answer says when to try again.
 */
async function mayAttempt(r: FormRequest, login: string): Promise<number> {
  const wait = await admitAttempt(r.store, clientAddress(r.c), login);
  if (wait > 0) r.c.header('Retry-After', String(wait));
  return wait;
}

/** The first administrator may be created only while there is no account, with a printed token. */
const setupAllowed = (r: PageRequest): Promise<boolean> => maySetUp(r.store, r.param('token'));

/** One's own account page again, with why the change was refused. */
const accountAgain = async (r: FormRequest, user: User, error: string, status: 422 | 429 = 422) =>
  shown(
    <YourAccountPage view={r.view} user={user} tokens={await ownApiTokens(r.store, user)} error={error} />,
    status,
  );

export const accountRoutes: readonly PageRoute[] = [
  page('/login', {
    load: (r) => ({ csrf: presessionToken(r.c), next: nextOf(r.query('next')) }),
    render: (view, data) => <LoginPage view={view} {...data} />,
  }),

  form('/login', {
    async handle(r) {
      checkPresession(r.c, r.values.get('_csrf'));
      const login = textOf(r.values, 'login').trim();
      const next = nextOf(r.values.get('next'));
      const again = (error: string, status: 401 | 429) =>
        shown(
          <LoginPage
            view={r.view}
            csrf={presessionToken(r.c)}
            next={next}
            login={login.slice(0, 64)}
            error={error}
          />,
          status,
        );
      const wait = await mayAttempt(r, login);
      if (wait > 0) return again(r.view.m.account.tooMany(wait), 429);
      const session = await signIn(r.store, login, textOf(r.values, 'password'), clientAddress(r.c));
      if (session === null) return again(r.view.m.account.wrong, 401);
      await attemptSucceeded(r.store, clientAddress(r.c), login);
      startSession(r.c, session);
      return seeOther(next);
    },
  }),

  page('/account', {
    may: 'account',
    async load(r) {
      const user = r.user!;
      const asked = r.query('changed');
      const changed: 'password' | 'token' | undefined =
        asked === 'password' || asked === 'token' ? asked : undefined;
      return { user, tokens: await ownApiTokens(r.store, user), changed };
    },
    render: (view, data) => <YourAccountPage view={view} {...data} />,
  }),

  form('/account/tokens/:id/revoke', {
    found: (r) => tokenNumber(r.param('id')) !== null,
    async handle(r) {
      await revokeOwnApiToken(r.store, r.user, tokenNumber(r.param('id'))!);
      return seeOther('/account?changed=token#tokens');
    },
  }),

  form('/account/password', {
    may: 'account',
    async handle(r) {
      const user = r.user!;
      const password = textOf(r.values, 'password');
      if (password !== textOf(r.values, 'repeat')) return accountAgain(r, user, r.view.m.account.mismatch);
      // Guessing the current password from a session is limited like guessing it at sign-in.
      const wait = await mayAttempt(r, user.login);
      if (wait > 0) return accountAgain(r, user, r.view.m.account.tooMany(wait), 429);
      try {
        await changeOwnPassword(r.store, user, textOf(r.values, 'current'), password);
      } catch (thrown) {
        return accountAgain(r, user, refusal(thrown, 'invalid-argument'));
      }
      await attemptSucceeded(r.store, clientAddress(r.c), user.login);
      // Every session of the account ended with the change; this one starts again.
      const session = await signIn(r.store, user.login, password, clientAddress(r.c));
      if (session !== null) startSession(r.c, session);
      return seeOther('/account?changed=password');
    },
  }),

  form('/logout', {
    async handle(r) {
      const token = getCookie(r.c, SESSION_COOKIE);
      if (token !== undefined) await signOut(r.store, token);
      endSession(r.c);
      return seeOther('/?notice=signedOut');
    },
  }),

  page('/setup/:token', {
    found: setupAllowed,
    load: (r) => ({ csrf: presessionToken(r.c), action: r.c.req.path }),
    render: (view, data) => <SetupPage view={view} {...data} />,
  }),

  form('/setup/:token', {
    found: setupAllowed,
    async handle(r) {
      checkPresession(r.c, r.values.get('_csrf'));
      const values = { login: textOf(r.values, 'login').trim(), name: textOf(r.values, 'name').trim() };
      const password = textOf(r.values, 'password');
      const again = (error: string) =>
        shown(
          <SetupPage
            view={r.view}
            csrf={presessionToken(r.c)}
            action={r.c.req.path}
            values={values}
            error={error}
          />,
          422,
        );
      if (password !== textOf(r.values, 'repeat')) return again(r.view.m.account.mismatch);
      try {
        await addFirstAdmin(r.store, { ...values, password });
      } catch (thrown) {
        return again(refusal(thrown, 'invalid-argument'));
      }
      const session = await signIn(r.store, values.login, password);
      if (session !== null) startSession(r.c, session);
      return seeOther('/?notice=signedIn');
    },
  }),
];
