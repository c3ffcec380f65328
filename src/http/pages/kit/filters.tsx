/**
 * The filters of a list: a plain GET form, so that every filtered view has an address to share.
 * A page declares its filters as data (a text or date field, a choice of a few values, an
 * on-or-off box), as it declares its table's columns; the markup is written once, here. Each
 * field's input is named as its query parameter and its id is that name behind "f-".
 */
import type { BodyListing } from '../../../app/ports.js';
import { numberOf, type View } from './view.js';

type Choices = ReadonlyArray<readonly [value: string, label: string]>;

export type FilterField = { name: string; label: string } & (
  { type?: 'text' | 'date' } | { any: string; choices: Choices } | { check: true }
);

/** The values a list's filters have, by name: what the query gave. */
export type FilterValues = Readonly<Record<string, string | number | boolean | undefined | null>>;

/** A list's filters and the button that applies them. */
export function FilterForm(props: {
  view: View;
  action: string;
  fields: FilterField[];
  values: FilterValues;
}) {
  return (
    <form class="filters" method="get" action={props.action}>
      {props.fields.map((field) => (
        <Filter field={field} value={props.values[field.name]} />
      ))}
      <button type="submit">{props.view.m.registers.filter}</button>
    </form>
  );
}

function Filter(props: { field: FilterField; value: FilterValues[string] }) {
  const { field, value } = props;
  const id = `f-${field.name}`;
  if ('check' in field)
    return (
      <div class="field check">
        <input id={id} type="checkbox" name={field.name} value="true" checked={value === true} />
        <label for={id}>{field.label}</label>
      </div>
    );
  return (
    <div class="field">
      <label for={id}>{field.label}</label>
      {'choices' in field ? (
        <select id={id} name={field.name}>
          <option value="">{field.any}</option>
          {field.choices.map(([choice, label]) => (
            <option value={choice} selected={value === choice}>
              {label}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} name={field.name} type={field.type ?? 'text'} value={String(value ?? '')} />
      )}
    </div>
  );
}

/** How many rows the filters keep. */
export function Count(props: { view: View; total: number }) {
  return (
    <p class="count">{props.view.m.registers.results(props.total, numberOf(props.view, props.total))}</p>
  );
}

/** The body a list is of, or any. */
export function bodyFilter(view: View, bodies: BodyListing[]): FilterField {
  const { m } = view;
  return {
    name: 'body',
    label: m.registers.body,
    any: m.registers.anyBody,
    choices: bodies.map((b) => [b.slug, b.name]),
  };
}

/** The days a list's rows fall between. */
export function dayFilters(view: View): FilterField[] {
  return [
    { name: 'from', label: view.m.registers.from, type: 'date' },
    { name: 'to', label: view.m.registers.to, type: 'date' },
  ];
}
