/**
 * Recording meetings by hand: a new meeting (first its body and day, then the record's form) and
 * the edit of one. A form with a mistake comes back with everything entered and the field at
 * fault; an edit saved over someone else's comes back with the differences, to save knowingly.
 */
import { createMeeting, newMeetingDraft, saveEdit } from '../../../app/editing.js';
import { getMeeting } from '../../../app/meetings.js';
import { listBodies } from '../../../app/registers.js';
import { recordDifferences } from '../../../domain/differences.js';
import { MinutebookError } from '../../../domain/errors.js';
import type { MeetingRecord } from '../../../domain/record.js';
import { fieldErrorOf, type FieldError } from '../record-form/fields.js';
import { recordFromForm } from '../record-form/form-record.js';
import { form, page, seeOther, shown, textOf, type FormRequest, type PageRoute } from '../kit/route.js';
import { meetingHref } from '../kit/view.js';
import { EditPage, NewMeetingPage, NewMeetingStart, type Conflict } from './edit.page.js';
import { MEETING, meetingOf } from './routes.js';

/** A row number from a query or a form; undefined when it is not one. */
const rowOf = (value: string | undefined): number | undefined =>
  value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : undefined;

/** The edit form again, with everything the person entered. */
function editAgain(
  r: FormRequest,
  record: MeetingRecord,
  status: 409 | 422,
  extra: { error?: FieldError; conflict?: Conflict; version?: number },
) {
  return shown(
    <EditPage
      view={r.view}
      record={record}
      version={extra.version ?? Number(r.values.get('version'))}
      published={r.values.get('published') === 'true'}
      reason={textOf(r.values, 'reason')}
      error={extra.error}
      conflict={extra.conflict}
      window={{
        attendance: rowOf(r.values.get('window.attendance')),
        topics: rowOf(r.values.get('window.topics')),
      }}
    />,
    status,
  );
}

export const editRoutes: readonly PageRoute[] = [
  page(`${MEETING}/edit`, {
    may: 'record',
    async load(r) {
      const stored = await getMeeting(r.store, r.user, meetingOf(r));
      const window = {
        attendance: rowOf(r.query('attendance')),
        topics: rowOf(r.query('topics')),
        outcomes: rowOf(r.query('outcomes')),
      };
      return {
        record: stored.record,
        version: stored.version,
        published: stored.state === 'published',
        window,
      };
    },
    render: (view, data) => <EditPage view={view} {...data} />,
  }),

  form(`${MEETING}/edit`, {
    async handle(r) {
      const id = meetingOf(r);
      const { record, error } = recordFromForm(r.values, '', 'keep', r.view.m);
      if (record.meeting.id !== id)
        throw new MinutebookError('invalid-argument', r.view.m.errors.wrongMeeting(id));
      if (error !== null) return editAgain(r, record, 422, { error });
      try {
        await saveEdit(r.store, r.user, record, Number(r.values.get('version')), textOf(r.values, 'reason'));
      } catch (thrown) {
        const invalid = fieldErrorOf(thrown);
        if (invalid !== null) return editAgain(r, record, 422, { error: invalid });
        if (!(thrown instanceof MinutebookError) || thrown.code !== 'conflict') throw thrown;
        const current = await getMeeting(r.store, r.user, id);
        const conflict = { version: current.version, differences: recordDifferences(current.record, record) };
        // The form keeps what this person entered; saving it again now saves over the current version, knowingly.
        return editAgain(r, record, 409, { conflict, version: current.version });
      }
      return seeOther(`${meetingHref(id)}?notice=saved`);
    },
  }),

  page('/new', {
    may: 'record',
    async load(r) {
      const body = (r.query('body') ?? '').trim();
      const date = (r.query('date') ?? '').trim();
      if (body !== '' && /^\d{4}-\d{2}-\d{2}$/.test(date))
        return { draft: await newMeetingDraft(r.store, r.user, body, date, r.view.m.edit.reviewTopic) };
      const error = body === '' && date === '' ? undefined : r.view.m.edit.needBodyAndDate;
      return { start: { bodies: await listBodies(r.store, r.user), body, date, error } };
    },
    render: (view, data) =>
      data.draft === undefined ? (
        <NewMeetingStart view={view} {...data.start} />
      ) : (
        <NewMeetingPage view={view} record={data.draft} />
      ),
    status: (data) => (data.start?.error === undefined ? 200 : 400),
  }),

  form('/new', {
    async handle(r) {
      const { record, error } = recordFromForm(r.values, '', 'derive', r.view.m);
      const again = (status: 409 | 422, refusal: { error?: FieldError; message?: string }) =>
        shown(<NewMeetingPage view={r.view} record={record} {...refusal} />, status);
      if (error !== null) return again(422, { error });
      try {
        const result = await createMeeting(r.store, r.user, record);
        return seeOther(`${meetingHref(result.id)}?notice=created`);
      } catch (thrown) {
        const invalid = fieldErrorOf(thrown);
        if (invalid !== null) return again(422, { error: invalid });
        if (thrown instanceof MinutebookError && thrown.code === 'conflict')
          return again(409, { message: thrown.message });
        throw thrown;
      }
    },
  }),
];
