/** The rows of the record form: a topic with its outcomes, an outcome, a person, a document. */
import type { Child } from 'hono/jsx';
import {
  ACTION_STATUSES,
  ATTENDANCE_KINDS,
  ATTENDANCE_STATUSES,
  DOCUMENT_STATES,
  OUTCOME_KINDS,
  type Attendance,
  type DocumentRef,
  type Outcome,
  type Topic,
} from '../../../domain/record.js';
import type { LinkProposal } from '../../../app/follow.js';
import { isOutcomeCite } from '../../../domain/ids.js';
import type { View } from '../kit/view.js';
import { errorWithin, Field, Held, RemoveBox, Select, TextArea, type FieldError } from './fields.js';
import { keptOfAttendance, keptOfDocument, keptOfOutcome, keptOfTopic } from './form-record.js';

export function TopicFields(props: {
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
export function attendanceCounts(attendance: Attendance[]): Record<Attendance['status'], number> {
  const counts = { present: 0, regrets: 0, absent: 0 };
  for (const a of attendance) counts[a.status]++;
  return counts;
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

export function AttendanceRow(props: {
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

export function DocumentRow(props: {
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
export function AttendanceHead(props: { view: View }) {
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
