/**
 * The frame of every page: language and direction, the application's own style sheet and
 * script (nothing from any other host), a skip link, the navigation and the search box.
 */
import type { Child } from 'hono/jsx';
import { assetPath } from '../../assets.js';
import type { View } from './view.js';

const SECTIONS = [
  ['/', 'meetings', false],
  ['/decisions', 'decisions', false],
  ['/actions', 'actions', false],
  ['/documents', 'documents', false],
  ['/people', 'people', false],
  ['/import', 'import', true],
  ['/new', 'newMeeting', true],
  ['/matches/people', 'matches', true],
  ['/admin/accounts', 'accounts', 'admin'],
  ['/admin/audit', 'audit', 'admin'],
] as const;

function current(view: View, href: string): boolean {
  if (href === '/')
    return view.path === '/' || view.path.startsWith('/m/') || view.path.startsWith('/bodies/');
  return view.path === href || view.path.startsWith(`${href}/`);
}

export function Layout(props: {
  view: View;
  title: string;
  children: Child;
  query?: string;
  /** The page one level up (a register, a meeting), linked above the heading. */
  up?: { href: string; text: Child };
}) {
  const { view } = props;
  const { m } = view;
  return (
    <html lang={view.locale.format} dir={view.locale.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title === m.siteName ? m.siteName : `${props.title} · ${m.siteName}`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={assetPath('style.css')} />
        <script src={assetPath('app.js')} defer></script>
      </head>
      <body>
        <a class="skip" href="#content">
          {m.skipToContent}
        </a>
        <header class="site">
          <div class="bar">
            <a class="brand" href="/">
              {m.siteName}
            </a>
            <form class="search" role="search" action="/search" method="get">
              <label for="site-search" class="visually-hidden">
                {m.searchLabel}
              </label>
              <input
                id="site-search"
                type="search"
                name="q"
                value={props.query ?? ''}
                placeholder={m.nav.search}
              />
              <button type="submit">{m.searchButton}</button>
            </form>
            <Account view={view} />
          </div>
          <nav aria-label={m.nav.main}>
            <ul>
              {SECTIONS.filter(
                ([, , needs]) =>
                  needs === false || (needs === 'admin' ? view.user?.role === 'admin' : view.canRecord),
              ).map(([href, key]) => (
                <li>
                  <a href={href} aria-current={current(view, href) ? 'page' : undefined}>
                    {m.nav[key]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="content" tabindex={-1}>
          {props.up === undefined ? null : (
            <p class="breadcrumb">
              <a href={props.up.href}>{props.up.text}</a>
            </p>
          )}
          {props.children}
        </main>
        <footer class="site">
          <p>{m.footer}</p>
          <p>
            <a href="/api/openapi.json">{m.apiLink}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

/** Who is signed in, with the sign-out button; or the way to sign in. */
function Account(props: { view: View }) {
  const { view } = props;
  const { m } = view;
  if (view.user === null) {
    return (
      <a
        class="account"
        href={`/login${view.path === '/' || view.path === '/login' ? '' : `?next=${encodeURIComponent(view.path)}`}`}
      >
        {m.account.signIn}
      </a>
    );
  }
  return (
    <form class="account" method="post" action="/logout">
      <a href="/account">{m.account.signedInAs(view.user.name, m.account.roles[view.user.role])}</a>{' '}
      <Csrf view={view} />
      <button type="submit">{m.account.signOut}</button>
    </form>
  );
}

/** A page whose heading is its title, with an introduction below it and, when a form was refused, why. */
export function TitledPage(props: {
  view: View;
  title: string;
  intro: Child;
  refusal?: string | undefined;
  children: Child;
}) {
  return (
    <Layout view={props.view} title={props.title}>
      <h1>{props.title}</h1>
      <p class="intro">{props.intro}</p>
      {props.refusal === undefined ? null : (
        <Notice kind="error">
          <p>{props.refusal}</p>
        </Notice>
      )}
      {props.children}
    </Layout>
  );
}

/** What a page tells the reader after a change it was sent back from: saved, moved … */
export interface PageNotice {
  kind: 'success' | 'error';
  text: string;
}

/** A page's notice: saved, example data, conflict … */
export function Notice(props: { kind: 'info' | 'success' | 'error'; children: Child; id?: string }) {
  return (
    <div class={`notice ${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'} id={props.id}>
      {props.children}
    </div>
  );
}

/** Why a form sent was refused, above the form it refers to; nothing when it was not. */
export function FormError(props: { message: string | undefined; id?: string }) {
  return props.message === undefined ? null : (
    <Notice kind="error" id={props.id ?? 'form-error'}>
      <p>{props.message}</p>
    </Notice>
  );
}

/** The hidden field that proves a form was sent from a page of this site. */
export function Csrf(props: { view: View; token?: string }) {
  const token = props.token ?? props.view.csrf;
  return token === null ? null : <input type="hidden" name="_csrf" value={token} />;
}
