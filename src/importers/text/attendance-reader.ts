/**
 * Lines read while in an attendance section: group headings ("Panel Members", "Regrets",
 * "Chair"), inline lists ("ana_p, bkowalski, chen_li"), one name per line, and names flattened
 * into one line with " • ".
 */
import type { AttendanceBook } from './attendance.js';
import { isGroupHeading, statusOfGroup, type Group } from './attendance-groups.js';
import { labelOf } from './labels.js';
import { readEntry } from './names.js';
import type { TextLine } from './outline.js';

const SIMPLE_ROLE =
  '(?:,\\s*([Cc]hair|[Vv]ice[- ][Cc]hair|[Cc]o-[Cc]hair|[Ss]ecretary|[Tt]reasurer|[Rr]apporteur))?$';
const SIMPLE_ENTRY = new RegExp(
  `^((?:Mr|Mrs|Ms|Dr|Prof)\\.?)\\s+([\\p{Lu}‘'][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*){1,4})${SIMPLE_ROLE}`,
  'u',
);
// The same for names written in ASCII letters, about twice as fast: tried first.
const SIMPLE_ASCII_ENTRY = new RegExp(
  `^((?:Mr|Mrs|Ms|Dr|Prof)\\.?)\\s+([A-Z‘'][A-Za-z'’-]*(?:\\s+[A-Z][A-Za-z'’-]*){1,4})${SIMPLE_ROLE}`,
);
const HONORIFIC_START = /^(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E)\.?\s+\p{Lu}/u;
// "Mrs M Leaman, Mrs T Mann, Mr C Stocking": names with titles in a list, no one entry.
const TITLED_LIST = /\S[,;)]?\s+(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr)\.?\s+\p{Lu}/u;
const NAME_PARTICLES =
  /^(?:de|van|von|der|den|da|di|du|del|della|dos|das|bin|binti|bint|ben|al|el|la|le|y|e|zu|ter|ten|ibn|abu|ap|ab|mac|nic|ní|ó|uí|of|the|and|for|on)$/;

export class AttendanceReader {
  group: Group = { name: null, status: 'present', role: null };

  constructor(private readonly book: AttendanceBook) {}

  /** The group this line heads, or null when it is not a group's heading but (say) a name. */
  groupFor(text: string): Group | null {
    const name = text.endsWith(':') ? text.slice(0, -1).trim() : text.trim();
    const label = labelOf(`${name}:`);
    if (label?.label.kind === 'attendance')
      return { name, status: label.label.status, role: label.label.role, remote: label.label.remote };
    return isGroupHeading(text) ? { name, status: statusOfGroup(name), role: null } : null;
  }

  /** Reads lines until one is not attendance; returns how many were read. */
  readLines(lines: TextLine[]): number {
    let read = 0;
    let heading: { at: number; before: Group } | null = null;
    while (read < lines.length) {
      // A list wrapped over several lines ("…, Chiara Lombardi," / "Bram Verhoeven, …") is one list.
      let text = lines[read]!.text;
      let taken = 1;
      while (read + taken < lines.length && continuesList(text, lines[read + taken]!.text))
        text = `${text} ${lines[read + taken++]!.text}`;
      const before = this.group;
      if (!this.readLine(text, lines[read]!.n)) {
        // A "group heading" over prose was a topic's heading: give it back.
        if (heading !== null && heading.at === read - 1) {
          this.group = heading.before;
          return read - 1;
        }
        break;
      }
      heading = this.group !== before ? { at: read, before } : null;
      read += taken;
    }
    return read;
  }

  /**
   * "Matthias Hopf, Stuart Kreitmann" under "Absent:", where the text has listed people by name
   * already: two people, not a name and the organisation it stands for.
   */
  private twoNames(text: string): boolean {
    if (this.book.namesInLists === 0 || !text.includes(',')) return false;
    const pieces = text.split(/\s*,\s*/);
    return (
      pieces.length === 2 && pieces.every((p) => PERSONAL_NAME.test(p) && readEntry(p)?.kind === 'person')
    );
  }

  private readLine(text: string, n: number): boolean {
    // "(Note: quorum is 20% of the members …)": a note on the list, in brackets; no one.
    if (text.charCodeAt(0) === 40 && text.endsWith(')') && text.length > 12 && /^\(\s*note\b/i.test(text))
      return true;
    const simple = SIMPLE_ASCII_ENTRY.exec(text) ?? SIMPLE_ENTRY.exec(text);
    if (simple) {
      // "Mr. Hatem Dowidar", "Mr. Vint Cerf, Chair": most entries need nothing more than this.
      const role = simple[3] === undefined ? null : simple[3].charAt(0).toUpperCase() + simple[3].slice(1);
      return this.book.add(
        {
          name: simple[2]!,
          honorific: simple[1]!,
          kind: 'person',
          role,
          onBehalfOf: null,
          remote: null,
          note: null,
          status: null,
        },
        n,
        this.group,
      );
    }
    // The common case, "Mr. Vint Cerf, Chair": a name with an honorific needs no other test.
    if (HONORIFIC_START.test(text) && !TITLED_LIST.test(text)) {
      const parts = readEntry(text);
      if (parts !== null && plausibleEntry(parts.name, parts.kind))
        return this.book.add(parts, n, this.group);
    }
    // "Quorum achieved." says something of those listed; it names no one.
    if (QUORUM.test(text)) {
      this.book.summaries.push(text);
      return true;
    }
    if (text.includes(' • ')) {
      const [head, ...rest] = text.split(/\s+•\s+/);
      const group = this.groupFor(head!);
      if (group !== null) this.group = group;
      else if (!this.readLine(head!, n)) return false;
      for (const piece of rest) this.readLine(piece, n);
      return true;
    }
    const label = labelOf(text);
    if (label?.label.kind === 'attendance') {
      const group = {
        name: label.name,
        status: label.label.status,
        role: label.label.role,
        remote: label.label.remote,
      };
      if (label.value === '') this.group = group;
      else this.book.addList(label.value, n, group);
      return true;
    }
    // "From the Core Team: Kari Jordan, Danielle Sieh": a group of its own, named before its list.
    const named = text.includes(': ') ? GROUP_LIST.exec(text) : null;
    // "Non-Voting Members: Erika Mann (absent)": one entry under a label that names a group.
    if (
      named !== null &&
      (isList(named[2]!) ||
        namesOnly(named[2]!) ||
        ADDRESSES.test(named[2]!) ||
        oneOfGroup(named[1]!, named[2]!))
    ) {
      const name = named[1]!.trim();
      // "Vlaanderen: …" under "Excused:": those the organisation sent, as the list says they stand.
      const status = statusOfGroup(name) === 'present' ? this.group.status : statusOfGroup(name);
      this.book.addList(named[2]!, n, { name, status, role: null });
      return true;
    }
    const group = this.groupFor(text);
    if (group !== null) {
      this.group = group;
      return true;
    }
    if (/^(?:-|—|none|n\/a)$/i.test(text.trim())) return true;
    // "Bitle, Jonathan; Kaiser Permanente": a roster's surname first, then the organisation.
    const roster = text.includes(';') ? SURNAME_FIRST.exec(text.trim()) : null;
    if (roster !== null) {
      const parts = readEntry(`${roster[2]!} ${roster[1]!}`);
      if (parts !== null) return this.book.add({ ...parts, note: roster[3]!.trim() }, n, this.group);
    }
    if (TITLED_LIST.test(text) && HONORIFIC_START.test(text)) {
      this.book.addList(text, n, this.group);
      return true;
    }
    // A company's suffix ("Mark McGuire, Blue Sky Studios, Inc.") makes no list of names.
    if (!COMPANY_SUFFIX.test(text) && (isList(text) || this.twoNames(text))) {
      this.book.addList(text, n, this.group);
      return true;
    }
    const parts = readEntry(text);
    if (parts === null || !plausibleEntry(parts.name, parts.kind, parts.note !== null && /[(]/.test(text)))
      return this.book.readSentences(text, n) === '';
    return this.book.add(parts, n, this.group);
  }
}

// "…, Chiara Lombardi," or "… and": the list goes on on the next line. So it does when a list
// of full names was wrapped inside a name: "…, Jim Kelly, Maarten" over "Boender, Niaz …".
function continuesList(text: string, next: string): boolean {
  if (text.endsWith(',') || (text.endsWith('and') && /\band$/.test(text.slice(-4)))) return true;
  // The cheap looks first: most lines end, and most next lines start, with a whole name.
  const comma = next.indexOf(',');
  if (comma === -1 || !text.includes(',')) return false;
  const first = next.slice(0, comma).trim();
  if (first.includes(' ') || !/^\p{Lu}[\p{L}'’-]*$/u.test(first)) return false;
  const last = text.slice(text.lastIndexOf(',') + 1).trim();
  if (last.includes(' ') || !/^\p{Lu}[\p{L}'’-]*$/u.test(last)) return false;
  const pieces = text.split(/\s*,\s*/);
  const full = pieces.filter((p) => /^\p{Lu}\S*\s+\p{Lu}/u.test(p)).length;
  return pieces.length >= 3 && full * 2 > pieces.length;
}

// "Quorum achieved.", "A quorum was present": said of those listed, naming no one.
const QUORUM =
  /^(?:a\s+)?quorum\b(?:\s+(?:was\s+|is\s+)?(?:achieved|reached|present|established|confirmed|met|attained))?[.!]?$/i;
const SURNAME_FIRST =
  /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}\.?)?)\s*;\s*([^;,]*\p{L}[^;]*)$/u;

// A few words that name a group, a colon, and what follows: "From the Executive Council: …".
const GROUP_LIST = /^(\p{Lu}[\p{L}'’&\s-]{1,60}):\s+(\S.*)$/u;

// One address or more for who attended: "rink.kruk@example.be", "a@x.org; b@y.org".
const ADDRESSES = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[;,]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?)*$/;
// A few capitalised words naming an organisation: "PwC", "Brussels Gewest", "NGI".
const ORGANISATION_NAME = /^\p{Lu}[\p{L}\d&.'’-]*(?:\s+[\p{L}\d&.'’-]+){0,3}$/u;

// "Non-Voting Members: Erika Mann", "PwC: Jitse De Cock": one person under who they stand for.
function oneOfGroup(label: string, value: string): boolean {
  if (!GROUP_WORD.test(label) && !ORGANISATION_NAME.test(label.trim())) return false;
  const parts = readEntry(value);
  return (
    parts !== null && parts.kind === 'person' && /\s/.test(parts.name) && plausibleEntry(parts.name, 'person')
  );
}

// "Kari Jordan, Danielle Sieh": two or more pieces, each of them a full name.
function namesOnly(text: string): boolean {
  const pieces = text.split(/\s*[,;]\s*|\s+and\s+/).filter(Boolean);
  return (
    pieces.length >= 2 &&
    pieces.every((p) => /^\p{Lu}\S*\s+\p{Lu}/u.test(p) && !GROUP_WORD.test(p) && plausibleEntry(p, 'person'))
  );
}
const COMPANY_SUFFIX = /,\s*(?:Inc|Ltd|LLC|GmbH|Corp|Co|S\.?A|AG|plc|B\.?V|Pty Ltd)\.?$/;
// Words of an organisation or a group rather than a person's name.
const GROUP_WORD =
  /\b(?:committee|council|board|group|team|foundation|association|society|institute|university|studios?|inc|ltd|corporation|company|representative|secretariat|staff|members?)\b/i;

// "ana_p, bkowalski, chen_li" is a list; "Jane Doe, Example Foundation" is one entry.
function isList(text: string): boolean {
  const pieces = text.split(/\s*[,;]\s*/).filter(Boolean);
  if (pieces.length < 2) return false;
  return pieces.length >= 3 || pieces.every((p) => !/\s/.test(p.trim()));
}

// A first name and a surname or two, each capitalised: "Stuart Kreitmann", "Ana de la Ruiz".
const PERSONAL_NAME =
  /^\p{Lu}\p{Ll}+(?:\s+(?:(?:de|da|van|von|der|la|le|di|du)\s+)*\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** Could this be the name of someone (or some office) attending? */
export function plausibleEntry(name: string, kind: 'person' | 'office', annotated = false): boolean {
  const words = name.trim().split(/\s+/);
  // A sentence break ("… met. The"), but not an initial ("J. Lindqvist").
  // "Matthias St. Pierre": a name's own abbreviation is no sentence's end.
  if (
    name.length > 120 ||
    /(?<!\b\p{Lu}|\b(?:St|Ste|Jr|Sr|Mt|Dr|Mr|Mrs|Ms))[.!?]\s+\p{Lu}/u.test(name) ||
    /[!?]$/.test(name)
  )
    return false;
  if (kind === 'office') return words.length <= 14;
  if (words.length > 7) return false;
  return words.every(
    (w) =>
      /^[\p{Lu}‘'’“"«(@\p{N}\uFFFD]/u.test(w) ||
      NAME_PARTICLES.test(w.toLowerCase()) ||
      /^\p{Lu}?\.$/u.test(w) ||
      // A handle or an e-mail address alone ("cr1901", "andrew@example.org").
      (/^[\p{Ll}\d_.+-]+(?:@[\p{L}\d.…-]+)?$/u.test(w) && words.length === 1) ||
      // "Melba lopez (IBM)": a surname written in lower case, known by the organisation after it.
      (annotated &&
        w === words.at(-1) &&
        words.length <= 3 &&
        /^\p{Lu}/u.test(words[0]!) &&
        /^\p{Ll}+$/u.test(w)),
  );
}
