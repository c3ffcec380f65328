/**
 * Importing: a summary uploaded or pasted is read and shown for review beside its text, with
 * the earlier outcomes each outcome may continue and the known bodies its body may be; the
 * review is checked again or saved. Nothing is stored before the person saves.
 */
import { confirmBodies, proposeBodies } from '../../../app/bodies.js';
import { proposeLinks } from '../../../app/follow.js';
import { readSummaryAside, saveReviewed } from '../../../app/summaries.js';
import { MinutebookError } from '../../../domain/errors.js';
import { LIMITS } from '../../../domain/limits.js';
import type { MeetingRecord } from '../../../domain/record.js';
import { fieldErrorOf, type FieldError } from '../record-form/fields.js';
import { recordFromForm } from '../record-form/form-record.js';
import { form, page, seeOther, shown } from '../kit/route.js';
import type { FormRequest, PageRequest, PageRoute } from '../kit/route.js';
import { meetingHref } from '../kit/view.js';
import { ImportPage, ReviewPage } from './import.page.js';

/** What the review proposes for each record: earlier outcomes to continue, known bodies. */
async function proposalsFor(r: PageRequest, records: MeetingRecord[]) {
  return {
    proposals: await Promise.all(records.map((record) => proposeLinks(r.store, r.user, record))),
    bodies: await Promise.all(records.map((record) => proposeBodies(r.store, r.user, record.meeting.body))),
  };
}

/** The file uploaded, or else the text pasted; null when there is neither. */
async function inputOf(r: FormRequest): Promise<{ bytes: Buffer; name: string | null } | null> {
  const file = r.files.get('file');
  if (file !== undefined && file.size > 0)
    return { bytes: Buffer.from(await file.arrayBuffer()), name: file.name };
  const pasted = r.values.get('text') ?? '';
  return pasted.trim() === '' ? null : { bytes: Buffer.from(pasted), name: null };
}

/** The records of a review form, each with the mistake the form shows on it, if any. */
function reviewedOf(r: FormRequest): { records: MeetingRecord[]; error: FieldError | undefined } {
  const count = new Set(
    [...r.values.keys()].map((k) => /^records\[(\d+)\]\./.exec(k)?.[1]).filter((x) => x !== undefined),
  ).size;
  if (count > LIMITS.meetingsPerFile)
    throw new MinutebookError('input-too-large', r.view.m.import.tooMany(count, LIMITS.meetingsPerFile));
  const parsed = Array.from({ length: count }, (_, i) =>
    recordFromForm(r.values, `records[${i}].`, 'derive', r.view.m),
  );
  return {
    records: parsed.map((p) => p.record),
    error: parsed.find((p) => p.error !== null)?.error ?? undefined,
  };
}

export const importRoutes: readonly PageRoute[] = [
  page('/import', { may: 'record', load: () => null, render: (view) => <ImportPage view={view} /> }),

  form('/import', {
    may: 'record',
    async handle(r) {
      const input = await inputOf(r);
      if (input === null) return shown(<ImportPage view={r.view} error={r.view.m.import.noFile} />, 400);
      try {
        const { records, source } = await readSummaryAside(input);
        const proposed = await proposalsFor(r, records);
        return shown(
          <ReviewPage view={r.view} records={records} text={source.text} name={source.name} {...proposed} />,
        );
      } catch (thrown) {
        if (!(thrown instanceof MinutebookError)) throw thrown;
        return shown(<ImportPage view={r.view} error={thrown.describe()} />, 422);
      }
    },
  }),

  // Who may save was checked before the form was read (permissions.ts); again here, as the
  // proposals shown with a refused form quote earlier outcomes.
  form('/import/save', {
    may: 'record',
    async handle(r) {
      const text = (r.values.get('source.text') ?? '').replace(/\r\n?/g, '\n');
      const name = r.values.get('source.name') || null;
      const { records, error: formError } = reviewedOf(r);
      if (text === '') throw new MinutebookError('invalid-argument', r.view.m.import.noFile);
      // The review again, with proposals made for the body and dates the form now gives.
      const again = async (error: FieldError | undefined, message?: string) =>
        shown(
          <ReviewPage
            view={r.view}
            records={records}
            text={text}
            name={name}
            message={message}
            {...await proposalsFor(r, records)}
            {...(error === undefined ? {} : { error })}
          />,
          error === undefined ? 200 : 422,
        );
      try {
        // The body each meeting was confirmed to be, when the review proposed known bodies. A
        // choice made for the body as read applies only while the form still gives that body.
        const bodySpellings = await confirmBodies(
          r.store,
          r.user,
          records,
          records.map((record, i) =>
            r.values.get(`records[${i}].sameBodyFor`) === record.meeting.body
              ? (r.values.get(`records[${i}].sameBody`) ?? null)
              : null,
          ),
        );
        // Checked again: the form as corrected, nothing saved.
        if (r.values.get('step') === 'check') return again(formError, r.view.m.import.checked);
        if (formError !== undefined) return again(formError);
        const published = r.values.get('published') === 'true';
        const results = await saveReviewed(
          r.store,
          r.user,
          records,
          { name, text },
          { published, bodySpellings },
        );
        return seeOther(
          results.length === 1 ? `${meetingHref(results[0]!.id)}?notice=imported` : '/?notice=imported',
        );
      } catch (thrown) {
        const invalid = fieldErrorOf(thrown);
        if (invalid === null) throw thrown;
        return again(invalid);
      }
    },
  }),
];
