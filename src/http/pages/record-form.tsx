/**
 * The fields of a meeting record as an HTML form, for recording a new meeting, editing one and
 * reviewing an upload. Every field's name is its path in the record (`topics[0].outcomes[1].due`),
 * so an error the application reports for a field points at the input that holds it.
 *
 * The form works without script: blank rows stand ready for a new topic, outcome or person,
 * and a "remove" box drops a row. With script, "add" buttons give as many blank rows as wanted.
 */
import type { Child } from 'hono/jsx';
import {
  ACTION_STATUSES,
  ATTENDANCE_KINDS,
  ATTENDANCE_STATUSES,
  DOCUMENT_STATES,
  MEETING_MODES,
  MEETING_STATUSES,
  OUTCOME_KINDS,
  type Attendance,
  type DocumentRef,
  type MeetingRecord,
  type Outcome,
  type Topic,
} from '../../domain/record.js';
import { keptOfAttendance, keptOfDocument, keptOfOutcome, keptOfRecord, keptOfTopic } from './form-record.js';
import type { View } from './view.js';
import type { LinkProposal } from '../../app/follow.js';
import { isOutcomeCite } from '../../domain/ids.js';

/** The wrong field and what is wrong with it, as the application reported it. */
export interface FieldError {
  field: string;
  message: string;
}

/** The HTML id of the input named `name`. */
export function inputId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

const BLANK_ATTENDANCE_ROWS = 2;

interface FieldProps {
  name: string;
  label: string;
  value: string | null | undefined;
  error: FieldError | undefined;
  type?: string;
  required?: boolean;
  list?: string;
  autocomplete?: string;
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

function Field(props: FieldProps) {
  const id = inputId(props.name);
  const error = describedBy(props);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        required={props.required}
        list={props.list}
        autocomplete={props.autocomplete ?? 'off'}
        aria-invalid={error === undefined ? undefined : 'true'}
        aria-describedby={error}
      />
      <ErrorText name={props.name} error={props.error} />
    </div>
  );
}

function TextArea(props: FieldProps & { rows?: number }) {
  const id = inputId(props.name);
  const error = describedBy(props);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 2}
        aria-invalid={error === undefined ? undefined : 'true'}
        aria-describedby={error}
      >
        {props.value ?? ''}
      </textarea>
      <ErrorText name={props.name} error={props.error} />
    </div>
  );
}

function Select(props: {
  name: string;
  label: string;
  value: string | null;
  options: ReadonlyArray<readonly [string, string]>;
  error: FieldError | undefined;
}) {
  const id = inputId(props.name);
  const error = describedBy(props);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        aria-invalid={error === undefined ? undefined : 'true'}
        aria-describedby={error}
      >
        {props.options.map(([value, label]) => (
          <option value={value} selected={(props.value ?? '') === value}>
            {label}
          </option>
        ))}
      </select>
      <ErrorText name={props.name} error={props.error} />
    </div>
  );
}

function RemoveBox(props: { name: string; label: string }) {
  const id = inputId(props.name);
  return (
    <div class="field check remove">
      <input id={id} type="checkbox" name={props.name} value="1" />
      <label for={id}>{props.label}</label>
    </div>
  );
}

/** "13:00" from an instant in UTC, for a time input. */
function timeOf(instant: string | null): string {
  return instant === null ? '' : (/T(\d{2}:\d{2})/.exec(instant)?.[1] ?? '');
}

/** All the fields of one record; `prefix` tells records apart when a form holds several. */
export function RecordFields(props: {
  view: View;
  record: MeetingRecord;
  prefix: string;
  error?: FieldError | undefined;
  people?: string[];
  /** For an import: earlier outcomes each outcome may continue, by "topic.outcome". */
  proposals?: Map<string, LinkProposal[]>;
}) {
  const { view, record, prefix } = props;
  const { m } = view;
  const e = props.error;
  const meeting = record.meeting;
  const p = (path: string): string => `${prefix}${path}`;
  const groups = [
    ...new Set(record.attendance.map((a) => a.group).filter((g): g is string => g !== null && g !== '')),
  ];
  const groupsList = inputId(p('groups'));
  const peopleList = inputId(p('people'));
  const topics: Array<{ topic: Topic; blank: boolean }> = [
    ...record.topics.map((topic) => ({ topic, blank: false })),
    { topic: { title: '', line: null, outcomes: [] }, blank: true },
  ];
  return (
    <div class="record-fields">
      <datalist id={groupsList}>
        {groups.map((g) => (
          <option value={g} />
        ))}
      </datalist>
      <datalist id={peopleList}>
        {(props.people ?? record.attendance.map((a) => a.name)).map((name) => (
          <option value={name} />
        ))}
      </datalist>
      <input type="hidden" name={p('keep')} value={JSON.stringify(keptOfRecord(record))} />
      <fieldset class="meeting-fields">
        <legend>{m.edit.meeting}</legend>
        <div class="grid">
          <Field name={p('meeting.body')} label={m.edit.body} value={meeting.body} error={e} required />
          <Field name={p('meeting.title')} label={m.edit.title2} value={meeting.title} error={e} />
          <Field name={p('meeting.date')} label={m.edit.date} value={meeting.date} error={e} type="date" />
          <Field
            name={p('meeting.start')}
            label={m.edit.start}
            value={timeOf(meeting.start)}
            error={e}
            type="time"
          />
          <Field
            name={p('meeting.end')}
            label={m.edit.end}
            value={timeOf(meeting.end)}
            error={e}
            type="time"
          />
          <Select
            name={p('meeting.mode')}
            label={m.edit.mode}
            value={meeting.mode}
            error={e}
            options={[['', m.edit.noMode], ...MEETING_MODES.map((x) => [x, m.modes[x]] as const)]}
          />
          <Field name={p('meeting.venue')} label={m.edit.venue} value={meeting.venue} error={e} />
          <Select
            name={p('meeting.status')}
            label={m.edit.meetingStatus}
            value={meeting.status}
            error={e}
            options={MEETING_STATUSES.map((x) => [x, m.meetingStatuses[x]] as const)}
          />
        </div>
        <TextArea
          name={p('meeting.purpose')}
          label={m.edit.purpose}
          value={meeting.purpose}
          error={e}
          rows={4}
        />
      </fieldset>

      <fieldset class="topics-fields">
        <legend>{m.edit.topics}</legend>
        {topics.map(({ topic, blank }, t) => (
          <TopicFields
            view={view}
            topic={topic}
            index={t}
            prefix={prefix}
            blank={blank}
            error={e}
            peopleList={peopleList}
            proposals={props.proposals}
          />
        ))}
        <button type="button" class="add" data-add-from={`${prefix}topics[`} hidden>
          {m.edit.addTopic}
        </button>
      </fieldset>

      {record.documents.length === 0 ? null : (
        <fieldset class="documents-fields">
          <legend>{m.edit.documentsHeading}</legend>
          <p class="hint">{m.edit.documentsHint}</p>
          {record.documents.map((document, i) => (
            <DocumentRow view={view} document={document} base={`${prefix}documents[${i}]`} error={e} />
          ))}
        </fieldset>
      )}

      <fieldset class="attendance-fields">
        <legend>{m.edit.attendance}</legend>
        <p class="hint">{m.edit.attendanceHint}</p>
        <AttendanceHead view={view} />
        <div class="rows">
          {[...record.attendance, ...Array.from({ length: BLANK_ATTENDANCE_ROWS }, () => null)].map(
            (entry, i) => (
              <AttendanceRow
                view={view}
                entry={entry}
                index={i}
                prefix={prefix}
                error={e}
                groupsList={groupsList}
                peopleList={peopleList}
              />
            ),
          )}
        </div>
        <button type="button" class="add" data-add-from={`${prefix}attendance[`} hidden>
          {m.edit.addPerson}
        </button>
      </fieldset>
    </div>
  );
}

function TopicFields(props: {
  view: View;
  topic: Topic;
  index: number;
  prefix: string;
  blank: boolean;
  error: FieldError | undefined;
  peopleList: string;
  proposals: Map<string, LinkProposal[]> | undefined;
}) {
  const { m } = props.view;
  const base = `${props.prefix}topics[${props.index}]`;
  const rows: Array<Outcome | null> = [...props.topic.outcomes, null];
  return (
    <fieldset class="topic-fields" data-row={`${props.prefix}topics[`}>
      <legend>{props.blank ? m.edit.newTopic : m.edit.topicNumber(props.index + 1)}</legend>
      <input
        type="hidden"
        name={`${base}.keep`}
        value={props.blank ? '' : JSON.stringify(keptOfTopic(props.topic))}
      />
      <div class="topic-head">
        <Field
          name={`${base}.title`}
          label={m.edit.topicTitle}
          value={props.topic.title}
          error={props.error}
        />
        {props.blank ? null : <RemoveBox name={`${base}.remove`} label={m.edit.removeTopic} />}
      </div>
      <div class="rows">
        {rows.map((outcome, o) => (
          <OutcomeRow
            view={props.view}
            outcome={outcome}
            base={`${base}.outcomes[${o}]`}
            error={props.error}
            peopleList={props.peopleList}
            proposals={props.proposals?.get(`${props.index}.${o}`) ?? []}
          />
        ))}
      </div>
      <button type="button" class="add" data-add-from={`${base}.outcomes[`} hidden>
        {m.edit.addOutcome}
      </button>
    </fieldset>
  );
}

function OutcomeRow(props: {
  view: View;
  outcome: Outcome | null;
  base: string;
  error: FieldError | undefined;
  peopleList: string;
  proposals: LinkProposal[];
}) {
  const { m } = props.view;
  const o = props.outcome;
  const n = (field: string): string => `${props.base}.${field}`;
  return (
    <div class={`row outcome-row${o === null ? ' blank' : ''}`} data-row={props.base.replace(/\d+\]$/, '')}>
      <input type="hidden" name={n('id')} value={o?.id ?? ''} />
      <input type="hidden" name={n('keep')} value={o === null ? '' : JSON.stringify(keptOfOutcome(o))} />
      <div class="grid">
        <Select
          name={n('kind')}
          label={m.edit.kind}
          value={o?.kind ?? 'decision'}
          error={props.error}
          options={OUTCOME_KINDS.map((k) => [k, m.kinds[k]] as const)}
        />
        <Field name={n('verb')} label={m.edit.verb} value={o?.verb} error={props.error} />
        <Field
          name={n('owner')}
          label={m.edit.owner}
          value={o?.owner}
          error={props.error}
          list={props.peopleList}
        />
        <Field name={n('due')} label={m.edit.due} value={o?.due} error={props.error} type="date" />
        <Select
          name={n('status')}
          label={m.edit.status}
          value={o?.status ?? ''}
          error={props.error}
          options={[['', m.edit.noStatus], ...ACTION_STATUSES.map((s) => [s, m.statuses[s]] as const)]}
        />
      </div>
      <TextArea
        name={n('text')}
        label={o === null ? m.edit.newOutcomeText : m.edit.textOf(o.id)}
        value={o?.text}
        error={props.error}
        rows={2}
      />
      <TextArea
        name={n('documents')}
        label={m.edit.documents}
        value={o?.documents.join('\n')}
        error={props.error}
        rows={1}
      />
      {o !== null && isOutcomeCite(o.ref) ? <p class="continues">{m.edit.continuesOf(o.ref)}</p> : null}
      {props.proposals.length === 0 ? null : (
        <Select
          name={n('continues')}
          label={m.edit.continuesProposed}
          value=""
          error={props.error}
          options={[
            ['', m.edit.continuesNone],
            ...props.proposals.map(
              (p) =>
                [
                  p.cite,
                  `${p.date ?? ''} ${p.cite}: ${p.text.length > 90 ? `${p.text.slice(0, 90)}…` : p.text}`,
                ] as const,
            ),
          ]}
        />
      )}
      {o === null ? null : <RemoveBox name={n('remove')} label={m.edit.removeOutcome} />}
    </div>
  );
}

function AttendanceRow(props: {
  view: View;
  entry: Attendance | null;
  index: number;
  prefix: string;
  error: FieldError | undefined;
  groupsList: string;
  peopleList: string;
}) {
  const { m } = props.view;
  const a = props.entry;
  const base = `${props.prefix}attendance[${props.index}]`;
  const n = (field: string): string => `${base}.${field}`;
  const cells: Child[] = [
    <Field name={n('honorific')} label={m.edit.honorific} value={a?.honorific} error={props.error} />,
    <Field name={n('name')} label={m.edit.name} value={a?.name} error={props.error} />,
    <Select
      name={n('kind')}
      label={m.edit.entryKind}
      value={a?.kind ?? 'person'}
      error={props.error}
      options={ATTENDANCE_KINDS.map((k) => [k, m.edit.entryKinds[k]] as const)}
    />,
    <Field
      name={n('group')}
      label={m.edit.group}
      value={a?.group}
      error={props.error}
      list={props.groupsList}
    />,
    <Field name={n('role')} label={m.edit.role} value={a?.role} error={props.error} />,
    <Select
      name={n('status')}
      label={m.edit.attendanceStatus}
      value={a?.status ?? 'present'}
      error={props.error}
      options={ATTENDANCE_STATUSES.map((s) => [s, m.attendanceStatuses[s]] as const)}
    />,
    <Field
      name={n('onBehalfOf')}
      label={m.edit.onBehalfOf}
      value={a?.onBehalfOf}
      error={props.error}
      list={props.peopleList}
    />,
  ];
  return (
    <div class={`row attendance-row${a === null ? ' blank' : ''}`} data-row={`${props.prefix}attendance[`}>
      <input type="hidden" name={n('keep')} value={a === null ? '' : JSON.stringify(keptOfAttendance(a))} />
      {cells}
      {a === null ? <div class="field"></div> : <RemoveBox name={n('remove')} label={m.edit.removePerson} />}
    </div>
  );
}

function DocumentRow(props: {
  view: View;
  document: DocumentRef;
  base: string;
  error: FieldError | undefined;
}) {
  const { m } = props.view;
  const n = (field: string): string => `${props.base}.${field}`;
  return (
    <div class="row document-row">
      <input type="hidden" name={n('title')} value={props.document.title} />
      <input type="hidden" name={n('keep')} value={JSON.stringify(keptOfDocument(props.document))} />
      <p class="document-title">{props.document.title}</p>
      <div class="grid">
        <Select
          name={n('state')}
          label={m.edit.documentState}
          value={props.document.state ?? ''}
          error={props.error}
          options={[['', m.edit.noState], ...DOCUMENT_STATES.map((s) => [s, m.documentStates[s]] as const)]}
        />
        <Field
          name={n('author')}
          label={m.edit.documentAuthor}
          value={props.document.author}
          error={props.error}
        />
      </div>
    </div>
  );
}

/** Column heads for the attendance rows, shown where the rows are laid out as a table. */
function AttendanceHead(props: { view: View }) {
  const { m } = props.view;
  return (
    <div class="attendance-head" aria-hidden="true">
      {[
        m.edit.honorific,
        m.edit.name,
        m.edit.entryKind,
        m.edit.group,
        m.edit.role,
        m.edit.attendanceStatus,
        m.edit.onBehalfOf,
        '',
      ].map((label) => (
        <span>{label}</span>
      ))}
    </div>
  );
}
