/**
 * Accounts, for administrators: who may sign in, with which role and for which bodies; a new
 * one; and each account's page, where its role and bodies change, it is disabled or enabled,
 * it is given a new password, and its API tokens are revoked.
 */
import type { Context, Hono } from 'hono';
import {
  addAccount,
  apiTokensOf,
  changeAccount,
  listAccounts,
  revokeApiToken,
  type AccountChange,
} from '../../app/accounts.js';
import type { ApiTokenListing, BodyListing, MeetingStore } from '../../app/ports.js';
import { listBodies } from '../../app/registers.js';
import { ROLES, type User } from '../../domain/account.js';
import { MinutebookError } from '../../domain/errors.js';
import type { AppEnv } from '../env.js';
import { NewPasswordFields, TokenList } from './account.page.js';
import { tokenNumber } from './account.routes.js';
import { Csrf, FormError, Layout, Notice } from './layout.js';
import { Table } from './table.js';
import { render } from './routes.js';
import { dateOf, viewOf, type View } from './view.js';

type Account = User & { disabled: boolean; createdAt: string };

export function AccountsPage(props: {
  view: View;
  accounts: Account[];
  bodies: BodyListing[];
  values?: Record<string, string>;
  error?: string | undefined;
  added?: string | undefined;
}) {
  const { view } = props;
  const { m } = view;
  const v = props.values ?? {};
  return (
    <Layout view={view} title={m.accounts.title}>
      <h1>{m.accounts.title}</h1>
      {props.added === undefined ? null : <Notice kind="success">{m.accounts.added(props.added)}</Notice>}
      <Table
        caption={m.accounts.title}
        rows={props.accounts}
        columns={[
          { header: m.account.login, cell: (a) => <a href={accountPath(a.login)}>{a.login}</a> },
          { header: m.accounts.name, cell: (a) => a.name },
          { header: m.accounts.role, cell: (a) => m.account.roles[a.role] },
          { header: m.accounts.bodies, cell: (a) => a.bodies.join(', ') },
          { header: m.accounts.since, class: 'date', cell: (a) => dateOf(view, a.createdAt.slice(0, 10)) },
          {
            header: m.accounts.signIn,
            cell: (a) => (a.disabled ? <strong>{m.accounts.disabled}</strong> : m.accounts.maySignIn),
          },
        ]}
      />
      <h2 id="new-account">{m.accounts.add}</h2>
      <FormError message={props.error} />
      <form class="upload narrow" method="post" action="/admin/accounts">
        <Csrf view={view} />
        <div class="field">
          <label for="name">{m.accounts.holder}</label>
          <input id="name" name="name" type="text" value={v.name ?? ''} required autocomplete="off" />
        </div>
        <div class="field">
          <label for="login">{m.account.login}</label>
          <input id="login" name="login" type="text" value={v.login ?? ''} required autocomplete="off" />
        </div>
        <RoleAndBodies
          view={view}
          bodies={props.bodies}
          role={v.role ?? 'member'}
          chosen={(v.body ?? '').split(',')}
        />
        <div class="field">
          <label for="password">{m.accounts.password}</label>
          <input
            id="password"
            name="password"
            type="password"
            required
            autocomplete="new-password"
            aria-describedby="password-hint"
          />
          <p class="hint" id="password-hint">
            {m.accounts.passwordHint}
          </p>
        </div>
        <button type="submit" class="primary">
          {m.accounts.add}
        </button>
      </form>
    </Layout>
  );
}

/** An account's role, and the bodies it belongs to as a member. */
function RoleAndBodies(props: { view: View; bodies: BodyListing[]; role: string; chosen: string[] }) {
  const { m } = props.view;
  return (
    <>
      <div class="field">
        <label for="role">{m.accounts.role}</label>
        <select id="role" name="role">
          {ROLES.map((role) => (
            <option value={role} selected={props.role === role}>
              {m.account.roles[role]}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{m.accounts.bodiesOfMember}</legend>
        {props.bodies.map((b) => (
          <div class="field check">
            <input
              id={`body-${b.slug}`}
              type="checkbox"
              name="body"
              value={b.slug}
              checked={props.chosen.includes(b.slug)}
            />
            <label for={`body-${b.slug}`}>{b.name}</label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

const accountPath = (login: string): string => `/admin/accounts/${encodeURIComponent(login)}`;

type Changed = keyof View['m']['accounts']['changed'];

/** One account: its role and bodies, whether it may sign in, a new password, and its API tokens. */
export function AccountPage(props: {
  view: View;
  account: Account;
  bodies: BodyListing[];
  tokens: ApiTokenListing[];
  changed?: Changed | undefined;
  error?: { form: 'access' | 'sign-in' | 'password'; message: string } | undefined;
  values?: { role: string; bodies: string[] } | undefined;
}) {
  const { view, account } = props;
  const { m } = view;
  const action = (form: string): string => `${accountPath(account.login)}/${form}`;
  const role = props.values?.role ?? account.role;
  const bodies = props.values?.bodies ?? account.bodies;
  const errorOf = (form: 'access' | 'sign-in' | 'password') => (
    <FormError message={props.error?.form === form ? props.error.message : undefined} id={`${form}-error`} />
  );
  return (
    <Layout view={view} title={`${account.name} (${account.login})`}>
      <p>
        <a href="/admin/accounts">{m.accounts.all}</a>
      </p>
      <h1>
        {account.name} <span class="muted">({account.login})</span>
      </h1>
      {props.changed === undefined ? null : (
        <Notice kind="success">{m.accounts.changed[props.changed]}</Notice>
      )}
      {account.disabled ? <Notice kind="info">{m.accounts.disabledNow}</Notice> : null}

      <h2 id="access">{m.accounts.access}</h2>
      {errorOf('access')}
      <form class="upload narrow" method="post" action={action('access')}>
        <Csrf view={view} />
        <RoleAndBodies view={view} bodies={props.bodies} role={role} chosen={bodies} />
        <button type="submit" class="primary">
          {m.accounts.saveAccess}
        </button>
      </form>

      <h2 id="sign-in">{m.accounts.signIn}</h2>
      {errorOf('sign-in')}
      {account.id === view.user?.id && !account.disabled ? (
        <p>{m.accounts.ownAccount}</p>
      ) : (
        <form class="upload narrow" method="post" action={action('sign-in')}>
          <Csrf view={view} />
          {account.disabled ? (
            <>
              <input type="hidden" name="enabled" value="yes" />
              <button type="submit">{m.accounts.enable}</button>
            </>
          ) : (
            <>
              <p class="hint">{m.accounts.disableHint}</p>
              <input type="hidden" name="enabled" value="no" />
              <button type="submit">{m.accounts.disable}</button>
            </>
          )}
        </form>
      )}

      <h2 id="password">{m.accounts.newPassword}</h2>
      {errorOf('password')}
      <form class="upload narrow" method="post" action={action('password')}>
        <Csrf view={view} />
        <NewPasswordFields view={view} label={m.accounts.newPassword} hint={m.accounts.newPasswordHint} />
        <button type="submit">{m.accounts.setPassword}</button>
      </form>

      <TokenList
        view={view}
        tokens={props.tokens}
        intro={m.tokens.ofAccount}
        action={(id) => action(`tokens/${id}/revoke`)}
      />
    </Layout>
  );
}

export function accountsPageRoutes(app: Hono<AppEnv>, store: MeetingStore): void {
  const page = async (
    c: Context<AppEnv>,
    extra: { values?: Record<string, string>; error?: string; added?: string | undefined } = {},
  ) => (
    <AccountsPage
      view={viewOf(c)}
      accounts={await listAccounts(store, c.get('user'))}
      bodies={await listBodies(store, c.get('user'))}
      {...extra}
    />
  );

  app.get('/admin/accounts', async (c) => render(c, await page(c, { added: c.req.query('added') })));

  app.post('/admin/accounts', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const text = (name: string): string => {
      const value = form[name];
      return typeof value === 'string' ? value.trim() : '';
    };
    const bodies = ([] as unknown[])
      .concat(form.body ?? [])
      .filter((b): b is string => typeof b === 'string');
    const values = { name: text('name'), login: text('login'), role: text('role'), body: bodies.join(',') };
    try {
      const user = await addAccount(store, c.get('user'), {
        ...values,
        bodies,
        password: typeof form.password === 'string' ? form.password : '',
      });
      return c.redirect(`/admin/accounts?added=${encodeURIComponent(user.login)}`, 303);
    } catch (error) {
      if (
        error instanceof MinutebookError &&
        (error.code === 'invalid-argument' || error.code === 'conflict')
      ) {
        return render(c, await page(c, { values, error: error.message }), 422);
      }
      throw error;
    }
  });

  const accountOf = async (c: Context<AppEnv>, login: string): Promise<Account | null> =>
    (await listAccounts(store, c.get('user'))).find((a) => a.login === login) ?? null;

  app.get('/admin/accounts/:login', async (c) => {
    const account = await accountOf(c, c.req.param('login'));
    if (account === null) return c.notFound();
    const changed = c.req.query('changed');
    return render(
      c,
      <AccountPage
        view={viewOf(c)}
        account={account}
        bodies={await listBodies(store, c.get('user'))}
        tokens={await apiTokensOf(store, c.get('user'), account.login)}
        changed={
          changed !== undefined && changed in viewOf(c).m.accounts.changed ? (changed as Changed) : undefined
        }
      />,
    );
  });

  app.post('/admin/accounts/:login/tokens/:id/revoke', async (c) => {
    const account = await accountOf(c, c.req.param('login'));
    const id = tokenNumber(c.req.param('id'));
    if (account === null || id === null) return c.notFound();
    await revokeApiToken(store, c.get('user'), account.login, id);
    return c.redirect(`${accountPath(account.login)}?changed=token#tokens`, 303);
  });

  type Form = 'access' | 'sign-in' | 'password';
  // What each form of an account's page changes, from what it sent.
  const changes: Record<Form, (text: (name: string) => string, bodies: string[]) => AccountChange> = {
    access: (text, bodies) => ({ role: text('role'), bodies }),
    'sign-in': (text) => ({ enabled: text('enabled') === 'yes' }),
    password: (text) => ({ password: text('password') }),
  };

  app.post('/admin/accounts/:login/:form{access|sign-in|password}', async (c) => {
    const account = await accountOf(c, c.req.param('login'));
    if (account === null) return c.notFound();
    const view = viewOf(c);
    const which = c.req.param('form') as Form;
    const form = await c.req.parseBody({ all: true });
    const text = (name: string): string => {
      const value = form[name];
      return typeof value === 'string' ? value : '';
    };
    const bodies = ([] as unknown[])
      .concat(form.body ?? [])
      .filter((b): b is string => typeof b === 'string');
    const change = changes[which](text, bodies);
    const again = async (message: string) =>
      render(
        c,
        <AccountPage
          view={view}
          account={account}
          bodies={await listBodies(store, c.get('user'))}
          tokens={await apiTokensOf(store, c.get('user'), account.login)}
          error={{ form: which, message }}
          values={which === 'access' ? { role: text('role'), bodies } : undefined}
        />,
        422,
      );
    if (which === 'password' && text('password') !== text('repeat')) return again(view.m.account.mismatch);
    try {
      await changeAccount(store, c.get('user'), account.login, change);
    } catch (error) {
      if (error instanceof MinutebookError && error.code === 'invalid-argument') return again(error.message);
      throw error;
    }
    const changed: Changed = which === 'sign-in' ? (change.enabled === true ? 'enabled' : 'disabled') : which;
    return c.redirect(`${accountPath(account.login)}?changed=${changed}`, 303);
  });
}
