/**
 * The groups attendance is listed under ("Members present", "Regrets", "Chair"): what a group
 * gives the entries under it, the status its heading implies, and whether a line heads one.
 */
import type { AttendanceStatus } from '../../domain/record.js';
import { pieceCount } from '../../domain/text.js';
import { isRole } from './names.js';

/** What a group gives the entries under it, where an entry says nothing else. */
export interface Group {
  name: string | null;
  status: AttendanceStatus;
  role: string | null;
  /** "Participants (remote):" marks everyone listed under it. */
  remote?: boolean | null;
}

const GROUP_WORDS =
  /\b(members?|advisors?|advisers?|representatives?|staff|secretariat|observers?|guests?|regrets|apologies|absent|excused|present|attendees|attendance|participants|group|team|committee|board|panel|council|delegates?|delegations?|support|speakers|presenters|chairs?|officers|directors|trustees|others|invited|experts?|persons|also|liaisons?|alternates|ex officio|in attendance|not present|not attending|quorum)\b/i;
const FULL_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const HONORIFIC_START = /^(?:H\.\s?E\.|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Ambassador|Hon|Amb)\.?\s/;

/** The status a group heading implies: "Regrets" → regrets, "Absent" → absent. */
export function statusOfGroup(heading: string): AttendanceStatus {
  if (
    /\b(regrets|apolog\w*|aplog\w*|excused|unable to attend|not attending|could not attend)\b/i.test(heading)
  )
    return 'regrets';
  if (/\b(absent|not present|absentees)\b/i.test(heading)) return 'absent';
  return 'present';
}

/** Does this short line head a group of names rather than name someone? */
export function isGroupHeading(text: string): boolean {
  const t = text.trim();
  if (t.length > 90 || HONORIFIC_START.test(t) || /^office of\b/i.test(t)) return false;
  if (/:$/.test(t)) return true;
  if ('.!?;'.includes(t.at(-1) ?? ' ') || pieceCount(t, 8) > 8) return false;
  // "Jean-Francois Panisset, VES Technology Committee": a name, then what the person represents.
  const comma = t.indexOf(',');
  if (comma > 0 && !GROUP_WORDS.test(t.slice(0, comma)) && FULL_NAME.test(t.slice(0, comma))) return false;
  // Annotations and role tails belong to entries: "Bram Verhoeven – absent", "Inês Valadares, Chair".
  if (
    /\s[-–—]\s|\(/.test(t) ||
    t
      .split(/\s*,\s*/)
      .slice(1)
      .some(isRole)
  )
    return false;
  return GROUP_WORDS.test(t);
}
