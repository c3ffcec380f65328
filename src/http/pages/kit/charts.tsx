/**
 * Charts as inline SVG, drawn in the text colour only: every status has its own shape and every
 * bar its number, so they read the same in print, in high contrast and without colour. Each
 * mark carries a <title> with what it shows, and links to its meeting: a chart is a labelled
 * group of links, so a keyboard or a screen reader reaches every mark with its words.
 */
import type { GroupParticipation } from '../../../app/ports.js';
import type { ParticipationStatus } from '../../../domain/participation.js';
import { PARTICIPATION_STATUSES } from '../../../domain/participation.js';
import type { Child } from 'hono/jsx';
import { dateOf, meetingHref, numberOf, axisDateOf, type View } from './view.js';

/** A chart's drawing, named for screen readers by its label. */
function ChartFrame(props: { label: string; width: number; height: number; class: string; children: Child }) {
  const { label, width, height } = props;
  return (
    <div class="chart">
      <svg
        role="group"
        aria-label={label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        class={props.class}
      >
        <title>{label}</title>
        {props.children}
      </svg>
    </div>
  );
}

/** The most meetings a chart draws: the latest ones. */
export const CHART_MEETINGS = 24;

const R = 8;

/** The mark of one participation status, centred on (x, y). */
function StatusMark(props: { status: ParticipationStatus; x: number; y: number }) {
  const { x, y } = props;
  switch (props.status) {
    case 'present':
      return <circle cx={x} cy={y} r={R} fill="currentColor" />;
    case 'represented':
      return (
        <g>
          <circle cx={x} cy={y} r={R} fill="none" stroke="currentColor" stroke-width="2" />
          <path d={`M${x},${y - R} A${R},${R} 0 0 0 ${x},${y + R} Z`} fill="currentColor" />
        </g>
      );
    case 'regrets':
      return <circle cx={x} cy={y} r={R} fill="none" stroke="currentColor" stroke-width="2" />;
    case 'absent':
      return (
        <path
          d={`M${x - R},${y - R} L${x + R},${y + R} M${x + R},${y - R} L${x - R},${y + R}`}
          stroke="currentColor"
          stroke-width="2.5"
        />
      );
    case 'not recorded':
      return (
        <path
          d={`M${x - R},${y} L${x + R},${y}`}
          stroke="currentColor"
          stroke-width="2"
          stroke-dasharray="3 3"
        />
      );
  }
}

/** A date under a chart's column: day and month, and the year where it changes. */
function AxisDate(props: { view: View; x: number; y: number; date: string; previous: string | null }) {
  const { dayMonth, year } = axisDateOf(props.view, props.date);
  const showYear = props.previous === null || props.previous.slice(0, 4) !== props.date.slice(0, 4);
  return (
    <text x={props.x} y={props.y} text-anchor="middle" font-size="11" fill="currentColor">
      {dayMonth}
      {showYear ? (
        <tspan x={props.x} dy="13">
          {year}
        </tspan>
      ) : null}
    </text>
  );
}

/** The key to the marks: each shape with its name. */
export function StatusKey(props: { view: View }) {
  const { m } = props.view;
  return (
    <ul class="chart-key" aria-label={m.members.legend}>
      {PARTICIPATION_STATUSES.map((status) => (
        <li>
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <StatusMark status={status} x={10} y={10} />
          </svg>{' '}
          {m.members.statuses[status]}
        </li>
      ))}
    </ul>
  );
}

/** A member's participation, meeting by meeting along the term, oldest first. */
export function ParticipationChart(props: {
  view: View;
  label: string;
  meetings: Array<{ meetingId: string; date: string; status: ParticipationStatus }>;
}) {
  const { view } = props;
  const shown = props.meetings.slice(-CHART_MEETINGS);
  const step = 64;
  const width = Math.max(shown.length * step, step);
  return (
    <ChartFrame label={props.label} width={width} height={76} class="participation-chart">
      {shown.map((meeting, i) => {
        const x = i * step + step / 2;
        return (
          <a href={meetingHref(meeting.meetingId)}>
            <title>{`${dateOf(view, meeting.date)}: ${view.m.members.statuses[meeting.status]}`}</title>
            <StatusMark status={meeting.status} x={x} y={20} />
            <AxisDate view={view} x={x} y={50} date={meeting.date} previous={shown[i - 1]?.date ?? null} />
          </a>
        );
      })}
    </ChartFrame>
  );
}

/**
 * A body's attendance by group: one row of bars per group heading (people present at each
 * meeting, the number above each bar), and a row of hollow bars for regrets and absences.
 */
export function GroupChart(props: { view: View; label: string; meetings: GroupParticipation[] }) {
  const { view } = props;
  const { m } = view;
  const shown = props.meetings.slice(-CHART_MEETINGS);
  // Groups that had someone present, in the order the summaries list them.
  const groups: Array<string | null> = [];
  for (const meeting of shown)
    for (const g of meeting.groups) if (g.present > 0 && !groups.includes(g.group)) groups.push(g.group);
  const rows = [
    ...groups.map((group) => ({
      label: group ?? m.participation.noGroup,
      hollow: false,
      values: shown.map((meeting) => meeting.groups.find((g) => g.group === group)?.present ?? 0),
    })),
    {
      label: m.participation.away,
      hollow: true,
      values: shown.map((meeting) => meeting.groups.reduce((n, g) => n + g.regrets + g.absent, 0)),
    },
  ];
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const step = 64;
  const bar = 28;
  const rowHeight = 74;
  const barTop = 34;
  const barSpace = 32;
  // Wide enough for the longest group heading, written in full above its row.
  const width = Math.max(shown.length * step, 320, ...rows.map((r) => r.label.length * 7.5 + 8));
  const height = rows.length * rowHeight + 36;
  return (
    <ChartFrame label={props.label} width={width} height={height} class="group-chart">
      {rows.map((row, r) => {
        const top = r * rowHeight;
        return (
          <g>
            <text x={0} y={top + 14} font-size="12" font-weight="600" fill="currentColor">
              {row.label}
            </text>
            <line
              x1={0}
              x2={width}
              y1={top + barTop + barSpace}
              y2={top + barTop + barSpace}
              stroke="currentColor"
              stroke-width="1"
            />
            {row.values.map((value, i) => {
              const h = Math.round((value / max) * barSpace);
              const x = i * step + (step - bar) / 2;
              const meeting = shown[i]!;
              return (
                <a href={meetingHref(meeting.meetingId)}>
                  <title>{`${row.label}, ${dateOf(view, meeting.date)}: ${numberOf(view, value)}`}</title>
                  <rect
                    x={x}
                    y={top + barTop + barSpace - h}
                    width={bar}
                    height={h}
                    fill={row.hollow ? 'none' : 'currentColor'}
                    stroke="currentColor"
                    stroke-width={row.hollow ? 1.5 : 0}
                  />
                  <text
                    x={x + bar / 2}
                    y={top + barTop + barSpace - h - 4}
                    text-anchor="middle"
                    font-size="11"
                    fill="currentColor"
                  >
                    {numberOf(view, value)}
                  </text>
                </a>
              );
            })}
          </g>
        );
      })}
      {shown.map((meeting, i) =>
        meeting.date === null ? null : (
          <AxisDate
            view={view}
            x={i * step + step / 2}
            y={height - 22}
            date={meeting.date}
            previous={shown[i - 1]?.date ?? null}
          />
        ),
      )}
    </ChartFrame>
  );
}
