/**
 * The people who use Minutebook and what they may do. An administrator manages accounts and
 * bodies; the secretariat records, imports, edits, circulates and publishes; a member of a body
 * reads its drafts, comments, approves, and keeps their own actions up to date. Anyone without
 * an account sees published records only.
 */
export const ROLES = ['admin', 'secretariat', 'member'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: number;
  login: string;
  name: string;
  role: Role;
  /** The slugs of the bodies a member belongs to. */
  bodies: string[];
}

/** A login as it is stored and matched: trimmed, lower case. */
export function loginKey(login: string): string {
  return login.trim().toLowerCase();
}

/** A login is 2 to 64 letters, digits, dots, dashes, underscores or @ (an e-mail address will do). */
export function isValidLogin(login: string): boolean {
  return /^[a-z0-9._@-]{2,64}$/.test(loginKey(login));
}
