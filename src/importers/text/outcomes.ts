/**
 * What one item of a summary says was decided or must be done: its kind (decision, action or
 * note), the verb as written, the owner, the due date, the status and the number the source
 * gives it. The rules read the words themselves, not the layout, so they hold across bodies.
 */
import type { ActionStatus, Motion, OutcomeKind } from '../../domain/record.js';
import { fold } from '../../domain/text.js';
import { findDate } from './dates.js';
import { readMotion } from './motions.js';

export interface ItemContext {
  /** The kind an item takes when its words say nothing: "Next steps" items are actions. */
  defaultKind: OutcomeKind;
  /** The body's name, so that "The Panel will …" is not read as an owner called Panel. */
  body: string | null;
  /** The year of the meeting, for due dates written without one. */
  year: number | undefined;
}

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
}

export type ItemReading = { placeholder: true; text: string } | ({ placeholder: false } & ReadOutcome);

const LABEL =
  /^\[?\s*(decision|decided|resolution|resolved|agreed|action(?:\s+items?)?|action point|ai|todo|to do|note|info|next steps?)\s*\]?(?:\s*\(([^)]{1,40})\)|\s+#?([A-Z]{0,3}[-\s]?\d[\w.\-/]*))?\s*(?:[:.\-–—,]\s*|$)/i;
const ID_PREFIX =
  /^(?:\[)?((?:[DRA]|AI|DEC|RES|ACT)[-\s.]?\d{1,4}(?:[-./]\d{1,4}){0,3})(?:\])?\s*[:.)\-–—]\s+/;
const PLACEHOLDER =
  /^(?:<[^>]*>|\[[^\]]*\]|\(?(?:tbd|tba|tbc|to be (?:completed|confirmed|added|filled(?: in)?)|n\/a|xx+|\.{3}|…)\)?|)$/i;
const ANNOTATION = /\s*\[((?:owner|due|status)\s*:[^\]]*)\]\s*$/i;
const RECORDED = /\s*\[recorded in [^\]]*\]\s*$/i;

const DECISION =
  /\b(agreed upon|agreed on|agreed that|agreed with|agreed|decided|resolved|endorsed|approved|adopted|re-?affirmed|affirmed|confirmed|accepted|ratified|re-?elected|elected|appointed|selected|authori[sz]ed|designated|rejected|declined|deferred|postponed|reached (?:a |full )?consensus|consensus was reached|by consensus|no objections?|without objection|(?:motion|resolution) (?:was )?(?:carried|passed|adopted|failed|defeated)|carried unanimously|passed unanimously)\b/iu;
const ACTIONS: Array<{ re: RegExp; owner?: number }> = [
  {
    re: /\b(?:agreed|decided|resolved|undertook|committed|volunteered|offered|promised)\s+to\s+(?!the\b|a\b|an\b|this\b|that\b|these\b|those\b|it\b|its\b|their\b|his\b|her\b|all\b|any\b|some\b)\p{Ll}{2,}/iu,
  },
  { re: /\b(?:was|were|is|are)\s+(?:asked|requested|invited|tasked|mandated|encouraged)\s+to\s+\p{Ll}+/iu },
  {
    re: /\b(?:asked|requested|invited|tasked|mandated)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+to\s+\p{Ll}+/u,
    owner: 1,
  },
  {
    re: /\b(?:will|shall)\s+(?!take place|be held|meet\b|convene|reconvene|be (?:on|at|in|the|a|an|available|able|there|responsible|chaired|hosted)\b|have\b|be\b(?!\s+\p{Ll}+(?:ed|en|wn|ne)\b))(?:be\s+)?\p{Ll}{2,}/iu,
  },
  { re: /\b(?:is|are)\s+to\s+(?:be\s+)?\p{Ll}{2,}/iu },
  { re: /\b(?:needs?|has|have)\s+to\s+(?:be\s+)?\p{Ll}{2,}/iu },
  { re: /\bto be\s+\p{Ll}+(?:ed|en|wn)\b/iu },
];
// "Lise to circulate …", "Secretariat will prepare …", "Ryan: figure out …".
const OWNER_FIRST =
  /^(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|&|on)){0,5})\s+(?:to|will|shall|is to|are to|agreed to|undertook to|offered to|volunteered to)\s+(?!be\b)\p{Ll}/u;
const AFTER_SUBJECT =
  /^\s*((?:to|will|shall|is to|are to|agreed to|undertook to|offered to|volunteered to)\s+\p{Ll}+)/u;
const OWNER_COLON = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*:\s+(?=\p{Ll})/u;
const OWNER_TRAILING =
  /\s*\((\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and|&|\/)\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})*)\)\s*[.;]?\s*$/u;
const COLLECTIVE =
  /^(?:the\s+)?(?:panel|board|committee|council|group|working group|members?|participants|attendees|all|everyone|everybody|we|they|it|he|she|body|meeting|assembly|commission|forum|directors|trustees|delegates|members of the \w+)$/i;
const DUE =
  /\b(?:by|before|no later than|not later than|due(?:\s+(?:date|by|on))?:?|deadline:?|until)\s+((?:the\s+)?[^,;()[\]]{1,40})/i;
const RELATIVE_DUE =
  /^(?:the\s+)?(?:(?:end|middle|beginning|start|close)\s+of\s+\S+(?:\s+\d{4})?|next\s+(?:meeting|call|session|week|month|plenary)|(?:early|mid|late)[- ]\p{L}+(?:\s+\d{4})?|Q[1-4](?:\s+\d{4})?)/iu;
const IMPERATIVE =
  /^(?:update|circulate|prepare|send|draft|review|schedule|share|contact|finali[sz]e|follow up|investigate|figure out|set up|organi[sz]e|book|check|ask|invite|write|publish|create|add|collect|compile|submit|confirm|coordinate|develop|explore|identify|propose|reach out|provide|post|upload|arrange|consult|revise|complete|circulate|produce|present|distribute|draft|compile|look into|find|fix|merge|document|notify|inform|remind|open|file|summari[sz]e)\b/i;

/** Reads one item's text under the given context. */
export function readItem(written: string, context: ItemContext, checked: boolean | null = null): ItemReading {
  let text = written.replace(RECORDED, '').trim();
  let kind: OutcomeKind | null = null;
  let ref: string | null = null;
  let labelled = false;
  const annotation = readAnnotation(text);
  text = annotation.text;

  const label = LABEL.exec(text);
  if (label && !/^(?:agreed|decided|resolved)\s+(?:to|that|upon|on|with)\b/i.test(text)) {
    kind = labelKind(label[1]!);
    labelled = kind !== 'note';
    ref = label[2] ?? label[3] ?? null;
    text = text.slice(label[0].length).trim();
    if (kind === 'decision' && /^(resolved|resolution)$/i.test(label[1]!))
      text = text.replace(/^that\s+/i, '');
  } else {
    const id = ID_PREFIX.exec(text);
    if (id) {
      ref = id[1]!;
      text = text.slice(id[0].length).trim();
      kind = /^[DR]|^DEC|^RES/i.test(ref) ? 'decision' : 'action';
      labelled = true;
    }
  }
  if (PLACEHOLDER.test(text)) return { placeholder: true, text: written.trim() };
  if (ref !== null && /^(?:tbd|tba|n\/a)$/i.test(ref)) ref = null;

  const status = annotation.status ?? statusOf(text, checked);
  text = text
    .replace(
      /\s*\((?:done|completed?|closed|in progress|ongoing|underway|dropped|withdrawn|cancell?ed)\)\s*\.?$/i,
      '',
    )
    .trim();
  text = text.replace(/^(?:done|completed?|closed)\s*[:\-–—]\s*/i, '').trim();
  if (text === '') return { placeholder: true, text: written.trim() };

  const motion = readMotion(text);
  const decision = DECISION.exec(text);
  const action = firstAction(text);
  let verb: string | null = null;
  let owner: string | null = annotation.owner;
  if (kind === null) {
    if (action && (!decision || action.index <= decision.index)) {
      kind = 'action';
      verb = action.verb;
      owner = owner ?? action.owner;
    } else if (decision) {
      kind = 'decision';
      verb = decision[0];
    } else if (motion) {
      kind = 'decision';
      verb = motion.verb;
    }
  } else if (kind === 'decision') {
    verb = decision?.[0] ?? motion?.verb ?? null;
  } else if (kind === 'action') {
    verb = action?.verb ?? null;
    owner = owner ?? action?.owner ?? null;
  }

  const colon = OWNER_COLON.exec(text);
  if (
    (kind === 'action' || (kind === null && context.defaultKind === 'action')) &&
    owner === null &&
    colon &&
    !isCollective(colon[1]!, context.body)
  ) {
    owner = colon[1]!;
    text = text.slice(colon[0].length);
  }
  const trailing = OWNER_TRAILING.exec(text);
  const trailingOwner = trailing && !findDate(trailing[1]!) ? trailing[1]! : null;
  if (kind === null && trailingOwner !== null && IMPERATIVE.test(text)) kind = 'action';
  if (kind === null) kind = context.defaultKind;
  if (kind === 'action' && owner === null && trailingOwner !== null) owner = trailingOwner;

  let mislabelled = false;
  if (
    kind === 'action' &&
    (/\?\s*$/.test(text) ||
      (labelled && annotation.status === null && /^(?:done|completed?|n\/a)\.?$/i.test(text)))
  ) {
    kind = 'note';
    mislabelled = labelled;
  }
  const due = kind === 'action' ? readDue(text, context.year) : { due: null, dueText: null };
  return {
    placeholder: false,
    kind,
    verb,
    text,
    owner: kind === 'action' ? owner : null,
    due: annotation.due ?? due.due,
    dueText: annotation.due === null ? due.dueText : null,
    status: kind === 'action' ? (status ?? 'open') : null,
    ref,
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
  };

  function firstAction(value: string): { index: number; verb: string; owner: string | null } | null {
    let best: { index: number; verb: string; owner: string | null } | null = null;
    for (const { re, owner: group } of ACTIONS) {
      const m = re.exec(value);
      if (m && (best === null || m.index < best.index)) {
        const named = group === undefined ? null : (m[group] ?? null);
        best = {
          index: m.index,
          verb: m[0],
          owner: named && !isCollective(named, context.body) ? named : null,
        };
      }
    }
    const first = OWNER_FIRST.exec(value);
    if (first) {
      // The same phrase read with its subject: "Lise to circulate", "The Secretariat will prepare".
      const subject = first[1]!;
      const afterSubject = value.indexOf(subject) + subject.length;
      if (best === null || best.index >= afterSubject - 1) {
        const phrase = AFTER_SUBJECT.exec(value.slice(afterSubject))?.[1] ?? best?.verb ?? null;
        best = { index: 0, verb: phrase ?? '', owner: isCollective(subject, context.body) ? null : subject };
      }
    }
    return best;
  }
}

function labelKind(label: string): OutcomeKind {
  const key = label.toLowerCase();
  if (/^(decision|decided|resolution|resolved|agreed)$/.test(key)) return 'decision';
  if (/^(note|info)$/.test(key)) return 'note';
  return 'action';
}

/** Is this subject the body itself or its members, rather than someone who owns the task? */
export function isCollective(subject: string, body: string | null): boolean {
  const s = fold(subject)
    .replace(/^the\s+/, '')
    .trim();
  if (COLLECTIVE.test(s)) return true;
  if (body === null) return false;
  const b = fold(body);
  return b === s || b.endsWith(` ${s}`) || b.startsWith(`${s} `);
}

function statusOf(text: string, checked: boolean | null): ActionStatus | null {
  if (
    checked === true ||
    /\((?:done|completed?|closed)\)\s*\.?$|^(?:done|completed?|closed)\s*[:\-–—]/i.test(text)
  )
    return 'done';
  if (/\((?:in progress|ongoing|underway)\)\s*\.?$/i.test(text)) return 'in progress';
  if (/\((?:dropped|withdrawn|cancell?ed)\)\s*\.?$/i.test(text)) return 'dropped';
  if (checked === false) return 'open';
  return null;
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

// The structured tail the Markdown exporter writes for fields the prose does not carry.
function readAnnotation(text: string): {
  text: string;
  owner: string | null;
  due: string | null;
  status: ActionStatus | null;
} {
  const match = ANNOTATION.exec(text);
  const result = {
    text,
    owner: null as string | null,
    due: null as string | null,
    status: null as ActionStatus | null,
  };
  if (!match) return result;
  result.text = text.slice(0, match.index).trim();
  for (const pair of match[1]!.split(';')) {
    const [key, ...rest] = pair.split(':');
    const value = rest.join(':').trim();
    const name = key!.trim().toLowerCase();
    if (name === 'owner' && value !== '') result.owner = value;
    if (name === 'due' && /^\d{4}-\d{2}-\d{2}$/.test(value)) result.due = value;
    if (name === 'status' && ['open', 'in progress', 'done', 'dropped'].includes(value))
      result.status = value as ActionStatus;
  }
  return result;
}
