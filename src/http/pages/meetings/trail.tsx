/**
 * What happened to a meeting, below its record: the comments on a circulated draft, the
 * versions saved, the workflow's next steps and the history of its changes.
 */
import { Labelled } from '../kit/fields.js';
import type { CommentEntry, StoredAuditEntry, VersionListing } from '../../../app/ports.js';
import { TRANSITION_ACTIONS, type MeetingState } from '../../../domain/workflow.js';
import type { Messages } from '../../i18n/en.js';
import { formatInstant } from '../../i18n/locale.js';
import { Changes, differencesOf } from '../kit/changes.js';
import { Csrf } from '../kit/layout.js';
import { meetingHref, outcomeHref, type View } from '../kit/view.js';

/** The comments on a circulated draft, each with the version it was made on; and the form to add one. */
export function Comments(props: {
  view: View;
  id: string;
  comments: CommentEntry[];
  canComment: boolean;
  version: number;
}) {
  const { view } = props;
  const { m } = view;
  if (props.comments.length === 0 && !props.canComment) return null;
  return (
    <section aria-labelledby="comments-heading" class="comments">
      <h2 id="comments-heading">{m.comments.title}</h2>
      <p class="hint">{m.comments.confidential}</p>
      {props.comments.length === 0 ? (
        <p class="empty">{m.comments.none}</p>
      ) : (
        <ol>
          {props.comments.map((c) => (
            <li id={`comment-${c.id}`}>
              <p class="comment-head">
                <strong>{c.author}</strong> <time datetime={c.at}>{formatInstant(view.locale, c.at)}</time>{' '}
                <span class="muted">{m.comments.onVersion(c.version)}</span>
              </p>
              <p class="comment-text">{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      {props.canComment ? (
        <form method="post" action={`${meetingHref(props.id)}/comments`} class="comment-form">
          <Csrf view={view} />
          <Labelled for="comment-text" label={m.comments.label(props.version)}>
            <textarea id="comment-text" name="text" rows={3} required maxlength={4000}></textarea>
          </Labelled>
          <button type="submit">{m.comments.submit}</button>
        </form>
      ) : null}
    </section>
  );
}

/** The meeting's versions, each with a link to read it. */
export function Versions(props: { view: View; id: string; versions: VersionListing[] }) {
  const { view } = props;
  const { m } = view;
  if (props.versions.length < 2) return null;
  return (
    <section aria-labelledby="versions-heading" class="versions">
      <h2 id="versions-heading">{m.versions.title}</h2>
      <ol reversed>
        {props.versions.map((v) => (
          <li>
            {v.current ? (
              <strong>{m.versions.current(v.version)}</strong>
            ) : (
              <a href={`${meetingHref(props.id)}/v/${v.version}`}>{m.versions.version(v.version)}</a>
            )}{' '}
            <span class="muted">
              {m.workflow.states[v.state]} ·{' '}
              <time datetime={v.savedAt}>{formatInstant(view.locale, v.savedAt)}</time>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Where the summary is in its workflow, who may see it, and the steps this reader may take. */
export function Workflow(props: { view: View; id: string; state: MeetingState; next: MeetingState[] }) {
  const { m } = props.view;
  if (props.state === 'published' && props.next.length === 0) return null;
  return (
    <div class={`workflow ${props.state}`}>
      <p>
        <span class={`state-badge ${props.state}`}>{m.workflow.states[props.state]}</span>{' '}
        {props.state === 'published' ? null : <span class="confidential">{m.workflow.confidential}</span>}
      </p>
      {props.next.map((to) => (
        <form method="post" action={`${meetingHref(props.id)}/state`} class="transition">
          <Csrf view={props.view} />
          <input type="hidden" name="to" value={to} />
          <button type="submit" class={to === 'published' || to === 'approved' ? 'primary' : undefined}>
            {m.workflow.actions[TRANSITION_ACTIONS[to]]}
          </button>
        </form>
      ))}
    </div>
  );
}

/** What happened to the meeting, and who did it, newest first. */
/** What a status entry changed: which action, from what to what, and the later outcome that said so. */
function StatusStep(props: { view: View; entry: StoredAuditEntry }) {
  if (props.entry.action !== 'status') return null;
  const detail = props.entry.detail as {
    outcome?: unknown;
    before?: unknown;
    after?: unknown;
    via?: unknown;
  };
  if (typeof detail.outcome !== 'string' || typeof detail.after !== 'string') return null;
  const { m } = props.view;
  const before = typeof detail.before === 'string' ? detail.before : null;
  return (
    <p class="reason">
      {m.history.statusStep(detail.outcome, before, detail.after)}
      {typeof detail.via === 'string' ? (
        <>
          {' '}
          {m.history.via} <a href={outcomeHref(detail.via)}>{detail.via}</a>
        </>
      ) : null}
    </p>
  );
}

export function History(props: { view: View; entries: StoredAuditEntry[] }) {
  const { view } = props;
  const { m } = view;
  if (props.entries.length === 0) return null;
  return (
    <section aria-labelledby="history-heading" class="history">
      <h2 id="history-heading">{m.history.title}</h2>
      <ol>
        {props.entries.map((entry) => {
          const differences = differencesOf(entry.detail);
          return (
            <li>
              <time datetime={entry.at}>{formatInstant(view.locale, entry.at)}</time>{' '}
              {m.history.actions[entry.action as keyof Messages['history']['actions']] ?? entry.action}{' '}
              <span class="muted">{m.history.by(entry.actor)}</span>
              {entry.reason === null ? null : <p class="reason">{m.history.reason(entry.reason)}</p>}
              <StatusStep view={view} entry={entry} />
              <Changes view={view} differences={differences} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
