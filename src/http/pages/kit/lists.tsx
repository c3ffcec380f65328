/** What every list of rows has below or above it: the way to its other pages, and its CSV. */
import { numberOf, queryOf, type View } from './view.js';

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
