/**
 * A meeting, laid out as its published summary: title block, purpose, topics with their
 * outcomes, and the attendance annex in its groups. Each decision and action carries its kind,
 * its citable identifier and a permalink; the documents it names link to their pages.
 */
import type { Child } from 'hono/jsx';
import type { MeetingLinks } from '../../app/meetings.js';
import type { CommentEntry, StoredAuditEntry, StoredMeeting, VersionListing } from '../../app/ports.js';
import { outcomeCite } from '../../domain/ids.js';
import {
  ACTION_STATUSES,
  type Attendance,
  type MeetingRecord,
  type Outcome,
  type Topic,
} from '../../domain/record.js';
import { formatInstant, formatTime } from '../i18n/locale.js';
import type { Messages } from '../i18n/en.js';
import type { Difference } from '../../domain/differences.js';
import { TRANSITION_ACTIONS, type MeetingState } from '../../domain/workflow.js';
import { Csrf, Layout, Notice } from './layout.js';
import { maySetActionStatus } from '../../app/access.js';
import { dateOf, meetingHref, outcomeHref, type View } from './view.js';

export interface MeetingNotice {
  kind: 'success' | 'error';
  text: string;
}

export function MeetingPage(props: {
  view: View;
  stored: StoredMeeting & { links: MeetingLinks };
  notice?: MeetingNotice | undefined;
  today: string;
  /** The states this reader may move the meeting to. */
  next: MeetingState[];
  history: StoredAuditEntry[];
  versions: VersionListing[];
  comments: CommentEntry[];
  /** Whether the reader may comment now (a circulated draft, of their body). */
  canComment: boolean;
}) {
  const { view, stored } = props;
  const { m } = view;
  const { record } = stored;
  const id = record.meeting.id!;
  return (
    <Layout view={view} title={meetingTitle(view, record)}>
      <article class="meeting">
        {stored.invented ? (
          <Notice kind="info">{m.example.invented}</Notice>
        ) : stored.example ? (
          <Notice kind="info">{m.example.banner}</Notice>
        ) : null}
        {props.notice === undefined ? null : <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
        <TitleBlock view={view} record={record} />
        <MeetingTools view={view} id={id} version={stored.version} record={record} />
        <Workflow view={view} id={id} state={stored.state} next={props.next} />
        {record.meeting.status === 'cancelled' ? <p class="cancelled">{m.meeting.cancelled}</p> : null}
        {record.meeting.purpose === null ? null : <p class="purpose">{record.meeting.purpose}</p>}
        <section aria-labelledby="outcomes-heading">
          <h2 id="outcomes-heading">{m.meeting.outcomesHeading}</h2>
          {record.topics.length === 0 ? (
            <p class="empty">{m.meeting.noTopics}</p>
          ) : (
            <ul class="topics">
              {record.topics.map((topic) => (
                <TopicItem
                  view={view}
                  meetingId={id}
                  topic={topic}
                  links={stored.links}
                  today={props.today}
                />
              ))}
            </ul>
          )}
        </section>
        <DocumentsOf view={view} record={record} links={stored.links} />
        <AttendanceAnnex view={view} attendance={record.attendance} people={stored.links.people} />
        <Comments
          view={view}
          id={id}
          comments={props.comments}
          canComment={props.canComment}
          version={stored.version}
        />
        <Versions view={view} id={id} versions={props.versions} />
        <History view={view} entries={props.history} />
      </article>
    </Layout>
  );
}

/** The comments on a circulated draft, each with the version it was made on; and the form to add one. */
function Comments(props: {
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
          <div class="field">
            <label for="comment-text">{m.comments.label(props.version)}</label>
            <textarea id="comment-text" name="text" rows={3} required maxlength={4000}></textarea>
          </div>
          <button type="submit">{m.comments.submit}</button>
        </form>
      ) : null}
    </section>
  );
}

/** The meeting's versions, each with a link to read it. */
function Versions(props: { view: View; id: string; versions: VersionListing[] }) {
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

/** An earlier version of a meeting, as it read then, with what the next version changed. */
export function VersionPage(props: {
  view: View;
  id: string;
  record: MeetingRecord;
  listing: VersionListing;
  changedNext: Difference[];
  today: string;
}) {
  const { view, record } = props;
  const { m } = view;
  const noLinks: MeetingLinks = { documents: new Map(), people: [] };
  return (
    <Layout
      view={view}
      title={`${m.versions.version(props.listing.version)} · ${meetingTitle(view, record)}`}
    >
      <article class="meeting">
        <Notice kind="info">
          <p>
            {m.versions.earlier(props.listing.version)}{' '}
            <time datetime={props.listing.savedAt}>{formatInstant(view.locale, props.listing.savedAt)}</time>.{' '}
            <a href={meetingHref(props.id)}>{m.versions.toCurrent}</a>
          </p>
        </Notice>
        <TitleBlock view={view} record={record} />
        {record.meeting.purpose === null ? null : <p class="purpose">{record.meeting.purpose}</p>}
        <section aria-labelledby="outcomes-heading">
          <h2 id="outcomes-heading">{m.meeting.outcomesHeading}</h2>
          <ul class="topics">
            {record.topics.map((topic) => (
              <TopicItem
                view={view}
                meetingId={props.id}
                topic={topic}
                links={noLinks}
                today={props.today}
                readOnly
              />
            ))}
          </ul>
        </section>
        <AttendanceAnnex view={view} attendance={record.attendance} people={[]} />
        {props.changedNext.length === 0 ? null : (
          <section aria-labelledby="changed-heading" class="history">
            <h2 id="changed-heading">{m.versions.changedNext(props.listing.version + 1)}</h2>
            <ul class="changes">
              {props.changedNext.map((d) => (
                <li>
                  {m.edit.subject(d.subject)}: <del>{d.saved ?? '—'}</del> → <ins>{d.yours ?? '—'}</ins>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </Layout>
  );
}

/** Where the summary is in its workflow, who may see it, and the steps this reader may take. */
function Workflow(props: { view: View; id: string; state: MeetingState; next: MeetingState[] }) {
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

function History(props: { view: View; entries: StoredAuditEntry[] }) {
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

/** What a change did, field by field: each value before and after. */
export function Changes(props: { view: View; differences: Difference[] }) {
  const { m } = props.view;
  if (props.differences.length === 0) return null;
  return (
    <ul class="changes">
      {props.differences.map((d) => (
        <li>
          {m.edit.subject(d.subject)}: <del>{d.saved ?? '—'}</del> → <ins>{d.yours ?? '—'}</ins>
        </li>
      ))}
    </ul>
  );
}

/** The field-by-field differences an audit entry of an edit keeps, if any. */
export function differencesOf(detail: unknown): Difference[] {
  if (typeof detail !== 'object' || detail === null || !('differences' in detail)) return [];
  const list = (detail as { differences: unknown }).differences;
  return Array.isArray(list) ? (list as Difference[]) : [];
}

/** "IGF Leadership Panel — Virtual Meeting, 1 November 2024", for the window's title. */
export function meetingTitle(view: View, record: MeetingRecord): string {
  const what = [record.meeting.body, record.meeting.title].filter((x) => x !== null).join(' — ');
  const when = dateOf(view, record.meeting.date);
  return [what || record.meeting.id, when].filter(Boolean).join(', ');
}

function TitleBlock(props: { view: View; record: MeetingRecord }) {
  const { view } = props;
  const meeting = props.record.meeting;
  const lines = [meeting.body, meeting.title].filter((x): x is string => x !== null && x !== '');
  return (
    <header class="title-block">
      <h1>
        {lines.map((line, i) => (
          <span class={i === 0 ? 'body-name' : 'meeting-title'}>{line}</span>
        ))}
      </h1>
      <p class="when">
        {meeting.date === null ? (
          meeting.dateText
        ) : (
          <time datetime={meeting.date}>{dateOf(view, meeting.date)}</time>
        )}
        {meeting.endDate === null ? null : (
          <>
            {' – '}
            <time datetime={meeting.endDate}>{dateOf(view, meeting.endDate)}</time>
          </>
        )}
        {meeting.start === null ? null : (
          <>
            {' | '}
            <time datetime={meeting.start}>{formatTime(view.locale, meeting.start)}</time>
            {meeting.end === null ? null : (
              <>
                {'–'}
                <time datetime={meeting.end}>{formatTime(view.locale, meeting.end)}</time>
              </>
            )}{' '}
            {view.m.meeting.utc}
            <span
              class="local-time"
              data-start={meeting.start}
              data-end={meeting.end ?? undefined}
              data-label={view.m.meeting.yourTime}
            ></span>
          </>
        )}
      </p>
      {meeting.venue === null ? null : <p class="venue">{meeting.venue}</p>}
    </header>
  );
}

function MeetingTools(props: { view: View; id: string; version: number; record: MeetingRecord }) {
  const { m } = props.view;
  const base = meetingHref(props.id);
  const warnings = props.record.warnings.length;
  return (
    <nav class="tools" aria-label={m.meeting.tools}>
      <span class="cite" title={m.meeting.citeTitle}>
        {props.id}
      </span>
      <span class="version">{m.meeting.version(props.version)}</span>
      {props.view.canRecord ? <a href={`${base}/edit`}>{m.meeting.edit}</a> : null}
      {props.record.source === null ? null : (
        <a href={`${base}/source`}>
          {warnings === 0 ? m.meeting.source : m.meeting.sourceWithWarnings(warnings)}
        </a>
      )}
      <a href={`/api/meetings/${props.id}/summary.md`}>{m.meeting.exportMarkdown}</a>
      <a href={`/api/meetings/${props.id}`}>{m.meeting.exportJson}</a>
    </nav>
  );
}

function TopicItem(props: {
  view: View;
  meetingId: string;
  topic: Topic;
  links: MeetingLinks;
  today: string;
  readOnly?: boolean;
}) {
  return (
    <li class={props.topic.title === null ? 'topic untitled' : 'topic'}>
      {props.topic.title === null ? null : <strong class="topic-title">{props.topic.title}:</strong>}
      {props.topic.outcomes.length === 0 ? null : (
        <ul class="outcomes">
          {props.topic.outcomes.map((outcome) => (
            <OutcomeItem
              view={props.view}
              meetingId={props.meetingId}
              outcome={outcome}
              documents={props.links.documents.get(outcome.id) ?? []}
              today={props.today}
              readOnly={props.readOnly}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

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

function DocumentsOf(props: { view: View; record: MeetingRecord; links: MeetingLinks }) {
  const { m } = props.view;
  if (props.record.documents.length === 0) return null;
  const ids = new Map([...props.links.documents.values()].flat().map((d) => [d.title, d.id]));
  return (
    <section aria-labelledby="documents-heading" class="documents">
      <h2 id="documents-heading">{m.meeting.documents}</h2>
      <ul>
        {props.record.documents.map((document) => {
          const id = ids.get(document.title);
          return (
            <li>
              {id === undefined ? document.title : <a href={`/documents/${id}`}>{document.title}</a>}
              {document.state === null ? null : (
                <span class={`state ${document.state.replace(' ', '-')}`}>
                  {m.documentStates[document.state]}
                </span>
              )}
              {document.author === null ? null : (
                <span class="author">{m.meeting.documentBy(document.author)}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The annex: attendance in its groups, in the order the summary gave them. */
function AttendanceAnnex(props: { view: View; attendance: Attendance[]; people: number[] }) {
  const { m } = props.view;
  if (props.attendance.length === 0) return null;
  const runs: Array<{ group: string | null; entries: Array<{ entry: Attendance; index: number }> }> = [];
  props.attendance.forEach((entry, index) => {
    const last = runs.at(-1);
    if (last !== undefined && last.group === entry.group) last.entries.push({ entry, index });
    else runs.push({ group: entry.group, entries: [{ entry, index }] });
  });
  return (
    <section aria-labelledby="attendance-heading" class="attendance">
      <h2 id="attendance-heading">{m.meeting.attendance}</h2>
      {runs.map((run) => (
        <>
          {run.group === null ? null : <h3>{run.group}</h3>}
          <ul class="names">
            {run.entries.map(({ entry, index }) => (
              <li class={`attendee ${entry.status}`}>
                <AttendeeName view={props.view} entry={entry} personId={props.people[index]} />
              </li>
            ))}
          </ul>
        </>
      ))}
    </section>
  );
}

function AttendeeName(props: { view: View; entry: Attendance; personId: number | undefined }) {
  const { m } = props.view;
  const { entry } = props;
  const name = [entry.honorific, entry.name].filter(Boolean).join(' ');
  const notes: string[] = [];
  const groupSaysRegrets = /regret|apolog|excus/i.test(entry.group ?? '');
  if (entry.status === 'regrets' && !groupSaysRegrets) notes.push(m.meeting.regrets);
  if (entry.status === 'absent') notes.push(m.meeting.absent);
  if (entry.onBehalfOf !== null && !entry.name.includes(entry.onBehalfOf))
    notes.push(m.meeting.onBehalfOf(entry.onBehalfOf));
  if (entry.remote === true) notes.push(m.meeting.remote);
  if (entry.note !== null) notes.push(entry.note);
  return (
    <>
      {props.personId === undefined ? name : <a href={`/people/${props.personId}`}>{name}</a>}
      {entry.role === null ? null : `, ${entry.role}`}
      {notes.length === 0 ? null : <span class="annotation"> ({notes.join('; ')})</span>}
    </>
  );
}
