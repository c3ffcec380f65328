/**
 * Use cases of reading the record: list meetings, show one meeting or one outcome by its
 * citable identifier, search everything, and export a meeting in a published format.
 */
import { found, MinutebookError } from '../domain/errors.js';
import { parseCite } from '../domain/ids.js';
import { outcomesOf, type MeetingRecord, type Outcome, type Topic } from '../domain/record.js';
import { highlight, parseSearchQuery, type Fragment } from '../domain/search.js';
import { renderJson } from '../exporters/json.exporter.js';
import { renderMarkdown } from '../exporters/markdown.exporter.js';
import { importer } from './reading.js';
import { scopeOf, seesDraftsOfMeeting, type Actor } from './access.js';
import type { MeetingFilter, MeetingStore, SearchHit, StoredMeeting } from './ports.js';

import type { ExportFormat } from './formats.js';

export { EXPORT_FORMATS, type ExportFormat } from './formats.js';

/** Lists meetings, newest first. */
export function listMeetings(store: MeetingStore, actor: Actor, filter: Partial<MeetingFilter> = {}) {
  return store.listMeetings(
    {
      limit: filter.limit ?? 50,
      offset: filter.offset ?? 0,
      ...(filter.body === undefined ? {} : { body: filter.body }),
    },
    scopeOf(actor),
  );
}

/** A meeting by its identifier, or by the citable identifier of one of its outcomes; fails with not-found. */
export async function getMeeting(store: MeetingStore, actor: Actor, id: string): Promise<StoredMeeting> {
  return meetingById(store, actor, parseCite(id).meetingId);
}

/** A meeting by its own identifier (no outcome's); fails with not-found. */
export async function meetingById(store: MeetingStore, actor: Actor, id: string): Promise<StoredMeeting> {
  // A meeting the actor may not see gets the very answer of one that does not exist.
  return found(await store.getMeeting(id, scopeOf(actor)), `no meeting has the identifier ${id}`);
}

/** One outcome by its citable identifier (igf-lp/2024-11-01#d1), with its meeting and topic. */
export async function getOutcome(
  store: MeetingStore,
  actor: Actor,
  cite: string,
): Promise<{ meeting: MeetingRecord; topic: Topic; outcome: Outcome }> {
  const { outcomeId } = parseCite(cite);
  const { record } = await getMeeting(store, actor, cite);
  const found = outcomesOf(record).find((x) => x.outcome.id === outcomeId);
  if (found === undefined)
    throw new MinutebookError('not-found', `meeting ${record.meeting.id} has no outcome ${outcomeId}`);
  return { meeting: record, ...found };
}

export interface SearchResult extends SearchHit {
  fragments: Fragment[];
}

/** Searches meetings, outcomes, documents and people; matching words are marked. */
export async function search(
  store: MeetingStore,
  actor: Actor,
  text: string,
  page: { limit?: number; offset?: number } = {},
): Promise<{ results: SearchResult[]; total: number; more: boolean }> {
  const query = parseSearchQuery(text);
  if (query.any.length === 0) return { results: [], total: 0, more: false };
  const { hits, total, more } = await store.search(
    query,
    Math.min(page.limit ?? 20, 200),
    page.offset ?? 0,
    scopeOf(actor),
  );
  return {
    total,
    more,
    results: hits.map((hit) => ({
      ...hit,
      fragments: highlight(hit.body === '' ? hit.title : hit.body, query),
    })),
  };
}

/** A meeting in one of the export formats. */
export async function exportMeeting(
  store: MeetingStore,
  actor: Actor,
  id: string,
  format: ExportFormat,
): Promise<string> {
  const { record } = await getMeeting(store, actor, id);
  return await renderRecord(record, format);
}

/** Renders a record; Markdown is written so that importing it gives the same record back. */
export async function renderRecord(record: MeetingRecord, format: ExportFormat): Promise<string> {
  if (format === 'json') return renderJson(record);
  const { outcomeReader, parseSummary } = await importer();
  return renderMarkdown(record, {
    readMeeting: (markdown) => parseSummary({ bytes: Buffer.from(markdown), name: null }).records[0]!.meeting,
    readOutcome: outcomeReader(record.meeting),
  });
}

/** What a meeting's page shows beside the record: the documents and people it links to. */
export interface MeetingLinks {
  /** The documents each outcome names, by outcome identifier. */
  documents: Map<string, Array<{ id: number; title: string }>>;
  /** The person or office of each attendance entry, by its index. */
  people: number[];
}

/** A meeting with the identifiers of the documents and people it names; fails with not-found. */
export async function getMeetingWithLinks(
  store: MeetingStore,
  actor: Actor,
  id: string,
): Promise<StoredMeeting & { links: MeetingLinks }> {
  const stored = await getMeeting(store, actor, id);
  const meetingId = stored.record.meeting.id ?? id;
  const [named, people] = await Promise.all([
    store.documentsOfMeeting(meetingId, scopeOf(actor)),
    store.peopleOfMeeting(meetingId, scopeOf(actor)),
  ]);
  const documents = new Map<string, Array<{ id: number; title: string }>>();
  for (const { outcomeId, documentId, title } of named) {
    documents.set(outcomeId, [...(documents.get(outcomeId) ?? []), { id: documentId, title }]);
  }
  return { ...stored, links: { documents, people } };
}

/** What a reader is shown as the text a meeting was read from. */
export interface ShownSource {
  name: string | null;
  text: string;
  /** The line of its file the text begins at. */
  firstLine: number;
  /**
   * The text is the summary as it was first published, written out by Minutebook, because the
   * meeting was edited after it was read and before it was published: the text it was read
   * from says what the published summary does not, and only those who saw the draft may read it.
   */
  rendered: boolean;
}

/**
 * The text a meeting was read from, as the actor may see it; null when the meeting was recorded
 * by hand or when the text also holds a meeting the actor may not see. Fails with not-found
 * when the meeting itself is out of sight.
 */
export async function meetingSource(
  store: MeetingStore,
  actor: Actor,
  id: string,
): Promise<ShownSource | null> {
  const stored = await getMeeting(store, actor, id);
  const meetingId = stored.record.meeting.id ?? parseCite(id).meetingId;
  const source = await store.getSource(meetingId, scopeOf(actor));
  if (source === null) return null;
  if (!source.editedSinceRead || seesDraftsOfMeeting(actor, stored.record))
    return { name: source.name, text: source.text, firstLine: source.firstLine, rendered: false };
  const published = (await store.listVersions(meetingId))
    .filter((v) => v.state === 'published')
    .sort((a, b) => a.version - b.version)[0];
  const record =
    published === undefined || published.current
      ? stored.record
      : ((await store.getVersion(meetingId, published.version)) ?? stored.record);
  return { name: source.name, text: await renderRecord(record, 'md'), firstLine: 1, rendered: true };
}
