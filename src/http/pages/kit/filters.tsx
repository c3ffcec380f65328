/**
 * The filters of a list: a plain GET form, so that every filtered view has an address to share,
 * and the fields it is made of.
 */
import type { Child } from 'hono/jsx';
import type { BodyListing } from '../../../app/ports.js';
import { numberOf, type View } from './view.js';

/** A list's filters and the button that applies them. */
export function FilterForm(props: { view: View; action: string; children: Child }) {
  return (
    <form class="filters" method="get" action={props.action}>
      {props.children}
      <button type="submit">{props.view.m.registers.filter}</button>
    </form>
  );
}

/** How many rows the filters keep. */
export function Count(props: { view: View; total: number }) {
  return (
    <p class="count">{props.view.m.registers.results(props.total, numberOf(props.view, props.total))}</p>
  );
}

/** A choice of one of a few values, or any: each option its value and its label. */
export function ChoiceField(props: {
  id: string;
  name: string;
  label: string;
  any: string;
  options: ReadonlyArray<readonly [string, string]>;
  value: string | undefined;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        <option value="">{props.any}</option>
        {props.options.map(([value, label]) => (
          <option value={value} selected={props.value === value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The body a list is of, or any. */
export function BodySelect(props: { view: View; bodies: BodyListing[]; value: string | undefined }) {
  const { m } = props.view;
  const options = props.bodies.map((b) => [b.slug, b.name] as const);
  return (
    <ChoiceField
      id="f-body"
      name="body"
      label={m.registers.body}
      any={m.registers.anyBody}
      options={options}
      value={props.value}
    />
  );
}

/** A filter that is on or off. */
export function CheckField(props: { id: string; name: string; label: string; checked: boolean }) {
  return (
    <div class="field check">
      <input id={props.id} type="checkbox" name={props.name} value="true" checked={props.checked} />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

export function TextField(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  type?: string;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input id={props.id} name={props.name} type={props.type ?? 'text'} value={props.value ?? ''} />
    </div>
  );
}
