/**
 * The labelled fields of the pages' own forms (signing in, accounts, memberships, imports): the
 * label, then the control. An input's other attributes are given as they are written on the
 * input, and keep their order.
 */
import type { Child } from 'hono/jsx';
import type { JSX } from 'hono/jsx/jsx-runtime';

/** A label, and the control it names (an input, a select, a text area). */
export function Labelled(props: { for: string; label: Child; children: Child }) {
  return (
    <div class="field">
      <label for={props.for}>{props.label}</label>
      {props.children}
    </div>
  );
}

type InputAttributes = JSX.IntrinsicElements['input'] & { name: string };

/**
 * A labelled input whose id is its name unless given, and whose type is text unless given. With a hint, the hint follows the input
 * and the input is described by it; what else belongs to the field (a list of suggestions)
 * follows too.
 */
export function InputField(props: InputAttributes & { label: Child; hint?: string; children?: Child }) {
  const { label, hint, children, id = props.name, name, type = 'text', ...attributes } = props;
  const hintId = `${id}-hint`;
  return (
    <Labelled for={id} label={label}>
      <input
        id={id}
        name={name}
        type={type}
        {...attributes}
        {...(hint === undefined ? {} : { 'aria-describedby': hintId })}
      />
      {hint === undefined ? null : (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children}
    </Labelled>
  );
}

/** A password, required: the current one, or a new one (which a browser may offer to make). */
export function PasswordField(props: { label: Child; name: string; kind: 'current' | 'new'; hint?: string }) {
  const { kind, ...field } = props;
  return <InputField {...field} type="password" autocomplete={`${kind}-password`} required />;
}
