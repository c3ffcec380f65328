/**
 * The words that make an item a decision ("endorsed", "it was decided", "no objections") or an
 * action ("agreed to develop", "will be finalized", "Lise to circulate"), and who owns an
 * action. What someone reported ("X reported that the agencies have confirmed …") is not a
 * decision of the meeting, so signals inside a reported clause do not count.
 */
import { fold } from '../../domain/text.js';

export interface Signal {
  index: number;
  verb: string;
  owner: string | null;
}

// After a determiner the participle describes a thing ("the approved budget", "a designated
// expert"); it does not say that anything was decided. Minutes in German decide in their words
// too ("Der Vorstand hat die Aufnahme beschlossen", "wird angenommen"). A working group's
// conclusion in the room is "to be confirmed on the list", where its decisions are final.
const DECISION =
  /\b(to be confirmed(?:\s*\([^)]{1,40}\))?\s+on\s+(?:the\s+)?(?:mailing[- ])?list|agreed upon|agreed on|agreed that|agreed with|agreed|decided|resolved|endorsed|approved|adopted|re-?affirmed|affirmed|confirmed|accepted|ratified|re-?elected|elected|appointed|selected|authori[sz]ed|designated|rejected|declined|revoked|rescinded|repealed|deferred|postponed|voted (?:unanimously )?(?:to|for|in favou?r)|(?:took|held) a vote|reached (?:a |full )?consensus|there (?:was|is) (?:a )?(?:general |broad |rough |full |strong |clear )?(?:agreement|consensus)(?: (?:among|amongst|within) [\w\s]{1,40}?)? (?:that|to|on|for)|(?:general |broad |full )?agreement (?:among|amongst|within|by) (?:the )?(?:board|committee|council|group|members|panel|participants|team|all)|consensus was reached|by consensus|(?:has|had)\s+(?:strong\s+|clear\s+|rough\s+|unanimous\s+)?consensus(?!\s+(?:on\s+)?whether)|consensus (?:to|for|on)(?= \w)|no objections?|without objection|(?:motion|resolution) (?:was )?(?:carried|passed|adopted|failed|defeated)|carried unanimously|passed unanimously|poll (?:passe[sd]|carried|carries)|motion passes|passe[sd]\s+(?:\w+\s+)?(?:in favou?r|unanimously)|carried(?!\s+(?:out|over|forward|on)\b)|beschlossen|beschlie(?:ß|ss)t|einstimmig|angenommen|genehmigt|bestätigt|zugestimmt|befürwortet|abgelehnt)\b/i;
// The operative paragraph of a resolution opens with what the body does, in the present:
// "Decides to …", "Further endorses …", "Recommends that …".
const OPERATIVE =
  /^(?:\d{1,2}[.)]\s+)?(?:(?:Further|Also|Hereby|Finally)\s+)?(?:Decides|Adopts|Approves|Endorses|Reaffirms|Affirms|Recommends|Authori[sz]es|Elects|Appoints|Resolves)\b/;
// "The review committee accepts the Building model", "The Board approves the budget": the
// body's decision in the present, as some secretariats write it, with the organ as subject.
const ORGAN_DECIDES =
  /^(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:committee|board|council|panel|group|assembly|commission|bureau|plenary|meeting|conference|members)\s+(?:hereby\s+|therefore\s+|unanimously\s+)?(accepts|approves|adopts|endorses|decides|agrees|resolves|elects|appoints|confirms|ratifies)\b/iu;
// Words that make an item an action, in one expression: the leftmost match is the first signal.
const ACTION =
  /\b(?:agreed|decided|resolved|undertook|committed|volunteered|offered|promised)(?<!\b(?:was|were|been|is|are|am)\s+\w+)\s+to:?\s+(?!the\b|a\b|an\b|this\b|that\b|these\b|those\b|it\b|its\b|their\b|his\b|her\b|all\b|any\b|some\b)[a-zß-ÿ]{2,}|\b(?:was|were|is|are)\s+(?:asked|requested|invited|tasked|mandated|encouraged|instructed|directed|charged|assigned)\s+to\s+[a-zß-ÿ]+|\b(?:will|shall)(?<!\b(?:it|this|that|there|which|who|or|we|I|you|they|meeting|call|session|workshop)(?:'ll|’ll)?\s+(?:(?:also|still|then|all|probably|hopefully|likely)\s+)?(?:will|shall))\s+(?!(?:still|also)\s+be\s+(?:informed|notified|told|consulted)\b|not\b|there\b|take place|be held|meet\b|convene|reconvene|be (?:on|at|in|the|a|an|available|able|there|responsible|chaired|hosted|discussed|needed|reserved|shared in|informed|notified|told|consulted)\b|have\b|(?:also\s+)?(?:enable|support|allow|help|include|contain|require|cover|contribute|remain|depend|mean|become|last|cost|benefit|reduce|increase|improve|affect|involve|apply|happen|occur|evolve|hopefully|likely|probably|need|know|actually|show up|take longer)\b|be\b(?!\s+[a-zß-ÿ]+(?:ed|en|wn|ne)\b))(?:be\s+)?[a-zß-ÿ]{2,}|\b(?:is|are)(?<!\b(?:meeting|item|topic|discussion|it|this|that|there|which|goal|aim|purpose|intention|idea|objective|plan|hope|expectation|focus|priority|mission|role)\s+(?:is|are))\s+to\s+(?!be\s+(?:held|hosted|convened|scheduled|chaired|decided)\b)(?:be\s+)?[a-zß-ÿ]{2,}|\b(?:needs?|has|have)(?<!\b(?:it|this|that|there|which|we|I|you|they|may|might|could|would|not|no|the|a|any|doesn['’]t|don['’]t|didn['’]t)(?:'ll|’ll)?\s+(?:(?:also|still|then|all|probably|hopefully|likely|will)\s+)?(?:needs?|has|have))\s+to\s+(?:be\s+)?[a-zß-ÿ]{2,}|\bto be\s+[a-zß-ÿ]+(?:ed|en|wn)\b/i;
// "asked the Secretariat to …": an action whose owner is named after the verb. Looking for the
// verbs alone first is cheaper than the expression on the many texts without them.
// Resolutions say it in the present: "Further requests the Secretariat to inform …". The
// stems are looked for as plain text first: most items have none.
const ASKING_STEM = /ask|request|invite|mandate|instruct|direct|charged/;

function mayAsk(text: string): boolean {
  return ASKING_STEM.test(text);
}
// "Kerri, Phil, Anthony, and Kim to …": a list of names is one subject.
const SUBJECT = "\\p{Lu}[\\p{L}'’.-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|for|and|&|on))" + '{0,5}';
const LINK =
  '(?:to|will|shall|is to|are to|agreed to|undertook to|offered to|volunteered to|agrees to|offers to|volunteers to:?)';
// "Lise to circulate …", "The Secretariat will prepare …", "Wanjiru Kamau will own …".
// What follows the link is a verb: not a determiner ("Link to this week's logs").
const NOT_A_VERB =
  '(?!be\\b|not\\b|the\\b|an?\\b|this\\b|that\\b|these\\b|those\\b|our\\b|your\\b|their\\b|its\\b|his\\b|her\\b|other\\b|all\\b)';
// "The secretary will …", "The finance committee to …": an office written in lower case.
const OFFICE_SUBJECT =
  '(?:[\\p{L}-]+\\s+)?(?:secretary|treasurer|chair|chairs|chairman|chairwoman|chairperson|clerk|secretariat|president|directors?|managers?|coordinators?|officers?|maintainers|leads|editors?|staff|webmaster|registrar|auditor|rapporteur|facilitator|convenor|organi[sz]ers?|committee|team|work(?:ing)? group|task force|supervisors)';
const ASKED = new RegExp(
  `(?<!\\bha(?:s|ve|d)\\s)\\b(?:asked|requested|invited|tasked|mandated|instructed|directed|charged|requests|asks|instructs|directs|mandates|tasks)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}|${OFFICE_SUBJECT})\\s+to\\s+\\p{Ll}+`,
  'u',
);
// "The Board requested that staff prepare …": the task in the subjunctive, after "that".
const ASKED_THAT = new RegExp(
  `\\b(?:asked|requested|directed|instructed|requests|directs|instructs)\\s+that\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}|${OFFICE_SUBJECT})\\s+(?!is\\b|are\\b|was\\b|were\\b|has\\b|have\\b|had\\b|will\\b|would\\b|should\\b)\\p{Ll}{3,}`,
  'u',
);
// "the clerk was instructed to …": who was asked stands before the verb.
const ASKED_BEFORE = new RegExp(
  `(?:^|[-–—.;:,]\\s*|\\s)(?:[Tt]he\\s+)?(${SUBJECT}|${OFFICE_SUBJECT})\\s+$`,
  'u',
);
// Who a passive names as doing it: "by the Secretary", "by Ana Ruiz", "by all three supervisors".
const AGENT = new RegExp(
  `^\\s+by\\s+((?:the\\s+)?(?:${OFFICE_SUBJECT}|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})|all\\s+(?:(?:two|three|four|five|six|seven|the)\\s+)?\\p{Ll}+s)(?=[.,;:)]|\\s+(?:on|at|in|before|by|from|for|with|during|after|and|once|when)\\b|$)`,
  'u',
);
// "by Friday", "by the end of June", "by email": when or how, not who.
const NOT_AN_AGENT =
  /^(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|end|next|close|cob|eod|email|e-mail|mail|post|phone|then|now|default|consensus|vote)/i;
const PASSIVE_ASK =
  /^(?:was|were|is|are)\s+(?:asked|requested|tasked|mandated|instructed|directed|charged|assigned)\b/i;
// "John said he would take it to the list", "Mary confirmed that she will circulate the draft":
// someone told what they themselves would do.
const REPORTED_COMMITMENT = new RegExp(
  `(?<=^|[.;]\\s+)(?:the\\s+)?(${SUBJECT})\\s+(?:said|noted|mentioned|indicated|confirmed|explained|stated|offered|promised|replied)(?:\\s+that)?\\s+((?:he|she|they)\\s+(?:would|will)\\s+(?!not\\b|be\\s+(?:able|unable|happy|glad|pleased|interested)\\b|like\\b|prefer\\b|need\\b)\\p{Ll}+)`,
  'u',
);
// "Finance committee will …": a group named by what it does, in sentence case, without "the".
const GROUP_SUBJECT =
  '\\p{Lu}[\\p{L}-]*\\s+(?:committee|subcommittee|team|working group|task force|staff|working party)';
const OWNER_FIRST = new RegExp(
  `^(?:the\\s+)?(${SUBJECT})\\s+${LINK}\\s+${NOT_A_VERB}\\p{Ll}|^[Tt]he\\s+(${OFFICE_SUBJECT})\\s+${LINK}\\s+${NOT_A_VERB}\\p{Ll}|^(${GROUP_SUBJECT})\\s+${LINK}\\s+${NOT_A_VERB}\\p{Ll}`,
  'u',
);
// A sentence's first word that is no one's name: "How to build …", "Suggestion to cut …",
// "Moving to release …". A capital alone does not make an owner.
const NOT_A_NAME =
  /^(?:e\.?g\.?|i\.?e\.?|etc\.?|cf\.?|viz\.?|n\.?b\.?|about|regarding|concerning|re|similar|worthwhile|worth|better|best|enough|necessary|required|essential|interesting|likely|unlikely|reasonable|difficult|preferable|sufficient|free|working|thinking|waiting|getting|making|taking|using|adding|writing|running|testing|building|reviewing|discussing|considering|investigating|exploring|continuing|following|starting|checking|updating|creating|preparing|developing|how|what|why|when|where|who|which|get|link|links|motion|motions|suggestion|suggestions|proposal|proposals|outreach|stick|need|needs|plan|plans|time|move|moving|going|back|nothing|next|agreement|decision|decisions|question|questions|update|updates|response|reply|comment|comments|welcome|introduction|reminder|request|requests|discussion|feedback|work|option|options|change|changes|decided|agreed|continue|continued|try|attempt|ability|nobody|someone|somebody|anyone|everyone|due|according|thanks|prior|next|also|happy|glad|willing|able|ready|keen|eager|excited|pleased|delighted|sorry|unable|vote|votes|nice|good|great|hard|easy|important|possible|fine|okay|ok|going|hoping|looking|trying|planning|subject|support|useful|helpful|simplified|email|e-mail|mail|access|reference|documentation|coverage|and|but|or|so|yet|if|in|on|at|for|of|with|as|this|that|these|those|it|there|here|then|proposed|suggested|asked|planned|expected|needed|wanted|started|tried|deferred|postponed|moved|referred|tabled|delegated|assigned|added|hope|hoping|want|wants|plan|trying|way|ways|we|i|you|they|he|she|us|issues?|tasks?|items?|topics?|points?|things?|steps?)$|(?:tion|tions|sion|sions|ment|ments|ness|ity|ance|ence)$/i;
// A subject that opens with a verb of a task is that task, not a name: "E-mail David to confirm …".
const VERB_FIRST =
  /^(?:e-?mail|mail|send|ask|contact|call|ping|invite|remind|tell|thank|update|check|message|notify|inform|cc|investigate|explore|consider|prepare|draft|create|organi[sz]e|schedule|identify|circulate|share)\s/i;
const NOT_A_NAME_LEAD =
  /^(?:\p{L}+ly|then|also|so|now|thus|here|there|today|again|however|meanwhile|otherwise|instead|overall|first|second|third|lastly|next|yes|no|ok|okay|note|update)\s*,/iu;
const AFTER_SUBJECT = new RegExp(`^\\s*(${LINK}\\s+\\p{Ll}+)`, 'u');
// "@lehnberg to put together …": a handle, marked as one.
// The verb after it may be a capitalised word of the project's jargon ("@ana to PR the fix").
// A chat's mention of a full name counts as one: "@Emma Gardner to talk to …".
const AT_HANDLE = "@[\\w.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}";
const AT_HANDLE_FIRST = new RegExp(
  `^(${AT_HANDLE}(?:\\s+(?:and|&)\\s+${AT_HANDLE})*)\\s+${LINK}\\s+\\p{L}`,
  'u',
);
// "bkowalski to update …" in scribe minutes, where nicknames are written in lower case.
const HANDLE_FIRST = new RegExp(
  `^([\\p{L}\\d_.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?)\\s+(?:${LINK}|is going to)\\s+\\p{Ll}`,
  'u',
);
// "spastorino will ask …" in notes of any kind: a handle in lower case, no word of the language.
const LOWER_HANDLE_WILL =
  /^(?!(?:someone|somebody|everyone|everybody|nobody|anyone|anybody|people|users|folks|members|staff|this|that|which|who|it|we|they|he|she|you|i|there|each|all|both|one|others?|nothing|something|everything)\s)[a-z][a-z\d_.-]{2,30}\s+(?:will|is going to)\s/;
const REPORTED =
  /\b(?:reported|reports|noted|notes|informed|explained|mentioned|said|says|stated|expects?|hopes?|believes?|thinks?|updated|briefed|recalled|observed|highlighted|stressed|emphasi[sz]ed|indicated|announced|clarified|confirmed|presented|suggested|proposed|asked whether|wondered|feels?|felt)\b[^.;]*?\bthat\b/i;
const COLLECTIVE =
  /^(?:members?|participants|attendees|we|they|it|he|she|meeting|directors|trustees|delegates|members of the \w+)$/i;
// Words that name an organ: the body itself when its name has the word, another organ otherwise.
const ORGAN = /^(?:panel|board|committee|council|group|working group|wg|assembly|commission|forum|body|cg)$/i;

// An organ at the start of the text, before its verb: "The IATI Steering Committee, meeting
// today at UN City, have confirmed that …".
const ORGAN_CONFIRMS =
  /^(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:committee|board|council|panel|bureau|assembly|commission|plenary)\b(?:,[^,]{0,80},)?\s+(?:(?:has|have|had)\s+)?(?:unanimously\s+)?$/iu;

/** The first decision and the first action signal of a text. */
export interface Signals {
  decision: Signal | null;
  action: Signal | null;
}

/** The first decision and the first action signal in a text, ignoring reported clauses. */
export function signalsIn(text: string, body: string | null, handles = false): Signals {
  // Signals from the reporting verb on ("X confirmed that he will …") are what was reported.
  const reported = text.includes('that') ? REPORTED.exec(text) : null;
  const cut = reported ? reported.index : Infinity;
  // "… which confirmed the hall was unfit but agreed that …": a second verb of the meeting's
  // own, joined before the reported clause begins, is not part of it.
  const joined = (s: Signal): boolean =>
    reported !== null &&
    s.index > cut &&
    s.index < cut + reported[0].length - 4 &&
    /\s(?:but|and)\s$/.test(text.slice(s.index - 5, s.index));
  // "It was noted that … . Daniel will pass that remark on.": the report ends with its sentence.
  const after = reported === null ? Infinity : sentenceEnd(text, cut);
  const before = (s: Signal | null): Signal | null =>
    s !== null && (s.index <= cut || s.index >= after || joined(s)) ? s : null;
  const operative = OPERATIVE.exec(text);
  // "The Steering Committee, meeting today, have confirmed that …": what an organ confirms it
  // decides; what a person confirms they report.
  const confirmed =
    operative === null &&
    reported !== null &&
    /^confirmed\b/i.test(reported[0]) &&
    ORGAN_CONFIRMS.test(text.slice(0, cut))
      ? { index: cut, verb: 'confirmed', owner: null }
      : null;
  // The reporting verb ("confirmed that …") is no decision; a later verb joined to it may be.
  const m = operative ?? decisionMatch(text, reported === null ? -1 : cut);
  const decision =
    confirmed ??
    (operative === null ? organDecision(text) : null) ??
    (m && !conditional(text, m.index) && !inQuestion(text, m.index)
      ? { index: m.index, verb: m[0], owner: null }
      : null);
  const found = firstAction(text, body, handles);
  // "decided to appoint X": the decision does what it says; nothing is left to be done.
  const action = found !== null && TAKES_EFFECT.test(found.verb) ? null : found;
  return {
    decision: before(decision),
    // "Once the lockdown has ended Cllr Cann will check …": after its condition, someone named is given a task.
    action: before(
      action !== null && action.index > 0 && action.owner === null && conditional(text, action.index)
        ? null
        : action,
    ),
  };
}

// Where the sentence that holds the given index ends: after its stop, before the next capital.
function sentenceEnd(text: string, from: number): number {
  const end = /[.;!?]\s+(?=\p{Lu})/gu;
  end.lastIndex = from;
  const m = end.exec(text);
  return m === null ? Infinity : m.index + m[0].length;
}

// The organ's decision in the present: its verb, and where the verb stands.
function organDecision(text: string): Signal | null {
  // The verb stands within the subject's few words of the start: only they need a look.
  if (!ORGAN_VERB.test(text.length > 100 ? text.slice(0, 100) : text)) return null;
  const m = ORGAN_DECIDES.exec(text);
  return m === null ? null : { index: m.index + m[0].length - m[1]!.length, verb: m[1]!, owner: null };
}
const ORGAN_VERB =
  /(?:accepts|approves|adopts|endorses|decides|agrees|resolves|elects|appoints|confirms|ratifies)\b/i;

const TAKES_EFFECT =
  /^(?:decided|resolved|voted)\s+to:?\s+(?:appoint|approve|adopt|elect|re-elect|accept|endorse|grant|admit|ratify|confirm|award|co-opt|dissolve|reappoint|renew|extend|waive|table|defer|postpone|reject|decline)\b/i;

// "Where a concept is discussed and agreed", "when the minutes will be posted": a verb in a
// clause of condition or time says what would happen, not what did.
// "so everyone coming in will watch …": what a task is for, not a task ("It was so decided" is a decision).
const CONDITION =
  /\b(?:if|where|when|whenever|once|unless|until|whether|how|so that|so (?:everyone|everybody|people|members|all|they|we))\b[^.;:,]*$/i;

// "Do we have consensus for stage 3?": the sentence around a word asks; it records nothing.
function inQuestion(text: string, index: number): boolean {
  const end = text.slice(index).search(/[.!?](?:\s|$)/);
  return end !== -1 && text[index + end] === '?';
}

function conditional(text: string, index: number): boolean {
  const start = Math.max(0, index - 80);
  return CONDITION.test(text.slice(start, index));
}

function firstAction(text: string, body: string | null, handles: boolean): Signal | null {
  // Every action signal has one of these words; most notes and decisions have none.
  if (!/\b(?:to|will|shall)\b/i.test(text) && !(text.includes(' that ') && mayAsk(text))) return null;
  let best: Signal | null = null;
  const m = actionMatch(text);
  if (m) {
    const by = PASSIVE_ASK.test(m[0])
      ? ASKED_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))
      : null;
    const subject = by?.[1]?.replace(/^the\s+/i, '');
    // "… will be attended by all three supervisors": who is to do it follows the passive.
    const agent =
      subject === undefined && PASSIVE_TASK.test(m[0]) ? AGENT.exec(text.slice(m.index + m[0].length)) : null;
    // "… and Cllr Mack will check …", "Once it has ended Cllr Cann will check …": a name right
    // before "will", inside the sentence, is who will.
    const before =
      subject === undefined && agent === null && m.index > 0 && /^(?:will|shall)\s(?!\s*be\s)/i.test(m[0])
        ? (NAME_BEFORE_WILL.exec(text.slice(Math.max(0, m.index - 50), m.index)) ??
          OFFICE_BEFORE_WILL.exec(text.slice(Math.max(0, m.index - 50), m.index)))
        : null;
    const named =
      before !== null && !NOT_A_NAME.test(before[1]!) && !NOT_A_NAME_WORD.test(before[1]!)
        ? before[1]
        : undefined;
    const doer = subject ?? (agent === null || NOT_AN_AGENT.test(agent[1]!) ? named : agent[1]);
    best = {
      index: m.index,
      verb: m[0],
      owner:
        doer === undefined || NOT_A_NAME.test(doer)
          ? null
          : ownerName(doer.replace(/^the\s+/i, '').replace(/\.$/, ''), body),
    };
  }
  // "John said he would take it to the list": what someone said they would do is their task.
  // Looked for only where "he", "she" or "they" is followed by "would" or "will".
  const told = text.includes('he w') || text.includes('they w') ? REPORTED_COMMITMENT.exec(text) : null;
  if (told !== null && (best === null || told.index <= best.index) && !NOT_A_NAME.test(told[1]!))
    best = { index: told.index, verb: told[2]!, owner: ownerName(told[1]!, body) };
  const asked = mayAsk(text) ? (ASKED.exec(text) ?? ASKED_THAT.exec(text)) : null;
  if (asked && (best === null || asked.index < best.index))
    best = { index: asked.index, verb: asked[0], owner: ownerName(asked[1]!, body) };
  // Who is to do it stands first in the item, or first after a short lead ("Import maps: Wes
  // will refactor …", "Chaim: Chaim to post …"), or first in a later clause ("…; Fazli to
  // introduce the advisor").
  const starts = clauseStarts(text);
  for (const start of starts) {
    if (start > 0) {
      // A subject in a later sentence owns only what its own sentence says.
      if (best !== null && best.index < start && !/[:;]\s*$/.test(text.slice(0, start))) continue;
    }
    const clause = start === 0 ? text : text.slice(start);
    const first =
      OWNER_FIRST.exec(clause) ??
      (clause.startsWith('@') ? AT_HANDLE_FIRST.exec(clause) : null) ??
      (start === 0 && (handles || LOWER_HANDLE_WILL.test(clause)) ? HANDLE_FIRST.exec(clause) : null);
    // "Plan for LCGC to do …": the plan is not the owner; who it is for is.
    const subject = (first === null ? undefined : (first[1] ?? first[2] ?? first[3]))?.replace(
      /^(?:Plan|Proposal|Request|Suggestion|Ask)\s+for\s+(?=\p{Lu})/u,
      '',
    );
    if (first === null || subject === undefined || NOT_A_NAME.test(subject) || VERB_FIRST.test(subject))
      continue;
    // "Conclusion They should …": a label run into a pronoun names no one.
    if (/\s(?:They|We|It|He|She|You|I)$/.test(subject)) continue;
    // "Looking for volunteers to …": a subject does not end on a joining word; "About CI to
    // run Slurm" does not start with one.
    if (/\s(?:of|for|and|&|on)$/i.test(subject) || /^(?:about|regarding|concerning|re)\s/i.test(subject))
      continue;
    // "Finally, Bob will …": a list's first piece must be a name too.
    if (subject.includes(',') && NOT_A_NAME_LEAD.test(subject)) continue;
    // After a speaker's name ("Ian: RT will take too long"), only the speaker owns what follows.
    const lead = start === 0 ? '' : text.slice(0, start).replace(/[:;]\s*$/, '');
    // "Plan: Mike will take a look": a label before what is planned, no speaker.
    const speaker =
      /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:\s*\([^)]*\))?$/u.test(lead) && !NOT_A_NAME.test(lead);
    if (speaker && !subject.startsWith(lead.split(/[\s(]/)[0]!)) continue;
    const afterSubject = start + clause.indexOf(subject) + subject.length;
    if (best === null || best.index >= afterSubject - 1) {
      const phrase = AFTER_SUBJECT.exec(text.slice(afterSubject))?.[1] ?? best?.verb ?? '';
      best = { index: start, verb: phrase, owner: ownerName(subject, body) };
    } else if (best.owner === null && start > 0) {
      best = { ...best, owner: ownerName(subject, body) };
    }
    break;
  }
  return best;
}

// Every match of the action words, leftmost first.
const ACTIONS = new RegExp(ACTION.source, 'gi');
// "Minutes to be circulated": a passive infinitive is a task only as the item's own predicate,
// after a few words that hold no verb of their own ("documentation describing the issue to be
// added" is a description).
const OWN_PREDICATE =
  /^(?:(?!(?:\p{L}+ing|\p{L}+ed|is|are|was|were|that|which|will|has|have)\s)[\p{L}\d'’&/-]+\s+){0,6}$/iu;

function actionMatch(text: string): RegExpExecArray | null {
  // Most texts' first match is the answer: the loop is for a match that sets no task.
  const first = ACTION.exec(text);
  if (first === null || setsTask(text, first)) return first;
  ACTIONS.lastIndex = 0;
  for (let m = ACTIONS.exec(text); m !== null; m = ACTIONS.exec(text)) if (setsTask(text, m)) return m;
  return null;
}

// Who may be "to do" something: someone named, an office, a group, the members. "What is left
// is to implement …" and "The recommendation “discuss” is to ensure …" say what a thing is.
const TASKED_SUBJECT =
  /(?:\p{Lu}[\p{L}'’.-]*|\b(?:secretary|treasurer|chair|chairs|clerk|secretariat|president|director|manager|coordinator|editors?|staff|committee|team|group|members|everyone|all|each|board|council|panel|who)),?\s+$/u;

/**
 * Whether an action word sets a task: a passive infinitive ("to be circulated") only as the
 * item's own predicate, "is to" only after who is to do it.
 */
function setsTask(text: string, m: RegExpExecArray): boolean {
  const c = m[0].charCodeAt(0) | 32;
  // "oauth2 likely to be dropped": what may happen, no task. What is "to be confirmed on the
  // list" was concluded in the room: a decision, not a task.
  if (c === 116 && /^to be\s/i.test(m[0]))
    return (
      m.index <= 80 &&
      !CONFIRMED_ON_LIST.test(text.slice(m.index)) &&
      OWN_PREDICATE.test(text.slice(0, m.index)) &&
      !/\b(?:un)?likely\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))
    );
  if ((c === 105 || c === 97) && /^(?:is|are)\s+to\s/i.test(m[0]))
    return TASKED_SUBJECT.test(text.slice(Math.max(0, m.index - 40), m.index));
  // "… need to be added", "will need to be agreed by the members": a need, a task only when
  // someone is named to meet it.
  if ((c === 110 || c === 104) && /^(?:needs?|has|have)\s+to\s+be\s/i.test(m[0])) {
    const agent = AGENT.exec(text.slice(m.index + m[0].length));
    return (
      agent !== null && !NOT_AN_AGENT.test(agent[1]!) && !COLLECTIVE.test(agent[1]!.replace(/^the\s+/i, ''))
    );
  }
  // "Needs to support both bare metal and containers": what a thing must do, with no subject.
  if (c === 110 && m.index === 0 && /^needs\s/i.test(m[0])) return false;
  // "The architecture document will describe …": what a document will do is its content; a
  // document "will be circulated" is still a task.
  if (
    c === 119 &&
    THING_BEFORE_WILL.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
    !/^(?:will|shall)\s+(?:also\s+|then\s+|still\s+)?be\s/i.test(text.slice(m.index))
  )
    return false;
  // "The members will continue to review …": what goes on as it did, unless someone named carries it on.
  if (c === 119 && /^will\s+continue\b/i.test(m[0]))
    return CARRIED_ON_BY.test(text.slice(Math.max(0, m.index - 40), m.index));
  return true;
}

const CONFIRMED_ON_LIST = /^to be confirmed(?:\s*\([^)]{1,40}\))?\s+on\s+(?:the\s+)?(?:mailing[- ])?list\b/i;

// A document or a part of one right before "will": it says what the document holds.
const THING_BEFORE_WILL =
  /\b(?:document|documents|draft|drafts|spec|specs|specification|specifications|protocol|protocols|architecture|section|sections|chapter|chapters|annex|appendix|paper|template|guide|guidelines|standard|standards)\s+$/i;
// Someone named, or an office, before "will continue".
const CARRIED_ON_BY = new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*|\\b${OFFICE_SUBJECT})\\s+$`, 'u');
// Someone named right before "will", after a word of the sentence: a title and a name, or two
// capitalised words at least ("Cllr Mack", "Ana Ruiz"); one capitalised word may start a clause.
const NAME_BEFORE_WILL =
  /(?:^|(?<!\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Ee]ach|[Ee]very|[Aa]ny)\s)(?<=[a-z,;)]\s))((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}[\p{L}'’.-]*)|\p{Lu}\p{Ll}[\p{L}'’.-]*\s+\p{Lu}\p{Ll}[\p{L}'’-]*)\s+$/u;
// "This week the work group will …": an office named inside the sentence, before "will".
const OFFICE_BEFORE_WILL = new RegExp(`(?<=\\s)the\\s+(${OFFICE_SUBJECT})\\s+$`, 'u');
// Capitalised words that name no one before "will": "The Board", "This Group", "Each Member".
const NOT_A_NAME_WORD = /^(?:the|this|that|these|those|each|every|all|any|some|our|their|its|his|her)\s/i;
// A passive that may name who is to do it after "by": "will be circulated by the Secretary",
// "needs to be approved by the Treasurer".
const PASSIVE_TASK = /^(?:(?:will|shall)\s+be|(?:needs?|has|have)\s+to\s+be)\s/i;

const DECISIONS = new RegExp(DECISION.source, 'gi');
// "to be agreed", "will be decided", "being decided": what is yet to be decided.
const STILL_TO_COME = /\b(?:(?:to|will|shall|would|should|must)\s+be|being)\s$/i;
const DETERMINER_BEFORE = /\b(?:a|an|the|on|of|our|their|its|his|her|your|my|newly|previously)\s$/i;

// The first decision word that decides: not a participle after a determiner ("the approved
// budget"), not "(item deferred)" at the end of an agenda item (where it stands), not a
// problem that "was resolved" (fixed) unless what was resolved follows ("… resolved that").
function decisionMatch(text: string, skip = -1): RegExpExecArray | null {
  const m = DECISION.exec(text);
  if (m === null || (m.index !== skip && decides(text, m))) return m;
  DECISIONS.lastIndex = m.index + m[0].length;
  for (let next = DECISIONS.exec(text); next !== null; next = DECISIONS.exec(text))
    if (next.index !== skip && decides(text, next)) return next;
  return null;
}

function decides(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const word = m[0].toLowerCase();
  // "no consensus to adopt" decides nothing; "a rough consensus to adopt" does.
  if (word.startsWith('consensus ')) return !/\b(?:no|not|any|without|lack of)\s+(?:\w+\s+)?$/i.test(before);
  if (DETERMINER_BEFORE.test(before) || STILL_TO_COME.test(before)) return false;
  if ((word === 'deferred' || word === 'postponed') && /^[^()]*\)\W*$/.test(text.slice(m.index)))
    return false;
  return !(
    word === 'resolved' &&
    /\b(?:was|were|been|is|are)\s+$/i.test(before) &&
    !/^\s*(?:that|to|unanimously|by|:)/i.test(text.slice(m.index + m[0].length))
  );
}

// A name and the word that gives it a task, next: only then is the part after a dash tried.
const NAMED_NEXT = /^(?:@[\w.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:to|will|shall)\s/u;

// Where a clause that may open with an owner starts: the item's start, after a lead of a few
// words and a colon, after each semicolon, and at each later sentence ("… search next. Hadrien
// will share the slides").
function clauseStarts(text: string): number[] {
  const starts = [0];
  const colon = text.indexOf(': ');
  if (colon > 0 && colon <= 40 && text.slice(0, colon).split(' ').length <= 5) starts.push(colon + 2);
  // "Observing station - Tomas will review …": a lead set off by a dash.
  const dash = DASH.exec(text)?.index ?? -1;
  if (
    dash > 0 &&
    dash <= 40 &&
    text.slice(0, dash).split(' ').length <= 5 &&
    NAMED_NEXT.test(text.slice(dash + 3, dash + 80))
  )
    starts.push(dash + 3);
  for (let i = text.indexOf('; '); i !== -1 && starts.length < 8; i = text.indexOf('; ', i + 2))
    starts.push(i + 2);
  // A sentence ends at ". " before a capital, not after an initial ("J. Lindqvist").
  for (let i = text.indexOf('. '); i !== -1 && starts.length < 12; i = text.indexOf('. ', i + 2)) {
    if (i >= 2 && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i - 2)))
      if (isCapitalCode(text.charCodeAt(i + 2))) starts.push(i + 2);
  }
  // "…, and the Specification Working Group will decide …": a clause of its own, named first.
  for (let i = text.indexOf(', and '); i !== -1 && starts.length < 12; i = text.indexOf(', and ', i + 6))
    if (AND_NAMED.test(text.slice(i + 6, i + 11))) starts.push(i + 6);
  // In order, by insertion: a few numbers, most of them in order already.
  for (let i = 2; i < starts.length; i++) {
    const at = starts[i]!;
    let j = i - 1;
    for (; j >= 0 && starts[j]! > at; j--) starts[j + 1] = starts[j]!;
    starts[j + 1] = at;
  }
  return starts;
}

// A dash between spaces, as a lead is set off: "Observing station - Tomas will …".
const DASH = / [-–—] /;
const AND_NAMED = /^(?:the |\p{Lu})/u;

function isCapitalCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code > 127 && /\p{Lu}/u.test(String.fromCharCode(code)));
}

// A letter, a digit or a closing bracket: what a sentence's last word ends with.
function isWordCode(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 41)
    return true;
  return code > 127 && /\p{L}/u.test(String.fromCharCode(code));
}

/** An owner as written, without "the", or null when the subject is the body itself. */
export function ownerName(subject: string, body: string | null): string | null {
  const name = subject.replace(/^the\s+/i, '').trim();
  return isCollective(name, body) ? null : name;
}

/** Is this subject the body itself or its members, rather than someone who owns the task? */
export function isCollective(subject: string, body: string | null): boolean {
  const s = fold(subject)
    .replace(/^the\s+/, '')
    .trim();
  if (COLLECTIVE.test(s)) return true;
  if (body === null) return ORGAN.test(s);
  const b = bodyNames(body);
  if (ORGAN.test(s))
    return (
      b.words.has(s) ||
      (s === 'wg' && b.folded.includes('working group')) ||
      (s === 'cg' && b.folded.includes('community group'))
    );
  return (
    b.folded === s ||
    b.folded.endsWith(` ${s}`) ||
    b.folded.startsWith(`${s} `) ||
    b.acronym === s ||
    b.written === s
  );
}

// The ways an item may name its own body, worked out once per body.
const namesOfBodies = new Map<
  string,
  { folded: string; words: Set<string>; acronym: string; written: string }
>();

function bodyNames(body: string): { folded: string; words: Set<string>; acronym: string; written: string } {
  let names = namesOfBodies.get(body);
  if (names === undefined) {
    const folded = fold(body);
    const acronym = fold(
      body
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0]))
        .join(''),
    );
    // "At-Large Advisory Committee (ALAC)": the acronym the name gives itself.
    const written = fold(/\((\p{Lu}[\p{Lu}\d&-]{1,11})\)/u.exec(body)?.[1] ?? '');
    names = { folded, words: new Set(folded.split(/\W+/)), acronym, written };
    if (namesOfBodies.size > 1000) namesOfBodies.clear();
    namesOfBodies.set(body, names);
  }
  return names;
}
