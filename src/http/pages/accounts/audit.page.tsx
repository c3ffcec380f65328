/** The audit trail for administrators: every change, sign-in and token use, newest first. */
import type { StoredAuditEntry } from '../../../app/ports.js';
import { formatInstant } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/en.js';
import { Changes, differencesOf } from '../kit/changes.js';
import { dayFilters } from '../kit/filters.js';
import { ListPage } from '../kit/lists.js';
import type { View } from '../kit/view.js';

export const AUDIT_PAGE = 100;

/** What an entry keeps of the change, as a reader reads it: no JSON. */
function Detail(props: { view: View; entry: StoredAuditEntry }) {
  const { view, entry } = props;
  const differences = differencesOf(entry.detail);
  if (differences.length > 0) return <Changes view={view} differences={differences} />;
  const detail = entry.detail;
  if (typeof detail !== 'object' || detail === null) return null;
  const fields = detail as Record<string, unknown>;
  // A status or owner carried along a thread, or set by hand: the outcome, before → after.
  if ('before' in fields && 'after' in fields)
    return (
      <ul class="changes">
        <li>
          {typeof fields.outcome === 'string' ? `${fields.outcome}: ` : ''}
          <del>{textOf(fields.before)}</del> → <ins>{textOf(fields.after)}</ins>
          {typeof fields.via === 'string' ? ` (${view.m.audit.via(fields.via)})` : ''}
        </li>
      </ul>
    );
  const pairs = Object.entries(fields).filter(([, value]) => value !== null && value !== undefined);
  if (pairs.length === 0) return null;
  return (
    <dl class="detail">
      {pairs.map(([key, value]) => (
        <div>
          <dt>{key}</dt>
          <dd>{textOf(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A value of an entry's detail as words: lists joined, objects by their fields. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(textOf).join(', ') || '—';
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${textOf(v)}`)
      .join('; ');
  const text = String(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

export function AuditPage(props: {
  view: View;
  entries: StoredAuditEntry[];
  total: number;
  offset: number;
  filters: AuditFilters;
}) {
  const { view, filters } = props;
  const { m } = view;
  const actions = (Object.keys(m.history.actions) as string[]).map((a) => [a, actionName(m, a)] as const);
  return (
    <ListPage
      view={view}
      title={m.audit.title}
      lead={
        <>
          <p class="intro">{m.audit.intro}</p>
          <p>
            <a class="button" href="/api/audit/export.csv">
              {m.audit.exportCsv}
            </a>{' '}
            <a class="button" href="/api/audit/export.json">
              {m.audit.exportJson}
            </a>
          </p>
        </>
      }
      action="/admin/audit"
      filters={[
        { name: 'actor', label: m.audit.who },
        { name: 'action', label: m.audit.what, any: m.audit.anyAction, choices: actions },
        { name: 'subject', label: m.audit.subject },
        ...dayFilters(view),
      ]}
      query={{ ...filters }}
      page={{ total: props.total, offset: props.offset, limit: AUDIT_PAGE }}
      table={{
        class: 'audit',
        caption: m.audit.title,
        rows: props.entries,
        columns: [
          {
            header: m.audit.when,
            class: 'date',
            cell: (e) => <time datetime={e.at}>{formatInstant(view.locale, e.at)}</time>,
          },
          { header: m.audit.who, cell: (e) => e.actor },
          { header: m.audit.what, cell: (e) => actionName(m, e.action) },
          {
            header: m.audit.subject,
            cell: (e) =>
              e.subject === null ? (
                ''
              ) : /^[a-z0-9-]+\/[a-z0-9-]+$/.test(e.subject) ? (
                <a href={`/m/${e.subject}`}>{e.subject}</a>
              ) : (
                e.subject
              ),
          },
          {
            header: m.audit.detail,
            cell: (e) => (
              <>
                {e.reason === null ? null : <p class="reason">{m.history.reason(e.reason)}</p>}
                <Detail view={view} entry={e} />
              </>
            ),
          },
        ],
      }}
    />
  );
}

export type AuditFilters = Partial<Record<'subject' | 'actor' | 'action' | 'from' | 'to', string>>;

function actionName(m: Messages, action: string): string {
  return m.history.actions[action as keyof Messages['history']['actions']] ?? action;
}
