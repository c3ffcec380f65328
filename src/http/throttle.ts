/**
 * Limits failed sign-ins: at most 5 failures for one login from one address in 15 minutes, and
 * 30 from one address whatever the login. Kept in memory: a restart forgets, which only ever
 * lets someone try again sooner, never locks anyone out for good.
 */
const WINDOW_MS = 15 * 60_000;
const PER_LOGIN = 5;
const PER_ADDRESS = 30;

export class SignInThrottle {
  readonly #failures = new Map<string, number[]>();

  /** Seconds to wait before trying again, or 0 when a try is allowed now. */
  wait(address: string, login: string, now = Date.now()): number {
    const waits = [
      this.#waitFor(`${address} ${login.toLowerCase()}`, PER_LOGIN, now),
      this.#waitFor(address, PER_ADDRESS, now),
    ];
    return Math.max(...waits);
  }

  failed(address: string, login: string, now = Date.now()): void {
    for (const key of [`${address} ${login.toLowerCase()}`, address]) {
      const recent = this.#recent(key, now);
      recent.push(now);
      this.#failures.set(key, recent);
    }
    if (this.#failures.size > 10_000) this.#forgetOld(now);
  }

  succeeded(address: string, login: string): void {
    this.#failures.delete(`${address} ${login.toLowerCase()}`);
  }

  #recent(key: string, now: number): number[] {
    return (this.#failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  }

  #waitFor(key: string, limit: number, now: number): number {
    const recent = this.#recent(key, now);
    if (recent.length < limit) return 0;
    return Math.ceil((recent[recent.length - limit]! + WINDOW_MS - now) / 1000);
  }

  #forgetOld(now: number): void {
    for (const [key, times] of this.#failures)
      if (times.every((at) => now - at >= WINDOW_MS)) this.#failures.delete(key);
  }
}
