/**
 * The text a meeting was read from, line by line, each line from which something was taken
 * marked with what was taken; and the importer's warnings, each linked to its line. The same
 * view sits beside the form when an upload is reviewed.
 */
import type { Messages } from '../../i18n/en.js';
import type { MeetingRecord } from '../../../domain/record.js';
import { Layout } from '../kit/layout.js';
import { meetingHref, type View } from '../kit/view.js';
import { meetingTitle } from './meeting.page.js';
import type { ShownSource } from '../../../app/meetings.js';

/** What was taken from each line of the source, in words a reader understands. */
export function extractedByLine(m: Messages, record: MeetingRecord): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  const add = (line: number | null, label: string): void => {
    if (line !== null) byLine.set(line, [...(byLine.get(line) ?? []), label]);
  };
  add(record.meeting.line, m.source.titleBlock);
  for (const topic of record.topics) {
    add(topic.line, m.source.topic(topic.title));
    for (const outcome of topic.outcomes) add(outcome.line, `${m.kinds[outcome.kind]} ${outcome.id}`);
  }
  for (const entry of record.attendance)
    add(entry.line, m.source.attendee(entry.name, m.attendanceStatuses[entry.status]));
  for (const document of record.documents) add(document.line, m.source.document(document.title));
  return byLine;
}

/** The source text as numbered lines, with what was taken from each and the warnings. */
export function SourceText(props: {
  view: View;
  text: string;
  records: MeetingRecord[];
  idPrefix?: string;
  /** The line of its file the text begins at. */
  firstLine?: number;
}) {
  const { m } = props.view;
  const prefix = props.idPrefix ?? 'L';
  const extracted = new Map<number, string[]>();
  const warned = new Map<number, string[]>();
  for (const record of props.records) {
    for (const [line, labels] of extractedByLine(m, record))
      extracted.set(line, [...(extracted.get(line) ?? []), ...labels]);
    for (const warning of record.warnings)
      if (warning.line !== null)
        warned.set(warning.line, [...(warned.get(warning.line) ?? []), warning.message]);
  }
  const warnings = props.records.flatMap((r) => r.warnings);
  const lines = props.text.replace(/\r\n?/g, '\n').split('\n');
  return (
    <div class="source-view">
      {warnings.length === 0 ? (
        <p class="no-warnings">{m.source.noWarnings}</p>
      ) : (
        <section class="warnings" aria-labelledby={`${prefix}-warnings`}>
          <h2 id={`${prefix}-warnings`}>{m.meeting.warnings}</h2>
          <ul>
            {warnings.map((w) => (
              <li>
                {w.line === null ? null : (
                  <>
                    <a href={`#${prefix}${w.line}`}>{m.source.lineNumber(w.line)}</a>
                    {': '}
                  </>
                )}
                {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ol class="source-lines" aria-label={m.source.linesLabel}>
        {lines.map((line, i) => {
          const number = i + (props.firstLine ?? 1);
          const taken = extracted.get(number);
          const problems = warned.get(number);
          const marks = [taken === undefined ? '' : 'extracted', problems === undefined ? '' : 'warned']
            .filter(Boolean)
            .join(' ');
          return (
            <li id={`${prefix}${number}`} class={marks === '' ? undefined : marks}>
              <span class="number" aria-hidden="true">
                {number}
              </span>
              <code>{line === '' ? ' ' : line}</code>
              {taken === undefined && problems === undefined ? null : (
                <span class="taken">
                  {[...(taken ?? []), ...(problems ?? []).map((p) => `⚠ ${p}`)].join(' · ')}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function SourcePage(props: { view: View; record: MeetingRecord; source: ShownSource | null }) {
  const { view, source } = props;
  const { m } = view;
  const id = props.record.meeting.id!;
  return (
    <Layout
      view={view}
      title={m.source.title(id)}
      up={{ href: meetingHref(id), text: meetingTitle(view, props.record) }}
    >
      <h1>{m.source.title(id)}</h1>
      {source === null ? (
        <p>{m.source.noSource}</p>
      ) : source.rendered ? (
        <>
          <p class="intro">{m.source.rendered}</p>
          <SourceText view={view} text={source.text} records={[]} />
        </>
      ) : (
        <>
          <p class="intro">
            {m.source.intro}
            {source.name === null ? null : <> {m.source.fileName(source.name)}</>}
            {source.firstLine === 1 ? null : <> {m.source.part(source.firstLine)}</>}
          </p>
          <SourceText view={view} text={source.text} records={[props.record]} firstLine={source.firstLine} />
        </>
      )}
    </Layout>
  );
}
