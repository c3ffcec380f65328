/**
 * One decision, action or note as a meeting's page and the registers show it: its kind, its
 * text with the documents it names linked, its citable identifier, its owner and due day (marked
 * when overdue), and for those who may, the form that sets an action's status.
 */
import type { Child } from 'hono/jsx';
import { maySetActionStatus } from '../../../app/access.js';
import { outcomeCite } from '../../../domain/ids.js';
import { ACTION_STATUSES, type Outcome } from '../../../domain/record.js';
import { Csrf } from '../kit/layout.js';
import { dateOf, outcomeHref, type View } from '../kit/view.js';

/** One outcome: its kind, its words with the documents it names linked, and for an action its owner, due date and status. */
export function OutcomeItem(props: {
  view: View;
  meetingId: string;
  outcome: Outcome;
  documents: Array<{ id: number; title: string }>;
  today: string;
  as?: 'li' | 'div';
  /** An earlier version: nothing in it can be changed. */
  readOnly?: boolean | undefined;
  /** The owner a later meeting named, and when: shown in place of the one this meeting gave. */
  namedLater?: { owner: string; date: string | null } | undefined;
}) {
  const { view, outcome } = props;
  const { m } = view;
  const cite = outcomeCite(props.meetingId, outcome.id);
  const overdue = isOverdue(outcome, props.today);
  const content = (
    <>
      <span class={`kind ${outcome.kind}`}>{m.kinds[outcome.kind]}</span>{' '}
      <span class="text">{linkDocuments(outcome.text, props.documents)}</span>{' '}
      <a class="cite" href={outcomeHref(cite)} aria-label={m.meeting.permalinkOf(cite)}>
        {cite}
      </a>
      {outcome.kind === 'action' ? (
        <div class="action-facts">
          <dl>
            <div>
              <dt>{m.meeting.owner}</dt>
              <dd>
                {props.namedLater === undefined
                  ? (outcome.owner ?? m.meeting.ownerBody)
                  : `${props.namedLater.owner} ${m.outcome.namedAt(dateOf(view, props.namedLater.date))}`}
              </dd>
            </div>
            {outcome.due === null && outcome.dueText === null ? null : (
              <div>
                <dt>{m.meeting.due}</dt>
                <dd>
                  {outcome.due === null ? (
                    outcome.dueText
                  ) : (
                    <time datetime={outcome.due}>{dateOf(view, outcome.due)}</time>
                  )}
                  {overdue ? <span class="overdue"> {m.registers.overdueMark}</span> : null}
                </dd>
              </div>
            )}
            <div>
              <dt>{m.meeting.status}</dt>
              <dd class={`status ${(outcome.status ?? 'open').replace(' ', '-')}`}>
                {m.statuses[outcome.status ?? 'open']}
              </dd>
            </div>
          </dl>
          {!props.readOnly && maySetActionStatus(view.user, outcome.owner) ? (
            <StatusForm view={view} cite={cite} outcome={outcome} />
          ) : null}
        </div>
      ) : null}
    </>
  );
  const attributes = { id: outcome.id, class: `outcome ${outcome.kind}${overdue ? ' is-overdue' : ''}` };
  return props.as === 'div' ? <div {...attributes}>{content}</div> : <li {...attributes}>{content}</li>;
}

/** Sets an action's status on the meeting as it is now stored. */
export function StatusForm(props: {
  view: View;
  cite: string;
  outcome: Pick<Outcome, 'status'>;
  back?: string;
}) {
  const { m } = props.view;
  const fieldId = `status-${props.cite.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <form class="status-form" method="post" action={`${outcomeHref(props.cite)}/status`}>
      <label for={fieldId} class="visually-hidden">
        {m.meeting.setStatus(props.cite)}
      </label>
      <select id={fieldId} name="status">
        {ACTION_STATUSES.map((status) => (
          <option value={status} selected={(props.outcome.status ?? 'open') === status}>
            {m.statuses[status]}
          </option>
        ))}
      </select>
      <Csrf view={props.view} />
      {props.back === undefined ? null : <input type="hidden" name="back" value={props.back} />}
      <button type="submit">{m.meeting.setStatusButton}</button>
    </form>
  );
}

export function isOverdue(outcome: Pick<Outcome, 'kind' | 'due' | 'status'>, today: string): boolean {
  return (
    outcome.kind === 'action' &&
    outcome.due !== null &&
    outcome.due < today &&
    (outcome.status === null || outcome.status === 'open' || outcome.status === 'in progress')
  );
}

/** The outcome's words, each document title it names made a link to that document. */
function linkDocuments(text: string, documents: Array<{ id: number; title: string }>): Child[] {
  const parts: Child[] = [];
  let rest = text;
  for (;;) {
    let first: { at: number; document: { id: number; title: string } } | null = null;
    for (const document of documents) {
      const at = rest.indexOf(document.title);
      if (at !== -1 && (first === null || at < first.at)) first = { at, document };
    }
    if (first === null) break;
    parts.push(rest.slice(0, first.at));
    parts.push(<a href={`/documents/${first.document.id}`}>{first.document.title}</a>);
    rest = rest.slice(first.at + first.document.title.length);
  }
  parts.push(rest);
  return parts;
}
