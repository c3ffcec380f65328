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

/** The body a list is of, or any. */
export function BodySelect(props: { view: View; bodies: BodyListing[]; value: string | undefined }) {
  const { m } = props.view;
  return (
    <div class="field">
      <label for="f-body">{m.registers.body}</label>
      <select id="f-body" name="body">
        <option value="">{m.registers.anyBody}</option>
        {props.bodies.map((b) => (
          <option value={b.slug} selected={props.value === b.slug}>
            {b.name}
          </option>
        ))}
      </select>
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
