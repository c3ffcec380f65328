/**
 * `minutebook user add|change|list` and `minutebook token add|list|revoke`: accounts, made on the
 * machine that holds the database (whoever runs the command line there can do anything).
 */
import { LOCAL_OPERATOR } from '../app/access.js';
import {
  addAccount,
  addApiToken,
  apiTokensOf,
  changeAccount,
  revokeApiToken,
  type AccountChange,
} from '../app/accounts.js';
import { MinutebookError } from '../domain/errors.js';
import { withStore, type CommandContext } from './context.js';
import { readSecret } from './secret.js';

export interface UserAddOptions {
  db?: string;
  login: string;
  name: string;
  role: string;
  body?: string[];
}

export async function userAddCommand(options: UserAddOptions, context: CommandContext): Promise<void> {
  const read = context.readSecret ?? readSecret;
  const password = await read(`Password for ${options.login}: `);
  if (process.stdin.isTTY && context.readSecret === undefined) {
    if ((await read('The same password again: ')) !== password) {
      throw new MinutebookError('invalid-argument', 'the two passwords differ', { field: 'password' });
    }
  }
  await withStore(context, options.db, async (store) => {
    const user = await addAccount(store, LOCAL_OPERATOR, {
      login: options.login,
      name: options.name,
      role: options.role,
      password,
      bodies: options.body ?? [],
    });
    const bodies = user.bodies.length === 0 ? '' : ` of ${user.bodies.join(', ')}`;
    context.output.err(`added ${user.login} (${user.name}), ${user.role}${bodies}`);
  });
}

export interface UserChangeOptions {
  db?: string;
  login: string;
  role?: string;
  body?: string[];
  /** False with --no-bodies. */
  bodies?: boolean;
  disable?: boolean;
  enable?: boolean;
  password?: boolean;
}

export async function userChangeCommand(options: UserChangeOptions, context: CommandContext): Promise<void> {
  if (options.disable === true && options.enable === true)
    throw new MinutebookError('invalid-argument', 'an account is either disabled or enabled, not both', {
      field: 'enable',
    });
  if (options.body !== undefined && options.bodies === false)
    throw new MinutebookError('invalid-argument', 'give bodies or take them all, not both', {
      field: 'body',
    });
  const change: AccountChange = {
    ...(options.role === undefined ? {} : { role: options.role }),
    ...(options.body !== undefined
      ? { bodies: options.body }
      : options.bodies === false
        ? { bodies: [] }
        : {}),
    ...(options.disable === true ? { enabled: false } : options.enable === true ? { enabled: true } : {}),
  };
  if (options.password === true) change.password = await newPassword(options.login, context);
  if (Object.keys(change).length === 0)
    throw new MinutebookError(
      'invalid-argument',
      'say what to change: --role, --body, --no-bodies, --disable, --enable or --password',
    );
  await withStore(context, options.db, async (store) => {
    const user = await changeAccount(store, LOCAL_OPERATOR, options.login, change);
    const bodies = user.bodies.length === 0 ? '' : ` of ${user.bodies.join(', ')}`;
    const state = user.disabled ? ', disabled' : '';
    const password = change.password === undefined ? '' : ', new password set';
    context.output.err(`changed ${user.login} (${user.name}): ${user.role}${bodies}${state}${password}`);
  });
}

async function newPassword(login: string, context: CommandContext): Promise<string> {
  const read = context.readSecret ?? readSecret;
  const password = await read(`New password for ${login}: `);
  if (process.stdin.isTTY && context.readSecret === undefined) {
    if ((await read('The same password again: ')) !== password) {
      throw new MinutebookError('invalid-argument', 'the two passwords differ', { field: 'password' });
    }
  }
  return password;
}

export async function userListCommand(
  options: { db?: string; json?: boolean },
  context: CommandContext,
): Promise<void> {
  await withStore(context, options.db, async (store) => {
    const users = (await store.listUsers()).map(({ id, login, name, role, bodies, disabled, createdAt }) => ({
      id,
      login,
      name,
      role,
      bodies,
      disabled,
      createdAt,
    }));
    if (options.json) return context.output.out(JSON.stringify(users, null, 2));
    for (const u of users) {
      const bodies = u.bodies.length === 0 ? '' : `  ${u.bodies.join(', ')}`;
      context.output.out(
        `${u.login.padEnd(24)} ${u.role.padEnd(12)} ${u.name}${bodies}${u.disabled ? '  (disabled)' : ''}`,
      );
    }
  });
}

export async function tokenAddCommand(
  options: { db?: string; login: string; name: string },
  context: CommandContext,
): Promise<void> {
  await withStore(context, options.db, async (store) => {
    const token = await addApiToken(store, LOCAL_OPERATOR, options.login, options.name);
    context.output.out(token);
    context.output.err(
      `API token "${options.name}" for ${options.login}; it is shown only this once. Send it as: Authorization: Bearer <token>`,
    );
  });
}

export async function tokenListCommand(
  options: { db?: string; login: string; json?: boolean },
  context: CommandContext,
): Promise<void> {
  await withStore(context, options.db, async (store) => {
    const tokens = await apiTokensOf(store, LOCAL_OPERATOR, options.login);
    if (options.json) return context.output.out(JSON.stringify(tokens, null, 2));
    if (tokens.length === 0) return context.output.err(`${options.login} has no API token`);
    const when = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
    for (const t of tokens) {
      const used = t.lastUsedAt === null ? 'never used' : `last used ${when(t.lastUsedAt)}`;
      context.output.out(
        `${String(t.id).padEnd(6)} ${t.name.padEnd(24)} created ${when(t.createdAt)}, ${used}`,
      );
    }
  });
}

export async function tokenRevokeCommand(
  options: { db?: string; login: string; id: number },
  context: CommandContext,
): Promise<void> {
  await withStore(context, options.db, async (store) => {
    const token = (await apiTokensOf(store, LOCAL_OPERATOR, options.login)).find((t) => t.id === options.id);
    await revokeApiToken(store, LOCAL_OPERATOR, options.login, options.id);
    context.output.err(`revoked API token ${options.id} "${token?.name ?? ''}" of ${options.login}`);
  });
}
