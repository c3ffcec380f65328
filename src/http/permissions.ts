/**
 * Who may send each change, decided from its method and address alone: before its body is read,
 * so that someone who may not make a change learns nothing from the body's checks and cannot
 * make the server read a large body for nothing. Nobody signed in may only sign in (or out, or
 * create the first administrator); everything else needs an account, and the changes below need
 * the account's role to allow them. The use cases check again, with what the request names.
 */
import type { Action } from '../app/access.js';

/** The changes anyone may send. */
const ANONYMOUS: readonly RegExp[] = [/^\/login$/, /^\/logout$/, /^\/setup\/[^/]+$/];

/** The changes that need more than an account: the role that records meetings, or an administrator's. */
const NEEDS: ReadonlyArray<{ method: string; path: RegExp; action: Action }> = [
  { method: 'POST', path: /^\/import(\/save)?$/, action: 'record' },
  { method: 'POST', path: /^\/new$/, action: 'record' },
  { method: 'POST', path: /^\/m\/[^/]+\/[^/]+\/edit$/, action: 'record' },
  { method: 'POST', path: /^\/bodies\/[^/]+\/flow$/, action: 'record' },
  { method: 'POST', path: /^\/people\/[^/]+\/memberships$/, action: 'record' },
  { method: 'POST', path: /^\/memberships\/[^/]+\/remove$/, action: 'record' },
  { method: 'POST', path: /^\/matches\//, action: 'record' },
  { method: 'POST', path: /^\/admin\//, action: 'manage-accounts' },
  { method: 'POST', path: /^\/api\/meetings$/, action: 'record' },
  { method: 'PUT', path: /^\/api\/meetings\/[^/]+\/[^/]+$/, action: 'record' },
  { method: 'POST', path: /^\/api\/imports(\/preview)?$/, action: 'record' },
  { method: 'POST', path: /^\/api\/people\/[^/]+\/memberships$/, action: 'record' },
  { method: 'DELETE', path: /^\/api\/memberships\/[^/]+$/, action: 'record' },
  { method: 'PUT', path: /^\/api\/bodies\/[^/]+\/document-flow$/, action: 'record' },
  { method: 'POST', path: /^\/api\/matches\//, action: 'record' },
];

/**
 * The changes that need an account and nothing more, named here though every change not listed
 * needs as much: whoever is signed in acts on what is their own (the use cases find the rest).
 */
const ACCOUNT_ONLY: ReadonlyArray<{ method: string; path: RegExp }> = [
  { method: 'POST', path: /^\/account\/password$/ },
  { method: 'POST', path: /^\/account\/tokens\/[^/]+\/revoke$/ },
  { method: 'DELETE', path: /^\/api\/tokens\/[^/]+$/ },
];

/** What a change needs: nothing (anyone may send it), an account, or an account allowed an action. */
export function changeNeeds(method: string, path: string): 'nothing' | 'account' | Action {
  if (method === 'POST' && ANONYMOUS.some((p) => p.test(path))) return 'nothing';
  if (ACCOUNT_ONLY.some((n) => n.method === method && n.path.test(path))) return 'account';
  return NEEDS.find((n) => n.method === method && n.path.test(path))?.action ?? 'account';
}
