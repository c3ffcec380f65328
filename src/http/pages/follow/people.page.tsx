/** People and offices: how often each attended, and one's attendance meeting by meeting. */
import type { MatchProposal, OutcomeListing, PersonListing, PersonRecord } from '../../../app/ports.js';
import { MembershipsSection, type MembershipRefusal } from './follow.page.js';
import { MatchesSection, SpellingsSection } from './matches.page.js';
import { Layout, Notice } from '../kit/layout.js';
import { Table } from '../kit/table.js';
import { ListPage, Pager, pagingOf, type Paging } from '../kit/lists.js';
import { ActionList } from './follow.page.js';
import { dateOf, meetingHref, numberOf, type View } from '../kit/view.js';

export function PeoplePage(
  props: { view: View; text: string | undefined; people: PersonListing[] } & Paging,
) {
  const { view } = props;
  const { m } = view;
  return (
    <ListPage
      view={view}
      title={m.people.title}
      lead={
        view.canRecord ? (
          <p>
            <a href="/matches/people">{m.matches.peopleTitle}</a>
          </p>
        ) : null
      }
      action="/people"
      filters={[{ name: 'text', label: m.people.filter }]}
      query={{ text: props.text }}
      csv="/api/attendance/export.csv"
      page={pagingOf(props)}
      empty={m.registers.none}
      table={{
        caption: m.people.title,
        rows: props.people,
        columns: [
          {
            header: m.people.name,
            cell: (p) => (
              <>
                <a href={`/people/${p.id}`}>{p.name}</a>
                {p.kind === 'office' ? <span class="muted"> ({m.people.office})</span> : null}
              </>
            ),
          },
          ...(['present', 'regrets', 'absent'] as const).map((status) => ({
            header: m.people[status],
            class: 'number',
            headerClass: 'number',
            cell: (p: PersonListing) => numberOf(view, p[status]),
          })),
        ],
      }}
    />
  );
}

export function PersonPage(props: {
  view: View;
  person: PersonRecord;
  /** Which page of the person's attendance is shown. */
  offset: number;
  limit: number;
  actions: OutcomeListing[];
  today: string;
  memberships: Parameters<typeof MembershipsSection>[0]['memberships'];
  bodies: Array<{ slug: string; name: string }>;
  proposals: MatchProposal[];
  spellings: Array<{ key: string; name: string }>;
  membershipRefused?: MembershipRefusal | undefined;
  notice?: string | undefined;
}) {
  const { view, person } = props;
  const { m } = view;
  return (
    <Layout view={view} title={person.name} up={{ href: '/people', text: m.people.title }}>
      <h1>
        {person.name}
        {person.kind === 'office' ? <span class="muted"> ({m.people.office})</span> : null}
      </h1>
      <p class="facts-line">
        {m.people.summary(
          numberOf(view, person.present),
          numberOf(view, person.regrets),
          numberOf(view, person.absent),
        )}
      </p>
      {props.notice === undefined ? null : <Notice kind="success">{props.notice}</Notice>}
      <p>
        <a href={`/people/${person.id}/calendar.ics`}>{m.calendar.subscribe}</a>
      </p>
      <MatchesSection view={view} kind="person" proposals={props.proposals} back={`/people/${person.id}`} />
      <SpellingsSection view={view} kind="person" spellings={props.spellings} back={`/people/${person.id}`} />
      {person.kind === 'person' ? (
        <MembershipsSection
          view={view}
          personId={person.id}
          memberships={props.memberships}
          bodies={props.bodies}
          refused={props.membershipRefused}
        />
      ) : null}
      {props.actions.length === 0 ? null : (
        <>
          <h2>{m.people.actions}</h2>
          <ActionList view={view} actions={props.actions} today={props.today} />
        </>
      )}
      <h2>{m.people.attendance}</h2>
      <Table
        caption={m.people.attendance}
        rows={person.attendance}
        rowClass={(a) => `attendee ${a.status}`}
        columns={[
          {
            header: m.registers.date,
            class: 'date',
            cell: (a) => (a.date === null ? '' : <time datetime={a.date}>{dateOf(view, a.date)}</time>),
          },
          {
            header: m.registers.meeting,
            cell: (a) => (
              <a href={meetingHref(a.meetingId)}>
                {[a.body, a.title].filter(Boolean).join(' — ') || a.meetingId}
              </a>
            ),
          },
          {
            header: m.people.status,
            cell: (a) => (
              <>
                {m.attendanceStatuses[a.status]}
                {a.onBehalfOf === null ? null : (
                  <span class="muted"> ({m.meeting.onBehalfOf(a.onBehalfOf)})</span>
                )}
              </>
            ),
          },
          { header: m.people.group, cell: (a) => a.group ?? '' },
          { header: m.people.role, cell: (a) => a.role ?? '' },
        ]}
      />
      <Pager
        view={view}
        total={person.attendanceTotal}
        offset={props.offset}
        limit={props.limit}
        query={{}}
      />
      {person.representedBy.length === 0 ? null : (
        <>
          <h2>{m.people.representedBy}</h2>
          <ul>
            {person.representedBy.map((r) => (
              <li>
                <a href={meetingHref(r.meetingId)}>{r.date === null ? r.meetingId : dateOf(view, r.date)}</a>:{' '}
                <a href={`/people/${r.personId}`}>{r.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
