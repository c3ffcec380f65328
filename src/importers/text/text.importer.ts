/**
 * The importer for Markdown and plain-text summaries: text in, one meeting record per meeting
 * the text holds, every extracted item pointing at the line it came from.
 */
import type { DocumentRef, MeetingRecord, Outcome, Topic, Warning } from '../../domain/record.js';
import { meetingId } from '../../domain/ids.js';
import { documentKey, keyOf } from '../../domain/text.js';
import { LIMITS } from '../../domain/limits.js';
import { givesSpeech, readBody, type Body, type BodyContext, type TopicDraft } from './body.js';
import { titleOf, type OutcomeDraft } from './outcome-collector.js';
import { NOTE } from './outcomes.js';
import { namedDocuments } from './documents.js';
import {
  documentAddresses,
  fileLinkTitle,
  namesKindOfDocument,
  numberedReferences,
  titledLinks,
  titledPhrases,
  titleInLanguages,
} from './references.js';
import { plainText } from './inline.js';
import { announcesEvent, isAgendaLine, tellsWhatHappened, titledAsAgenda } from './agenda.js';
import { attendanceFromFrontMatter, takeFrontMatter } from './front-matter.js';
import { readHeader } from './header.js';
import { isListOfMeetings } from './listing.js';
import { outline, type SourceLine } from './outline.js';
import { splitMeetings } from './segments.js';
import { unflatten } from './flattened.js';
import { htmlLines, isHtmlText } from './html-lines.js';
import { resolveWhen } from './when.js';

/** Lines longer than this are read only in part: no summary has a longer paragraph. */
export const MAX_LINE_LENGTH = 20_000;

export interface TextSource {
  text: string;
  name: string | null;
  sha256: string;
  encoding: string;
  /** Warnings from decoding, reported on every meeting of the file. */
  warnings: Warning[];
}

/** The meetings a text holds, and the line each begins at (1 for the first). */
export interface TextReading {
  records: MeetingRecord[];
  starts: number[];
}

/** Reads every meeting a text holds. */
export function readTextSummary(source: TextSource): TextReading {
  const read = sourceLines(source.text);
  const { warnings } = read;
  const lines = isHtmlText(source.text, read.lines) ? markdownOfHtml(source.text, read.lines) : read.lines;
  const segments = splitMeetings(lines);
  const records = segments.map((segment) => {
    const record = readMeeting(segment.lines, source);
    record.warnings.unshift(...source.warnings, ...warnings.filter((w) => inSegment(w, segment.lines)));
    return record;
  });
  return { records, starts: startsOf(segments) };
}

/**
 * The line each meeting of a text begins at, as readTextSummary splits it, without reading the
 * meetings: to cut a reviewed text into the parts its meetings were read from.
 */
export function meetingStarts(text: string): number[] {
  return startsOf(splitMeetings(sourceLines(text).lines));
}

// The first meeting begins the text: what comes before its title (a file title, a preamble) is its own.
const startsOf = (segments: Array<{ lines: SourceLine[] }>): number[] =>
  segments.map((segment, i) => (i === 0 ? 1 : (segment.lines[0]?.n ?? 1)));

/**
 * A text cut before each of the given lines (1-based, ascending, the first being 1): the parts
 * put together again are the text, character for character. Lines end as sourceLines ends them.
 */
export function cutAtLines(text: string, starts: number[]): string[] {
  const offsets: number[] = [];
  let line = 1;
  let next = 0;
  for (let i = 0; i <= text.length && next < starts.length;) {
    if (line === starts[next]) {
      offsets.push(i);
      next++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (Number.isNaN(code)) break;
    i += code === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    if (code === 10 || code === 13) line++;
  }
  return offsets.map((offset, k) => text.slice(offset, offsets[k + 1] ?? text.length));
}

function inSegment(warning: Warning, lines: SourceLine[]): boolean {
  return warning.line === null || (warning.line >= lines[0]!.n && warning.line <= lines.at(-1)!.n);
}

const SPECIAL_SPACE = /[\u00a0\u2000-\u200d\u202f\u205f\u3000\u2060\u00ad\t]/;

function normalizeSpaces(line: string): string {
  return line
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\u00ad]/g, '')
    .replace(/\t/g, '    ')
    .trimEnd();
}

/**
 * The lines of a text written in HTML, as the Markdown its elements stand for; front matter
 * above the markup stays as it is.
 */
function markdownOfHtml(text: string, lines: SourceLine[]): SourceLine[] {
  const first = lines.findIndex((l) => l.raw.trim() !== '');
  const fence = lines[first]?.raw.trim();
  const close =
    fence === '---' || fence === '+++' ? lines.findIndex((l, i) => i > first && l.raw.trim() === fence) : -1;
  const kept = close === -1 ? [] : lines.slice(0, close + 1);
  const from = close === -1 ? 1 : lines[close]!.n + 1;
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const html = unmarked
    .split(/\r\n|\r|\n/)
    .slice(from - 1)
    .join('\n');
  return [...kept, ...htmlLines(html, from)];
}

/** Splits text into numbered lines with spaces normalized, noting oddities of the characters. */
export function sourceLines(text: string): { lines: SourceLine[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Splitting at one character is several times faster than at an expression.
  const raw = unmarked.includes('\r') ? unmarked.split(/\r\n|\r|\n/) : unmarked.split('\n');
  const lines: SourceLine[] = [];
  const replaced: number[] = [];
  // One look at the whole text spares a look at each line of the many texts without them.
  const special = SPECIAL_SPACE.test(unmarked);
  raw.forEach((value, index) => {
    const n = index + 1;
    let line = value;
    if (line.length > MAX_LINE_LENGTH) {
      warnings.push({
        code: 'long-line',
        line: n,
        message: `line ${n} is ${line.length.toLocaleString('en')} characters long; only the first ${MAX_LINE_LENGTH.toLocaleString('en')} were read`,
      });
      line = line.slice(0, MAX_LINE_LENGTH);
    }
    if (line.includes('\uFFFD') && replaced.length < 50) replaced.push(n);
    const parts = line.length > 600 ? unflatten(line) : [line];
    if (parts.length > 1) {
      warnings.push({
        code: 'long-line',
        line: n,
        message: `line ${n} holds a whole message in one line (${line.length.toLocaleString('en')} characters); it was read in ${parts.length} parts`,
      });
      for (const part of parts) lines.push({ n, raw: normalizeSpaces(part) }, { n, raw: '' });
      return;
    }
    line = special && SPECIAL_SPACE.test(line) ? normalizeSpaces(line) : line.trimEnd();
    lines.push({ n, raw: line });
  });
  for (const n of replaced) {
    warnings.push({
      code: 'replacement-character',
      line: n,
      message: `line ${n} has characters that were lost before import (shown as �)`,
    });
  }
  return { lines, warnings };
}

function readMeeting(lines: SourceLine[], source: TextSource): MeetingRecord {
  const { data, line: fmLine, rest } = takeFrontMatter(lines);
  const blocks = outline(rest);
  const header = readHeader(blocks, data, fmLine);
  let whenFirst = resolveWhen(header.dates, header.times, header.opened, header.closed);
  const year = whenFirst.when.date === null ? undefined : Number(whenFirst.when.date.slice(0, 4));
  let body = readAgendaAsRecord(readBody(blocks, header.next, { body: header.body, year }), (context) =>
    readBody(blocks, header.next, { body: header.body, year, ...context }),
  );
  // A summary told in paragraphs without a heading: the first paragraph says why the meeting
  // met, and those after it what it did, when they decide or set tasks.
  // An agenda or the announcement of an event says what will be done, whatever its paragraphs say.
  // Looked at only where it decides something: most texts are neither.
  let announcedOnce: boolean | undefined;
  const announced = (): boolean => (announcedOnce ??= titledAsAgenda(rest) || announcesEvent(rest));
  const told = header.purposeBlocks[1];
  if (
    told !== undefined &&
    !header.cancelled &&
    !body.cancelled &&
    !announced() &&
    body.topics.every((t) => t.outcomes.length === 0)
  ) {
    const again = readBody(blocks, told, { body: header.body, year });
    // Someone writing in the first person (a reply, a cover note) records nothing of the body's.
    const outcomes = again.topics.flatMap((t) => t.outcomes).filter((o) => !FIRST_PERSON.test(o.text));
    // What it did, not what it plans: a decision, or tasks told with what happened.
    if (
      !again.cancelled &&
      (outcomes.some((o) => o.kind === 'decision') ||
        (outcomes.some((o) => o.kind === 'action') && tellsWhatHappened(outcomes.map((o) => o.text))))
    ) {
      body = again;
      header.purpose = header.purpose!.split('\n\n')[0]!;
    } else {
      // "The Steering Committee, meeting today, have confirmed that …": a first paragraph that
      // tells what the body decided is the record, not why it met.
      const opening = readBody(blocks, header.purposeBlocks[0]!, { body: header.body, year });
      const firstEnds = blocks[told]!.line;
      const decided = opening.topics
        .flatMap((t) => t.outcomes)
        .some((o) => o.kind === 'decision' && o.line < firstEnds && !FIRST_PERSON.test(o.text));
      if (!opening.cancelled && decided) {
        body = opening;
        header.purpose = null;
      }
    }
  }
  attendanceFromFrontMatter(data, fmLine, body.book);
  // A section on when and where ("## Date, Time and Location") dates what the head does not.
  let dates = header.dates;
  let times = header.times;
  if (body.when.length > 0 && (whenFirst.when.date === null || whenFirst.when.timeText === null)) {
    const fromBody = whenFirst.when.date === null ? body.when : dates;
    const again = resolveWhen(fromBody, [...times, ...body.when], header.opened, header.closed);
    if (again.when.date !== null) {
      whenFirst = again;
      dates = fromBody;
      times = [...times, ...body.when];
    }
  }
  // Read again only when the body says when the meeting opened or closed.
  const opened = header.opened ?? body.opened;
  const closed = header.closed ?? body.closed;
  const { when, warnings: whenWarnings } =
    opened === header.opened && closed === header.closed
      ? whenFirst
      : resolveWhen(dates, times, opened, closed);
  const cancelled = header.cancelled || body.cancelled;
  const warnings: Warning[] = [...header.warnings, ...whenWarnings, ...body.warnings];
  if (header.body === null)
    warnings.push({
      code: 'missing-body',
      line: header.line,
      message: 'the summary does not say which body met',
    });
  if (cancelled)
    warnings.push({
      code: 'cancelled-meeting',
      line: header.line,
      message: 'the summary says the meeting was cancelled',
    });
  const listing = body.book.entries.length === 0 && isListOfMeetings(blocks);
  const agenda =
    !cancelled &&
    !listing &&
    body.book.entries.length === 0 &&
    announced() &&
    !body.topics.some((t) => t.outcomes.some((o) => o.kind === 'decision')) &&
    !tellsWhatHappened(body.topics.flatMap((t) => t.outcomes.map((o) => o.text))) &&
    // What each speaker said is the log of a meeting held, whatever agenda heads it.
    !givesSpeech(blocks, header.next);
  if (agenda) {
    body.topics.splice(0, body.topics.length, ...agendaTopics(body.topics, body.agenda));
    for (const topic of body.topics) for (const outcome of topic.outcomes) planOnly(outcome);
    warnings.push({
      code: 'agenda-only',
      line: header.line,
      message:
        'the text reads as an agenda or the announcement of a meeting: its items are kept as topics, and none as a decision or an action',
    });
  }
  // What stands before the first topic and decides nothing (a paragraph of introduction, a
  // line the head did not take) is the meeting's preamble, not a topic the text never named.
  let purpose = header.purpose;
  const preamble = body.topics[0];
  if (!cancelled && !listing && preamble?.catchAll && preamble.outcomes.every((o) => o.kind === 'note')) {
    body.topics.shift();
    const texts = preamble.outcomes.map((o) => o.text);
    if (texts.length > 0) purpose = [purpose, ...texts].filter((t) => t !== null).join('\n\n');
  }
  listedActionsOnly(body.topics);
  // An agenda over minutes that title nothing of their own: the meeting took up its items.
  if (
    !cancelled &&
    !listing &&
    !agenda &&
    body.agenda.length > 0 &&
    body.topics.every((t) => t.title === null)
  )
    // In reading order: outcomes under no item after the agenda stay after its items.
    body.topics.splice(
      0,
      body.topics.length,
      ...[...body.topics, ...agendaTopics([], body.agenda)].sort((a, b) => firstLine(a) - firstLine(b)),
    );
  // A page that shows its title again above the text ("January 29 Board Meeting") titles no topic.
  const titleKey = header.title === null ? null : keyOf(header.title);
  const drafts = body.topics.filter(
    (t) => t.outcomes.length > 0 || t.title === null || keyOf(t.title) !== titleKey,
  );
  untitleLoneCaption(drafts);
  const { topics, documents } = finishTopics(cancelled || listing ? [] : drafts, header.body);
  if (!cancelled && !listing) addListed(documents, body.documents);
  addReferences(
    documents,
    rest,
    header.title,
    blocks[header.next]?.line ?? (header.line ?? 0) + 1,
    new Set([
      ...topics.flatMap((t) => t.outcomes.map((o) => o.line)),
      ...body.book.entries.map((e) => e.line),
    ]),
  );
  const last = lastOutcome(topics);
  const lastLine = lastTextLine(lines);
  // The last line stops on a letter, inside the last outcome's sentence: the text was cut off.
  if (
    last !== null &&
    last.line !== null &&
    lastLine !== null &&
    last.line <= lastLine.n &&
    last.line > lastLine.n - 8 &&
    /\p{Ll}$/u.test(lastLine.raw) &&
    // A short list item ends without a stop as often as not; a long one cut off does not.
    !(
      /^\s*(?:[-*+•]|\d{1,3}[.)])\s/.test(lastLine.raw) &&
      last.text.length < 100 &&
      !last.text.includes('. ')
    ) &&
    /\p{Ll}$/u.test(last.text) &&
    last.text.split(' ').length >= 5
  ) {
    warnings.push({
      code: 'truncated-text',
      line: last.line,
      message: `the text ends mid-sentence at line ${last.line}; the end of the summary may be missing`,
    });
  }
  const record: MeetingRecord = {
    format: 'minutebook/1',
    meeting: {
      id: meetingId(header.body, header.title, when.date),
      body: header.body,
      title: header.title,
      mode: header.mode,
      ...when,
      venue: header.venue,
      purpose,
      status: cancelled ? 'cancelled' : 'held',
      publication: header.publication ?? (body.draft ? 'draft' : null),
      line: header.line,
    },
    topics,
    attendance: body.book.entries,
    documents,
    warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    source: { name: source.name, sha256: source.sha256, lines: lines.length, encoding: source.encoding },
  };
  return record;
}

// Numbers outcomes by kind in reading order and gathers the documents they name.
export function finishTopics(
  drafts: TopicDraft[],
  body: string | null,
): { topics: Topic[]; documents: DocumentRef[] } {
  const counters = { decision: 0, action: 0, note: 0 };
  const documents = new Map<string, DocumentRef>();
  const topics = drafts.map((draft) => ({
    title: draft.title === null ? null : titleOf(draft.title),
    line: draft.line,
    outcomes: draft.outcomes.map((o): Outcome => {
      counters[o.kind] += 1;
      const named = [
        ...namedDocuments(o.text, body, o.kind !== 'action' || o.status === 'done'),
        ...[...numberedReferences(o.text), ...titledPhrases(o.text)].map((title) => ({
          title,
          state: null,
          author: null,
        })),
      ];
      for (const doc of named) {
        const key = documentKey(doc.title);
        const known = documents.get(key);
        if (known === undefined)
          documents.set(key, { title: doc.title, state: doc.state, author: doc.author, line: o.line });
        else {
          known.state ??= doc.state;
          known.author ??= doc.author;
        }
      }
      return {
        id: `${o.kind[0]}${counters[o.kind]}`,
        kind: o.kind,
        verb: o.verb,
        text: o.text,
        owner: o.owner,
        due: o.due,
        dueText: o.dueText,
        status: o.status,
        ref: o.ref,
        documents: onceEach(named.map((d) => d.title)).slice(0, LIMITS.documentsPerOutcome),
        motion: o.motion,
        line: o.line,
      };
    }),
  }));
  return { topics, documents: [...documents.values()] };
}

/**
 * The topics of an agenda are its items: those listed under its "Agenda" heading, or else
 * those listed before any heading, each with the lines below it (not notes of a topic the
 * text does not name). A line that only calls the text an agenda is none of them.
 */
/**
 * Notes kept in the agenda itself ("Agenda:" over items with what was said under each) are the
 * record: when nothing stood outside the agenda, its items are read again as topics, and kept
 * so if they tell what happened.
 */
function readAgendaAsRecord(first: Body, again: (context: Partial<BodyContext>) => Body): Body {
  if (first.agenda.length === 0) return first;
  // An agenda whose items carry their verdicts ("Verdict: merged") is the record, whatever else.
  if (first.agendaRecords) return again({ agendaHoldsRecord: true });
  if (first.topics.some((t) => t.outcomes.length > 0)) return first;
  const second = again({ agendaHoldsRecord: true });
  const outcomes = second.topics.flatMap((t) => t.outcomes);
  const recorded = outcomes.some((o) => o.kind !== 'note') || tellsWhatHappened(outcomes.map((o) => o.text));
  return recorded ? second : first;
}

function agendaTopics(drafts: TopicDraft[], listed: Body['agenda']): TopicDraft[] {
  const top = Math.min(...listed.map((item) => item.indent));
  const items = listed.filter((item) => item.indent === top);
  const named = drafts.filter((draft) => !draft.catchAll);
  if (items.length >= 2 && named.length < items.length) {
    const topics: TopicDraft[] = [];
    for (const item of listed) {
      const current = topics.at(-1);
      if (item.indent === top || current === undefined)
        topics.push({ title: item.text, line: item.line, outcomes: [], summary: false });
      else current.outcomes.push(agendaNote(item.text, item.line));
    }
    return [...topics, ...named];
  }
  return drafts.flatMap((draft) => {
    // The list's first level is its items, however deep a page indents them.
    const top = Math.min(...draft.outcomes.filter((o) => o.prose !== true).map((o) => o.depth));
    if (!draft.catchAll || top === Infinity) return [draft];
    const topics: TopicDraft[] = [];
    // Prose ("The Bureau will review …") stays what it is, under no item.
    const prose: TopicDraft = { ...draft, outcomes: [] };
    for (const outcome of draft.outcomes) {
      const current = topics.at(-1);
      if (isAgendaLine(outcome.text)) continue;
      if (outcome.prose === true) prose.outcomes.push(outcome);
      else if (outcome.depth === top || current === undefined)
        topics.push({ title: outcome.text, line: outcome.line, outcomes: [], summary: false });
      else current.outcomes.push(outcome);
    }
    return prose.outcomes.length > 0 ? [prose, ...topics] : topics;
  });
}

// "I", but not the Roman one of "Annex I" or "Phase I".
const FIRST_PERSON =
  /(?<!\b(?:Annex|Appendix|Part|Phase|Chapter|Section|Article|Volume|Title|Schedule|Stage|Tier)\s)\bI\b|\b(?:I'm|I’m|I've|I’ve|I'd|I’d|my)\b/;

/**
 * A text of prose whose only title is a short line standing alone above it ("Ships in the
 * harbour at dawn" over an article, a byline, a news category) names no item of the meeting:
 * the line is a caption, and what follows is the text itself, under no title.
 */
function untitleLoneCaption(drafts: TopicDraft[]): void {
  const titled = drafts.filter((t) => t.title !== null);
  const lone = titled[0];
  if (titled.length !== 1 || lone?.byPosition !== true) return;
  lone.title = null;
}

// Where a topic starts: its title's line, or its first outcome's when it has no title.
const firstLine = (topic: TopicDraft): number => topic.line ?? topic.outcomes[0]?.line ?? 0;

function agendaNote(text: string, line: number): OutcomeDraft {
  return { ...NOTE, text, line, depth: 1, leadIn: false, listed: false };
}

/** An item of an agenda: what it says is to be done is a plan, so it is kept as a note. */
function planOnly(outcome: OutcomeDraft): void {
  Object.assign(outcome, { kind: 'note', verb: null, owner: null, due: null, dueText: null, status: null });
}

/** Adds the titles of a list of documents to those the outcomes named, each once. */
function addListed(documents: DocumentRef[], listed: Array<{ title: string; line: number }>): void {
  const known = new Set(documents.map((d) => documentKey(d.title)));
  for (const { title, line } of listed) {
    const key = documentKey(title);
    if (known.has(key) || documents.length >= LIMITS.documents) continue;
    known.add(key);
    documents.push({ title, state: null, author: null, line });
  }
}

/**
 * Adds the documents the meeting names outside its outcomes (in a topic's title, a link, the
 * agenda), by title, number or symbol, to those its outcomes named.
 */
function addReferences(
  documents: DocumentRef[],
  lines: SourceLine[],
  title: string | null,
  bodyLine: number,
  readLines: Set<number | null>,
): void {
  const known = new Set(documents.map((d) => documentKey(d.title)));
  // The minutes' own title ("Minutes of the Planning Committee") names no other document.
  const own = title === null ? '' : keyOf(title);
  // A phrase inside a title already known ("Strategic Plan" of "Strategic Plan for 2026-2028")
  // is that document again.
  // A document's code and the same code with its presenter ("doc_1.1_participants" and
  // "doc_1.1_participants (Ruiz)") are one document.
  const coded = (key: string): boolean => {
    if (!key.includes(' ')) return false;
    for (const title of known)
      if (title.startsWith(`${key} `) || key.startsWith(`${title} `)) return /\d/.test(title);
    return false;
  };
  const within = (phrase: string): boolean => {
    const key = keyOf(phrase);
    if (own !== '' && own.includes(key)) return true;
    for (const title of known) if (title.includes(key)) return true;
    return false;
  };
  for (const line of lines) {
    const titles = numberedReferences(line.raw);
    if (line.raw.includes('](')) titles.unshift(...titledLinks(line.raw));
    if (line.raw.includes('://')) titles.push(...documentAddresses(line.raw));
    // "## Final report [.pdf](…)", "* doc_1.1_participants (Netcheva) [.docx v0.4](…)": a link
    // that only says what kind of file it is names the document written before it.
    const filed = line.raw.includes('](') ? fileLinkTitle(line.raw) : null;
    if (filed !== null) titles.unshift(filed);
    // "Presentation by Secretariat: English|French": a document offered in its languages.
    const offered = line.raw.includes('nglish') ? titleInLanguages(plainText(line.raw)) : null;
    if (offered !== null) titles.unshift(offered);
    // The title block names the minutes themselves ("Agenda for the 14 May call"), unless it
    // is a whole text run into one line; an outcome's line was read for titles with the
    // outcome; an attendance entry names none; a line in capitals is a heading.
    if (
      (line.n >= bodyLine || line.raw.length > 200) &&
      !readLines.has(line.n) &&
      namesKindOfDocument(line.raw)
    ) {
      const plain = plainText(line.raw);
      if (!/^[^\p{Ll}]*$/u.test(plain))
        for (const phrase of titledPhrases(plain)) if (!within(phrase)) titles.push(phrase);
    }
    for (const title of titles) {
      const key = documentKey(title);
      if (known.has(key) || coded(key) || documents.length >= LIMITS.documents) continue;
      known.add(key);
      documents.push({ title, state: null, author: null, line: line.n });
    }
  }
}

/**
 * Minutes that list their actions in a section of their own ("Action items") list every one
 * of them there or under their topic's own "Action items:": what the discussion says someone
 * agreed or will do is told again in a list, so only listed items are actions. Items labelled
 * "Action:" among the notes are no such list.
 */
function listedActionsOnly(drafts: TopicDraft[]): void {
  // A list whose items mostly say how they stand ("(Done)", "(In progress)") reviews the
  // actions of earlier meetings; it is no list of this meeting's.
  // Sentences of a paragraph that name no one ("RP proposes a new system for action items. He
  // will advise by email.") discuss the actions; they list none.
  const lists = (t: TopicDraft): boolean => {
    if (t.actionList !== true) return false;
    const actions = t.outcomes.filter((o) => o.kind === 'action' && !(o.prose === true && o.owner === null));
    const reported = actions.filter((o) => o.status !== null && o.status !== 'open').length;
    return actions.length > 0 && reported * 2 < actions.length;
  };
  if (!drafts.some(lists)) return;
  const outcomes = drafts.flatMap((t) => t.outcomes);
  for (const outcome of outcomes) {
    if (outcome.kind !== 'action' || outcome.listed) continue;
    // "The committee agreed to submit a comment": what the body agreed, whose task the list
    // gives; what someone named agreed to do is theirs, and the list tells it again.
    if (outcome.owner === null && /^(?:agreed|decided|resolved)\b/i.test(outcome.verb ?? ''))
      Object.assign(outcome, { kind: 'decision', owner: null, due: null, dueText: null, status: null });
    else planOnly(outcome);
  }
}

/** Titles without a second citation of one document, in order. */
function onceEach(titles: string[]): string[] {
  const seen = new Set<string>();
  return titles.filter((title) => {
    const key = documentKey(title);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lastOutcome(topics: Topic[]): Outcome | null {
  for (let i = topics.length - 1; i >= 0; i--) {
    const outcomes = topics[i]!.outcomes;
    if (outcomes.length > 0) return outcomes[outcomes.length - 1]!;
  }
  return null;
}

function lastTextLine(lines: SourceLine[]): SourceLine | null {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.raw.trim() !== '') return lines[i]!;
  return null;
}
