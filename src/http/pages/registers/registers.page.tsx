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
import { BodySelect, Count, FilterForm, TextField } from '../kit/filters.js';
import { Layout } from '../kit/layout.js';
import { Table, type Column } from '../kit/table.js';
import { CsvLink, Pager } from '../kit/lists.js';
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

interface Page {
  total: number;
  offset: number;
  limit: number;
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
  props: { view: View; bodies: BodyListing[]; filters: DecisionFilters; rows: OutcomeListing[] } & Page,
) {
  const { view, filters } = props;
  const { m } = view;
  return (
    <Layout view={view} title={m.registers.decisions}>
      <h1>{m.registers.decisions}</h1>
      <FilterForm view={view} action="/decisions">
        <BodySelect view={view} bodies={props.bodies} value={filters.body} />
        <TextField id="f-verb" name="verb" label={m.registers.verb} value={filters.verb} />
        <TextField id="f-from" name="from" label={m.registers.from} value={filters.from} type="date" />
        <TextField id="f-to" name="to" label={m.registers.to} value={filters.to} type="date" />
        <TextField id="f-text" name="text" label={m.registers.text} value={filters.text} />
      </FilterForm>
      <Count view={view} total={props.total} />
      <CsvLink view={view} path="/api/decisions/export.csv" query={{ ...filters }} />
      {props.rows.length === 0 ? (
        <p class="empty">{m.registers.none}</p>
      ) : (
        <Table
          class="register"
          caption={m.registers.decisions}
          rows={props.rows}
          columns={[
            meetingColumn(view),
            { header: m.registers.topic, cell: (row) => row.topic },
            outcomeColumn(view),
          ]}
        />
      )}
      <Pager
        view={view}
        total={props.total}
        offset={props.offset}
        limit={props.limit}
        query={{ ...filters }}
      />
    </Layout>
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
  } & Page,
) {
  const { view, filters } = props;
  const { m } = view;
  return (
    <Layout view={view} title={m.registers.actions}>
      <h1>{m.registers.actions}</h1>
      <FilterForm view={view} action="/actions">
        <BodySelect view={view} bodies={props.bodies} value={filters.body} />
        <TextField id="f-owner" name="owner" label={m.registers.owner} value={filters.owner} />
        <div class="field">
          <label for="f-status">{m.registers.status}</label>
          <select id="f-status" name="status">
            <option value="">{m.registers.anyStatus}</option>
            {ACTION_STATUSES.map((s) => (
              <option value={s} selected={filters.status === s}>
                {m.statuses[s]}
              </option>
            ))}
          </select>
        </div>
        <TextField id="f-text" name="text" label={m.registers.text} value={filters.text} />
        <div class="field check">
          <input
            id="f-overdue"
            type="checkbox"
            name="overdue"
            value="true"
            checked={filters.overdue === true}
          />
          <label for="f-overdue">{m.registers.overdue}</label>
        </div>
        {view.user === null ? null : (
          <div class="field check">
            <input id="f-mine" type="checkbox" name="mine" value="true" checked={filters.mine === true} />
            <label for="f-mine">{m.registers.mine}</label>
          </div>
        )}
      </FilterForm>
      <Count view={view} total={props.total} />
      <CsvLink view={view} path="/api/actions/export.csv" query={{ ...filters }} />
      {props.rows.length === 0 ? (
        <p class="empty">{m.registers.none}</p>
      ) : (
        <Table
          class="register"
          caption={m.registers.actions}
          rows={props.rows}
          rowClass={(row) => (isOverdue(row, props.today) ? 'is-overdue' : undefined)}
          columns={[
            meetingColumn(view),
            outcomeColumn(view),
            { header: m.registers.owner, cell: (row) => row.owner ?? m.meeting.ownerBody },
            {
              header: m.registers.due,
              class: 'date',
              cell: (row) => (
                <>
                  {row.due === null ? '' : <time datetime={row.due}>{dateOf(view, row.due)}</time>}
                  {isOverdue(row, props.today) ? (
                    <span class="overdue"> {m.registers.overdueMark}</span>
                  ) : null}
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
          ]}
        />
      )}
      <Pager
        view={view}
        total={props.total}
        offset={props.offset}
        limit={props.limit}
        query={{ ...filters }}
      />
    </Layout>
  );
}

export function DocumentsPage(
  props: {
    view: View;
    filters: { state?: DocumentState | undefined; text?: string | undefined };
    rows: DocumentListing[];
  } & Page,
) {
  const { view, filters } = props;
  const { m } = view;
  return (
    <Layout view={view} title={m.registers.documents}>
      <h1>{m.registers.documents}</h1>
      {view.canRecord ? (
        <p>
          <a href="/matches/documents">{m.matches.documentsTitle}</a>
        </p>
      ) : null}
      <FilterForm view={view} action="/documents">
        <div class="field">
          <label for="f-state">{m.registers.state}</label>
          <select id="f-state" name="state">
            <option value="">{m.registers.anyState}</option>
            {DOCUMENT_STATES.map((s) => (
              <option value={s} selected={filters.state === s}>
                {m.documentStates[s]}
              </option>
            ))}
          </select>
        </div>
        <TextField id="f-text" name="text" label={m.registers.text} value={filters.text} />
      </FilterForm>
      <Count view={view} total={props.total} />
      {props.rows.length === 0 ? (
        <p class="empty">{m.registers.none}</p>
      ) : (
        <Table
          class="register"
          caption={m.registers.documents}
          rows={props.rows}
          columns={[
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
          ]}
        />
      )}
      <Pager
        view={view}
        total={props.total}
        offset={props.offset}
        limit={props.limit}
        query={{ ...filters }}
      />
    </Layout>
  );
}
