/**
 * A list of rows shown a page at a time, as the registers, the people and the audit trail show
 * one: the heading, the filters, how many rows they keep, the CSV of them all, the rows of this
 * page and the way to the others.
 */
import type { Child } from 'hono/jsx';
import { Count, FilterForm, type FilterField, type FilterValues } from './filters.js';
import { Layout } from './layout.js';
import { Table, type TableProps } from './table.js';
import { numberOf, queryOf, type View } from './view.js';

/** Which page of a list is shown: where it begins, how many it shows, of how many. */
export interface Paging {
  total: number;
  offset: number;
  limit: number;
}

/** Which page of a list the props of a page say it shows. */
export const pagingOf = ({ total, offset, limit }: Paging): Paging => ({ total, offset, limit });

type Query = FilterValues;

export function ListPage<T>(props: {
  view: View;
  title: string;
  /** What stands between the heading and the filters: an introduction, links. */
  lead?: Child;
  /** The address the filters are sent to, and their fields. */
  action: string;
  filters: FilterField[];
  /** The values the filters have, kept by the CSV link and the pager. */
  query: FilterValues;
  /** The address of every row as CSV, when there is one. */
  csv?: string;
  page: Paging;
  table: TableProps<T>;
  /** What is said when no row is kept; without it, the table is shown empty. */
  empty?: string;
}) {
  const { view, page } = props;
  return (
    <Layout view={view} title={props.title}>
      <h1>{props.title}</h1>
      {props.lead}
      <FilterForm view={view} action={props.action} fields={props.filters} values={props.query} />
      <Count view={view} total={page.total} />
      {props.csv === undefined ? null : <CsvLink view={view} path={props.csv} query={props.query} />}
      {props.empty !== undefined && props.table.rows.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <Table {...props.table} />
      )}
      <Pager view={view} {...page} query={props.query} />
    </Layout>
  );
}

/** A link to every row of a register as CSV, with the filters the page shows. */
export function CsvLink(props: { view: View; path: string; query: Query }) {
  return (
    <p class="download">
      <a href={`${props.path}${queryOf(props.query)}`} download>
        {props.view.m.registers.csv}
      </a>
    </p>
  );
}

/** Previous and next links for a list shown a page at a time. */
export function Pager(props: Paging & { view: View; query: Query }) {
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
