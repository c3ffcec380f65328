/** A body's page: its meetings, its overdue actions, attendance by group and its document flow. */
import type { GroupParticipation, MeetingListing, OutcomeListing } from '../../../app/ports.js';
import { Layout, Notice } from '../kit/layout.js';
import { Pager, pagingOf, type Paging } from '../kit/lists.js';
import { queryOf, type View } from '../kit/view.js';
import { MeetingTable } from '../meetings/meeting-table.js';
import { ActionList, FlowSection, GroupParticipationSection } from './follow.page.js';

export function BodyPage(
  props: {
    view: View;
    slug: string;
    name: string;
    meetings: MeetingListing[];
    /** The body's actions still open past their due date. */
    overdue: OutcomeListing[];
    today: string;
    participation: GroupParticipation[];
    flow: string[] | null;
    /** The document flow as it was sent, when it was refused, and why. */
    flowRefused?: { error: string; value: string } | undefined;
    notice?: string | undefined;
  } & Paging,
) {
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
      <Pager view={view} {...pagingOf(props)} query={{}} />
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">{m.body.overdue}</h2>
        {props.overdue.length === 0 ? (
          <p class="empty">{m.body.noOverdue}</p>
        ) : (
          <ActionList view={view} actions={props.overdue} today={props.today} />
        )}
      </section>
      <GroupParticipationSection view={view} name={props.name} meetings={props.participation} />
      <FlowSection view={view} slug={props.slug} flow={props.flow} refused={props.flowRefused} />
    </Layout>
  );
}
