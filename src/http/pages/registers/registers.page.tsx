/**
 * Registers across meetings: decisions (by body, verb, dates and words), actions (open,
 * overdue, by owner and status) and documents (with their state and the outcomes that named
 * them). Filters are plain GET forms, so every filtered view has an address to share.
 */
import type { BodyListing, DocumentListing, OutcomeListing } from '../../../app/ports.js';
import {
  ACTION_STATUSES,
  DOCUMENT_STATES,
  type ActionStatus,
  type DocumentState,
} from '../../../domain/record.js';
import { bodyFilter, dayFilters } from '../kit/filters.js';
import type { Column } from '../kit/table.js';
import { ListPage, pagingOf, type Paging } from '../kit/lists.js';
import { isOverdue, StatusForm } from '../meetings/outcome-item.js';
import { maySetActionStatus } from '../../../app/access.js';
import { dateOf, meetingHref, numberOf, outcomeHref, type View } from '../kit/view.js';

export interface DecisionFilters {
  body?: string | undefined;
  verb?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  text?: string | undefined;
}

export interface ActionFilters {
  body?: string | undefined;
  owner?: string | undefined;
  status?: ActionStatus | undefined;
  overdue?: boolean | undefined;
  mine?: boolean | undefined;
  text?: string | undefined;
}

/** The column of the meeting an outcome belongs to: its date, linked, and its body. */
function meetingColumn(view: View): Column<OutcomeListing> {
  return {
    header: view.m.registers.meeting,
    cell: (row) => (
      <>
        <a href={meetingHref(row.meetingId)}>{row.date === null ? row.meetingId : dateOf(view, row.date)}</a>
        <div class="muted">{row.body ?? ''}</div>
      </>
    ),
  };
}

/** The outcome's text and its citable identifier, linked. */
function outcomeColumn(view: View): Column<OutcomeListing> {
  return {
    header: view.m.registers.outcome,
    cell: (row) => (
      <>
        {row.text}{' '}
        <a class="cite" href={outcomeHref(row.id)}>
          {row.id}
        </a>
      </>
    ),
  };
}

export function DecisionsPage(
  props: { view: View; bodies: BodyListing[]; filters: DecisionFilters; rows: OutcomeListing[] } & Paging,
) {
  const { view, filters } = props;
  const { m } = view;
  return (
    <ListPage
      view={view}
      title={m.registers.decisions}
      action="/decisions"
      filters={[
        bodyFilter(view, props.bodies),
        { name: 'verb', label: m.registers.verb },
        ...dayFilters(view),
        { name: 'text', label: m.registers.text },
      ]}
      query={{ ...filters }}
      csv="/api/decisions/export.csv"
      page={pagingOf(props)}
      empty={m.registers.none}
      table={{
        class: 'register',
        caption: m.registers.decisions,
        rows: props.rows,
        columns: [
          meetingColumn(view),
          { header: m.registers.topic, cell: (row) => row.topic },
          outcomeColumn(view),
        ],
      }}
    />
  );
}

export function ActionsPage(
  props: {
    view: View;
    bodies: BodyListing[];
    filters: ActionFilters;
    rows: OutcomeListing[];
    today: string;
    back: string;
  } & Paging,
) {
  const { view, filters } = props;
  const { m } = view;
  const statuses = ACTION_STATUSES.map((s) => [s, m.statuses[s]] as const);
  return (
    <ListPage
      view={view}
      title={m.registers.actions}
      action="/actions"
      filters={[
        bodyFilter(view, props.bodies),
        { name: 'owner', label: m.registers.owner },
        { name: 'status', label: m.registers.status, any: m.registers.anyStatus, choices: statuses },
        { name: 'text', label: m.registers.text },
        { name: 'overdue', label: m.registers.overdue, check: true },
        ...(view.user === null ? [] : [{ name: 'mine', label: m.registers.mine, check: true } as const]),
      ]}
      query={{ ...filters }}
      csv="/api/actions/export.csv"
      page={pagingOf(props)}
      empty={m.registers.none}
      table={{
        class: 'register',
        caption: m.registers.actions,
        rows: props.rows,
        rowClass: (row) => (isOverdue(row, props.today) ? 'is-overdue' : undefined),
        columns: [
          meetingColumn(view),
          outcomeColumn(view),
          { header: m.registers.owner, cell: (row) => row.owner ?? m.meeting.ownerBody },
          {
            header: m.registers.due,
            class: 'date',
            cell: (row) => (
              <>
                {row.due === null ? '' : <time datetime={row.due}>{dateOf(view, row.due)}</time>}
                {isOverdue(row, props.today) ? <span class="overdue"> {m.registers.overdueMark}</span> : null}
              </>
            ),
          },
          {
            header: m.registers.status,
            cell: (row) =>
              maySetActionStatus(view.user, row.owner) ? (
                <StatusForm view={view} cite={row.id} outcome={row} back={props.back} />
              ) : (
                m.statuses[row.status ?? 'open']
              ),
          },
        ],
      }}
    />
  );
}

export function DocumentsPage(
  props: {
    view: View;
    filters: { state?: DocumentState | undefined; text?: string | undefined };
    rows: DocumentListing[];
  } & Paging,
) {
  const { view, filters } = props;
  const { m } = view;
  const states = DOCUMENT_STATES.map((s) => [s, m.documentStates[s]] as const);
  return (
    <ListPage
      view={view}
      title={m.registers.documents}
      lead={
        view.canRecord ? (
          <p>
            <a href="/matches/documents">{m.matches.documentsTitle}</a>
          </p>
        ) : null
      }
      action="/documents"
      filters={[
        { name: 'state', label: m.registers.state, any: m.registers.anyState, choices: states },
        { name: 'text', label: m.registers.text },
      ]}
      query={{ ...filters }}
      page={pagingOf(props)}
      empty={m.registers.none}
      table={{
        class: 'register',
        caption: m.registers.documents,
        rows: props.rows,
        columns: [
          {
            header: m.registers.documentTitle,
            cell: (row) => <a href={`/documents/${row.id}`}>{row.title}</a>,
          },
          {
            header: m.registers.state,
            cell: (row) =>
              row.state === null ? (
                ''
              ) : (
                <span class={`state ${row.state.replace(' ', '-')}`}>{m.documentStates[row.state]}</span>
              ),
          },
          { header: m.document.author, cell: (row) => row.author ?? '' },
          {
            header: m.registers.named,
            class: 'number',
            headerClass: 'number',
            cell: (row) => numberOf(view, row.outcomes),
          },
          {
            header: m.registers.latest,
            class: 'date',
            cell: (row) =>
              row.latest === null ? '' : <time datetime={row.latest}>{dateOf(view, row.latest)}</time>,
          },
        ],
      }}
    />
  );
}
