/**
 * A table of rows, as every list of the pages shows one: a caption for screen readers, a head
 * of column titles, and for each row a cell per column. Pages say what their columns are; the
 * markup is written once, here.
 */
import type { Child } from 'hono/jsx';

export interface Column<T> {
  header: Child;
  cell: (row: T) => Child;
  /** A class for the column's cells ("date", "number", as the style sheet sets them). */
  class?: string;
  /** A class for its title too ("number": figures and their title align at the end). */
  headerClass?: string;
  /** Whether its cells name their rows (`<th scope="row">`). */
  rowHeader?: boolean;
}

export interface TableProps<T> {
  /** What the table is, for screen readers; none where the section's heading says it. */
  caption?: string;
  /** Whether the caption is shown to every reader, not only read out. */
  captionShown?: boolean;
  columns: Array<Column<T>>;
  rows: T[];
  /** Classes beside "list". */
  class?: string;
  /** A class for a row, where a row stands out ("is-overdue"). */
  rowClass?: (row: T) => string | undefined;
}

export function Table<T>(props: TableProps<T>) {
  return (
    <table class={props.class === undefined ? 'list' : `list ${props.class}`}>
      {props.caption === undefined ? null : (
        <caption class={props.captionShown === true ? undefined : 'visually-hidden'}>{props.caption}</caption>
      )}
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th scope="col" class={column.headerClass}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr class={props.rowClass?.(row)}>
            {props.columns.map((column) =>
              column.rowHeader === true ? (
                <th scope="row" class={column.class}>
                  {column.cell(row)}
                </th>
              ) : (
                <td class={column.class}>{column.cell(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
