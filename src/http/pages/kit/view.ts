/**
 * What every page needs to render: the reader's locale and its messages, and where the reader is.
 * Pages are plain functions of a View and the data the application layer gave.
 */
import type { Context } from 'hono';
import { may } from '../../../app/access.js';
import type { User } from '../../../domain/account.js';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatAxisDate,
  localeFor,
  type Locale,
} from '../../i18n/locale.js';
import type { Messages } from '../../i18n/en.js';

export interface View {
  locale: Locale;
  m: Messages;
  /** The path of the page, for the navigation's current mark. */
  path: string;
  /** The signed-in person, or null. */
  user: User | null;
  /** The CSRF token every form of a signed-in person carries. */
  csrf: string | null;
  /** Whether the reader may record: import, create and edit meetings. */
  canRecord: boolean;
}

export function viewOf(c: Context): View {
  const locale = localeFor(c.req.header('Accept-Language'));
  const user = (c.get('user') as User | null | undefined) ?? null;
  const csrf = (c.get('csrf') as string | null | undefined) ?? null;
  return { locale, m: locale.messages, path: c.req.path, user, csrf, canRecord: may(user, 'record') };
}

export const dateOf = (view: View, date: string | null): string => formatDate(view.locale, date) ?? '';
export const numberOf = (view: View, value: number): string => formatNumber(view.locale, value);
export const percentOf = (view: View, share: number): string => formatPercent(view.locale, share);
export const axisDateOf = (view: View, date: string) => formatAxisDate(view.locale, date);

/** The page of a meeting, from its citable identifier (igf-lp/2024-11-01). */
export const meetingHref = (id: string): string => `/m/${id}`;
/** The permalink of an outcome, from its citable identifier (igf-lp/2024-11-01#d1). */
export const outcomeHref = (cite: string): string => `/m/${cite.replace('#', '/')}`;
/** A query string from the values that are set. */
export function queryOf(values: Record<string, string | number | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '' && value !== false)
      params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
