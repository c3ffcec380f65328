/** The audit trail for administrators: every change, sign-in and token use, newest first. */
import type { Hono } from 'hono';
import { auditTrail } from '../../app/audit.js';
import type { MeetingStore, StoredAuditEntry } from '../../app/ports.js';
import { formatInstant } from '../i18n/locale.js';
import type { Messages } from '../i18n/en.js';
import type { AppEnv } from '../env.js';
import { Layout } from './layout.js';
import { Pager } from './lists.page.js';
import { render } from './routes.js';
import { numberOf, viewOf, type View } from './view.js';

const LIMIT = 100;

function detailOf(entry: StoredAuditEntry): string {
  const text = JSON.stringify(entry.detail);
  return text === '{}' || text === 'null' ? '' : text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

export function AuditPage(props: {
  view: View;
  entries: StoredAuditEntry[];
  total: number;
  offset: number;
  subject: string | undefined;
}) {
  const { view } = props;
  const { m } = view;
  return (
    <Layout view={view} title={m.audit.title}>
      <h1>{m.audit.title}</h1>
      <p class="intro">{m.audit.intro}</p>
      <p>
        <a class="button" href="/api/audit/export.csv">
          {m.audit.exportCsv}
        </a>{' '}
        <a class="button" href="/api/audit/export.json">
          {m.audit.exportJson}
        </a>
      </p>
      <form class="filters" method="get" action="/admin/audit">
        <div class="field">
          <label for="f-subject">{m.audit.subject}</label>
          <input id="f-subject" name="subject" type="text" value={props.subject ?? ''} />
        </div>
        <button type="submit">{m.registers.filter}</button>
      </form>
      <p class="count">{m.registers.results(props.total, numberOf(view, props.total))}</p>
      <table class="list audit">
        <caption class="visually-hidden">{m.audit.title}</caption>
        <thead>
          <tr>
            <th scope="col">{m.audit.when}</th>
            <th scope="col">{m.audit.who}</th>
            <th scope="col">{m.audit.what}</th>
            <th scope="col">{m.audit.subject}</th>
            <th scope="col">{m.audit.detail}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr>
              <td class="date">
                <time datetime={e.at}>{formatInstant(view.locale, e.at)}</time>
              </td>
              <td>{e.actor}</td>
              <td>{m.history.actions[e.action as keyof Messages['history']['actions']] ?? e.action}</td>
              <td>
                {e.subject === null ? (
                  ''
                ) : /^[a-z0-9-]+\/[a-z0-9-]+$/.test(e.subject) ? (
                  <a href={`/m/${e.subject}`}>{e.subject}</a>
                ) : (
                  e.subject
                )}
              </td>
              <td>
                {e.reason === null ? null : <p class="reason">{m.history.reason(e.reason)}</p>}
                <code class="detail">{detailOf(e)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        view={view}
        total={props.total}
        offset={props.offset}
        limit={LIMIT}
        query={{ subject: props.subject }}
      />
    </Layout>
  );
}

export function auditPageRoutes(app: Hono<AppEnv>, store: MeetingStore): void {
  app.get('/admin/audit', async (c) => {
    const subject = c.req.query('subject')?.trim() || undefined;
    const offset = Math.max(Number(c.req.query('offset') ?? 0) || 0, 0);
    const { entries, total } = await auditTrail(store, c.get('user'), { subject, limit: LIMIT, offset });
    return render(
      c,
      <AuditPage view={viewOf(c)} entries={entries} total={total} offset={offset} subject={subject} />,
    );
  });
}
