/** Accounts, for administrators: who may sign in, with which role and for which bodies; and a new one. */
import type { Context, Hono } from 'hono';
import { addAccount, listAccounts } from '../../app/accounts.js';
import type { BodyListing, MeetingStore } from '../../app/ports.js';
import { listBodies } from '../../app/registers.js';
import { ROLES, type User } from '../../domain/account.js';
import { MinutebookError } from '../../domain/errors.js';
import type { AppEnv } from '../env.js';
import { Csrf, Layout, Notice } from './layout.js';
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
      <table class="list">
        <caption class="visually-hidden">{m.accounts.title}</caption>
        <thead>
          <tr>
            <th scope="col">{m.account.login}</th>
            <th scope="col">{m.account.name}</th>
            <th scope="col">{m.accounts.role}</th>
            <th scope="col">{m.accounts.bodies}</th>
            <th scope="col">{m.accounts.since}</th>
          </tr>
        </thead>
        <tbody>
          {props.accounts.map((a) => (
            <tr>
              <td>{a.login}</td>
              <td>{a.name}</td>
              <td>{m.account.roles[a.role]}</td>
              <td>{a.bodies.join(', ')}</td>
              <td class="date">{dateOf(view, a.createdAt.slice(0, 10))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="new-account">{m.accounts.add}</h2>
      {props.error === undefined ? null : (
        <Notice kind="error" id="form-error">
          <p>{props.error}</p>
        </Notice>
      )}
      <form class="upload narrow" method="post" action="/admin/accounts">
        <Csrf view={view} />
        <div class="field">
          <label for="name">{m.account.name}</label>
          <input id="name" name="name" type="text" value={v.name ?? ''} required autocomplete="off" />
        </div>
        <div class="field">
          <label for="login">{m.account.login}</label>
          <input id="login" name="login" type="text" value={v.login ?? ''} required autocomplete="off" />
        </div>
        <div class="field">
          <label for="role">{m.accounts.role}</label>
          <select id="role" name="role">
            {ROLES.map((role) => (
              <option value={role} selected={(v.role ?? 'member') === role}>
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
                checked={(v.body ?? '').split(',').includes(b.slug)}
              />
              <label for={`body-${b.slug}`}>{b.name}</label>
            </div>
          ))}
        </fieldset>
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
}
