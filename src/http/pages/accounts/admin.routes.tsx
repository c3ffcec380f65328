/**
 * For administrators: the accounts (a new one; each one's role and bodies, whether it may sign
 * in, a new password, its API tokens) and the audit trail.
 */
import {
  addAccount,
  apiTokensOf,
  changeAccount,
  listAccounts,
  revokeApiToken,
  type AccountChange,
} from '../../../app/accounts.js';
import { auditTrail } from '../../../app/audit.js';
import { listBodies } from '../../../app/registers.js';
import { form, page, refusal, seeOther, shown, textOf } from '../kit/route.js';
import type { FormRequest, PageRequest, PageRoute } from '../kit/route.js';
import { accountPath, AccountPage, AccountsPage, type Account, type Changed } from './accounts.page.js';
import { AUDIT_PAGE, AuditPage, type AuditFilters } from './audit.page.js';
import { tokenNumber } from './routes.js';

const ACCOUNT = '/admin/accounts/:login';

/** The account the address names; null when there is none (or the reader may not see it). */
async function accountOf(r: PageRequest): Promise<Account | null> {
  return (await listAccounts(r.store, r.user)).find((a) => a.login === r.param('login')) ?? null;
}

type AccountForm = 'access' | 'sign-in' | 'password';

/** What each form of an account's page changes, from what it sent. */
const CHANGES: Record<AccountForm, (r: FormRequest) => AccountChange> = {
  access: (r) => ({ role: textOf(r.values, 'role'), bodies: r.all('body') }),
  'sign-in': (r) => ({ enabled: r.values.get('enabled') === 'yes' }),
  password: (r) => ({ password: textOf(r.values, 'password') }),
};

/** The list of accounts, with the form for a new one (again, when it was refused). */
async function accountsData(r: PageRequest, extra: { values?: Record<string, string>; error?: string } = {}) {
  const accounts = await listAccounts(r.store, r.user);
  const bodies = await listBodies(r.store, r.user);
  return { accounts, bodies, added: r.query('added'), ...extra };
}

/** The audit trail's filters from the query; a day not given as YYYY-MM-DD filters nothing. */
function auditFilters(r: PageRequest): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of ['subject', 'actor', 'action', 'from', 'to'] as const) {
    const value = r.query(key)?.trim();
    if (value !== undefined && value !== '') filters[key] = value;
  }
  for (const key of ['from', 'to'] as const)
    if (filters[key] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(filters[key]!)) delete filters[key];
  return filters;
}

export const adminRoutes: readonly PageRoute[] = [
  page('/admin/audit', {
    async load(r) {
      const filters = auditFilters(r);
      const offset = Math.max(Number(r.query('offset') ?? 0) || 0, 0);
      const { entries, total } = await auditTrail(r.store, r.user, { ...filters, limit: AUDIT_PAGE, offset });
      return { entries, total, offset, filters };
    },
    render: (view, data) => <AuditPage view={view} {...data} />,
  }),

  page('/admin/accounts', {
    load: (r) => accountsData(r),
    render: (view, data) => <AccountsPage view={view} {...data} />,
  }),

  form('/admin/accounts', {
    async handle(r) {
      const text = (name: string): string => (r.values.get(name) ?? '').trim();
      const bodies = r.all('body');
      const values = { name: text('name'), login: text('login'), role: text('role'), body: bodies.join(',') };
      try {
        const password = textOf(r.values, 'password');
        const user = await addAccount(r.store, r.user, { ...values, bodies, password });
        return seeOther(`/admin/accounts?added=${encodeURIComponent(user.login)}`);
      } catch (thrown) {
        const data = await accountsData(r, {
          values,
          error: refusal(thrown, 'invalid-argument', 'conflict'),
        });
        return shown(<AccountsPage view={r.view} {...data} />, 422);
      }
    },
  }),

  page(ACCOUNT, {
    found: async (r) => (await accountOf(r)) !== null,
    async load(r) {
      const account = (await accountOf(r))!;
      const changed = r.query('changed');
      return {
        account,
        bodies: await listBodies(r.store, r.user),
        tokens: await apiTokensOf(r.store, r.user, account.login),
        changed:
          changed !== undefined && changed in r.view.m.accounts.changed ? (changed as Changed) : undefined,
      };
    },
    render: (view, data) => <AccountPage view={view} {...data} />,
  }),

  form(`${ACCOUNT}/tokens/:id/revoke`, {
    found: async (r) => (await accountOf(r)) !== null && tokenNumber(r.param('id')) !== null,
    async handle(r) {
      const login = r.param('login');
      await revokeApiToken(r.store, r.user, login, tokenNumber(r.param('id'))!);
      return seeOther(`${accountPath(login)}?changed=token#tokens`);
    },
  }),

  form(`${ACCOUNT}/:form{access|sign-in|password}`, {
    found: async (r) => (await accountOf(r)) !== null,
    async handle(r) {
      const account = (await accountOf(r))!;
      const which = r.param('form') as AccountForm;
      const change = CHANGES[which](r);
      const again = async (message: string) =>
        shown(
          <AccountPage
            view={r.view}
            account={account}
            bodies={await listBodies(r.store, r.user)}
            tokens={await apiTokensOf(r.store, r.user, account.login)}
            error={{ form: which, message }}
            values={
              which === 'access' ? { role: textOf(r.values, 'role'), bodies: r.all('body') } : undefined
            }
          />,
          422,
        );
      if (which === 'password' && textOf(r.values, 'password') !== textOf(r.values, 'repeat'))
        return again(r.view.m.account.mismatch);
      try {
        await changeAccount(r.store, r.user, account.login, change);
      } catch (thrown) {
        return again(refusal(thrown, 'invalid-argument'));
      }
      const changed: Changed =
        which === 'sign-in' ? (change.enabled === true ? 'enabled' : 'disabled') : which;
      return seeOther(`${accountPath(account.login)}?changed=${changed}`);
    },
  }),
];
