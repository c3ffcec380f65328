/**
 * Collects outcomes into topics as the body is read: items that complete a lead-in ("… and
 * endorsed:") join it, repeats are dropped with a warning, two items glued by a lost line break
 * are split, and outcomes listed in a summary block ("Summary of decisions") give way to the
 * same outcomes under their topics.
 */
import type { Motion, OutcomeKind, Warning } from '../../domain/record.js';
import { keyOf, pieceCount } from '../../domain/text.js';
import { joinWrapped } from './outline.js';
import { signalsIn, type Signals } from './item-signals.js';
import { readMotion } from './motions.js';
import {
  askedByName,
  readItem,
  saysYesTo,
  SPEAKER_PREFIX,
  speakerOf,
  tellsTask,
  type ItemContext,
  type ReadOutcome,
} from './outcomes.js';
import { sentencesOf } from './sentences.js';
import { defaultKindOf, saysVerdict } from './sections.js';

export interface OutcomeDraft extends ReadOutcome {
  line: number;
  depth: number;
  /** The item ended with a colon: the items after it complete its sentence. */
  leadIn: boolean;
  /** Read where items are actions ("Action items", "Next steps:"), not found in the discussion. */
  listed: boolean;
  /** A sentence of a paragraph, not an item of a list. */
  prose?: boolean;
}

export interface TopicDraft {
  /** Null for outcomes under no titled item: before any heading, or in a generic section. */
  title: string | null;
  line: number | null;
  outcomes: OutcomeDraft[];
  /** A block that repeats outcomes recorded under their topics ("Summary of decisions"). */
  summary: boolean;
  /** The heading level it was opened at (Markdown's #, ##, …); Infinity when it has none. */
  level?: number;
  /** The agenda's number for it ("2" of "2. Governance"), when it has one of one part. */
  number?: string | null;
  /** Opened for what came before any heading, under a title the text does not give. */
  catchAll?: boolean;
  /** Opened by a paragraph that begins with its title ("Old Business: …"). */
  runIn?: boolean;
  /** Opened by a first-level list item over its own notes. */
  fromItem?: boolean;
  /** Opened by a short line that is a heading only by where it stands, over a paragraph. */
  byPosition?: boolean;
  /** Opened by a numbered item of the minutes that takes up the agenda's item of its number. */
  fromAgenda?: boolean;
  /** A section that lists actions: "Action items", or any topic of a container of them. */
  actionList?: boolean;
}

// What completes the decision above it: who moved it, the vote, the result ("The Resolution
// carried.", "All members of the Board present voted in favor of Resolution 12."). "For" and
// "Against" give a count ("For: 5", "Against 0"): "For the sake of order we …" is a sentence.
const MOTION_DETAIL =
  /^(?:moved|seconded|second|mover|maker|proposed(?=\s*:)|seconder|(?:for|against)(?=\s*[:=–-]|\s+\d)|abstentions?|carried|defeated|vote|votes|result|tally|ayes|noes|nays|yeas|absent|resolution\s*:\s*(?:the\s+)?(?:vote|motion)\s+(?:passed|carried|failed|defeated)|(?:the\s+)?(?:motions?|resolutions?)\s+(?:(?:was|were)\s+)?(?:carried|carries|passed|passes|failed|fails|defeated)|(?:all\s+)?(?:the\s+)?(?:members|directors|trustees|councillors)\b[^.;]{0,60}\bvoted\s+in\s+favou?r\s+of\s+(?:the\s+)?(?:resolutions?|motions?)|(?:the\s+)?meeting\s+(?:was\s+)?adjourned\s+(?:with\s+no\s+objections?|without\s+objection|unanimously))\b/i;
// The result alone, said after the motion: "**PASSED**", "Carried with one abstention.",
// "Elected unanimously and unopposed".
const RESULT_ONLY =
  /^(?:(?:the\s+)?(?:motion|resolution)\s+)?(?:passed|carried|approved|adopted|rejected|failed|defeated|lost|(?:re-?)?elected|appointed)(?:\s+(?:unanimously|unopposed|and\s+unopposed|without\s+(?:objection|opposition)|by\s+acclamation|nem\.?\s*con\.?|with\s+(?:one|two|three|four|five|no|\d{1,2})\s+abstentions?|\(?\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\)?))*[.!]?$/i;
// Who put or seconded the motion above, said after it: "Hilmar Lapp initiated motion, Peter
// seconded", "Hilmar seconded with no objections".
const MOTION_BY =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:(?:initiated|made|moved|proposed|presented)\s+(?:the\s+|a\s+)?motion\b|seconded\b)/u;
// How the decision above was taken, said alone: "unanimous consensus without objection".
const CONSENSUS_ONLY =
  /^(?:by\s+)?(?:unanimous\s+)?(?:consensus|acclamation)(?:\s+without\s+objections?)?[.!]?$/i;
// The words of a motion, quoted after the line that puts it ("… by the following rule:").
// A lead into the resolution that follows it: "the following resolution was adopted:".
const FOLLOWING = /\bfollowing\s+(?:resolutions?|motions?)\b|\bresolved\s+as\s+follows\b/i;
// The items that close a meeting, numbered or not: "Next meeting", "Date of next meeting", "Close".
const CLOSING_ITEM =
  /^(?:(?:date|time|dates)\s+(?:and\s+(?:time|place|venue)\s+)?of\s+(?:the\s+)?next\s+meeting|next\s+meetings?|close|closing|closure|adjournment|adjourn|any\s+other\s+business|a\.?o\.?b\.?|other\s+business)\b/i;
const QUOTED_WORDS = /^["“]/;
const PUTS_WORDS = /:$|\bfollowing\b[^.]*$/;

/** Whether a line only tells of the vote on a motion, or gives its quoted words after it. */
function completesDecision(last: OutcomeDraft, written: string): boolean {
  return (
    MOTION_DETAIL.test(written) ||
    RESULT_ONLY.test(written) ||
    (last.kind === 'decision' && MOTION_BY.test(written)) ||
    (last.kind === 'decision' && CONSENSUS_ONLY.test(written)) ||
    (QUOTED_WORDS.test(written) && PUTS_WORDS.test(last.text))
  );
}

// "Tomas Berg moved and Maria Santos seconded the following resolution:": the motion of the
// decision that follows.
const MOTION_LEAD =
  /\b(?:following|this)\s+(?:resolutions?|motions?)\s*:$|\b(?:entertained|called for|asked for|invited)\s+a\s+motion\b|\b(?:presented|made|introduced|read)\s+the\s+motion\.?$/i;
// "Pam Little seconded the motion.": who seconded the motion announced or taken just before.
const SECONDED_ONLY =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+seconded\s+(?:the|this)\s+motion\.?$/u;

// "…strengthened.- The CFO will…" or "…the budget.The Chair…": a line break lost in conversion.
const GLUED = /(?<=\p{Ll}[.;!?])(?=\p{Lu}\p{Ll})|(?<=[.;!?])[-–•*]\s+(?=\p{Lu})/u;

export class OutcomeCollector {
  readonly topics: TopicDraft[] = [];
  readonly warnings: Warning[] = [];
  defaultKind: OutcomeKind = 'note';
  /** Who owns the actions listed under their name ("Bradley DeYoung" over "1. Send …"). */
  listOwner: string | null = null;
  // The kind a label over nested items gives them, and the depth of the label.
  private labelled: { kind: OutcomeKind; depth: number } | null = null;
  private topic: TopicDraft | null = null;
  private container: { title: string; kind: OutcomeKind; level: number } | null = null;
  private last: OutcomeDraft | null = null;
  private readonly seen = new Map<string, { line: number; topic: TopicDraft; draft: OutcomeDraft }>();
  private readonly refs = new Map<string, number>();

  private readonly itemContext: ItemContext;

  constructor(private readonly context: Omit<ItemContext, 'defaultKind'>) {
    this.itemContext = { ...context, spoken: false, defaultKind: 'note' };
  }

  /** A heading that holds topics ("Decisions, Action Items & Next Steps"). */
  enterContainer(title: string, level = 9, inline = false): void {
    this.listOwner = null;
    this.labelled = null;
    const kind = defaultKindOf(title, 'note');
    this.last = null;
    if (
      inline &&
      this.topic !== null &&
      !this.topic.summary &&
      kind === 'action' &&
      topicKind(title, 'note') === 'action'
    ) {
      // "Next steps:" under a topic lists that topic's actions.
      this.defaultKind = kind;
      return;
    }
    // "### Summary" or "### Decisions" under "## Array grouping": a part of that topic; so is
    // "Discussion/Decisions:" set in bold or alone on its line under a heading's topic.
    const topicLevel = this.topic?.level ?? Infinity;
    if (this.topic !== null && !this.topic.summary && level > topicLevel && (!inline || topicLevel < 9)) {
      this.defaultKind = kind;
      return;
    }
    this.container = { title, kind, level };
    this.defaultKind = kind;
    this.topic = null;
  }

  startTopic(
    title: string | null,
    line: number | null,
    level = Infinity,
    number: string | null = null,
  ): void {
    this.listOwner = null;
    this.labelled = null;
    // A heading as high as the container's closes it ("## Actions" then "## Topic: …").
    if (this.container !== null && level <= this.container.level) this.container = null;
    // A sub-item of the open topic goes on in it: numbered under the topic's number ("2.1"
    // under "2.", "2.7.1" under "2.7"), or, unnumbered, a heading below the topic's ("## New business" then "###
    // Grant requests"). "7.1" with no "7." before it is an item of its own.
    const parts = number === null ? [] : number.replace(/\.$/, '').split('.');
    const open = this.topic?.number;
    const sub =
      parts.length > 1
        ? open != null && parts.join('.').startsWith(`${open}.`)
        : parts.length === 0 &&
          level < Infinity &&
          (level > (this.topic?.level ?? Infinity) || this.partOfUnnumbered(title, level));
    if (this.topic !== null && !this.topic.summary && sub) {
      // A sub-item goes on in its topic, but what its items are is its own ("Action items:"
      // above it ends here).
      this.defaultKind = topicKind(title ?? '', this.container?.kind ?? 'note', true);
      this.last = null;
      return;
    }
    this.topic = {
      title: title === null ? null : title.replace(/\s*:$/, ''),
      line,
      outcomes: [],
      summary: false,
      level,
      number: parts.length === 0 ? null : parts.join('.'),
    };
    this.topics.push(this.topic);
    this.defaultKind = topicKind(title ?? '', this.container?.kind ?? 'note');
    if (this.defaultKind === 'action') this.topic.actionList = true;
    this.last = null;
  }

  /**
   * Whether an unnumbered heading is a part of the unnumbered topic open above it, where the
   * agenda numbered its items: after "5. Update on bylaws", "AOB" is an item of its own and
   * "Technical Committee" below it, as high, a part of it. An item that closes a meeting ("Next
   * meeting", "Close") is one of its own all the same.
   */
  private partOfUnnumbered(title: string | null, level: number): boolean {
    const topic = this.topic;
    if (topic === null || topic.number !== null || topic.level !== level || title === null) return false;
    const numbered = this.topics.filter((t) => t.number !== null && t.level === level).length;
    return numbered >= 3 && !CLOSING_ITEM.test(title);
  }

  /**
   * Whether a list's first-level items may title topics: only where the text has given none
   * of its own (no heading, no container) or its topics so far were such items.
   */
  takesItemTitles(): boolean {
    return (
      this.container === null &&
      (this.topic === null || this.topic.catchAll === true || this.topic.fromItem === true)
    );
  }

  /**
   * Whether numbered items may take up the agenda's items: directly under a section of notes
   * ("Minutes", "Discussion"), or after another item that did.
   */
  takesAgendaItems(): boolean {
    return (
      this.container !== null &&
      this.container.kind === 'note' &&
      (this.topic === null || this.topic.summary || this.topic.fromAgenda === true)
    );
  }

  /**
   * Whether numbered items are outcomes listed under a section of them ("Action Items",
   * "Decisions", "Results"), however their details below make them look like headings.
   */
  listsOutcomes(): boolean {
    const container = this.container;
    return (
      container !== null &&
      (this.topic === null || this.topic.summary) &&
      (container.kind !== 'note' || /^(?:results?|outcomes?|conclusions?)$/i.test(container.title.trim()))
    );
  }

  /** Whether the open topic was opened by a heading of the text's own, numbered or marked as one. */
  underHeading(): boolean {
    return this.topic !== null && this.topic.level !== undefined && this.topic.level < 9;
  }

  /** Whether a heading of this level stands below the open topic's own heading. */
  isBelowTopic(level: number): boolean {
    const topic = this.topic;
    return topic !== null && !topic.summary && level < Infinity && level > (topic.level ?? Infinity);
  }

  /** Whether a topic is open for items to go into. */
  hasTopic(): boolean {
    return this.topic !== null && !this.topic.summary;
  }

  /** The items deeper than `depth` that follow are of this kind ("Verdict:" over its points). */
  labelItems(kind: OutcomeKind, depth: number): void {
    this.labelled = { kind, depth };
    this.last = null;
  }

  /** Starts a topic with this title unless one is already open. */
  ensureTopic(title: string, line: number): void {
    if (this.topic === null) this.startTopic(title, line);
  }

  /**
   * Adds a paragraph of prose: each sentence that decides or assigns something is an outcome
   * of its own, and the discussion between them stays together as a note.
   */
  addParagraph(text: string, line: number): void {
    // What a speaker's later sentences say is theirs too, in notes of what each speaker said.
    this.spoken = SPEAKER_PREFIX.test(text) && this.context.speech?.() === true;
    this.speaker = this.spoken ? speakerOf(text) : null;
    try {
      this.addSentences(text, line);
    } finally {
      this.spoken = false;
      this.speaker = null;
    }
  }

  // Whether the paragraph being read is what a speaker said, in notes of what each said, and who.
  private spoken = false;
  private speaker: string | null = null;

  // The motion a lead-in announced ("… moved the following resolution:"), for the next decision.
  private pendingMotion: Motion | null = null;

  private addSentences(text: string, line: number): void {
    // Each group keeps the signals of its first sentence while every later one has none: they
    // are then the signals of the whole group, and its item need not be read for them again.
    const groups: Array<{
      sentences: string[];
      signals: Signals | null;
      completes?: boolean;
      closed?: boolean;
    }> = [];
    let signalled = false;
    for (const sentence of sentencesOf(text)) {
      const detail = MOTION_DETAIL.test(sentence) || RESULT_ONLY.test(sentence);
      const signals = detail ? null : signalsIn(sentence, this.context.body);
      const own = signals !== null && (hasSignal(sentence, signals) || tellsTask(sentence, this.context));
      const current = groups.at(-1);
      // "The Chair called for comments. There were none. The motion carried.": what was said
      // before the vote on the motion above, and the vote, complete that motion.
      if (detail && this.last !== null && this.awaitsVote(this.last) && groups.length <= 1 && !signalled) {
        if (current === undefined) groups.push({ sentences: [sentence], signals: null, completes: true });
        else {
          current.sentences.push(sentence);
          current.completes = true;
        }
        continue;
      }
      // "Merged. Left open: how older clients read it.": a verdict said alone is the item's
      // decision, apart from what was said around it.
      if (saysVerdict(sentence)) {
        groups.push({ sentences: [sentence], signals: null, closed: true });
        signalled = false;
        continue;
      }
      if (
        current === undefined ||
        current.closed === true ||
        (own && (signalled || current.sentences.length > 0))
      ) {
        groups.push({ sentences: [sentence], signals });
        signalled = own;
      } else {
        current.sentences.push(sentence);
        if (signals === null || signals.decision !== null || signals.action !== null) current.signals = null;
      }
    }
    for (const group of groups) {
      if (group.completes === true && this.last !== null && this.awaitsVote(this.last)) {
        this.complete(this.last, group.sentences.join(' '));
        continue;
      }
      this.add(group.sentences.join(' '), line, 0, null, group.signals);
      if (this.last !== null && this.last.line === line) this.last.prose = true;
    }
  }

  /** Adds one item's text, with its signals when they were read already. */
  add(
    written: string,
    line: number,
    depth: number,
    checked: boolean | null,
    known: Signals | null = null,
  ): void {
    const last = this.last;
    if (last !== null && this.awaitsVote(last) && completesDecision(last, written)) {
      // "Moved: A. Seconded: B. For: 5 …" under a motion completes it.
      this.complete(last, written);
      return;
    }
    const pieces = written.includes('•') ? written.split(/(?:^|\s+)•\s+/).filter((p) => p.trim() !== '') : [];
    if (pieces.length > 1) {
      for (const piece of pieces) this.add(piece, line, depth, checked);
      return;
    }
    const parts = this.partsOf(written, line, known);
    if (parts === null) this.addOne(written, line, depth, checked, known);
    else for (const part of parts) this.addOne(part, line, depth, checked, null);
  }

  /**
   * The items one item's text holds, each read on its own; null when it is one item. An item
   * whose signals were read already (sentences of a paragraph) is split only where it was glued.
   */
  private partsOf(written: string, line: number, known: Signals | null): string[] | null {
    const glued = /[.;!?](?:\p{Lu}|[-–•*]\s)/u.test(written)
      ? written.split(GLUED).filter((p) => p.trim() !== '')
      : [written];
    if (glued.length > 1 && glued.every((p) => p.split(/\s+/).length >= 3)) {
      this.warnings.push({
        code: 'glued-items',
        line,
        message: `line ${line} holds ${glued.length} items joined by a lost line break; they were read apart`,
      });
      return glued;
    }
    if (known !== null) return null;
    // "… Cllr Mack will check the defibrillator. … Cllr Cann will check the lighting.": one
    // item that gives tasks to two people is two tasks.
    const tasks = written.length > 80 && twoWills(written) ? tasksApart(written, this.context.body) : null;
    if (tasks !== null) return tasks;
    return this.labelled === null ? decisionThenTask(written, this.context.body) : null;
  }

  /**
   * Completes the decision just read with a line that only tells of its vote ("Vote on the
   * motion BV_B:", "Carried 5-0."); false when the line is not that, or no decision precedes it.
   */
  completesMotion(written: string, line: number): boolean {
    const last = this.last;
    if (last === null || line - last.line > 40 || !this.awaitsVote(last) || !completesDecision(last, written))
      return false;
    this.complete(last, written);
    return true;
  }

  // A decision, or a nomination that an election below it may complete.
  private awaitsVote(last: OutcomeDraft): boolean {
    return last.kind === 'decision' || (last.kind === 'note' && last.motion !== null);
  }

  /** Completes a decision with what follows it: who moved it, the vote, the result. */
  private complete(last: OutcomeDraft, written: string): void {
    const whole = readItem(`${last.text} ${written}`, this.contextOf('decision'));
    if (whole.placeholder) return;
    // A nomination is decided by the election said below it.
    if (last.kind === 'note') Object.assign(last, { kind: whole.kind, verb: whole.verb });
    last.text = whole.text;
    // The vote completes what the lead-in said of who moved and seconded.
    last.motion = withMover(whole.motion, last.motion);
    last.verb ??= whole.verb;
  }

  private addOne(
    written: string,
    line: number,
    depth: number,
    checked: boolean | null,
    known: Signals | null,
  ): void {
    if (this.labelled !== null && depth <= this.labelled.depth) this.labelled = null;
    const defaultKind = this.labelled?.kind ?? this.defaultKind;
    const read = readItem(written, this.contextOf(defaultKind), checked, known);
    if (read.placeholder) {
      this.warnings.push({
        code: 'placeholder',
        line,
        message: `"${read.text}" is a placeholder, not an outcome`,
      });
      return;
    }
    if (read.mislabelled) {
      this.warnings.push({
        code: 'mislabelled-item',
        line,
        message: `"${read.text.slice(0, 60)}" is labelled as an action but reads as a question or a status`,
      });
    }
    const reading = this.answered(read, line);
    // Repeats are found by their words, whatever the case, spacing or punctuation.
    const key = keyOf(reading.text);
    const earlier = this.seen.get(key);
    const own =
      reading.verb !== null ||
      reading.ref !== null ||
      reading.motion !== null ||
      reading.kind !== defaultKind;
    const prev = this.last;
    if (
      earlier === undefined &&
      prev !== null &&
      !own &&
      ((prev.leadIn && depth >= prev.depth) || (depth > prev.depth && prev.prose !== true))
    ) {
      prev.text = prev.leadIn
        ? `${prev.text}${prev.text.endsWith(':') ? ' ' : '; '}${reading.text}`
        : joinWrapped(prev.text, reading.text);
      this.seen.set(key, { line, topic: this.topic!, draft: prev });
      return;
    }
    if (this.topic === null) {
      // Outcomes under no item of the text's own: in a generic section ("Decisions") or
      // before any heading. The section's title gives them their kind while it is read.
      this.startTopic(this.container?.title ?? null, this.container === null ? line : null);
      this.topic!.summary = this.container !== null;
      this.topic!.catchAll = this.container === null;
    }
    const topic = this.topic!;
    // "Unanimously approved." under each motion: a short line said again under another topic,
    // or after another item of the same, is another outcome; said twice in a row, a repeat.
    const repeat =
      earlier !== undefined &&
      (pieceCount(reading.text, 6) >= 6 ||
        (earlier.topic === topic && topic.outcomes.at(-1) === earlier.draft));
    if (earlier !== undefined && repeat) {
      if (!earlier.topic.summary || topic.summary) {
        // Listed again under "Summary of action items": the copy kept is a listed action too.
        if (defaultKind === 'action') earlier.draft.listed = true;
        this.warnings.push({
          code: 'duplicate-item',
          line,
          message: `line ${line} repeats line ${earlier.line}; it was kept once`,
        });
        return;
      }
      // The summary block listed it first; the topic's own copy is the one kept.
      earlier.topic.outcomes.splice(earlier.topic.outcomes.indexOf(earlier.draft), 1);
      this.warnings.push({
        code: 'duplicate-item',
        line: earlier.line,
        message: `line ${earlier.line} repeats line ${line}; it was kept once`,
      });
    }
    if (reading.ref !== null) {
      // Decisions and actions may be numbered apart ("Decision 85.1", "Action 85.1").
      const refKey = `${reading.kind} ${reading.ref}`;
      const first = this.refs.get(refKey);
      if (first !== undefined)
        this.warnings.push({
          code: 'duplicate-ref',
          line,
          message: `the number ${reading.ref} was already given at line ${first}`,
        });
      else this.refs.set(refKey, line);
    }
    // A motion's lead-in stays as said; the motion is the next decision's.
    let motion = reading.motion;
    let kind = reading.kind;
    const second = this.pendingMotion !== null ? SECONDED_ONLY.exec(reading.text) : null;
    if (second !== null) {
      this.pendingMotion = { ...this.pendingMotion!, secondedBy: second[1]! };
      motion = null;
      kind = 'note';
    } else if (motion !== null && MOTION_LEAD.test(reading.text)) {
      this.pendingMotion = motion;
      motion = null;
      kind = 'note';
    } else if (kind === 'decision' && this.pendingMotion !== null) {
      motion = withMover(motion, this.pendingMotion);
      this.pendingMotion = null;
    }
    // Built field by field: spreading the reading and adding fields costs microseconds per item.
    const draft: OutcomeDraft = {
      kind,
      verb: kind === reading.kind ? reading.verb : null,
      text: reading.text,
      owner: reading.kind === 'action' ? (reading.owner ?? this.listOwner) : reading.owner,
      due: reading.due,
      dueText: reading.dueText,
      status: reading.status,
      ref: reading.ref,
      motion,
      mislabelled: reading.mislabelled,
      labelled: reading.labelled === true,
      listed: defaultKind === 'action',
      line,
      depth,
      leadIn: reading.text.endsWith(':'),
    };
    // "Resolution: We will enable the setting." after "There is consensus that we want to
    // enable the setting.": the decision the discussion reached, said again; counted once.
    if (kind === 'decision' && draft.labelled === true) restated(topic.outcomes, draft.text);
    // "Upon motion duly made …, the following resolution was adopted:" over "RESOLVED: …": one
    // decision, the resolution's words with the lead's motion.
    const lead = kind === 'decision' ? topic.outcomes.at(-1) : undefined;
    if (lead?.kind === 'decision' && lead.leadIn && lead.labelled !== true && FOLLOWING.test(lead.text)) {
      draft.motion ??= lead.motion;
      Object.assign(lead, { kind: 'note', verb: null, motion: null });
    }
    topic.outcomes.push(draft);
    this.seen.set(key, { line, topic, draft });
    this.last = draft;
  }

  // Who a speaker asked by name to do a task, and where, until they answer.
  private asked: { who: string; line: number } | null = null;

  /**
   * "NW: AT, can you ask Rafael to take a look?" and, a line or two below, "AT: sure.": who was
   * asked, and said yes, has the task.
   */
  private answered(reading: ReadOutcome, line: number): ReadOutcome {
    const asked = this.asked;
    if (asked !== null && line - asked.line > 6) this.asked = null;
    if (reading.kind !== 'note') return reading;
    if (this.asked !== null && saysYesTo(reading.text, this.asked.who)) {
      const owner = speakerOf(reading.text);
      this.asked = null;
      return { ...reading, kind: 'action', owner, status: 'open' };
    }
    const who = askedByName(reading.text);
    if (who !== null) this.asked = { who, line };
    return reading;
  }

  // One context for every item, set for each as it is read (readItem keeps none of it): a new
  // object for each item cost more than reading some of them.
  private contextOf(defaultKind: OutcomeKind): ItemContext {
    this.itemContext.defaultKind = defaultKind;
    this.itemContext.spoken = this.spoken;
    this.itemContext.speaker = this.speaker;
    return this.itemContext;
  }

  /**
   * Drops summary blocks that only repeated outcomes of their topics. What is left of one is
   * under no item: a section's generic title ("Decisions", "Action items") names no topic,
   * and untitled outcomes that follow one another are one group.
   */
  finish(): void {
    for (let i = this.topics.length - 1; i >= 0; i--) {
      const topic = this.topics[i]!;
      if (topic.summary && topic.outcomes.length === 0) {
        this.topics.splice(i, 1);
        continue;
      }
      if (topic.summary) topic.title = null;
      const next = this.topics[i + 1];
      if (topic.title === null && next !== undefined && next.title === null) {
        topic.outcomes.push(...next.outcomes);
        if (next.actionList === true) topic.actionList = true;
        this.topics.splice(i + 1, 1);
      }
    }
  }
}

function hasSignal(sentence: string, { decision, action }: Signals): boolean {
  return (
    decision !== null ||
    action !== null ||
    readMotion(sentence) !== null ||
    /^(?:decision|resolved|resolution|action)\b/i.test(sentence)
  );
}

// A topic called "Next steps" lists actions; "Follow-up to the Interim Report" is just a topic.
export function topicKind(title: string, inherited: OutcomeKind, nested = false): OutcomeKind {
  const t = title.trim().replace(/:$/, '');
  // "## Next Meeting" under "# Resolutions": when the body meets again is no resolution.
  if (
    /^(?:next\s+meeting|date\s+of\s+(?:the\s+)?next\s+meeting|supporting\s+materials?|(?:meeting\s+)?adjournment)$/i.test(
      t,
    )
  )
    return 'note';
  if (
    /^(?:next steps?|action items?|actions?(?: points| list| log| register)?|list of actions|follow[- ]?up(?: actions)?|to[- ]?dos?|tasks)$/i.test(
      t,
    )
  )
    return 'action';
  if (/^(?:decisions?|resolutions?|decisions (?:taken|made)|motions)$/i.test(t)) return 'decision';
  // "Grants approved", "New members accepted": each item under it is one of the things decided.
  if (
    t.length <= 50 &&
    /\s(?:approved|adopted|accepted|ratified|endorsed|granted)$/i.test(t) &&
    !/[.:;,\d]/.test(t)
  )
    return 'decision';
  // "### Conclusion" under an item: what its discussion concluded (a report's closing "##
  // Conclusion" is prose).
  if (nested && /^(?:conclusions?|conclusions?\s*\/\s*resolutions?|outcomes?)$/i.test(t)) return 'decision';
  return inherited;
}

// The time an agenda gives an item, after its title ("Administrivia (5 minutes)", "BBRv3, Ian
// Swett, onsite, 20 minutes"), and where its presenter is, are no part of the title.
const TIME_AFTER =
  /\s*(?:[,;–—-]\s*|\(\s*|\[\s*)\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:minutes?|mins?|hours?|hrs?)\.?(?:\s+max)?\s*[)\]]?$/i;
const WHERE_AFTER = /,\s*(?:onsite|on-site|remote|in person|virtual)$/i;

/** A topic's title as the record keeps it: without the time the agenda gave it. */
export function titleOf(written: string): string {
  const title = written.replace(/\s*:$/, '');
  if (!/\d/.test(title)) return title;
  const untimed = title.replace(TIME_AFTER, '').replace(WHERE_AFTER, '');
  return untimed === '' ? title : untimed;
}

/** A motion as read later, with who moved and seconded it as read earlier where it names none. */
function withMover(later: Motion | null, earlier: Motion | null): Motion | null {
  if (later === null || earlier === null) return later ?? earlier;
  return {
    ...later,
    movedBy: later.movedBy ?? earlier.movedBy,
    secondedBy: later.secondedBy ?? earlier.secondedBy,
  };
}

// Two "will"s at least, as an item that gives two people a task each says them ("Cllr Mack
// will …; Cllr Cann will …"): looked for first, as most items have none.
function twoWills(text: string): boolean {
  const first = text.indexOf(' will ');
  return first !== -1 && text.indexOf(' will ', first + 6) !== -1;
}

/**
 * The parts of an item that gives tasks to two people or more in sentences of their own, each
 * from the sentence that names its owner; null when it gives fewer.
 */
function tasksApart(text: string, body: string | null): string[] | null {
  if (!text.includes('. ')) return null;
  const parts: string[][] = [];
  const owners = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    const owner = signalsIn(sentence, body).action?.owner ?? null;
    // A part starts at the first sentence and at each that names another owner.
    const another = owner !== null && owners.size > 0 && !owners.has(owner);
    if (parts.length === 0 || another) parts.push([sentence]);
    else parts.at(-1)!.push(sentence);
    if (owner !== null) owners.add(owner);
  }
  return owners.size >= 2 && parts.length >= 2 ? parts.map((p) => p.join(' ')) : null;
}

// Where a clause ends: a sentence's stop, a semicolon or a comma.
const CLAUSE_END = /[.;,]\s+$/;

/**
 * "Survey discussed and approved, Risa to circulate it": an item that decides, then gives
 * someone named a task in a clause of its own, is the decision and the task.
 */
function decisionThenTask(text: string, body: string | null): [string, string] | null {
  if (!text.includes(' to ') && !text.includes(' will ')) return null;
  const { decision, action } = signalsIn(text, body);
  if (decision === null || action === null || action.owner === null || action.index <= decision.index)
    return null;
  const before = text.slice(0, action.index);
  if (!CLAUSE_END.test(before)) return null;
  return [before.replace(/[,;]?\s+$/, ''), text.slice(action.index)];
}

/**
 * The decisions of a topic's discussion that a labelled decision says again, in most of the
 * discussion's own words, become notes of the discussion.
 */
function restated(outcomes: OutcomeDraft[], labelled: string): void {
  const words = contentWords(labelled);
  for (const outcome of outcomes) {
    if (outcome.kind !== 'decision' || outcome.labelled === true) continue;
    const own = contentWords(outcome.text);
    let shared = 0;
    for (const word of own) if (words.has(word)) shared++;
    if (shared >= 2 && shared >= 0.6 * own.size)
      Object.assign(outcome, { kind: 'note', verb: null, motion: null });
  }
}

// Words that say what was decided, not how: long enough to mean something, without the
// vocabulary of deciding, and cut to a rough stem ("enable", "enabling" → "enabl"). Also what
// tells which item of an agenda a line of the minutes takes up.
const DECIDING =
  /^(?:there|that|this|these|those|with|which|would|will|want|wants|should|could|have|been|being|were|general|consensus|agreement|agreed|agree|decided|decision|resolution|resolved|approved|approve|board|committee|group|members|unanimous|unanimously|also|into|from|about|their|they|them)$/;
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
    if (!DECIDING.test(word)) words.add(word.replace(/(?:ing|ed|es|e|s)$/, ''));
  return words;
}
