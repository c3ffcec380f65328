/**
 * `minutebook user add|list` and `minutebook token add`: accounts, made on the machine that
 * holds the database (whoever runs the command line there can do anything).
 */
import { LOCAL_OPERATOR } from '../app/access.js';
import { addAccount, addApiToken } from '../app/accounts.js';
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
