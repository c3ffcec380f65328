/** Meetings as a table: date, title, body, the counts of what each decided and assigned. */
import type { MeetingListing } from '../../../app/ports.js';
import { Table, type Column } from '../kit/table.js';
import { dateOf, meetingHref, numberOf, type View } from '../kit/view.js';

export function MeetingTable(props: { view: View; meetings: MeetingListing[]; showBody: boolean }) {
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
