/**
 * What an item says about itself apart from its prose: a label ("ACTION:", "RESOLVED
 * (2010.10.28.01):"), a number ("A-2024-17 (CFO)"), a status ("– done", "(in progress)",
 * "[DONE]"), a checkbox, the structured tail the Markdown exporter writes ("[continues:
 * igf-lp/2024-11-01#a2; owner: …]"), or that it is only a placeholder ("[Decision]:", "<to fill
 * in>").
 */
import { isOutcomeCite } from '../../domain/ids.js';
import { ACTION_FOR, ownerBeforeAction } from './labels.js';
import type { ActionStatus, OutcomeKind } from '../../domain/record.js';

export interface Marks {
  /** The text without its marks. */
  text: string;
  kind: OutcomeKind | null;
  /** The item said what it is with a label or a number. */
  labelled: boolean;
  ref: string | null;
  owner: string | null;
  due: string | null;
  status: ActionStatus | null;
  /** The status came from the structured tail, not from the prose. */
  statusGiven: boolean;
  placeholder: boolean;
}

const FIRST_WORD = /^\[?\s*([A-Za-z]+)/;
const LABEL_WORDS = new Set([
  'decision',
  'decided',
  'resolution',
  'resolved',
  'agreed',
  'verdict',
  'outcome',
  'action',
  'ai',
  'todo',
  'to',
  'note',
  'info',
  'next',
]);
const LABEL =
  /^\[?\s*(decision|decided|resolution|resolved|agreed|verdict|outcome|action(?:\s+items?)?|action point|ai|todo|to do|note|info|next steps?)\s*\]?(?:\s*\(([^)]{1,40})\)|\s+#?([A-Z]{0,3}[-\s]?\d[\w.\-/]*))?\s*(?:[:.\-–—,]\s*|$)/i;
const BRACKETED_LABEL =
  /^\(\s*(?:\*\*|__|\*|_)?\s*(decision|resolution|action(?:\s+items?)?|action point|todo|agreed)\s*(?:\*\*|__|\*|_)?\s*\)\s*(?=\S)/i;
// "RESOLVED to support the application": council minutes write the decision word in capitals.
const CAPS_LABEL = /^(RESOLVED|AGREED|DECIDED|ACTION)()()\b\s*(?:that\s+)?/;
const ID_PREFIX =
  /^\[?((?:[DRAB]|AI|DEC|RES|ACT)[-\s.]?\d{1,8}(?:[-./]\d{1,4}){0,3})\]?(?:\s*\(([^)]{1,40})\))?\s*(?:[:.)\-–—]\s+|\s+(?=\p{Lu}))/u;
const W3C_TAG = /^\[(NEW|PENDING|CONTINUES|CONTINUING|DONE|DROPPED|CLOSED|IN PROGRESS|OPEN|ONGOING)\]\s*/i;
const PLACEHOLDER =
  /^(?:<[^>]*>|\[[^\]]*\]|\(?(?:tbd|tba|tbc|to be (?:completed|confirmed|added|filled(?: in)?)|n\/a|xx+|\.{3}|…|none|nil|nothing(?: to report)?)\.?\)?|)$/i;
const FILLER = /^(?:|to|by|for|and|or|the|of|on|in|at|with|-|–|:|\.|…|tbd|x+|<[^>]*>[.,:;]?)$/i;
const OWNER_FIRST = /^\[(\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*[/&,]\s*)\p{Lu}[\p{L}'’.-]*){0,3})\]\s+(?=\p{Ll})/u;
const NOT_AN_OWNER =
  /^(?:optional|draft|wip|todo|fyi|info|note|update|urgent|tbd|tba|question|discussion|proposal|idea|new|old|edit|link|image|video|slides?)$/i;
const ANNOTATION = /\s*\[((?:continues|owner|due|status)\s*:[^\]]*)\]\s*$/i;
const RECORDED = /\s*\[recorded in [^\]]*\]\s*$/i;
const AUTHOR_TAG = /^\[name=([^\]\n]{1,60})\]\s*|\s*\[name=([^\]\n]{1,60})\]\s*$/;
const STATUS_WORDS: Array<[RegExp, ActionStatus]> = [
  [/^(?:done|completed?|closed|finished)$/i, 'done'],
  [/^(?:in progress|ongoing|underway|started|pending|continues|continuing)$/i, 'in progress'],
  [/^(?:dropped|withdrawn|cancell?ed|abandoned)$/i, 'dropped'],
  [/^(?:open|new|not started)$/i, 'open'],
];
const TRAILING_STATUS =
  /\s*(?:\(([^)]{2,20})\)|[-–—:]\s*([A-Za-z][A-Za-z ]{1,18}?)|(?<=[.!])\s+([A-Z][a-z]+(?: [a-z]+)?))\s*\.?$/;

/** Reads the marks off an item's text. */
export function readMarks(written: string, checked: boolean | null): Marks {
  const marks: Marks = {
    text: (written.includes('[recorded') ? written.replace(RECORDED, '') : written).trim(),
    kind: null,
    labelled: false,
    ref: null,
    owner: null,
    due: null,
    status: null,
    statusGiven: false,
    placeholder: false,
  };
  if (marks.text.endsWith(']')) readAnnotation(marks);
  // "[name=Olivier] …": a shared notepad's tag for who wrote the item; for a task, who does it.
  const author = marks.text.includes('[name=') ? AUTHOR_TAG.exec(marks.text) : null;
  if (author !== null) {
    marks.owner ??= (author[1] ?? author[2])!.trim();
    marks.text = (
      marks.text.slice(0, author.index) + marks.text.slice(author.index + author[0].length)
    ).trim();
  }
  const tag = marks.text.startsWith('[') ? W3C_TAG.exec(marks.text) : null;
  if (tag) {
    marks.status = statusWord(tag[1]!.replace(/^new$/i, 'open')) ?? 'open';
    marks.text = marks.text.slice(tag[0].length);
  }
  // "[Marc] update the status on github": who does it, in brackets before what is to be done.
  const owner = tag === null && marks.text.startsWith('[') ? OWNER_FIRST.exec(marks.text) : null;
  if (owner !== null && !NOT_AN_OWNER.test(owner[1]!)) {
    marks.owner ??= owner[1]!;
    marks.text = marks.text.slice(owner[0].length);
  }
  // "(Action) CAMARA Admins to create …", "(**Decision**) …": the label in brackets, read as
  // the label it is.
  const bracketed = marks.text.startsWith('(') ? BRACKETED_LABEL.exec(marks.text) : null;
  if (bracketed !== null) marks.text = `${bracketed[1]}: ${marks.text.slice(bracketed[0].length)}`;
  // Labels and numbers stand at the start: a cheap look at the first word spares the rest.
  const opening = FIRST_WORD.exec(marks.text)?.[1]?.toLowerCase() ?? '';
  const caps =
    opening === 'resolved' || opening === 'agreed' || opening === 'decided' || opening === 'action'
      ? CAPS_LABEL.exec(marks.text)
      : null;
  const label = (LABEL_WORDS.has(opening) ? LABEL.exec(marks.text) : null) ?? caps;
  const id = label === null && /^\[?[A-Z]{1,3}[-\s.]?\d/.test(marks.text) ? ID_PREFIX.exec(marks.text) : null;
  if (
    label &&
    (label === caps || !/^(?:agreed|decided|resolved)\s+(?:to|that|upon|on|with)\b/i.test(marks.text))
  ) {
    marks.kind = labelKind(label[1]!);
    marks.labelled = marks.kind !== 'note';
    marks.ref = label[2] || label[3] || marks.ref;
    marks.text = marks.text.slice(label[0].length).trim();
    if (/^(resolved|resolution)$/i.test(label[1]!)) marks.text = marks.text.replace(/^that\s+/i, '');
    const tagAfter = W3C_TAG.exec(marks.text);
    if (tagAfter) {
      marks.status = statusWord(tagAfter[1]!.replace(/^new$/i, 'open')) ?? 'open';
      marks.text = marks.text.slice(tagAfter[0].length);
    }
  } else if (id) {
    marks.ref = id[1]!;
    marks.owner = id[2] ?? null;
    marks.text = marks.text.slice(id[0].length).trim();
    marks.kind = /^(?:A|AI|ACT)\b|^A[-\s.]?\d/i.test(marks.ref) ? 'action' : 'decision';
    marks.labelled = true;
  }
  // "Action Bart: clarify the points made", "Action all: review …": the label names who does it.
  const named = label === null && id === null && opening === 'action' ? ACTION_FOR.exec(marks.text) : null;
  if (named !== null) {
    marks.kind = 'action';
    marks.labelled = true;
    marks.owner ??= named[1]!;
    marks.text = marks.text.slice(named[0].length).trim();
  }
  // "Chairs Action: Time for WGLC", "Secretariat action: circulate …": who, then the label.
  const theirs = marks.kind === null ? ownerBeforeAction(marks.text) : null;
  if (theirs !== null && theirs[0].length < marks.text.length) {
    marks.kind = 'action';
    marks.labelled = true;
    marks.owner ??= theirs[1]!;
    marks.text = marks.text.slice(theirs[0].length).trim();
  }
  if (marks.ref !== null && /^(?:tbd|tba|n\/a)$/i.test(marks.ref)) marks.ref = null;
  if (marks.text.length < 60 && PLACEHOLDER.test(marks.text)) return { ...marks, placeholder: true };
  const leading = /^(?:done|complete|closed)/i.test(marks.text)
    ? /^(done|completed?|closed)\s*[:\-–—]\s*/i.exec(marks.text)
    : null;
  if (leading) {
    marks.status ??= 'done';
    marks.text = marks.text.slice(leading[0].length);
  }
  // A status at the end stands within its last 25 characters: only they need a look.
  // "– done", "(in progress)", or a sentence of its own: "… the survey. Done."
  const trailing = /[)\-–—:][^)\-–—:]{0,24}$|[.!]\s+\p{Lu}\p{Ll}+(?: \p{Ll}+)?\.?$/u.test(
    marks.text.slice(-25),
  )
    ? TRAILING_STATUS.exec(marks.text)
    : null;
  const word = trailing ? statusWord((trailing[1] ?? trailing[2] ?? trailing[3] ?? '').trim()) : null;
  if (trailing && word !== null) {
    marks.status ??= word;
    marks.text = marks.text.slice(0, trailing.index).trim();
  }
  if (checked !== null) marks.status ??= checked ? 'done' : 'open';
  // "<owner> to <task> by <date>" once its tags are gone: only the filler words are left.
  marks.placeholder = marks.text.length < 80 && marks.text.split(/\s+/).every((w) => FILLER.test(w));
  return marks;
}

function statusWord(word: string): ActionStatus | null {
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(word)) return status;
  return null;
}

function labelKind(label: string): OutcomeKind {
  const key = label.toLowerCase();
  if (/^(decision|decided|resolution|resolved|agreed|verdict|outcome)$/.test(key)) return 'decision';
  if (/^(note|info)$/.test(key)) return 'note';
  return 'action';
}

// The structured tail the Markdown exporter writes for fields the prose does not carry.
function readAnnotation(marks: Marks): void {
  const match = ANNOTATION.exec(marks.text);
  if (!match) return;
  marks.text = marks.text.slice(0, match.index).trim();
  for (const pair of match[1]!.split(';')) {
    const [key, ...rest] = pair.split(':');
    const value = rest.join(':').trim();
    const name = key!.trim().toLowerCase();
    if (name === 'continues' && isOutcomeCite(value)) marks.ref = value;
    if (name === 'owner' && value !== '') marks.owner = value;
    if (name === 'due' && /^\d{4}-\d{2}-\d{2}$/.test(value)) marks.due = value;
    const status = name === 'status' ? statusWord(value) : null;
    if (status !== null) {
      marks.status = status;
      marks.statusGiven = true;
    }
  }
}
