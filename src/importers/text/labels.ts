/**
 * Labelled lines ("Present: …", "Date: …", "ACTION: …", "Topic: …"): the vocabulary minutes use
 * to say what a line is, grouped by what the importer does with it.
 */
import { pieceCount } from '../../domain/text.js';

export type Label =
  | {
      kind: 'attendance';
      status: 'present' | 'regrets' | 'absent';
      group: string;
      role: string | null;
      remote: boolean | null;
    }
  | { kind: 'meta'; field: 'date' | 'time' | 'venue' | 'status' | 'title' | 'body' | 'mode' }
  | { kind: 'mail'; field: 'from' | 'to' | 'sent' | 'subject' | 'cc' }
  | { kind: 'outcome'; outcome: 'decision' | 'action' | 'note' }
  | { kind: 'topic' }
  | { kind: 'next-meeting' };

type Entry =
  | { kind: 'attendance'; status: 'present' | 'regrets' | 'absent'; role: string | null }
  | Exclude<Label, { kind: 'attendance' }>;

// Every label word as written, lower case, first listed first: one look-up finds a line's label.
const WORDS = new Map<string, Entry>();
function define(words: string, entry: Entry): void {
  for (const word of words.split('|')) if (!WORDS.has(word)) WORDS.set(word, entry);
}
const present = { kind: 'attendance', status: 'present', role: null } as const;
define(
  'present|attendees|attendee|attending|those attending|those present|those in attendance|attendance|in attendance|roll call|participants|members present|also present|also attending|present in person|present remotely|remote|online|on-line|attended|observer|observers|guest|guests|visitors|staff|invited|in the room|on the call|on the phone|on the phone call|on the bridge|on irc|on zoom|on video|dialled in|dialed in|members|secretariat|advisors|advisers|delegates|representatives|support staff|officers|officials|directors|trustees|councillors|councilors|board members|commissioners|panel members|alternates|alternate|substitutes|anwesend|anwesende|anwesende vorstände|anwesende mitglieder|anwesenheit|teilnehmer|teilnehmende|teilnehmerinnen|gäste|présents|presentes',
  present,
);
define(
  'regrets|apologies|apologies received|apologies for absence|excused|sent regrets|unable to attend|could not attend|not attending|absent with notice|absent with apologies|absent with regrets|excused absence|entschuldigt|excusés',
  {
    kind: 'attendance',
    status: 'regrets',
    role: null,
  },
);
define('absent|not present|absent without apologies|absentees|abwesend|nicht anwesend|absents', {
  kind: 'attendance',
  status: 'absent',
  role: null,
});
const chair = { kind: 'attendance', status: 'present', role: 'Chair' } as const;
define(
  'chair|chairs|cochair|co-chair|cochairs|co-chairs|chairperson|chairman|chairwoman|presiding|moderator|moderators|sitzungsleitung|versammlungsleitung',
  chair,
);
define('vice chair|vice-chair|vice chairs|vice-chairs', {
  kind: 'attendance',
  status: 'present',
  role: 'Vice Chair',
});
define(
  'scribe|scribes|minutes|minutes taken by|minutes by|notes taken by|notes by|minute taker|minute-taker|minutetaker|note taker|note-taker|notetaker|note takers|note-takers|notetakers|recorder|rapporteur|protokoll|protokollant|protokollantin|protokollführung',
  { kind: 'attendance', status: 'present', role: 'Scribe' },
);
define(
  'date|dates|meeting date|date of meeting|when|date/time|date and time|meeting date/time|meeting date and time|datum',
  {
    kind: 'meta',
    field: 'date',
  },
);
define(
  'time|meeting time|hours|duration|meeting duration|coordinated universal time|utc|time (utc)|start|beginn|ende|uhrzeit',
  {
    kind: 'meta',
    field: 'time',
  },
);
define('venue|location|place|where|room|ort', { kind: 'meta', field: 'venue' });
define('status|document status', { kind: 'meta', field: 'status' });
define('title|meeting', { kind: 'meta', field: 'title' });
define('body|committee|group|organisation|organization', { kind: 'meta', field: 'body' });
define('format|mode|meeting type', { kind: 'meta', field: 'mode' });
define('from', { kind: 'mail', field: 'from' });
define('to', { kind: 'mail', field: 'to' });
define('sent|date sent', { kind: 'mail', field: 'sent' });
define('subject|subj|re', { kind: 'mail', field: 'subject' });
define('cc|bcc', { kind: 'mail', field: 'cc' });
define('decision|decisions|resolution|resolutions|resolved|decided|agreed|motion|outcome|verdict', {
  kind: 'outcome',
  outcome: 'decision',
});
define(
  'action|actions|action item|action items|action point|action points|ai|todo|to do|next step|next steps|follow up|follow-up|follow ups|follow-ups',
  { kind: 'outcome', outcome: 'action' },
);
define('note|notes|info|fyi|discussion', { kind: 'outcome', outcome: 'note' });
define('topic|item|agenda item|subject matter', { kind: 'topic' });
define('next meeting|next call|upcoming meeting', { kind: 'next-meeting' });

// "Trustees present", "Directors absent", "Staff in attendance": a group and its status.
const GROUP_STATUS: Array<[RegExp, 'present' | 'regrets' | 'absent']> = [
  [/^(?:[a-z-]+\s+){1,2}(?:present|attending|in attendance|participating)$/, 'present'],
  [/^(?:[a-z-]+\s+){1,2}(?:regrets|apologies)$/, 'regrets'],
  [/^(?:[a-z-]+\s+){1,2}absent$/, 'absent'],
];

// The last words of those labels: only a name ending in one of them needs the expressions.
const STATUS_WORDS = new Set([
  'present',
  'attending',
  'attendance',
  'participating',
  'regrets',
  'apologies',
  'absent',
]);

// Letters of Latin script, accented too ("Présents", "Entschuldigt").
const LABEL_NAME = /^[\sA-Za-zÀ-ÖØ-öø-ÿ\-/]+$/;
const LABEL_LINE = /^\s*([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ \-/]{0,38}?)\s*(?:\(([^)]{1,40})\))?\s*:\s*(.*)$/;

// "Apologies. Mr D Jacklin …", "Present – Ana Ruiz, Tomas Berg": an attendance label set off
// by a full stop or a dash, before a name.
const STOPPED_LABEL =
  /^(present|attendees|in attendance|apologies|apologies for absence|apologies received|regrets|absent)\s*(?:\.|\s[-–—])\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor)?\.?\s*\p{Lu})(.+)$/iu;

/** The label a line starts with, when it is one of the known labels. */
export function labelOf(text: string): { label: Label; value: string; name: string } | null {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 75) return stoppedLabel(text);
  // Without a parenthesis, what stands before the colon is the label's name alone: at most 39
  // letters, spaces, hyphens and slashes ("Foundation Employees In Attendance"). Looking first spares the expression's backtracking.
  const head = text.slice(0, colon);
  if (!head.includes('(') && (head.trim().length > 39 || !LABEL_NAME.test(head))) return null;
  const match = LABEL_LINE.exec(text);
  if (!match) return null;
  const name = match[1]!.trim();
  const key = name.toLowerCase();
  const label = labelFor(key, name);
  // "Minutes: It was agreed that …" is an agenda item, not who took the minutes: a role names
  // a person or two, not a sentence.
  if (label?.kind === 'attendance' && label.role !== null && pieceCount(match[3]!, 9) > 8) return null;
  if (label?.kind === 'attendance' && match[2] !== undefined) {
    label.remote = /\b(?:remote|remotely|online|virtual)/i.test(match[2]) ? true : null;
  }
  return label
    ? { label, value: match[3]!.trim(), name: match[2] === undefined ? name : `${name} (${match[2]})` }
    : null;
}

/**
 * "Action Bart:", "Action all:": an action label that names who takes it (the name in group 1,
 * as written after the word), not "Action items" or "Action required".
 */
export const ACTION_FOR =
  /^action\s+(?!(?:items?|points?|required|needed|taken|list|log|summary|plan|register|by|on|for|to)\b)((?:\p{Lu}[\p{L}'’.-]*|all|everyone|staff|chairs?|secretariat)(?:\s*(?:\/|&|and)\s*\p{Lu}[\p{L}'’.-]*)?)\s*:\s*/iu;

/**
 * "Chairs Action: Time for WGLC", "Secretariat action: circulate …": who takes the action, then
 * the label (the name in group 1); not the words that say what kind of action it is ("Next
 * Action:", "Board action:").
 */
export function ownerBeforeAction(text: string): RegExpExecArray | null {
  const m = text.includes('ction') ? OWNER_ACTION.exec(text) : null;
  return m !== null && !ACTION_KIND.test(m[1]!) ? m : null;
}

const OWNER_ACTION = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+[Aa]ction\s*:\s*/u;
const ACTION_KIND =
  /^(?:next|required|further|immediate|corrective|follow-up|followup|proposed|recommended|suggested|new|open|pending|previous|past|outstanding|key|main|final|no|any|board|committee|council|group|joint|legal|possible)$/i;

function labelFor(said: string, name: string): Label | null {
  // "Also in attendance were", "Board members in attendance were": the label within the sentence.
  // "Acting chair:", "Interim secretary:": the role, held for now.
  const key = said.replace(/^(?:also|acting|interim)\s+/, '').replace(/\s+(?:were|was|are)$/, '');
  const entry = WORDS.get(key);
  if (entry?.kind === 'attendance') {
    // "Present remotely:", "on-line:": everyone listed took part from afar.
    const remote = /\b(?:remote|remotely|online|on-line|virtual)\b/.test(key) ? true : null;
    return { kind: 'attendance', status: entry.status, group: name, role: entry.role, remote };
  }
  if (entry !== undefined) return entry;
  // "Action Bart:", "Action all:": an action and who takes it; "Chairs Action:" the same.
  if (ACTION_FOR.test(`${name}: `)) return { kind: 'outcome', outcome: 'action' };
  if (key.endsWith(' action') && ownerBeforeAction(`${name}: `) !== null)
    return { kind: 'outcome', outcome: 'action' };
  if (!STATUS_WORDS.has(key.slice(key.lastIndexOf(' ') + 1))) return null;
  for (const [pattern, status] of GROUP_STATUS) {
    if (pattern.test(key)) return { kind: 'attendance', status, group: name, role: null, remote: null };
  }
  return null;
}

function stoppedLabel(text: string): { label: Label; value: string; name: string } | null {
  const first = text.charCodeAt(0) | 32;
  // Only lines that open with one of the labels' first letters need the expression.
  const second = text.charCodeAt(1) | 32;
  // p-r(esent), a-t(tendees), a-p(ologies), a-b(sent), i-n (attendance), r-e(grets).
  const opens =
    (first === 112 && second === 114) ||
    (first === 97 && (second === 116 || second === 112 || second === 98)) ||
    (first === 105 && second === 110) ||
    (first === 114 && second === 101);
  if (!opens) return null;
  // The stop or the dash stands right after the label's words.
  const head = text.slice(0, 40);
  if (!head.includes('. ') && !head.includes(' -') && !head.includes(' –') && !head.includes(' —'))
    return null;
  const match = STOPPED_LABEL.exec(text);
  if (match === null) return null;
  const name = match[1]!;
  const label = labelFor(name.toLowerCase(), name);
  return label === null ? null : { label, value: match[2]!.trim(), name };
}
