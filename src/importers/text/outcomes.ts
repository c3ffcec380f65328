/**
 * What one item of a summary says was decided or must be done: its kind (decision, action or
 * note), the verb as written, the owner, the due date, the status and the number the source
 * gives it. The rules read the words themselves, not the layout, so they hold across bodies.
 */
import type { ActionStatus, Motion, OutcomeKind } from '../../domain/record.js';
import { findDate } from './dates.js';
import { readMarks } from './item-marks.js';
import { ownerName, signalsIn, type Signals } from './item-signals.js';
import { readMotion } from './motions.js';
import { saysVerdict } from './sections.js';

export { isCollective } from './item-signals.js';

export interface ItemContext {
  /** The kind an item takes when its words say nothing: "Next steps" items are actions. */
  defaultKind: OutcomeKind;
  /** The body's name, so that "The Panel will …" is not read as an owner called Panel. */
  body: string | null;
  /** The year of the meeting, for due dates written without one. */
  year: number | undefined;
  /** Whether a name is one of the people the text lists as attending. */
  knows?: (name: string) => boolean;
  /**
   * The text gives what each speaker said ("Ian: …" on line after line): what a speaker says
   * others will do is speech, and only what is marked, decided or taken on is an outcome.
   */
  speech?: () => boolean;
  /** The item is a later sentence of what a speaker said. */
  spoken?: boolean;
  /** Who said it, when the item is a later sentence of what a speaker said. */
  speaker?: string | null;
}

// Who speaks, before what they say: "Ian: …", "Ian Swett: …", "<ana> …", "ana: …".
export const SPEAKER_PREFIX =
  /^(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?\s?:|<[^>\s]{1,40}>|[\p{Ll}\d_.-]{2,30}:)\s+\S/u;

export interface ReadOutcome {
  kind: OutcomeKind;
  verb: string | null;
  text: string;
  owner: string | null;
  due: string | null;
  dueText: string | null;
  status: ActionStatus | null;
  ref: string | null;
  motion: Motion | null;
  /** The item said it was an action but reads as something else (a question). */
  mislabelled: boolean;
  /** The item said what it is ("Resolution: …", "Action: …"). */
  labelled?: boolean;
}

export type ItemReading = { placeholder: true; text: string } | ({ placeholder: false } & ReadOutcome);

// "Ryan: figure out …": a name, a colon, and a task in the imperative.
// "Ana Ruiz: update the bylaws", or with the task capitalised, "Ana Ruiz: Update the bylaws"
// (then the word after the colon must be one of a task's verbs: "Budget: Approved" is no task).
// "Ana Ruiz: Update the bylaws", "@anaruiz: draft the charter", a team's handle
// ("@harbour/tsc: Find a plan").
const OWNER_COLON =
  /^(@[\w.-]+(?:\/[\w.-]+)?|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*:\s+(?=\p{L})/u;
// "… (Lise).", "… [K, D, J]", "… (@ana)": who does it, named last in brackets, by name or initial.
const OWNER_TRAILING =
  /\s*[([]((?:@[\w.-]+|\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:,|and|&|\/)\s*(?:@[\w.-]+|\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})*)[)\]]\s*[.;]?\s*$/u;
// A status or a placeholder in brackets is no one: "[DONE]", "(TBD)", "(N/A)".
const NOT_AN_OWNER =
  /^(?:done|open|new|closed|pending|ongoing|wip|tbd|tba|tbc|n\/?a|none|ok|i|ii|iii|iv|v|x)$/i;
const DUE =
  /\b(?:by|before|no later than|not later than|due(?:\s+(?:date|by|on))?:?|deadline:?|until)\s+((?:the\s+)?[^;()[\]]{1,40})/i;
const RELATIVE_DUE =
  /^(?:the\s+)?(?:(?:end|middle|beginning|start|close)\s+of\s+\S+(?:\s+\d{4})?|next\s+(?:meeting|call|session|week|month|plenary)|(?:early|mid|late)[- ]\p{L}+(?:\s+\d{4})?|Q[1-4](?:\s+\d{4})?)/iu;
// "Update from the Policy WG" names a report: the verbs that are also nouns need an object.
const IMPERATIVE =
  /^(?:update(?!\s+(?:from|on|of|by)\b)|(?:have|take) a (?:look|closer look)\b|ensure|make sure|e-?mail|circulate|prepare|send|draft|review|schedule|share|contact|finali[sz]e|follow up|investigate|figure out|set up|organi[sz]e|book|check|ask|invite|write|publish|create|add|collect|compile|submit|coordinate|develop|explore|identify|propose|reach out|provide|post|upload|arrange|consult|revise|complete|produce|distribute|look into|find|fix|merge|document|notify|inform|remind|open|file|summari[sz]e|commission|cost|assess|evaluate|plan|analy[sz]e|migrate|confirm|move|contact|test|release|tag|announce|book|recruit|hire|renew|scan|digiti[sz]e|translate|archive|print|order|buy|pay|register|renegotiate|negotiate|nominate)\b/i;

// A task table's row written out: the task, who does it, and when ("… / Roland / April 8th").
const SLASH_ROW = /^(.{8,}?)\s+\/\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+\/\s+([^/]{2,40})$/u;
// A task told in the present tense by who does it: "Joost sends a message …", "Ana checks …".
// Only verbs of a task: "Joost explains …" reports, and "updates the board" tells it news.
const TASK_IN_PRESENT =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:sends|contacts|e-?mails|writes|drafts|prepares|creates|sets up|organi[sz]es|books|schedules|invites|circulates|posts|publishes|uploads|submits|fixes|checks|investigates|looks into|follows up|reaches out|takes care of|coordinates|arranges|calls|pings|collects|buys|orders|pays|registers|updates(?!\s+(?:the\s+)?(?:board|group|committee|council|members|everyone|all|on)\b))\s+\p{L}/u;

// The same in minutes written in German: "Katja antwortet entsprechend", "Chloe fragt … an".
const GERMAN_TASK_IN_PRESENT =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}\.?)?)\s+(?:antwortet|schreibt|erstellt|klärt|fragt|prüft|kontaktiert|informiert|schickt|sendet|organisiert|kümmert\s+sich|übernimmt|besorgt|bucht|bestellt|kauft|meldet\s+sich|leitet|bereitet|ruft|stupst|macht|lädt|verschickt|aktualisiert|recherchiert|schaut\s+sich|gibt)\s+\p{L}/u;
// "Krobin wird den Antrag bis zur kommenden Telko organisieren", "der stellvertretende
// Vorsitzende wird morgen erneut anrufen": who will do it, the verb at the end of the clause.
const GERMAN_WILL_DO =
  /(?:^|[.;:–—]\s+|,\s+)((?:[Dd](?:er|ie)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})|(?!(?:Es|Das|Dies|Dieser|Diese|Dieses|Wir|Ihr|Sie|Er|Man|Hier|Dann|Damit|Dazu|Der|Die)\s)\p{Lu}[\p{L}'’.-]*(?:\s+und\s+\p{Lu}[\p{L}'’.-]*)?)\s+(?:wird|werden)\s+(?!(?:nicht|kein|keine|sehr|gut|auch|von|vom)\b)(?:(?!\s[-–—]\s)[^.;!?]){0,100}?\s(?!(?:haben|sein|werden|worden|lassen)\b)(\p{Ll}+(?:en|ern|eln))\s*(?:[.;!]|$)/u;

// Someone taking the action, as speakers mark a task: "Manu taking that action", "I will take an action".
const TAKES_ACTION =
  /(?:^|[.;:]\s+|\s)(?:(\p{Lu}[\p{L}'’.-]*|I)\s+)?(?:is\s+|will\s+|['’]ll\s+)?(?:taking|takes|took|take)\s+(?:that|the|this|an|on\s+the|on\s+that)\s+action\b/u;
const HAVE_DO =
  /^(?:Have|Let)\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)\s+(?!to\b|be\b|the\b)\p{Ll}{2,}/u;
const NOT_HAD = /^(?:Us|It|Them|Me|Everyone|All|The|A|An|This|That|These|Those|We|I)$/;

// A participle or a state that tells where a thing stands: "submitted", "moved to", "awaiting".
const PASSIVE_STATE =
  '\\b(?:submitted|moved|merged|released|published|completed|done|closed|finished|awaiting|approved|received|sent|held|launched|started|ongoing|in progress|underway)\\b';
const PAST_STATE = new RegExp(`^[^.;:]{0,80}?${PASSIVE_STATE}`, 'i');

// What someone said, as verbatim notes write it: "<ana> …", "ana: …".
const SPEAKER = /^(?:<[^>\s]{1,40}>\s|[\p{L}\d_.-]{1,30}:\s+\p{Ll}|\.\.\.\s)/u;
// "RGr - We need to …", "JT – I have created …": a speaker's initials and a dash, in notes of
// what each speaker said.
export const INITIALS_SPEAKER = /^(?=\p{Lu}\p{Ll}?\p{Lu})\p{L}{2,4}(?:\s[-–]\s*|[-–]\s+)\p{Lu}/u;
// "Hadley Bee: agreed.": a speaker's full name, in notes of what each speaker said.
const FULL_NAME_SPEAKER = /^\p{Lu}\p{Ll}+\s\p{Lu}[\p{L}'’.-]*:\s+\p{Ll}/u;
// A verdict said alone on a speaker's line: "Reviewed changes and approved", "Merged". A bare
// "Agreed" in a chat agrees with the last speaker; it decides nothing.
// "close #187", "close as no longer relevant": the chair's verdict on an issue taken up.
const SPOKEN_VERDICT =
  /^(?:reviewed(?:\s+\p{L}+)?\s+and\s+)?(approved|accepted|adopted|merged|close(?:\s+(?:it|this(?:\s+one)?|#\d+))?(?:\s+as\s+[\p{L}\s-]{3,40})?)\s*[.!]*$/iu;
// A label and an address, and nothing else: "Audio: https://…", "Minutes: https://…".
const ADDRESS_FIELD = /^[\p{L}][\p{L} ]{0,30}:\s*(?:https?:\/\/|www\.)\S+$/u;
// Minutes that give each speaker's words after their initials or name: "RGr - We need to …",
// "Benjamin Curtis: I think …". What they agreed counts; what they say is needed is speech.
const DELEGATE_SAYS =
  /^(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+\([^)]{2,60}\)/u;
const SPEAKER_SAYS =
  /^(?:(?=\p{Lu}\p{Ll}?\p{Lu})\p{L}{2,4}\s?[-–]\s|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?\s?:\s+(?:I|I'm|I’m|I'd|I’d|We|We're|We’re|My|Our)\b)/u;
// Who speaks, captured: "<rehrar>", "[oda]", "Tess:", "Ian Swett :", "rehrar:".
const WHO_SPEAKS =
  "(?:<([^>\\s]{1,40})>|\\[([^\\]\\s]{1,40})\\]|(\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*)?|[\\p{Ll}\\d_.-]{2,30})\\s?:)\\s+";
// A word of assent before what the speaker takes on: "ok, I will …", "sure. Will …".
const ASSENT =
  '(?:(?:[Oo]k(?:ay)?|[Cc]ool|[Ss]ure|[Yy]es|[Yy]eah|[Gg]reat|[Ff]ine|[Rr]ight|[Ss]ounds good)[.!,]?\\s+)?';
// What a speaker will do that is a task: "I'll walk through …", "I will say …" only speak, and
// "I will try" names nothing to do.
const TASK_VERB =
  '(?:also\\s+|then\\s+|try\\s+to\\s+)?(?!(?:be|have|try|say|think|agree|(?:note|add)\\s+that|mention|argue|just|see|leave\\s+(?:it|that|this)|let|stop|need|want|probably|not|never|walk|present|talk|go\\s+(?:over|through|back|first|on)|start|give|show|explain|describe|read|repeat|skip|pass|answer|respond|introduce|continue|cover|discuss|speak|comment|wait|end|hand|turn|jump|move on|quickly|briefly)\\b)\\p{Ll}{2,}';
// A speaker taking on a task in their own words: "Tess: I'll ping people internally",
// "<rehrar> ok, I will make the post", after earlier sentences or a lead that joins the "I"
// ("…, so I'll merge it", "… and I'll open issues"). The speaker owns it; "I'll walk through …"
// and "I will say …" only speak. The lead is captured last, for its conditions.
const SPEAKER_COMMITS = new RegExp(
  `^${WHO_SPEAKS}${ASSENT}(?:[^.?!;:]*[.!;]\\s+)*(?:([^.?!;:]{1,200}?)(?:,|\\s(?:but|and|so))\\s+)?I(?:\\s+will|['’]ll|\\s+am\\s+going\\s+to|['’]m\\s+going\\s+to|\\s+can\\s+take\\s+care\\s+of)\\s+${TASK_VERB}`,
  'iu',
);
// "If we agree, I'll …", "When it lands, I'll …": what the speaker will do on a condition only speaks.
const CONDITION_LEAD = /\b(?:if|when|whenever|unless|once|whether|as long as|provided|assuming|in case)\b/i;
// Notes drop the speaker's "I": "Markus: Will label the issues", "<kit> will do", or a later
// sentence of the speaker's ("Agree. Will label the issues."). "Will the draft be ready?" asks,
// and "Will presents …" names someone called Will.
const DROPPED_I_WILL = `(?!(?:the|a|an|this|that|these|those|it|we|you|they|he|she|there|people|anyone|everyone|someone)\\b)(?=\\p{Ll}+(?<!(?<!s)s)\\b)${TASK_VERB}`;
const SPEAKER_WILL = new RegExp(
  `^${WHO_SPEAKS}${ASSENT}(?:will|(?:[^.?!;]*[.!;]\\s+)*Will)\\s+${DROPPED_I_WILL}`,
  'u',
);
const SPOKEN_WILL = new RegExp(`^${ASSENT}Will\\s+${DROPPED_I_WILL}`, 'u');
const WHO_SPEAKS_FIRST = new RegExp(`^${WHO_SPEAKS}`, 'u');

// "NW: AT, can you ask Rafael to take a look?", "<ana> kit: could you file it?": a speaker asks
// someone named to do a task ("can you hear me?" asks nothing to be done).
const ASKS_BY_NAME = new RegExp(
  `^${WHO_SPEAKS}(?:@)?(\\p{Lu}[\\p{L}'’.-]*|[\\p{Ll}\\d_.-]{2,30})[,:]\\s+(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?([^?]+)\\?\\s*$`,
  'u',
);
// What the one asked answers to take it on: "sure", "yes", "will do".
const SAYS_YES =
  /^(?:sure|yes|yep|yeah|ok(?:ay)?|will do|of course|absolutely|certainly|no problem|can do)\b/i;

/** Who a speaker asks, by name, to do a task, if anyone. */
export function askedByName(text: string): string | null {
  const m = text.includes('you') ? ASKS_BY_NAME.exec(text) : null;
  return m !== null && IMPERATIVE.test(m[5]!) ? m[4]! : null;
}

/** Whether the text is the one asked saying yes to what they were asked. */
export function saysYesTo(text: string, asked: string): boolean {
  const speaker = speakerOf(text);
  if (speaker === null || speaker.toLowerCase() !== asked.toLowerCase()) return false;
  return SAYS_YES.test(text.slice(WHO_SPEAKS_FIRST.exec(text)![0].length));
}

/** Who speaks at the start of a text ("Markus: …", "<kit> …"), if anyone. */
export function speakerOf(text: string): string | null {
  const m = WHO_SPEAKS_FIRST.exec(text);
  return m === null ? null : (m[1] ?? m[2] ?? m[3]!);
}
// "Cody: Agreed to incorporate the feedback": the speaker took the task on; "All: Agreed to …"
// is the meeting deciding, and "Alex: Agreed with Andrew's concerns" only speaks.
const SPEAKER_AGREES_TO =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)\s?:\s+(?:Agreed|Volunteered|Offered|Promised|Committed)\s+to\s+(?!(?:the|a|an|this|that|it|these|those)\b)\p{Ll}{2,}/u;
const GROUP_SPEAKER = /^(?:All|Everyone|Everybody|Team|Group|Board|Committee|Members|Consensus)$/;
const SPEAKER_AGREES_WITH =
  /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?\s?:\s+(?:Agreed|Agrees|Agree)\s+with\b/u;

/** Who, speaking, takes a task on in their own words, if anyone. */
function speakerTakesOn(text: string): string | null {
  // Who speaks stands before a colon, or in brackets: most items have neither.
  const c = text.charCodeAt(0);
  if (c !== 60 && c !== 91 && !text.includes(':')) return null;
  const commits = FIRST_PERSON_WORD.test(text) ? SPEAKER_COMMITS.exec(text) : null;
  const m =
    (commits !== null && !CONDITION_LEAD.test(commits[4] ?? '') ? commits : null) ??
    (/\bwill\s/i.test(text) ? SPEAKER_WILL.exec(text) : null);
  if (m !== null) return m[1] ?? m[2] ?? m[3]!;
  const agreed = text.includes(' to ') ? SPEAKER_AGREES_TO.exec(text) : null;
  return agreed !== null && !GROUP_SPEAKER.test(agreed[1]!) ? agreed[1]! : null;
}

const FIRST_PERSON_WORD = /\bI(?:\s|['’])/i;

/** Who, in a later sentence of what they said, takes a task on without the "I": "Will label …". */
function spokenTakesOn(text: string, context: ItemContext): string | null {
  const speaker = context.spoken === true ? context.speaker : null;
  return speaker != null && text.includes('Will') && SPOKEN_WILL.test(text) ? speaker : null;
}

/** What a note is, apart from its text: no verb, owner, date or status. */
export const NOTE: Omit<ReadOutcome, 'text'> = {
  kind: 'note',
  verb: null,
  owner: null,
  due: null,
  dueText: null,
  status: null,
  ref: null,
  motion: null,
  mislabelled: false,
};

/**
 * Whether a sentence of prose gives someone a task with no word of a task's signals: someone
 * listed as present doing it in the present tense ("Katja antwortet entsprechend"), or a task
 * told in German with its verb last. Such a sentence is an item of its own in its paragraph.
 */
export function tellsTask(sentence: string, context: Pick<ItemContext, 'knows'>): boolean {
  if (taskInPresent(sentence, context) !== null) return true;
  return /\bw(?:ird|erden)\s/.test(sentence) && GERMAN_WILL_DO.test(sentence);
}

/** Who, listed as present, is said to do a task in the present tense, if anyone. */
function taskInPresent(text: string, context: Pick<ItemContext, 'knows'>): string | null {
  // Only a text that opens with a capitalised word other than the language's needs the
  // expressions: most sentences open with "The", "We", "It".
  const first = context.knows === undefined ? null : FIRST_NAME_WORD.exec(text);
  if (first === null || OPENERS.has(first[0])) return null;
  const doer = TASK_IN_PRESENT.exec(text) ?? GERMAN_TASK_IN_PRESENT.exec(text);
  return doer !== null && context.knows!(doer[1]!) ? doer[1]! : null;
}

const FIRST_NAME_WORD = /^\p{Lu}[\p{L}'’-]*/u;
const OPENERS = new Set(
  'The This That These Those It Its We Our They There He She In On At For With From As If When While After Before A An All Some Any No Each Every Also Next Please Der Die Das Es Wir'.split(
    ' ',
  ),
);

/** Reads one item's text under the given context. */
export function readItem(
  written: string,
  context: ItemContext,
  checked: boolean | null = null,
  known: Signals | null = null,
): ItemReading {
  const marks = readMarks(written, checked);
  if (marks.placeholder) return { placeholder: true, text: written.trim() };
  let text = marks.text;
  const commits = marks.kind === null ? (speakerTakesOn(text) ?? spokenTakesOn(text, context)) : null;
  // "Alex: Agreed with Andrew's concerns": one speaker agreeing with another decides nothing.
  if (marks.kind === null && text.includes('gree') && SPEAKER_AGREES_WITH.test(text))
    return { placeholder: false, ...NOTE, text };
  const colonTask = text.includes(':') ? OWNER_COLON.exec(text) : null;
  const after = colonTask === null ? '' : text.slice(colonTask[0].length);
  // In notes of what each speaker said, "Christian: Propose some goals" is the speaker's
  // suggestion, unless the item stands under "Action items".
  const assigned =
    colonTask !== null &&
    IMPERATIVE.test(after) &&
    (context.defaultKind === 'action' || context.speech?.() !== true);
  // Where items are actions, someone listed as attending owns what follows their name
  // ("Thibaud Colas: Malcolm award review after the board meeting").
  const listed =
    colonTask !== null && context.defaultKind === 'action' && context.knows?.(colonTask[1]!) === true;
  // "Audio: https://…" gives an address, not a task.
  const task =
    colonTask !== null && (assigned || listed || (/^\p{Ll}/u.test(after) && !/^[a-z]+:\/\//.test(after)))
      ? colonTask
      : null;
  if (
    marks.kind === null &&
    context.defaultKind !== 'action' &&
    (SPEAKER.test(text) ||
      ((FULL_NAME_SPEAKER.test(text) || INITIALS_SPEAKER.test(text)) && context.speech?.() === true)) &&
    !assigned &&
    commits === null &&
    // "Motion: that the minutes be approved" puts a motion, no one speaking.
    !/^(?:motion|voting)\s*:/i.test(text)
  ) {
    // What someone said in the discussion is a note, whatever its verbs, unless labelled or
    // a verdict said alone ("<kimhd> Reviewed and approved"), as a chair gives it.
    const speaker = (SPEAKER.exec(text) ?? FULL_NAME_SPEAKER.exec(text) ?? INITIALS_SPEAKER.exec(text))!;
    const verdict = SPOKEN_VERDICT.exec(text.slice(speaker[0].length - 1).trim());
    if (verdict === null) return { placeholder: false, ...NOTE, text };
    return { placeholder: false, ...NOTE, kind: 'decision', verb: verdict[1]!, text };
  }
  // "Audio: https://…": a field giving an address is nothing to do, wherever it stands.
  if (text.includes('://') || text.includes('www.') ? ADDRESS_FIELD.test(text) : false)
    return { placeholder: false, ...NOTE, text };
  const motion = readMotion(text);
  // A paragraph's sentences were read for signals as it was split: the reading stands for the
  // text as long as no mark was taken off it.
  const { decision, action } =
    known !== null && text === written ? known : signalsIn(text, context.body, marks.kind === 'action');
  // Only actions have a status: a tail that gives one ("[status: in progress]") makes the item one.
  let kind = marks.kind ?? (marks.statusGiven ? 'action' : null);
  let verb: string | null = null;
  let owner = marks.owner;
  // "Resolution: @kai and @pat will do the release": a labelled decision that only gives people
  // a task is that task.
  if (
    kind === 'decision' &&
    decision === null &&
    action?.index === 0 &&
    action.owner !== null &&
    /^(?:will|shall)\s/i.test(action.verb)
  )
    kind = 'action';
  if (kind === null && saysVerdict(text)) {
    // "Merged", "Approved | #123", "Merge, good as a first iteration": the verdict on the item.
    kind = 'decision';
    verb = /^\p{L}+/u.exec(text)![0];
  }
  if (kind === null) {
    // A motion someone moved is the body's decision, whatever it asks to be done.
    if (motion !== null && motion.movedBy !== null && (decision !== null || motion.secondedBy !== null))
      kind = 'decision';
    else if (action && (!decision || action.index <= decision.index)) kind = 'action';
    else if (decision || motion) kind = 'decision';
  }
  // "Ana Ruiz (Nominated: A; seconded: B)": a nomination, decided by the election said after it.
  if (
    kind === 'decision' &&
    marks.kind === null &&
    decision === null &&
    motion?.verb === null &&
    /\bnominated\b/i.test(text)
  )
    kind = null;
  if (commits !== null && kind !== 'decision') {
    kind = 'action';
    owner = commits;
  }
  if (kind === 'action' && commits === null && marks.kind === null && !assigned && SPEAKER_SAYS.test(text))
    kind = decision || motion ? 'decision' : null;
  // "Mr. Taalas (Finland) endorsed the request": a delegate's word, as a summary record gives
  // it; what the body decided it says of itself ("It was so decided").
  if (kind !== null && marks.kind === null && !assigned && text.includes('(') && DELEGATE_SAYS.test(text))
    kind = null;
  // "Manu taking that action.", "I will take an action to …": the task is marked as one.
  const taken = text.includes('action') ? TAKES_ACTION.exec(text) : null;
  if (taken !== null && marks.kind === null && (kind === null || kind === 'action')) {
    kind = 'action';
    const speaker = /^(\p{Lu}[\p{L}'’.-]*):\s/u.exec(text)?.[1];
    const who = taken[1]?.replace(/['’]ll$/, '');
    owner ??=
      who === undefined || who === 'I' ? (speaker ?? null) : /^(?:We|They|Someone)$/.test(who) ? null : who;
  }
  // In notes of what each speaker said, what a speaker says others will do is speech: only what
  // is labelled, listed under an "Action items" heading, or taken on by the speaker is a task.
  if (
    taken === null &&
    commits === null &&
    kind === 'action' &&
    marks.kind === null &&
    context.defaultKind !== 'action' &&
    (context.spoken === true || (SPEAKER_PREFIX.test(text) && context.speech?.() === true))
  )
    kind = decision || motion ? 'decision' : null;
  if (kind === 'decision') verb ??= decision?.verb ?? motion?.verb ?? null;
  if (kind === 'action' && action) {
    verb = action.verb;
    owner ??= action.owner;
  }
  const colon = task;
  if (((kind ?? context.defaultKind) === 'action' || assigned) && owner === null && colon) {
    owner = ownerName(colon[1]!, context.body);
    text = text.slice(colon[0].length);
    kind ??= 'action';
  }
  // "Determine the action plan / Roland / April 8th": a task table's row written out.
  const row =
    (kind === null || kind === 'action') && owner === null && text.includes(' / ')
      ? SLASH_ROW.exec(text)
      : null;
  const rowDue =
    row === null ? null : findDate(row[3]!, { year: context.year, yearFrom: 'the meeting date' });
  if (row !== null && rowDue !== null && rowDue.index === 0) {
    kind = 'action';
    owner = row[2]!;
    text = row[1]!;
  }
  // "Daniel on leave for three weeks, will hand over to John": the item's subject, listed as
  // present, does what the clause without a subject of its own says.
  if (kind === 'action' && owner === null && action !== null && context.knows !== undefined) {
    const lead = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)\s[^.;:]*,\s$/u.exec(
      text.slice(0, action.index),
    );
    if (lead !== null && /^will\s+(?!be\b)/i.test(action.verb) && context.knows(lead[1]!)) owner = lead[1]!;
  }
  // "Joost sends a message to …": someone listed as present, doing a task in the present tense.
  if ((kind === null || (kind === 'action' && owner === null)) && marks.kind === null) {
    const doer = taskInPresent(text, context);
    if (doer !== null) {
      kind = 'action';
      owner = doer;
    }
  }
  // "Krobin wird den Antrag … organisieren": a task told in German, its verb at the clause's end.
  if (
    (kind === null || (kind === 'action' && owner === null)) &&
    marks.kind === null &&
    /\bw(?:ird|erden)\s/.test(text)
  ) {
    const will = GERMAN_WILL_DO.exec(text);
    if (will !== null) {
      kind = 'action';
      owner = will[1]!.replace(/^[Dd](?:er|ie)\s+/, '');
    }
  }
  // "Have Dave assess the work required": who is had to do it does it.
  const had = owner === null && (kind === null || kind === 'action') ? HAVE_DO.exec(text) : null;
  if (had !== null && !NOT_HAD.test(had[1]!)) {
    kind = 'action';
    owner = had[1]!;
  }
  const trailing = endsWithParenthesis(text) ? OWNER_TRAILING.exec(text) : null;
  const trailingOwner =
    trailing && !NOT_AN_OWNER.test(trailing[1]!) && !findDate(trailing[1]!) ? trailing[1]! : null;
  if (kind === null && trailingOwner !== null && IMPERATIVE.test(text)) kind = 'action';
  // Under "Action items", a line that names no one, asks nothing and tells what happened
  // ("Grant submitted", "Wikidata lesson moved to alpha") is a note of where things stand.
  if (
    kind === null &&
    context.defaultKind === 'action' &&
    owner === null &&
    trailingOwner === null &&
    !IMPERATIVE.test(text) &&
    PAST_STATE.test(text)
  )
    kind = 'note';
  kind ??= context.defaultKind;
  if (kind === 'action' && owner === null && trailingOwner !== null) owner = trailingOwner;

  let mislabelled = false;
  if (kind === 'action' && text.trimEnd().endsWith('?')) {
    kind = 'note';
    mislabelled = marks.labelled;
  }
  const due =
    kind !== 'action'
      ? { due: null, dueText: null }
      : row !== null && rowDue !== null && rowDue.index === 0
        ? { due: rowDue.date, dueText: rowDue.date === null ? rowDue.text : null }
        : readDue(text, context.year);
  return {
    placeholder: false,
    kind,
    verb,
    text,
    owner: kind === 'action' ? owner : null,
    due: marks.due ?? due.due,
    dueText: marks.due === null ? due.dueText : null,
    status: kind === 'action' ? (marks.status ?? 'open') : null,
    ref: marks.ref,
    motion:
      motion === null
        ? null
        : {
            movedBy: motion.movedBy,
            secondedBy: motion.secondedBy,
            votesFor: motion.votesFor,
            votesAgainst: motion.votesAgainst,
            abstentions: motion.abstentions,
          },
    mislabelled,
    labelled: marks.labelled,
  };
}

// "… (Lise)." : looked at from the end, as an expression anchored there would scan from the start.
function endsWithParenthesis(text: string): boolean {
  let end = text.trimEnd();
  if (end.endsWith('.') || end.endsWith(';')) end = end.slice(0, -1).trimEnd();
  return end.endsWith(')') || end.endsWith(']');
}

function readDue(text: string, year: number | undefined): { due: string | null; dueText: string | null } {
  const match = DUE.exec(text);
  if (!match) return { due: null, dueText: null };
  const phrase = match[1]!.trim().replace(/[.\s]+$/, '');
  const date = findDate(phrase, { year, yearFrom: 'the meeting date' });
  if (date && date.index <= 4) return { due: date.date, dueText: date.date === null ? date.text : null };
  if (RELATIVE_DUE.test(phrase)) return { due: null, dueText: RELATIVE_DUE.exec(phrase)![0] };
  return { due: null, dueText: null };
}
