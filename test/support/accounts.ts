/** Accounts for tests: made through the application, as `minutebook user add` makes them. */
import { LOCAL_OPERATOR } from '../../src/app/access.js';
import { addAccount, addApiToken } from '../../src/app/accounts.js';
import type { AccountStore } from '../../src/app/ports.js';
import type { User } from '../../src/domain/account.js';

export const PASSWORD = 'correct horse battery staple';

/** An account with the role, and an API token for it. */
export async function account(
  store: AccountStore,
  login: string,
  role: 'admin' | 'secretariat' | 'member',
  bodies: string[] = [],
): Promise<{ user: User; token: string }> {
  const user = await addAccount(store, LOCAL_OPERATOR, {
    login,
    name: `${login[0]!.toUpperCase()}${login.slice(1)} Tester`,
    role,
    password: PASSWORD,
    bodies,
  });
  return { user, token: await addApiToken(store, LOCAL_OPERATOR, login, 'tests') };
}
