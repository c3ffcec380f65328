/**
 * Importing a summary: upload (or paste) it, then review what was read beside the text it was
 * read from, correct it, and save. Nothing is stored before the person saves.
 */
import { InputField, Labelled } from '../kit/fields.js';
import type { MeetingRecord } from '../../../domain/record.js';
import { ErrorSummary } from '../meetings/edit.page.js';
import { Csrf, Layout, TitledPage, Notice } from '../kit/layout.js';
import type { FieldError } from '../record-form/fields.js';
import { RecordFields } from '../record-form/record-form.js';
import { windowShowing } from '../record-form/window.js';
import { SourceText } from '../meetings/source.page.js';
import type { View } from '../kit/view.js';
import type { LinkProposal } from '../../../app/follow.js';

export function ImportPage(props: { view: View; error?: string | undefined }) {
  const { view } = props;
  const { m } = view;
  return (
    <TitledPage view={view} title={m.import.title} intro={m.import.intro} refusal={props.error}>
      <form class="upload" method="post" action="/import" enctype="multipart/form-data">
        <Csrf view={view} />
        <InputField
          label={m.import.file}
          id="import-file"
          name="file"
          type="file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
        />
        <p class="or">{m.import.or}</p>
        <Labelled for="import-text" label={m.import.paste}>
          <textarea id="import-text" name="text" rows={8}></textarea>
        </Labelled>
        <button type="submit" class="primary">
          {m.import.upload}
        </button>
      </form>
    </TitledPage>
  );
}

/** The records read from an upload, as forms, beside the text with what was read from each line. */
export function ReviewPage(props: {
  view: View;
  records: MeetingRecord[];
  text: string;
  name: string | null;
  error?: FieldError | undefined;
  message?: string | undefined;
  /** For each record, the earlier outcomes its outcomes may continue. */
  proposals?: Array<Map<string, LinkProposal[]>>;
  /** For each record, the known bodies its body as written may be. */
  bodies?: string[][];
}) {
  const { view } = props;
  const { m } = view;
  return (
    <Layout view={view} title={m.import.review}>
      <h1>{m.import.review}</h1>
      <Notice kind="info">
        <p>{m.import.reviewIntro}</p>
      </Notice>
      {props.message === undefined ? null : (
        <Notice kind="error">
          <p>{props.message}</p>
        </Notice>
      )}
      {props.error === undefined ? null : <ErrorSummary view={view} error={props.error} />}
      <div class="side-by-side">
        <section class="review-source" aria-labelledby="review-source-heading">
          <h2 id="review-source-heading">
            {props.name === null ? m.import.sourceHeading : m.import.sourceOf(props.name)}
          </h2>
          <SourceText view={view} text={props.text} records={props.records} />
        </section>
        <section class="review-record" aria-labelledby="review-record-heading">
          <h2 id="review-record-heading">{m.import.recordHeading}</h2>
          {props.records.length > 1 ? <p>{m.import.several(props.records.length)}</p> : null}
          <form class="record-form" method="post" action="/import/save">
            <Csrf view={view} />
            <input type="hidden" name="source.name" value={props.name ?? ''} />
            <input type="hidden" name="source.text" value={props.text} />
            {props.records.map((record, i) => (
              <section class="review-meeting" aria-label={m.edit.recordNumber(i + 1)}>
                {props.records.length > 1 ? <h3>{m.edit.recordNumber(i + 1)}</h3> : null}
                <RecordFields
                  view={view}
                  record={record}
                  prefix={`records[${i}].`}
                  error={props.error}
                  proposals={props.proposals?.[i]}
                  bodies={props.bodies?.[i]}
                  window={windowShowing(
                    record,
                    {},
                    props.error?.field.startsWith(`records[${i}].`) ? props.error.field : undefined,
                  )}
                />
              </section>
            ))}
            <div class="field check">
              <input id="published" type="checkbox" name="published" value="true" />
              <label for="published">{m.workflow.publishedAlready}</label>
            </div>
            <div class="actions">
              <button type="submit" class="primary">
                {m.import.save}
              </button>
              <button type="submit" name="step" value="check">
                {m.import.checkAgain}
              </button>
              <a href="/import">{m.edit.cancel}</a>
            </div>
          </form>
        </section>
      </div>
    </Layout>
  );
}
