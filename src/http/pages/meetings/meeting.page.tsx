/**
 * A meeting, laid out as its published summary: title block, purpose, topics with their
 * outcomes, and the attendance annex in its groups. Each decision and action carries its kind,
 * its citable identifier and a permalink; the documents it names link to their pages.
 */
import type { MeetingLinks } from '../../../app/meetings.js';
import type { CommentEntry, StoredAuditEntry, StoredMeeting, VersionListing } from '../../../app/ports.js';
import { type Attendance, type MeetingRecord, type Topic } from '../../../domain/record.js';
import { formatInstant, formatTime } from '../../i18n/locale.js';
import type { Difference } from '../../../domain/differences.js';
import { type MeetingState } from '../../../domain/workflow.js';
import { Changes } from '../kit/changes.js';
import { OutcomeItem } from './outcome-item.js';
import { Comments, History, Versions, Workflow } from './trail.js';
import { Layout, Notice, type PageNotice } from '../kit/layout.js';
import { dateOf, meetingHref, type View } from '../kit/view.js';

export function MeetingPage(props: {
  view: View;
  stored: StoredMeeting & { links: MeetingLinks };
  notice?: PageNotice | undefined;
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
            <Changes view={view} differences={props.changedNext} />
          </section>
        )}
      </article>
    </Layout>
  );
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
