/**
 * The fields of the record form: a labelled input, text area, select or remove box, each
 * named by its path in the record and marked when the application reported an error on it.
 */
import type { Child } from 'hono/jsx';
import { MinutebookError } from '../../../domain/errors.js';

/** The wrong field and what is wrong with it, as the application reported it. */
export interface FieldError {
  field: string;
  message: string;
}

/** The HTML id of the input named `name`. */
export function inputId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

export interface FieldProps {
  name: string;
  label: string;
  value: string | null | undefined;
  error: FieldError | undefined;
  type?: string;
  required?: boolean;
  list?: string;
  autocomplete?: string;
  /** A class of its own beside "field", for the layout to find it by. */
  kind?: string;
  /** What a typed value must look like, and an example shown in the empty field. */
  pattern?: string;
  placeholder?: string;
}

function describedBy(props: { name: string; error: FieldError | undefined }): string | undefined {
  return props.error?.field !== undefined &&
    props.error.field !== '' &&
    props.name.endsWith(props.error.field)
    ? `${inputId(props.name)}-error`
    : undefined;
}

function ErrorText(props: { name: string; error: FieldError | undefined }) {
  const id = describedBy(props);
  return id === undefined ? null : (
    <p class="field-error" id={id}>
      {props.error!.message}
    </p>
  );
}

/** What marks a control whose value the application refused: it is invalid, and described by why. */
type ErrorMarks = { 'aria-invalid': 'true' | undefined; 'aria-describedby': string | undefined };

/** A field's frame: its label, the control made for its id and error marks, then the error's text. */
function Framed(props: {
  name: string;
  label: string;
  error: FieldError | undefined;
  kind?: string | undefined;
  control: (id: string, marks: ErrorMarks) => Child;
}) {
  const id = inputId(props.name);
  const error = describedBy(props);
  const marks: ErrorMarks = {
    'aria-invalid': error === undefined ? undefined : 'true',
    'aria-describedby': error,
  };
  return (
    <div class={props.kind === undefined ? 'field' : `field ${props.kind}`}>
      <label for={id}>{props.label}</label>
      {props.control(id, marks)}
      <ErrorText name={props.name} error={props.error} />
    </div>
  );
}

export function Field(props: FieldProps) {
  return (
    <Framed
      {...props}
      control={(id, marks) => (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          required={props.required}
          list={props.list}
          pattern={props.pattern}
          placeholder={props.placeholder}
          autocomplete={props.autocomplete ?? 'off'}
          {...marks}
        />
      )}
    />
  );
}

// The page's one clock: 24 hours, UTC. A browser's time field would follow its own locale's
// (a 12-hour clock in many), so the time is typed as text, "13:00".
const CLOCK_PATTERN = '([01]?[0-9]|2[0-3]):?[0-5][0-9]';

/** The time of day of an instant in UTC, typed as "13:00". */
export function ClockField(props: {
  name: string;
  label: string;
  value: string | null;
  error: FieldError | undefined;
}) {
  const time = props.value === null ? '' : (/T(\d{2}:\d{2})/.exec(props.value)?.[1] ?? '');
  return <Field {...props} value={time} pattern={CLOCK_PATTERN} placeholder="13:00" />;
}

export function TextArea(props: FieldProps & { rows?: number }) {
  return (
    <Framed
      {...props}
      kind={undefined}
      control={(id, marks) => (
        <textarea id={id} name={props.name} rows={props.rows ?? 2} {...marks}>
          {props.value ?? ''}
        </textarea>
      )}
    />
  );
}

export function Select(props: {
  name: string;
  label: string;
  value: string | null;
  options: ReadonlyArray<readonly [string, string]>;
  error: FieldError | undefined;
}) {
  return (
    <Framed
      {...props}
      control={(id, marks) => (
        <select id={id} name={props.name} {...marks}>
          {props.options.map(([value, label]) => (
            <option value={value} selected={(props.value ?? '') === value}>
              {label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function RemoveBox(props: { name: string; label: string }) {
  const id = inputId(props.name);
  return (
    <div class="field check remove">
      <input id={id} type="checkbox" name={props.name} value="1" />
      <label for={id}>{props.label}</label>
    </div>
  );
}

/** Rows of a section that this form does not show, carried as they are. */
export function Held(props: { name: string; rows: unknown[] }) {
  return props.rows.length === 0 ? null : (
    <input type="hidden" name={props.name} value={JSON.stringify(props.rows)} />
  );
}

/** Whether the form's error is on a field whose name starts so: its section is shown open. */
export function errorWithin(error: FieldError | undefined, start: string): boolean {
  return error?.field !== undefined && error.field.startsWith(start);
}

/** The error the application reported on one field of the form, or null when it is not one. */
export function fieldErrorOf(error: unknown, prefix = ''): FieldError | null {
  if (!(error instanceof MinutebookError)) return null;
  const onField = error.code === 'invalid-argument' && error.location.field !== undefined;
  if (error.code !== 'invalid-record' && !onField) return null;
  return { field: `${prefix}${error.location.field ?? ''}`, message: error.message };
}
