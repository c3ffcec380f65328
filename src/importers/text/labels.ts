/**
 * Labelled lines ("Present: …", "Date: …", "ACTION: …", "Topic: …"): the vocabulary minutes use
 * to say what a line is, grouped by what the importer does with it.
 */

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

const ATTENDANCE: Array<[RegExp, 'present' | 'regrets' | 'absent', string | null]> = [
  [
    /^(present|attendees|attending|attendance|in attendance|participants|members present|also present|also attending|present in person|present remotely|remote|attended|observers?|guests?|staff|invited|in the room|on the call|members|secretariat|advisors|advisers|delegates|representatives|support staff|officers|officials|in attendance|directors|trustees|councillors|councilors|board members|commissioners|panel members)$/,
    'present',
    null,
  ],
  [/^(regrets|apologies|apologies received|apologies for absence|excused|sent regrets)$/, 'regrets', null],
  [/^(absent|not present|absent without apologies|absentees)$/, 'absent', null],
  // "Trustees present", "Directors absent", "Staff in attendance".
  [/^(?:[a-z-]+\s+){1,2}(?:present|attending|in attendance|participating)$/, 'present', null],
  [/^(?:[a-z-]+\s+){1,2}(?:regrets|apologies)$/, 'regrets', null],
  [/^(?:[a-z-]+\s+){1,2}absent$/, 'absent', null],
  [/^(chair|chairs|co-?chairs?|chairperson|chairman|chairwoman|presiding)$/, 'present', 'Chair'],
  [/^(vice[- ]chairs?)$/, 'present', 'Vice Chair'],
  [/^(scribe|scribes|minutes|minute[- ]?taker|note[- ]?takers?|recorder|rapporteur)$/, 'present', 'Scribe'],
];

const META: Array<[RegExp, Extract<Label, { kind: 'meta' }>['field']]> = [
  [/^(date|dates|meeting date|date of meeting|when)$/, 'date'],
  [/^(time|meeting time|hours)$/, 'time'],
  [/^(venue|location|place|where|room)$/, 'venue'],
  [/^(status|document status)$/, 'status'],
  [/^(title|meeting)$/, 'title'],
  [/^(body|committee|group|organi[sz]ation)$/, 'body'],
  [/^(format|mode|meeting type)$/, 'mode'],
];

const MAIL: Array<[RegExp, Extract<Label, { kind: 'mail' }>['field']]> = [
  [/^from$/, 'from'],
  [/^to$/, 'to'],
  [/^(sent|date sent)$/, 'sent'],
  [/^(subject|subj|re)$/, 'subject'],
  [/^(cc|bcc)$/, 'cc'],
];

const OUTCOME: Array<[RegExp, 'decision' | 'action' | 'note']> = [
  [/^(decisions?|resolutions?|resolved|decided|agreed|motion|outcome)$/, 'decision'],
  [/^(actions?|action items?|action points?|ai|todo|to do|next steps?|follow[- ]ups?)$/, 'action'],
  [/^(notes?|info|fyi|discussion)$/, 'note'],
];

const LABEL_LINE = /^\s*([A-Za-z][A-Za-z \-/]{0,28}?)\s*(?:\(([^)]{1,40})\))?\s*:\s*(.*)$/;

/** The label a line starts with, when it is one of the known labels. */
export function labelOf(text: string): { label: Label; value: string; name: string } | null {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 75) return null;
  const match = LABEL_LINE.exec(text);
  if (!match) return null;
  const name = match[1]!.trim();
  const key = name.toLowerCase();
  const label = labelFor(key, name);
  if (label?.kind === 'attendance' && match[2] !== undefined) {
    label.remote = /\b(?:remote|remotely|online|virtual)/i.test(match[2]) ? true : null;
  }
  return label
    ? { label, value: match[3]!.trim(), name: match[2] === undefined ? name : `${name} (${match[2]})` }
    : null;
}

function labelFor(key: string, name: string): Label | null {
  for (const [pattern, status, role] of ATTENDANCE) {
    if (pattern.test(key)) return { kind: 'attendance', status, group: name, role, remote: null };
  }
  for (const [pattern, field] of META) if (pattern.test(key)) return { kind: 'meta', field };
  for (const [pattern, field] of MAIL) if (pattern.test(key)) return { kind: 'mail', field };
  for (const [pattern, outcome] of OUTCOME) if (pattern.test(key)) return { kind: 'outcome', outcome };
  if (/^(topic|agenda item|subject matter)$/.test(key)) return { kind: 'topic' };
  if (/^(next meeting|next call|upcoming meeting)$/.test(key)) return { kind: 'next-meeting' };
  return null;
}
