/** Signing in, one's own account, and creating the first administrator of a new deployment. */
import { InputField, PasswordField } from '../kit/fields.js';
import type { ApiTokenListing } from '../../../app/ports.js';
import type { User } from '../../../domain/account.js';
import { formatInstant } from '../../i18n/locale.js';
import { Table } from '../kit/table.js';
import { Csrf, FormError, Layout, TitledPage, Notice } from '../kit/layout.js';
import type { View } from '../kit/view.js';

export function LoginPage(props: {
  view: View;
  csrf: string;
  next: string;
  login?: string;
  error?: string | undefined;
}) {
  const { view } = props;
  const { m } = view;
  return (
    <TitledPage view={view} title={m.account.title} intro={m.account.intro}>
      <FormError message={props.error} />
      <form class="upload narrow" method="post" action="/login">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="next" value={props.next} />
        <InputField
          label={m.account.login}
          name="login"
          value={props.login ?? ''}
          autocomplete="username"
          required
          autofocus
        />
        <PasswordField label={m.account.password} name="password" kind="current" />
        <button type="submit" class="primary">
          {m.account.submit}
        </button>
      </form>
    </TitledPage>
  );
}

/** A new password and the same again, with what it needs; the form's own label and hint. */
export function NewPasswordFields(props: { view: View; label: string; hint: string }) {
  const { m } = props.view;
  return (
    <>
      <PasswordField label={props.label} name="password" kind="new" hint={props.hint} />
      <PasswordField label={m.account.repeat} name="repeat" kind="new" />
    </>
  );
}

/** API tokens, each with a button that revokes it (a form to `action(id)`); never the tokens themselves. */
export function TokenList(props: {
  view: View;
  tokens: ApiTokenListing[];
  intro: string;
  action: (id: number) => string;
}) {
  const { view } = props;
  const { m } = view;
  const when = (instant: string) => <time datetime={instant}>{formatInstant(view.locale, instant)}</time>;
  return (
    <>
      <h2 id="tokens">{m.tokens.title}</h2>
      <p class="hint">{props.intro}</p>
      {props.tokens.length === 0 ? (
        <p>{m.tokens.none}</p>
      ) : (
        <Table
          caption={m.tokens.title}
          rows={props.tokens}
          columns={[
            { header: m.tokens.name, cell: (t) => t.name },
            { header: m.tokens.created, class: 'date', cell: (t) => when(t.createdAt) },
            {
              header: m.tokens.lastUsed,
              class: 'date',
              cell: (t) => (t.lastUsedAt === null ? m.tokens.never : when(t.lastUsedAt)),
            },
            {
              header: <span class="visually-hidden">{m.tokens.revoke}</span>,
              cell: (t) => (
                <form method="post" action={props.action(t.id)}>
                  <Csrf view={view} />
                  <button type="submit" aria-label={m.tokens.revokeOne(t.name)}>
                    {m.tokens.revoke}
                  </button>
                </form>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

/** The signed-in person's account: who they are to Minutebook, a new password, and their API tokens. */
export function YourAccountPage(props: {
  view: View;
  user: User;
  tokens: ApiTokenListing[];
  changed?: 'password' | 'token' | undefined;
  error?: string | undefined;
}) {
  const { view, user } = props;
  const { m } = view;
  return (
    <Layout view={view} title={m.account.yours}>
      <h1>{m.account.yours}</h1>
      {props.changed === 'password' ? <Notice kind="success">{m.account.passwordChanged}</Notice> : null}
      {props.changed === 'token' ? <Notice kind="success">{m.tokens.revoked}</Notice> : null}
      <p>
        {user.name} ({user.login}), {m.account.roles[user.role]}.
        {user.bodies.length === 0 ? null : ` ${m.account.bodiesOf(user.bodies.join(', '))}`}
      </p>
      <h2 id="password">{m.account.changePassword}</h2>
      <FormError message={props.error} />
      <form class="upload narrow" method="post" action="/account/password">
        <Csrf view={view} />
        <input type="text" name="login" value={user.login} autocomplete="username" hidden />
        <PasswordField label={m.account.currentPassword} name="current" kind="current" />
        <NewPasswordFields view={view} label={m.account.newPassword} hint={m.account.passwordHint} />
        <button type="submit" class="primary">
          {m.account.changePassword}
        </button>
      </form>
      <TokenList
        view={view}
        tokens={props.tokens}
        intro={m.tokens.yours}
        action={(id) => `/account/tokens/${id}/revoke`}
      />
    </Layout>
  );
}

export function SetupPage(props: {
  view: View;
  csrf: string;
  action: string;
  values?: { login: string; name: string };
  error?: string | undefined;
}) {
  const { view } = props;
  const { m } = view;
  return (
    <TitledPage view={view} title={m.account.setupTitle} intro={m.account.setupIntro}>
      <FormError message={props.error} />
      <form class="upload narrow" method="post" action={props.action}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <InputField
          label={m.account.name}
          name="name"
          value={props.values?.name ?? ''}
          autocomplete="name"
          required
        />
        <InputField
          label={m.account.login}
          name="login"
          value={props.values?.login ?? ''}
          autocomplete="username"
          required
        />
        <NewPasswordFields view={view} label={m.account.password} hint={m.account.passwordHint} />
        <button type="submit" class="primary">
          {m.account.create}
        </button>
      </form>
    </TitledPage>
  );
}
