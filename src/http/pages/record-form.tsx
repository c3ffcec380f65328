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

/**
 * The rows one form shows of a large meeting: at most this many attendance entries, and topics
 * holding at most this many outcomes (one topic at least). The other rows travel with the form
 * as they are, in hidden fields, so that every form of a meeting stays small however large the
 * meeting (domain/limits.ts) and saving it loses nothing.
 */
export const SHOWN_ATTENDANCE = 200;
export const SHOWN_OUTCOMES = 150;
const SHOWN_TOPICS = 100;

/** The first row shown of each section (and of the outcomes of a topic too large to show whole). */
export interface FormWindow {
  attendance: number;
  topics: number;
  outcomes: number;
}

interface Shown {
  attendance: [number, number];
  topics: [number, number];
  /** The outcomes shown of the one topic shown, when it holds too many to show whole. */
  outcomes: [number, number] | null;
}

/** The rows shown of each section, [from, to), from where they were asked to begin. */
export function windowOf(record: MeetingRecord, asked: Partial<FormWindow> = {}): Shown {
  const start = (value: number | undefined, length: number): number =>
    value === undefined || !Number.isInteger(value) || value < 0
      ? 0
      : Math.min(value, Math.max(0, length - 1));
  const people = start(asked.attendance, record.attendance.length);
  const first = start(asked.topics, record.topics.length);
  const attendance: [number, number] = [
    people,
    Math.min(record.attendance.length, people + SHOWN_ATTENDANCE),
  ];
  const large = record.topics[first]?.outcomes.length ?? 0;
  if (large > SHOWN_OUTCOMES) {
    const from = start(asked.outcomes, large);
    return {
      attendance,
      topics: [first, first + 1],
      outcomes: [from, Math.min(large, from + SHOWN_OUTCOMES)],
    };
  }
  let last = first;
  let outcomes = 0;
  while (
    last < record.topics.length &&
    last - first < SHOWN_TOPICS &&
    (last === first || outcomes + record.topics[last]!.outcomes.length <= SHOWN_OUTCOMES)
  ) {
    outcomes += record.topics[last]!.outcomes.length;
    last++;
  }
  return { attendance, topics: [first, last], outcomes: null };
}

/** A window that shows the row a field names (`topics[230].outcomes[4].text`), or the one asked for. */
export function windowShowing(
  record: MeetingRecord,
  asked: Partial<FormWindow>,
  field: string | undefined,
): Partial<FormWindow> {
  const shown = windowOf(record, asked);
  const person = /(?:^|\.)attendance\[(\d+)\]/.exec(field ?? '');
  if (person !== null) {
    const index = Number(person[1]);
    const inside = index >= shown.attendance[0] && index < shown.attendance[1];
    return inside ? asked : { ...asked, attendance: index };
  }
  const topic = /(?:^|\.)topics\[(\d+)\](?:\.outcomes\[(\d+)\])?/.exec(field ?? '');
  if (topic === null) return asked;
  const [t, o] = [Number(topic[1]), topic[2] === undefined ? 0 : Number(topic[2])];
  const topicShown = t >= shown.topics[0] && t < shown.topics[1];
  const outcomeShown = shown.outcomes === null || (o >= shown.outcomes[0] && o < shown.outcomes[1]);
  return topicShown && outcomeShown ? asked : { ...asked, topics: t, outcomes: o };
}

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

function Field(props: FieldProps) {
  const id = inputId(props.name);
  const error = describedBy(props);
  return (
    <div class={props.kind === undefined ? 'field' : `field ${props.kind}`}>
      <label for={id}>{props.label}</label>
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
/**
 * The known bodies a body written another way may be: the first is chosen unless the reviewer
 * says it is a new body.
 */
function SameBody(props: { view: View; name: string; written: string; bodies: string[] }) {
  const { m } = props.view;
  const id = inputId(props.name);
  return (
    <fieldset class="same-body">
      <legend>{m.import.sameBody(props.written)}</legend>
      <input type="hidden" name={`${props.name}For`} value={props.written} />
      {props.bodies.map((body, i) => (
        <div class="field check">
          <input id={`${id}-${i}`} type="radio" name={props.name} value={body} checked={i === 0} />
          <label for={`${id}-${i}`}>{m.import.sameBodyYes(body)}</label>
        </div>
      ))}
      <div class="field check">
        <input id={`${id}-new`} type="radio" name={props.name} value="" />
        <label for={`${id}-new`}>{m.import.sameBodyNo(props.written)}</label>
      </div>
    </fieldset>
  );
}

export function RecordFields(props: {
  view: View;
  record: MeetingRecord;
  prefix: string;
  error?: FieldError | undefined;
  people?: string[];
  /** For an import: earlier outcomes each outcome may continue, by "topic.outcome". */
  proposals?: Map<string, LinkProposal[]>;
  /** For an import: the known bodies the body as written may be, most likely first. */
  bodies?: string[];
  /** Of a large meeting, the rows to begin at. */
  window?: Partial<FormWindow>;
  /** The address of this form beginning at other rows; without it, the rows not shown are kept as they are. */
  pageHref?: (window: FormWindow) => string;
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
  const shown = windowOf(record, props.window);
  const [topicsFrom, topicsTo] = shown.topics;
  const [peopleFrom, peopleTo] = shown.attendance;
  const topicsAtEnd = topicsTo === record.topics.length;
  const peopleAtEnd = peopleTo === record.attendance.length;
  const topics: Array<{ topic: Topic; blank: boolean; index: number }> = [
    ...record.topics
      .slice(topicsFrom, topicsTo)
      .map((topic, i) => ({ topic, blank: false, index: topicsFrom + i })),
    ...(topicsAtEnd
      ? [{ topic: { title: '', line: null, outcomes: [] }, blank: true, index: record.topics.length }]
      : []),
  ];
  const attendance: Array<{ entry: Attendance | null; index: number }> = [
    ...record.attendance.slice(peopleFrom, peopleTo).map((entry, i) => ({ entry, index: peopleFrom + i })),
    ...(peopleAtEnd
      ? Array.from({ length: BLANK_ATTENDANCE_ROWS }, (_, i) => ({
          entry: null,
          index: record.attendance.length + i,
        }))
      : []),
  ];
  const at: FormWindow = {
    attendance: peopleFrom,
    topics: topicsFrom,
    outcomes: shown.outcomes?.[0] ?? 0,
  };
  const outcomesOfOne = shown.outcomes;
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
      <Held name={p('topics.before')} rows={record.topics.slice(0, topicsFrom)} />
      <Held name={p('topics.after')} rows={record.topics.slice(topicsTo)} />
      <Held name={p('attendance.before')} rows={record.attendance.slice(0, peopleFrom)} />
      <Held name={p('attendance.after')} rows={record.attendance.slice(peopleTo)} />
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
            pattern={CLOCK_PATTERN}
            placeholder="13:00"
          />
          <Field
            name={p('meeting.end')}
            label={m.edit.end}
            value={timeOf(meeting.end)}
            error={e}
            pattern={CLOCK_PATTERN}
            placeholder="13:00"
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
        {props.bodies === undefined || props.bodies.length === 0 || meeting.body === null ? null : (
          <SameBody view={view} name={p('sameBody')} written={meeting.body} bodies={props.bodies} />
        )}
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
        <Pager
          view={view}
          what={m.edit.shownTopics}
          from={topicsFrom}
          to={topicsTo}
          of={record.topics.length}
          earlier={props.pageHref?.({
            ...at,
            topics: Math.max(0, topicsFrom - (topicsTo - topicsFrom)),
            outcomes: 0,
          })}
          later={props.pageHref?.({ ...at, topics: topicsTo, outcomes: 0 })}
        />
        {outcomesOfOne === null ? null : (
          <Pager
            view={view}
            what={m.edit.shownOutcomes}
            from={outcomesOfOne[0]}
            to={outcomesOfOne[1]}
            of={record.topics[topicsFrom]!.outcomes.length}
            earlier={props.pageHref?.({ ...at, outcomes: Math.max(0, outcomesOfOne[0] - SHOWN_OUTCOMES) })}
            later={props.pageHref?.({ ...at, outcomes: outcomesOfOne[1] })}
          />
        )}
        {topics.map(({ topic, blank, index }) => (
          <TopicFields
            view={view}
            topic={topic}
            index={index}
            prefix={prefix}
            blank={blank}
            error={e}
            peopleList={peopleList}
            proposals={props.proposals}
            outcomes={blank ? null : outcomesOfOne}
          />
        ))}
        {topicsAtEnd ? (
          <button type="button" class="add" data-add-from={`${prefix}topics[`} hidden>
            {m.edit.addTopic}
          </button>
        ) : null}
      </fieldset>

      {record.documents.length === 0 ? null : (
        <fieldset class="documents-fields">
          <legend>{m.edit.documentsHeading}</legend>
          <details class="fold" open={errorWithin(e, `${prefix}documents`) ? true : undefined}>
            <summary>{m.edit.documentsFolded(record.documents.length)}</summary>
            <p class="hint">{m.edit.documentsHint}</p>
            {record.documents.map((document, i) => (
              <DocumentRow view={view} document={document} base={`${prefix}documents[${i}]`} error={e} />
            ))}
          </details>
        </fieldset>
      )}

      <fieldset class="attendance-fields">
        <legend>{m.edit.attendance}</legend>
        <details
          class="fold"
          open={record.attendance.length === 0 || errorWithin(e, `${prefix}attendance`) ? true : undefined}
        >
          <summary>{m.edit.attendanceFolded(attendanceCounts(record.attendance))}</summary>
          <p class="hint">{m.edit.attendanceHint}</p>
          <Pager
            view={view}
            what={m.edit.shownAttendance}
            from={peopleFrom}
            to={peopleTo}
            of={record.attendance.length}
            earlier={props.pageHref?.({ ...at, attendance: Math.max(0, peopleFrom - SHOWN_ATTENDANCE) })}
            later={props.pageHref?.({ ...at, attendance: peopleTo })}
          />
          <AttendanceHead view={view} />
          <div class="rows">
            {attendance.map(({ entry, index }) => (
              <AttendanceRow
                view={view}
                entry={entry}
                index={index}
                prefix={prefix}
                error={e}
                groupsList={groupsList}
                peopleList={peopleList}
              />
            ))}
          </div>
          {peopleAtEnd ? (
            <button type="button" class="add" data-add-from={`${prefix}attendance[`} hidden>
              {m.edit.addPerson}
            </button>
          ) : null}
        </details>
      </fieldset>
    </div>
  );
}

/** Rows of a section that this form does not show, carried as they are. */
function Held(props: { name: string; rows: unknown[] }) {
  return props.rows.length === 0 ? null : (
    <input type="hidden" name={props.name} value={JSON.stringify(props.rows)} />
  );
}

/** Which rows of a large section the form shows, and the ways to the others. */
function Pager(props: {
  view: View;
  what: (from: number, to: number, of: number) => string;
  from: number;
  to: number;
  of: number;
  earlier: string | undefined;
  later: string | undefined;
}) {
  const { m } = props.view;
  if (props.from === 0 && props.to === props.of) return null;
  const paged = props.earlier !== undefined;
  return (
    <div class="pager" role="note">
      <p>
        {props.what(props.from + 1, props.to, props.of)} {paged ? m.edit.saveBeforeMoving : m.edit.restKept}
      </p>
      {paged ? (
        <p>
          {props.from > 0 ? <a href={props.earlier}>{m.edit.earlierRows}</a> : null}
          {props.from > 0 && props.to < props.of ? ' · ' : null}
          {props.to < props.of ? <a href={props.later}>{m.edit.laterRows}</a> : null}
        </p>
      ) : null}
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
  /** The outcomes shown, when the topic holds too many to show whole. */
  outcomes: [number, number] | null;
}) {
  const { m } = props.view;
  const base = `${props.prefix}topics[${props.index}]`;
  const all = props.topic.outcomes;
  const [from, to] = props.outcomes ?? [0, all.length];
  const rows: Array<{ outcome: Outcome | null; o: number }> = [
    ...all.slice(from, to).map((outcome, i) => ({ outcome, o: from + i })),
    ...(to === all.length ? [{ outcome: null, o: all.length }] : []),
  ];
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
          value={props.topic.title ?? ''}
          error={props.error}
        />
        {props.blank ? null : <RemoveBox name={`${base}.remove`} label={m.edit.removeTopic} />}
      </div>
      <Held name={`${base}.outcomes.before`} rows={all.slice(0, from)} />
      <Held name={`${base}.outcomes.after`} rows={all.slice(to)} />
      <details class="fold" open={props.blank || errorWithin(props.error, `${base}.`) ? true : undefined}>
        <summary>{m.edit.outcomesFolded(countKinds(all))}</summary>
        <div class="rows">
          {rows.map(({ outcome, o }) => (
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
        {to === all.length ? (
          <button type="button" class="add" data-add-from={`${base}.outcomes[`} hidden>
            {m.edit.addOutcome}
          </button>
        ) : null}
      </details>
    </fieldset>
  );
}

/** How many of those listed were present, sent regrets or were absent. */
function attendanceCounts(attendance: Attendance[]): Record<Attendance['status'], number> {
  const counts = { present: 0, regrets: 0, absent: 0 };
  for (const a of attendance) counts[a.status]++;
  return counts;
}

/** Whether the form's error is on a field whose name starts so: its section is shown open. */
// The page's one clock: 24 hours, UTC. A browser's time field would follow its own locale's
// (a 12-hour clock in many), so the time is typed as text, "13:00".
const CLOCK_PATTERN = '([01]?[0-9]|2[0-3]):?[0-5][0-9]';

function errorWithin(error: FieldError | undefined, start: string): boolean {
  return error?.field !== undefined && error.field.startsWith(start);
}

/** How many decisions, actions and notes a topic holds. */
function countKinds(outcomes: Outcome[]): Record<Outcome['kind'], number> {
  const counts = { decision: 0, action: 0, note: 0 };
  for (const o of outcomes) counts[o.kind]++;
  return counts;
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
  // The earlier outcome it continues, which the form can change or clear.
  const linked = o !== null && isOutcomeCite(o.ref) ? o.ref : null;
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
      {linked === null && props.proposals.length === 0 ? null : (
        <Select
          name={n('continues')}
          label={linked === null ? m.edit.continuesProposed : m.edit.continues}
          value={linked ?? ''}
          error={props.error}
          options={[
            ['', m.edit.continuesNone],
            ...(linked === null ? [] : [[linked, m.edit.continuesOf(linked)] as const]),
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
    <Field name={n('name')} label={m.edit.name} value={a?.name} error={props.error} kind="name" />,
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
