/**
 * The fields of a meeting record as an HTML form, for recording a new meeting, editing one and
 * reviewing an upload. Every field's name is its path in the record (`topics[0].outcomes[1].due`),
 * so an error the application reports for a field points at the input that holds it.
 *
 * The form works without script: blank rows stand ready for a new topic, outcome or person,
 * and a "remove" box drops a row. With script, "add" buttons give as many blank rows as wanted.
 */
import {
  MEETING_MODES,
  MEETING_STATUSES,
  type Attendance,
  type MeetingRecord,
  type Topic,
} from '../../../domain/record.js';
import type { LinkProposal } from '../../../app/follow.js';
import type { View } from '../kit/view.js';
import {
  ClockField,
  errorWithin,
  Field,
  Held,
  inputId,
  Select,
  TextArea,
  type FieldError,
} from './fields.js';
import { keptOfRecord } from './form-record.js';
import { AttendanceHead, AttendanceRow, attendanceCounts, DocumentRow, TopicFields } from './rows.js';
import { SHOWN_ATTENDANCE, SHOWN_OUTCOMES, windowOf, type FormWindow } from './window.js';

const BLANK_ATTENDANCE_ROWS = 2;

/** All the fields of one record; `prefix` tells records apart when a form holds several. */
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
  // What every row of the form is given: the reader's view, the record's place in the form, the
  // error to mark, the names a person field suggests.
  const ofEveryRow = { view, prefix, error: e, peopleList };
  const modes = [['', m.edit.noMode] as const, ...MEETING_MODES.map((x) => [x, m.modes[x]] as const)];
  const held = MEETING_STATUSES.map((x) => [x, m.meetingStatuses[x]] as const);
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
          <ClockField name={p('meeting.start')} label={m.edit.start} value={meeting.start} error={e} />
          <ClockField name={p('meeting.end')} label={m.edit.end} value={meeting.end} error={e} />
          <Select
            name={p('meeting.mode')}
            label={m.edit.mode}
            value={meeting.mode}
            error={e}
            options={modes}
          />
          <Field name={p('meeting.venue')} label={m.edit.venue} value={meeting.venue} error={e} />
          <Select
            name={p('meeting.status')}
            label={m.edit.meetingStatus}
            value={meeting.status}
            error={e}
            options={held}
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
            {...ofEveryRow}
            topic={topic}
            index={index}
            blank={blank}
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
              <AttendanceRow {...ofEveryRow} entry={entry} index={index} groupsList={groupsList} />
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
