/**
 * Accounts, for administrators: who may sign in, with which role and for which bodies; a new
 * one; and each account's page, where its role and bodies change, it is disabled or enabled,
 * it is given a new password, and its API tokens are revoked.
 */
import { InputField, Labelled, PasswordField } from '../kit/fields.js';
import type { ApiTokenListing, BodyListing } from '../../../app/ports.js';
import { ROLES, type User } from '../../../domain/account.js';
import { NewPasswordFields, TokenList } from './account.page.js';
import { Csrf, FormError, Layout, Notice } from '../kit/layout.js';
import { Table } from '../kit/table.js';
import { dateOf, type View } from '../kit/view.js';

export type Account = User & { disabled: boolean; createdAt: string };

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
        <InputField label={m.accounts.holder} name="name" value={v.name ?? ''} required autocomplete="off" />
        <InputField label={m.account.login} name="login" value={v.login ?? ''} required autocomplete="off" />
        <RoleAndBodies
          view={view}
          bodies={props.bodies}
          role={v.role ?? 'member'}
          chosen={(v.body ?? '').split(',')}
        />
        <PasswordField
          label={m.accounts.password}
          name="password"
          kind="new"
          hint={m.accounts.passwordHint}
        />
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
      <Labelled for="role" label={m.accounts.role}>
        <select id="role" name="role">
          {ROLES.map((role) => (
            <option value={role} selected={props.role === role}>
              {m.account.roles[role]}
            </option>
          ))}
        </select>
      </Labelled>
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

export const accountPath = (login: string): string => `/admin/accounts/${encodeURIComponent(login)}`;

export type Changed = keyof View['m']['accounts']['changed'];

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
