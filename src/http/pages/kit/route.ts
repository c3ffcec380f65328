/**
 * The one way a page route is declared. A page names who may ask (`may`: an account, or an
 * action of app/access.ts), what it loads from the application layer (`load`) and the page it
 * makes of that (`render`, a function of the reader's view and what was loaded, and nothing
 * else). A form names who may send it and answers with the page to go to next (303, so that a
 * reload never sends it twice) or with its page shown again, with what was entered and a status.
 * Each area of pages lists its routes; `mount` adds them to the application.
 */
import type { Context, Hono } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { authorize, type Action } from '../../../app/access.js';
import type { MeetingStore } from '../../../app/ports.js';
import type { User } from '../../../domain/account.js';
import { MinutebookError, type ErrorCode } from '../../../domain/errors.js';
import type { ResponseCache } from '../../cache.js';
import type { AppEnv } from '../../env.js';
import type { PageNotice } from './layout.js';
import { viewOf, type View } from './view.js';

/** What the routes are given: the store and the kept answers. */
export interface PageDeps {
  store: MeetingStore;
  cache: ResponseCache;
}

/** A validating schema of the API's, as the pages use them for their queries. */
export interface QuerySchema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
}

/** A form's text fields (the last value of each name), as read from a request. */
export type FormValues = Map<string, string>;

/** What a route reads of its request. */
export interface PageRequest {
  readonly c: Context<AppEnv>;
  readonly deps: PageDeps;
  readonly store: MeetingStore;
  readonly view: View;
  readonly user: User | null;
  /** Today, as YYYY-MM-DD: what is overdue is decided against it. */
  readonly today: string;
  param(name: string): string;
  query(name: string): string | undefined;
  /** The query's values, validated by the API's schema for the same list. */
  queryBy<T>(schema: QuerySchema<T>): T;
  /** The notice a redirect asked for (`?notice=saved`), or undefined. */
  notice(): PageNotice | undefined;
}

/** What a form route reads of its request: the page's and the form's fields. */
export interface FormRequest extends PageRequest {
  readonly values: FormValues;
  readonly files: Map<string, File>;
  /** Every value sent under the name (a group of check boxes). */
  all(name: string): string[];
}

/** What a form route answers: a page to go to, or a page shown again. */
export type Answer = { to: string } | { page: JSX.Element; status: ContentfulStatusCode };
export const seeOther = (to: string): Answer => ({ to });
export const shown = (page: JSX.Element, status: ContentfulStatusCode = 200): Answer => ({ page, status });

/** Who may ask: anyone (left out), anyone signed in, or an account allowed the action. */
export type Need = 'account' | Action;

interface RouteSpec {
  may?: Need;
  /** Whether the thing the address names is there to see; a 404 page otherwise. */
  found?(r: PageRequest): boolean | Promise<boolean>;
}

export interface PageSpec<D> extends RouteSpec {
  load(r: PageRequest): D | Promise<D>;
  render(view: View, data: D): JSX.Element;
  /** The status of the page made; 200 unless said. */
  status?(data: D): ContentfulStatusCode;
  /** The key under which the page is kept while the store does not change; null: not kept. */
  kept?(r: PageRequest): string | null;
}

export interface FileSpec<D> extends RouteSpec {
  load(r: PageRequest): D | Promise<D>;
  /** The file made of what was loaded: its media type and text. */
  file(view: View, data: D): { type: string; text: string };
}

export interface FormSpec extends RouteSpec {
  handle(r: FormRequest): Promise<Answer>;
}

export interface PageRoute {
  method: 'GET' | 'POST';
  path: string;
  answer(c: Context<AppEnv>, deps: PageDeps): Promise<Response>;
}

/** A page's document: its doctype, then the page. */
const documentOf = (page: JSX.Element): string => `<!DOCTYPE html>${String(page)}`;

/** Sends a page, with its doctype. */
export function render(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200): Response {
  return c.html(documentOf(page), status);
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** The notices a redirect may ask a page to show. */
const NOTICES = new Set([
  'saved',
  'created',
  'imported',
  'status',
  'moved',
  'commented',
  'signedIn',
  'signedOut',
  'merged',
  'distinct',
  'separated',
  'membership',
  'membershipRemoved',
  'flow',
] as const);
type NoticeKey = typeof NOTICES extends Set<infer K> ? K : never;

function requestOf(c: Context<AppEnv>, deps: PageDeps): PageRequest {
  const view = viewOf(c);
  return {
    c,
    deps,
    store: deps.store,
    view,
    user: c.get('user'),
    today: today(),
    param: (name) => c.req.param(name) ?? '',
    query: (name) => c.req.query(name),
    queryBy: (schema) => queryBy(c, schema),
    notice: () => {
      const key = c.req.query('notice');
      if (key === undefined || !NOTICES.has(key as NoticeKey)) return undefined;
      return { kind: 'success', text: view.m.notices[key as NoticeKey] };
    },
  };
}

function queryBy<T>(c: Context, schema: QuerySchema<T>): T {
  const values = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.');
  throw new MinutebookError('invalid-argument', `${field}: ${issue.message}`, { field });
}

/** The most fields a form may have: a meeting at every limit (domain/limits.ts) has fewer. */
const FORM_FIELDS = 100_000;

async function formRequestOf(r: PageRequest): Promise<FormRequest> {
  const body = await r.c.req.parseBody({ all: true });
  const fields = Object.keys(body).length;
  if (fields > FORM_FIELDS)
    throw new MinutebookError('input-too-large', r.view.m.errors.tooManyFields(fields, FORM_FIELDS));
  const values: FormValues = new Map();
  const files = new Map<string, File>();
  for (const [name, value] of Object.entries(body)) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (typeof last === 'string') values.set(name, last);
    else if (last instanceof File) files.set(name, last);
  }
  const all = (name: string): string[] =>
    ([] as unknown[]).concat(body[name] ?? []).filter((v): v is string => typeof v === 'string');
  return { ...r, values, files, all };
}

/** The request, once who asks may, and the thing named is there; null when it is not. */
async function admitted(c: Context<AppEnv>, deps: PageDeps, spec: RouteSpec): Promise<PageRequest | null> {
  const r = requestOf(c, deps);
  if (spec.may === 'account') {
    if (r.user === null) throw new MinutebookError('unauthenticated', 'sign in first');
  } else if (spec.may !== undefined) authorize(r.user, spec.may);
  if (spec.found !== undefined && !(await spec.found(r))) return null;
  return r;
}

/** A route that answers, once the request is admitted, with `respond`; a 404 page when the thing named is not there. */
function route(
  method: PageRoute['method'],
  path: string,
  spec: RouteSpec,
  respond: (r: PageRequest) => Promise<Response>,
): PageRoute {
  return {
    method,
    path,
    async answer(c, deps) {
      const r = await admitted(c, deps, spec);
      return r === null ? c.notFound() : respond(r);
    },
  };
}

export function page<D>(path: string, spec: PageSpec<D>): PageRoute {
  return route('GET', path, spec, async (r) => {
    const made = async (): Promise<{ html: string; status: ContentfulStatusCode }> => {
      const data = await spec.load(r);
      const html = documentOf(spec.render(r.view, data));
      return { html, status: spec.status?.(data) ?? 200 };
    };
    const key = spec.kept?.(r) ?? null;
    if (key !== null)
      return r.deps.cache.respond(r.c, key, 'text/html; charset=UTF-8', async () => (await made()).html);
    const { html, status } = await made();
    return r.c.html(html, status);
  });
}

export function file<D>(path: string, spec: FileSpec<D>): PageRoute {
  return route('GET', path, spec, async (r) => {
    const { type, text } = spec.file(r.view, await spec.load(r));
    r.c.header('Content-Type', type);
    return r.c.body(text, 200);
  });
}

export function form(path: string, spec: FormSpec): PageRoute {
  return route('POST', path, spec, async (r) => {
    const answer = await spec.handle(await formRequestOf(r));
    return 'to' in answer ? r.c.redirect(answer.to, 303) : render(r.c, answer.page, answer.status);
  });
}

/** Adds the routes to the application, in the order given. */
export function mount(app: Hono<AppEnv>, deps: PageDeps, routes: readonly PageRoute[]): void {
  for (const route of routes) {
    const handler = (c: Context<AppEnv>) => route.answer(c, deps);
    if (route.method === 'GET') app.get(route.path, handler);
    else app.post(route.path, handler);
  }
}

/**
 * The message of a refusal the form shows beside what was entered (one of `codes`); anything
 * else is thrown on, to the error page.
 */
export function refusal(thrown: unknown, ...codes: ErrorCode[]): string {
  if (thrown instanceof MinutebookError && codes.includes(thrown.code)) return thrown.message;
  throw thrown;
}

/**
 * The key under which a page is kept for readers not signed in while nothing stored changes:
 * the same address, in the same language, on the same day (overdue marks) answers alike for
 * all of them. A signed-in reader's page carries their own forms, and a page with a notice
 * answers one reader's change; neither is kept.
 */
export function keptForReaders(r: PageRequest): string | null {
  if (r.user !== null || r.notice() !== undefined) return null;
  const url = new URL(r.c.req.url);
  return `page ${url.pathname}${url.search} ${r.view.locale.format} ${r.today}`;
}

/** The value a field sent, or '' when it sent none. */
export const textOf = (values: FormValues, name: string): string => values.get(name) ?? '';
