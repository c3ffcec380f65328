/**
 * Recording a new meeting and editing one. An edit carries the version it started from; when
 * someone else saved in between, the save is refused and the form comes back with everything
 * the person entered, the differences from the saved version, and the means to save again.
 */
import { InputField, Labelled } from '../kit/fields.js';
import type { BodyListing } from '../../../app/ports.js';
import type { Difference } from '../../../domain/differences.js';
import type { MeetingRecord } from '../../../domain/record.js';
import type { Messages } from '../../i18n/en.js';
import { Csrf, Layout, TitledPage, Notice } from '../kit/layout.js';
import { Table } from '../kit/table.js';
import { inputId, type FieldError } from '../record-form/fields.js';
import { RecordFields } from '../record-form/record-form.js';
import { windowOf, windowShowing, type FormWindow } from '../record-form/window.js';
import { meetingHref, type View } from '../kit/view.js';

export interface Conflict {
  version: number;
  differences: Difference[];
}

/** The message for a field error, naming the field as the form labels it. */
export function ErrorSummary(props: { view: View; error: FieldError }) {
  const { m } = props.view;
  return (
    <Notice kind="error" id="form-error">
      <p>
        {m.edit.invalidIntro}{' '}
        {props.error.field === '' ? (
          props.error.message
        ) : (
          <a href={`#${inputId(props.error.field)}`}>
            {m.edit.invalid(fieldName(m, props.error.field), props.error.message)}
          </a>
        )}
      </p>
    </Notice>
  );
}

/** "Topic 1, outcome 2: due" from "topics[0].outcomes[1].due". */
export function fieldName(m: Messages, path: string): string {
  const parts: string[] = [];
  const record = /^(?:records\[(\d+)\]\.)?(.*)$/.exec(path)!;
  let rest = record[2]!;
  if (record[1] !== undefined) parts.push(m.edit.recordNumber(Number(record[1]) + 1));
  const topic = /^topics\[(\d+)\]\.?/.exec(rest);
  if (topic !== null) {
    parts.push(m.edit.topicNumber(Number(topic[1]) + 1));
    rest = rest.slice(topic[0].length);
    const outcome = /^outcomes\[(\d+)\]\.?/.exec(rest);
    if (outcome !== null) {
      parts.push(m.edit.outcomeNumber(Number(outcome[1]) + 1));
      rest = rest.slice(outcome[0].length);
    }
  }
  const entry = /^attendance\[(\d+)\]\.?/.exec(rest);
  if (entry !== null) {
    parts.push(m.edit.personNumber(Number(entry[1]) + 1));
    rest = rest.slice(entry[0].length);
  }
  const label = rest.replace(/^meeting\./, '');
  return [...parts, m.edit.fieldLabels[label as keyof Messages['edit']['fieldLabels']] ?? label]
    .filter(Boolean)
    .join(', ');
}

function Differences(props: { view: View; differences: Difference[] }) {
  const { m } = props.view;
  if (props.differences.length === 0) return <p>{m.edit.noDifferences}</p>;
  return (
    <Table
      class="differences"
      caption={m.edit.differences}
      captionShown
      rows={props.differences}
      columns={[
        { header: m.edit.differenceWhat, rowHeader: true, cell: (d) => m.edit.subject(d.subject) },
        { header: m.edit.differenceSaved, cell: (d) => d.saved ?? '—' },
        { header: m.edit.differenceYours, cell: (d) => d.yours ?? '—' },
      ]}
    />
  );
}

export function EditPage(props: {
  view: View;
  record: MeetingRecord;
  version: number;
  /** A published summary is corrected, with a reason. */
  published: boolean;
  reason?: string;
  error?: FieldError | undefined;
  conflict?: Conflict | undefined;
  /** Of a large meeting, the rows to begin at. */
  window?: Partial<FormWindow>;
}) {
  const { view, record } = props;
  const { m } = view;
  const id = record.meeting.id!;
  const window = windowShowing(record, props.window ?? {}, props.error?.field);
  const shown = windowOf(record, window);
  return (
    <Layout view={view} title={m.edit.title(id)} up={{ href: meetingHref(id), text: id }}>
      <h1>{m.edit.title(id)}</h1>
      {props.conflict === undefined ? null : (
        <Notice kind="error" id="conflict">
          <p>{m.edit.conflict}</p>
          <p>
            <a href={meetingHref(id)} target="_blank">
              {m.edit.currentVersion(props.conflict.version)}
            </a>
          </p>
          <Differences view={view} differences={props.conflict.differences} />
        </Notice>
      )}
      {props.error === undefined ? null : <ErrorSummary view={view} error={props.error} />}
      <form class="record-form" method="post" action={`${meetingHref(id)}/edit`}>
        <input type="hidden" name="version" value={String(props.version)} />
        <input type="hidden" name="published" value={String(props.published)} />
        <Csrf view={view} />
        {props.published ? (
          <fieldset class="correction">
            <legend>{m.workflow.reason}</legend>
            <p class="hint" id="reason-hint">
              {m.workflow.reasonHint}
            </p>
            <Labelled for={inputId('reason')} label={m.workflow.reason}>
              <textarea
                id={inputId('reason')}
                name="reason"
                rows={2}
                required
                aria-describedby="reason-hint"
                aria-invalid={props.error?.field === 'reason' ? 'true' : undefined}
              >
                {props.reason ?? ''}
              </textarea>
            </Labelled>
          </fieldset>
        ) : null}
        <input type="hidden" name="window.attendance" value={String(shown.attendance[0])} />
        <input type="hidden" name="window.topics" value={String(shown.topics[0])} />
        <input type="hidden" name="window.outcomes" value={String(shown.outcomes?.[0] ?? 0)} />
        <RecordFields
          view={view}
          record={record}
          prefix=""
          error={props.error}
          window={window}
          pageHref={(w) =>
            `${meetingHref(id)}/edit?attendance=${w.attendance}&topics=${w.topics}&outcomes=${w.outcomes}`
          }
        />
        <div class="actions">
          <button type="submit" class="primary">
            {props.conflict === undefined ? m.edit.save : m.edit.saveOver(props.conflict.version)}
          </button>
          <a href={meetingHref(id)}>{m.edit.cancel}</a>
        </div>
      </form>
    </Layout>
  );
}

/** The first step of a new meeting: which body, on which day. */
export function NewMeetingStart(props: {
  view: View;
  bodies: BodyListing[];
  body: string;
  date: string;
  error?: string | undefined;
}) {
  const { view } = props;
  const { m } = view;
  return (
    <TitledPage view={view} title={m.edit.newTitle} intro={m.edit.newIntro} refusal={props.error}>
      <form class="filters" method="get" action="/new">
        <InputField
          label={m.edit.body}
          id="new-body"
          name="body"
          list="known-bodies"
          value={props.body}
          required
          autocomplete="off"
        >
          <datalist id="known-bodies">
            {props.bodies.map((b) => (
              <option value={b.name} />
            ))}
          </datalist>
        </InputField>
        <InputField label={m.edit.date} id="new-date" name="date" type="date" value={props.date} required />
        <button type="submit">{m.edit.start2}</button>
      </form>
    </TitledPage>
  );
}

export function NewMeetingPage(props: {
  view: View;
  record: MeetingRecord;
  error?: FieldError | undefined;
  message?: string | undefined;
}) {
  const { view } = props;
  const { m } = view;
  return (
    <TitledPage
      view={view}
      title={m.edit.newTitle}
      intro={props.record.attendance.length === 0 ? m.edit.newIntroEmpty : m.edit.newIntro}
      refusal={props.message}
    >
      {props.error === undefined ? null : <ErrorSummary view={view} error={props.error} />}
      <form class="record-form" method="post" action="/new">
        <Csrf view={view} />
        <RecordFields
          view={view}
          record={props.record}
          prefix=""
          error={props.error}
          window={windowShowing(props.record, {}, props.error?.field)}
        />
        <div class="actions">
          <button type="submit" class="primary">
            {m.edit.create}
          </button>
          <a href="/">{m.edit.cancel}</a>
        </div>
      </form>
    </TitledPage>
  );
}
