/** The start page (bodies and recent meetings), a body's meetings, and paging shared by lists. */
import type { BodyListing, GroupParticipation, MeetingListing, OutcomeListing } from '../../app/ports.js';
import { FlowSection, GroupParticipationSection } from './follow.page.js';
import { isOverdue } from './meeting.page.js';
import { Layout, Notice } from './layout.js';
import { Table, type Column } from './table.js';
import { dateOf, meetingHref, numberOf, outcomeHref, queryOf, type View } from './view.js';

export function HomePage(props: {
  view: View;
  bodies: BodyListing[];
  meetings: MeetingListing[];
  total: number;
  offset: number;
  limit: number;
}) {
  const { view } = props;
  const { m } = view;
  return (
    <Layout view={view} title={m.home.title}>
      <h1>{m.home.title}</h1>
      {props.total === 0 ? (
        <p class="empty">
          {m.home.empty}{' '}
          {view.canRecord ? (
            <>
              <a href="/import">{m.nav.import}</a> · <a href="/new">{m.nav.newMeeting}</a>
            </>
          ) : null}
        </p>
      ) : (
        <>
          <section aria-labelledby="bodies-heading">
            <h2 id="bodies-heading">{m.home.bodies}</h2>
            <ul class="bodies">
              {props.bodies.map((body) => (
                <li>
                  <a href={`/bodies/${body.slug}`}>{body.name}</a>{' '}
                  <span class="muted">
                    {m.home.bodyFacts(
                      body.meetings,
                      numberOf(view, body.meetings),
                      dateOf(view, body.latest),
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading">{m.home.recent}</h2>
            <MeetingTable view={view} meetings={props.meetings} showBody />
            <Pager view={view} total={props.total} offset={props.offset} limit={props.limit} query={{}} />
          </section>
        </>
      )}
    </Layout>
  );
}

export function BodyPage(props: {
  view: View;
  slug: string;
  name: string;
  meetings: MeetingListing[];
  total: number;
  offset: number;
  limit: number;
  /** The body's actions still open past their due date. */
  overdue: OutcomeListing[];
  today: string;
  participation: GroupParticipation[];
  flow: string[] | null;
  flowError?: string | undefined;
  flowValue?: string | undefined;
  notice?: string | undefined;
}) {
  const { view } = props;
  const { m } = view;
  return (
    <Layout view={view} title={m.body.meetings(props.name)}>
      <h1>{m.body.meetings(props.name)}</h1>
      {props.notice === undefined ? null : <Notice kind="success">{props.notice}</Notice>}
      <p class="tools-line">
        {view.canRecord ? (
          <a class="button" href={`/new${queryOf({ body: props.slug })}`}>
            {m.body.newMeeting}
          </a>
        ) : null}{' '}
        <a href={`/bodies/${props.slug}/calendar.ics`}>{m.calendar.subscribe}</a>
      </p>
      <MeetingTable view={view} meetings={props.meetings} showBody={false} />
      <Pager view={view} total={props.total} offset={props.offset} limit={props.limit} query={{}} />
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">{m.body.overdue}</h2>
        {props.overdue.length === 0 ? (
          <p class="empty">{m.body.noOverdue}</p>
        ) : (
          <ActionList view={view} actions={props.overdue} today={props.today} />
        )}
      </section>
      <GroupParticipationSection view={view} name={props.name} meetings={props.participation} />
      <FlowSection
        view={view}
        slug={props.slug}
        flow={props.flow}
        error={props.flowError}
        value={props.flowValue}
      />
    </Layout>
  );
}

/** Actions in a short list: text with its permalink, owner, due date (marked when overdue), status. */
export function ActionList(props: { view: View; actions: OutcomeListing[]; today: string }) {
  const { view } = props;
  const { m } = view;
  return (
    <ul class="action-list">
      {props.actions.map((a) => (
        <li class={isOverdue(a, props.today) ? 'is-overdue' : undefined}>
          {a.text}{' '}
          <a class="cite" href={outcomeHref(a.id)}>
            {a.id}
          </a>
          <div class="muted">
            {m.meeting.owner}: {a.owner ?? m.meeting.ownerBody}
            {a.due === null ? null : (
              <>
                {' · '}
                {m.meeting.due}: <time datetime={a.due}>{dateOf(view, a.due)}</time>
                {isOverdue(a, props.today) ? <span class="overdue"> {m.registers.overdueMark}</span> : null}
              </>
            )}
            {' · '}
            {m.statuses[a.status ?? 'open']}
          </div>
        </li>
      ))}
    </ul>
  );
}

function MeetingTable(props: { view: View; meetings: MeetingListing[]; showBody: boolean }) {
  const { view } = props;
  const { m } = view;
  if (props.meetings.length === 0) return <p class="empty">{m.registers.none}</p>;
  const figure = (header: string, of: (meeting: MeetingListing) => number): Column<MeetingListing> => ({
    header,
    class: 'number',
    headerClass: 'number',
    cell: (meeting) => numberOf(view, of(meeting)),
  });
  return (
    <Table
      caption={m.home.recent}
      rows={props.meetings}
      columns={[
        {
          header: m.registers.date,
          class: 'date',
          cell: (meeting) =>
            meeting.date === null ? '' : <time datetime={meeting.date}>{dateOf(view, meeting.date)}</time>,
        },
        ...(props.showBody
          ? [{ header: m.registers.body, cell: (meeting: MeetingListing) => meeting.body ?? '' }]
          : []),
        {
          header: m.registers.meeting,
          cell: (meeting) => (
            <>
              <a href={meetingHref(meeting.id)}>{meeting.title ?? meeting.id}</a>
              {meeting.invented ? (
                <>
                  {' '}
                  <span class="invented-mark">{m.example.inventedMark}</span>
                </>
              ) : null}
              {meeting.status === 'held' ? null : (
                <span class="muted">
                  {' '}
                  ({m.home.meetingStatus[meeting.status as 'scheduled' | 'cancelled'] ?? meeting.status})
                </span>
              )}
            </>
          ),
        },
        figure(m.home.decisions, (meeting) => meeting.decisions),
        figure(m.home.actions, (meeting) => meeting.actions),
        figure(m.home.present, (meeting) => meeting.present),
      ]}
    />
  );
}

/** A link to every row of a register as CSV, with the filters the page shows. */
export function CsvLink(props: {
  view: View;
  path: string;
  query: Record<string, string | number | boolean | undefined | null>;
}) {
  return (
    <p class="download">
      <a href={`${props.path}${queryOf(props.query)}`} download>
        {props.view.m.registers.csv}
      </a>
    </p>
  );
}

/** Previous and next links for a list shown a page at a time. */
export function Pager(props: {
  view: View;
  total: number;
  offset: number;
  limit: number;
  query: Record<string, string | number | boolean | undefined | null>;
}) {
  const { view } = props;
  const { m } = view;
  const { total, offset, limit } = props;
  if (total <= limit && offset === 0) return null;
  const first = Math.min(offset + 1, total);
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label={m.registers.pages}>
      {offset > 0 ? (
        <a rel="prev" href={queryOf({ ...props.query, offset: Math.max(offset - limit, 0) }) || '?'}>
          {m.registers.previous}
        </a>
      ) : null}
      <span>{m.registers.range(numberOf(view, first), numberOf(view, last), numberOf(view, total))}</span>
      {last < total ? (
        <a rel="next" href={queryOf({ ...props.query, offset: offset + limit })}>
          {m.registers.next}
        </a>
      ) : null}
    </nav>
  );
}
