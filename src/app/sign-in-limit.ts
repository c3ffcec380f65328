/**
 * The limit on guessing passwords: at most 5 attempts for one login from one address, and 30
 * from one address whatever the login, in 15 minutes. An attempt is counted before its password
 * is checked, so attempts made at once (in parallel, or on several server processes sharing the
 * database) are limited like attempts made one after another. A right password forgets the
 * attempts of its login from that address; the address's count stands.
 */
import { loginKey } from '../domain/account.js';
import type { AccountStore } from './ports.js';

export const ATTEMPT_WINDOW_MS = 15 * 60_000;
export const ATTEMPTS_PER_LOGIN = 5;
export const ATTEMPTS_PER_ADDRESS = 30;

/** The longest login and address kept anywhere: a login has at most 64 characters. */
const KEPT = 64;

/** A login as it is counted and recorded: its key, cut to the length a login can have. */
export const keptLogin = (login: string): string => loginKey(login).slice(0, KEPT);
const keptAddress = (address: string): string => address.slice(0, KEPT);

const loginKeyOf = (address: string, login: string): string =>
  `login ${keptAddress(address)} ${keptLogin(login)}`;

/**
 * Counts an attempt to sign in as `login` from `address`; answers 0 when it may go on to check
 * the password, or the seconds to wait when it is over the limit. The first attempt refused in
 * a window is recorded in the audit trail; later ones are not, so that no one can grow the trail
 * by failing on purpose.
 */
export async function admitAttempt(
  store: AccountStore,
  address: string,
  login: string,
  now = new Date(),
): Promise<number> {
  const at = now.toISOString();
  const since = new Date(now.getTime() - ATTEMPT_WINDOW_MS).toISOString();
  const limits = [
    { key: loginKeyOf(address, login), most: ATTEMPTS_PER_LOGIN },
    { key: `address ${keptAddress(address)}`, most: ATTEMPTS_PER_ADDRESS },
  ];
  let wait = 0;
  let firstRefusal = false;
  for (const { key, most } of limits) {
    const { count, windowStart } = await store.countAttempt(key, at, since);
    if (count <= most) continue;
    const ends = Date.parse(windowStart) + ATTEMPT_WINDOW_MS;
    wait = Math.max(wait, Math.max(1, Math.ceil((ends - now.getTime()) / 1000)));
    firstRefusal ||= count === most + 1;
  }
  if (wait > 0 && firstRefusal) {
    await store.appendAudit([
      {
        actor: null,
        action: 'sign-in-refused',
        subject: keptLogin(login),
        detail: { from: keptAddress(address) },
      },
    ]);
  }
  return wait;
}

/** Forgets the attempts of a login from an address, after its right password. */
export function attemptSucceeded(store: AccountStore, address: string, login: string): Promise<void> {
  return store.clearAttempts(loginKeyOf(address, login));
}
