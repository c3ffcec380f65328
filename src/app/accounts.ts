/**
 * Use cases of accounts: add one, sign in and out, and API tokens for scripts. Session and API
 * tokens are random; only their SHA-256 is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { isValidLogin, ROLES, type Role, type User } from '../domain/account.js';
import { found, MinutebookError } from '../domain/errors.js';
import { authorize, type Actor } from './access.js';
import { keptLogin } from './sign-in-limit.js';
import { hashPassword, passwordProblem, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from './passwords.js';
import type { AccountStore, ApiTokenListing, StoredUser } from './ports.js';

/** How long a session lasts. */
export const SESSION_DAYS = 14;

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
const newToken = (prefix: string): string => `${prefix}${randomBytes(32).toString('base64url')}`;

export interface NewAccount {
  login: string;
  name: string;
  role: string;
  password: string;
  bodies?: string[];
}

/** Adds an account; only an administrator may (the command line is one). */
export async function addAccount(store: AccountStore, actor: Actor, account: NewAccount): Promise<User> {
  authorize(actor, 'manage-accounts');
  const user = await createAccount(store, account);
  await store.appendAudit([accountAdded(actor, user)]);
  return user;
}

function accountAdded(actor: Actor, user: User) {
  return {
    actor,
    action: 'account-add',
    subject: user.login,
    detail: { name: user.name, role: user.role, bodies: user.bodies },
  };
}

/**
 * The secret part of a new address at which the first administrator is made, while the
 * deployment has no account (null once it has one). Its hash is kept in the store, so that the
 * address works on every server process sharing it, whichever a reverse proxy sends it to.
 */
export async function openFirstAdminSetup(store: AccountStore): Promise<string | null> {
  if ((await store.countUsers()) > 0) return null;
  const token = randomBytes(18).toString('base64url');
  await store.addSetupToken(tokenHash(token), new Date().toISOString());
  return token;
}

/** Whether the first administrator may be made at the address with this secret part now. */
export async function maySetUp(store: AccountStore, token: string): Promise<boolean> {
  return (await store.countUsers()) === 0 && (await store.isSetupToken(tokenHash(token)));
}

/** Creates the first administrator of a deployment that has no account yet; refused once there is one. */
export async function addFirstAdmin(store: AccountStore, account: Omit<NewAccount, 'role'>): Promise<User> {
  if ((await store.countUsers()) > 0)
    throw new MinutebookError('forbidden', 'this deployment has its administrator already');
  const user = await createAccount(store, { ...account, role: 'admin' });
  await store.appendAudit([accountAdded(user, user)]);
  return user;
}

async function createAccount(store: AccountStore, account: NewAccount): Promise<User> {
  if (!isValidLogin(account.login)) {
    throw new MinutebookError(
      'invalid-argument',
      'a login is 2 to 64 letters, digits, dots, dashes, underscores or @',
      { field: 'login' },
    );
  }
  if (account.name.trim() === '')
    throw new MinutebookError('invalid-argument', 'an account needs the name of its holder', {
      field: 'name',
    });
  if (!(ROLES as readonly string[]).includes(account.role)) {
    throw new MinutebookError('invalid-argument', `a role is one of ${ROLES.join(', ')}`, { field: 'role' });
  }
  checkPassword(account.password);
  return store.addUser({
    login: account.login,
    name: account.name,
    role: account.role as Role,
    passwordHash: await hashPassword(account.password),
    bodies: account.bodies ?? [],
  });
}

// Compared against when the login is unknown, so that an unknown login takes as long as a wrong password.
let decoy: Promise<string> | null = null;

export interface Session {
  token: string;
  csrf: string;
  user: User;
  expiresAt: string;
}

/**
 * Signs in; null when the login or the password is wrong, or the account is disabled. Either
 * way, it is recorded. Callers limit attempts first (sign-in-limit.ts).
 */
export async function signIn(
  store: AccountStore,
  login: string,
  password: string,
  from = 'unknown',
): Promise<Session | null> {
  const failed = async (): Promise<null> => {
    await store.appendAudit([
      {
        actor: null,
        action: 'sign-in-failed',
        subject: keptLogin(login),
        detail: { from: from.slice(0, 64) },
      },
    ]);
    return null;
  };
  // No account has a login of another form, nor a password longer than a new one may be: no
  // look-up, and no hashing of a megabyte.
  if (!isValidLogin(login) || password.length > PASSWORD_MAX) return failed();
  const stored = await store.findUserByLogin(login);
  if (stored === null) {
    await verifyPassword(password, await (decoy ??= hashPassword(randomBytes(16).toString('hex'))));
    return failed();
  }
  if (!(await verifyPassword(password, stored.passwordHash)) || stored.disabled) return failed();
  const token = newToken('mbs_');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  await store.addSession({ tokenHash: tokenHash(token), userId: stored.id, csrf, expiresAt });
  const user = publicUser(stored);
  await store.appendAudit([{ actor: user, action: 'sign-in', subject: user.login, detail: { from } }]);
  return { token, csrf, expiresAt, user };
}

/** The signed-in person of a session token, with the session's CSRF token. */
export async function sessionOf(
  store: AccountStore,
  token: string,
): Promise<{ user: User; csrf: string } | null> {
  const found = await store.findSession(tokenHash(token), new Date().toISOString());
  if (found === null || found.user.disabled) return null;
  return { user: publicUser(found.user), csrf: found.csrf };
}

export async function signOut(store: AccountStore, token: string): Promise<void> {
  const session = await store.findSession(tokenHash(token), new Date().toISOString());
  await store.deleteSession(tokenHash(token));
  if (session !== null) {
    const user = publicUser(session.user);
    await store.appendAudit([{ actor: user, action: 'sign-out', subject: user.login, detail: {} }]);
  }
}

/** The account with this login; fails with not-found. */
async function accountWithLogin(store: AccountStore, login: string): Promise<StoredUser> {
  return found(await store.findUserByLogin(login), `no account has the login ${login}`);
}

/** A new API token for an account, shown once; only an administrator may make one (the command line is one). */
export async function addApiToken(
  store: AccountStore,
  actor: Actor,
  login: string,
  name: string,
): Promise<string> {
  authorize(actor, 'manage-accounts');
  const user = await accountWithLogin(store, login);
  const token = newToken('mbt_');
  await store.addApiToken({ tokenHash: tokenHash(token), userId: user.id, name });
  await store.appendAudit([{ actor, action: 'token-add', subject: user.login, detail: { name } }]);
  return token;
}

/** The signed-in person's own API tokens, oldest first (what they are for and when used; never a secret). */
export async function ownApiTokens(store: AccountStore, actor: Actor): Promise<ApiTokenListing[]> {
  if (actor === null) throw new MinutebookError('unauthenticated', 'sign in to see your API tokens');
  return store.listApiTokens(actor.id);
}

/** An account's API tokens, oldest first; for administrators (the command line is one). */
export async function apiTokensOf(
  store: AccountStore,
  actor: Actor,
  login: string,
): Promise<ApiTokenListing[]> {
  authorize(actor, 'manage-accounts');
  const user = await accountWithLogin(store, login);
  return store.listApiTokens(user.id);
}

/**
 * Revokes one of the signed-in person's own API tokens; it is refused from the next request on.
 * Another's token is not found, as one that does not exist: nobody learns of another's tokens.
 */
export async function revokeOwnApiToken(store: AccountStore, actor: Actor, id: number): Promise<void> {
  if (actor === null) throw new MinutebookError('unauthenticated', 'sign in to revoke your API tokens');
  const revoked = await store.deleteApiToken(actor.id, id, {
    actor,
    action: 'token-revoke',
    subject: actor.login,
    detail: null,
  });
  if (!revoked) throw new MinutebookError('not-found', `you have no API token numbered ${id}`);
}

/** Revokes an API token of an account; administrators only (the command line is one). */
export async function revokeApiToken(
  store: AccountStore,
  actor: Actor,
  login: string,
  id: number,
): Promise<void> {
  authorize(actor, 'manage-accounts');
  const user = await accountWithLogin(store, login);
  const revoked = await store.deleteApiToken(user.id, id, {
    actor,
    action: 'token-revoke',
    subject: user.login,
    detail: null,
  });
  if (!revoked) throw new MinutebookError('not-found', `${user.login} has no API token numbered ${id}`);
}

/** How often a token's reads are written in the audit trail: once an hour at most (its writes, always). */
const READ_AUDIT_MS = 3_600_000;

/** The account an API token belongs to; the token's use is recorded in the audit trail. */
export async function tokenUser(
  store: AccountStore,
  token: string,
  request: { method: string; path: string },
): Promise<User | null> {
  const now = new Date();
  const found = await store.useApiToken(tokenHash(token), now.toISOString());
  if (found === null || found.user.disabled) return null;
  const user = publicUser(found.user);
  const reads = request.method === 'GET' || request.method === 'HEAD';
  const recently =
    found.previousUse !== null && now.getTime() - Date.parse(found.previousUse) < READ_AUDIT_MS;
  if (!reads || !recently) {
    await store.appendAudit([
      {
        actor: user,
        action: 'token-use',
        subject: user.login,
        detail: { token: found.name, method: request.method, path: request.path },
      },
    ]);
  }
  return user;
}

export interface AccountChange {
  role?: string;
  /** Slugs of the bodies a member belongs to; they replace the account's bodies. */
  bodies?: string[];
  /** False to stop the account signing in (its sessions end); true to let it again. */
  enabled?: boolean;
  /** A new password, which the administrator gives its holder by another way than e-mail. */
  password?: string;
}

/**
 * Changes an account: role and bodies, whether it may sign in, its password. Administrators
 * only; no change may leave the deployment without an enabled administrator, and nobody
 * disables or demotes their own account. Each change is audited; a disabled account or a new
 * password ends the account's sessions. Its API tokens stay until revoked: a disabled account's
 * are refused while it is disabled (tokenUser), a new password leaves them working.
 */
export async function changeAccount(
  store: AccountStore,
  actor: Actor,
  login: string,
  change: AccountChange,
): Promise<User & { disabled: boolean }> {
  authorize(actor, 'manage-accounts');
  const user = await accountWithLogin(store, login);
  const role = change.role ?? user.role;
  if (!(ROLES as readonly string[]).includes(role))
    throw new MinutebookError('invalid-argument', `a role is one of ${ROLES.join(', ')}`, { field: 'role' });
  const disabled = change.enabled === undefined ? user.disabled : !change.enabled;
  const own = user.id === actor.id;
  if (own && disabled && !user.disabled)
    throw new MinutebookError('invalid-argument', 'you cannot disable your own account', {
      field: 'enabled',
    });
  if (own && role !== 'admin' && user.role === 'admin')
    throw new MinutebookError('invalid-argument', 'you cannot take the administrator role from yourself', {
      field: 'role',
    });
  if (user.role === 'admin' && !user.disabled && (role !== 'admin' || disabled)) {
    const admins = (await store.listUsers()).filter((u) => u.role === 'admin' && !u.disabled);
    if (admins.length <= 1)
      throw new MinutebookError('invalid-argument', 'this is the only enabled administrator account', {
        field: role !== 'admin' ? 'role' : 'enabled',
      });
  }
  let passwordHash: string | undefined;
  if (change.password !== undefined) {
    const problem = passwordProblem(change.password);
    if (problem !== null) {
      const why =
        problem === 'too-short'
          ? `at least ${PASSWORD_MIN} characters`
          : `at most ${PASSWORD_MAX} characters`;
      throw new MinutebookError('invalid-argument', `a password needs ${why}`, { field: 'password' });
    }
    passwordHash = await hashPassword(change.password);
  }
  const bodies = change.bodies === undefined ? user.bodies : [...new Set(change.bodies)].sort();
  const sameBodies = bodies.join('\n') === user.bodies.join('\n');
  await store.updateUser(user.id, {
    ...(role === user.role ? {} : { role: role as Role }),
    ...(sameBodies ? {} : { bodies }),
    ...(disabled === user.disabled ? {} : { disabled }),
    ...(passwordHash === undefined ? {} : { passwordHash }),
  });
  if ((disabled && !user.disabled) || passwordHash !== undefined) await store.deleteSessionsOf(user.id);
  const entry = (action: string, detail: Record<string, unknown> = {}) => ({
    actor,
    action,
    subject: user.login,
    detail,
  });
  const entries = [
    ...(role === user.role ? [] : [entry('account-role', { from: user.role, to: role })]),
    ...(sameBodies ? [] : [entry('account-bodies', { from: user.bodies, to: bodies })]),
    ...(disabled === user.disabled ? [] : [entry(disabled ? 'account-disable' : 'account-enable')]),
    ...(passwordHash === undefined ? [] : [entry('account-password')]),
  ];
  if (entries.length > 0) await store.appendAudit(entries);
  return { ...publicUser({ ...user, role: role as Role, bodies }), disabled };
}

/**
 * Changes the signed-in person's own password, given the current one; every session of the
 * account ends (the caller starts a new one), its API tokens stay until revoked. A wrong current
 * password is refused and audited.
 */
export async function changeOwnPassword(
  store: AccountStore,
  actor: Actor,
  current: string,
  next: string,
): Promise<void> {
  if (actor === null) throw new MinutebookError('unauthenticated', 'sign in to change your password');
  const user = await store.findUser(actor.id);
  if (user === null || user.disabled)
    throw new MinutebookError('unauthenticated', 'sign in to change your password');
  if (!(await verifyPassword(current, user.passwordHash))) {
    await store.appendAudit([{ actor, action: 'password-change-failed', subject: user.login, detail: {} }]);
    throw new MinutebookError('invalid-argument', 'the current password is wrong', { field: 'current' });
  }
  checkPassword(next);
  await store.updateUser(user.id, { passwordHash: await hashPassword(next) });
  await store.deleteSessionsOf(user.id);
  await store.appendAudit([{ actor, action: 'password-change', subject: user.login, detail: {} }]);
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem === null) return;
  const why =
    problem === 'too-short' ? `at least ${PASSWORD_MIN} characters` : `at most ${PASSWORD_MAX} characters`;
  throw new MinutebookError('invalid-argument', `a password needs ${why}`, { field: 'password' });
}

function publicUser(user: User): User {
  return { id: user.id, login: user.login, name: user.name, role: user.role, bodies: user.bodies };
}

/** Every account, without its password hash; for administrators. */
export async function listAccounts(
  store: AccountStore,
  actor: Actor,
): Promise<Array<User & { disabled: boolean; createdAt: string }>> {
  authorize(actor, 'manage-accounts');
  return (await store.listUsers()).map((u) => ({
    ...publicUser(u),
    disabled: u.disabled,
    createdAt: u.createdAt,
  }));
}
