/**
 * One attendance entry as written ("Mr. Vint Cerf, Chair", "Office of Minister Karoline
 * Edtstadler", "Jane Roe (remotely, items 1-5)", "Dan Smith - absent, apologies") read into
 * its parts, and lists of names split the way people write them.
 */
import type { Attendance } from '../../domain/record.js';
import { squash } from '../../domain/text.js';

export type EntryParts = Pick<
  Attendance,
  'name' | 'honorific' | 'kind' | 'role' | 'onBehalfOf' | 'remote' | 'note'
> & {
  status: Attendance['status'] | null;
};

const HONORIFIC =
  /^((?:H\.\s?E\.|S\.\s?E\.|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Ambassador|Amb|Hon|Honourable|Honorable|Rev|Excellency|Judge|Justice|Mme|Mlle|Sr|Sra|Srta|Dott|Eng|Engr|Rt\.? Hon|Councillor|Councilor|Cllr|Councilmember|Council Member|Councilman|Councilwoman|Alderman|Alderwoman|Alderperson)\.?)(?=\s)\s+/;
const ROLE_WORDS =
  'chair|co-?chair|vice[- ]chair|chairperson|chairman|chairwoman|vice[- ]president|president|secretary|treasurer|rapporteur|scribe|minute[- ]taker|note[- ]taker|facilitator|moderator|convenor|convener|coordinator|secretary[- ]general|executive director|director[- ]general|director|ceo|cto|coo|cfo|member|observer|ex officio|alternate|liaison|host|speaker|presenter|guest|parliamentarian|clerk|mayor|deputy mayor|councillor|councilor|head|(?:[a-z]+\\s+){0,2}(?:manager|officer|adviser|advisor|economist|analyst|counsel|lead|consultant|specialist|assistant|administrator|editor|engineer|architect|clerk|attorney|solicitor|planner|auditor)';
const ROLE = new RegExp(
  `^(?:(?:acting|interim|deputy|outgoing|incoming|honorary)\\s+)?(?:${ROLE_WORDS})(?:\\s+(?:and|&)\\s+(?:${ROLE_WORDS}))*(?:\\s+(?:of|for|to)\\s+.+)?$`,
  'i',
);
// Titles that can stand before a name and are not part of it ("Minister Karoline Edtstadler").
const TITLE_WORDS =
  '(?:vice[- ]|deputy |prime |assistant |under[- ])?(?:minister|president|secretary[- ]general|secretary|ceo|chair|director[- ]general|director|commissioner|senator|councillor|councilor|mayor|governor|ambassador|professor|chief executive officer|chief executive|executive director|managing director|(?:city|county|town|village|borough|general|finance|legal|chief|senior|deputy)\\s+(?:manager|attorney|clerk|director|officer|engineer|administrator|auditor|planner|solicitor|counsel|economist|treasurer))';
const TITLE_ONLY = new RegExp(`^(?:${TITLE_WORDS})(?:\\s+(?:and|&)\\s+(?:${TITLE_WORDS}))*$`, 'i');
const FUSED_TITLE = new RegExp(
  `^((?:${TITLE_WORDS})(?:\\s+(?:and|&)\\s+(?:${TITLE_WORDS}))*)\\s+(?=\\S)`,
  'i',
);
const OFFICE =
  /^(?:the\s+)?(office|cabinet|permanent mission|mission|delegation|embassy|ministry|bureau|secretariat|representative|representatives)\s+of\s+(?:the\s+)?(.+)$/i;
const POSSESSIVE_OFFICE = /^(.+?)['’]s\s+(office|team|cabinet|delegation)$/i;
const ORGANIZATION =
  /\b(inc|ltd|llc|plc|gmbh|pty|ag|bv|corp|corporation|company|foundation|association|university|institute|ministry|agency|council|commission|authority|network|networks|society|consortium|group|limited|services|systems|solutions|technologies|labs|partners|consulting|holdings|hosting|digital|telecom|bank|trust|alliance|federation|coalition|analytics|research|media|capital|ventures|energy|software|data|cloud|communications|s\.a\.)\.?$/i;

// The header of a sign-in list's columns: "name / institution / GitHub handle".
const COLUMN =
  /^(?:(?:full\s+)?name|institution|affiliation|organi[sz]ation|company|employer|country|role|title|e-?mail|(?:github\s+)?(?:handle|username|user\s*name))$/i;
// A person's name alone before " - ": two to four capitalised words.
const NAME_BEFORE_DASH = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const REGRETS = /\b(apolog\w*|aplog\w*|apolgi\w*|regrets?|excused|sent regrets|unable to attend)\b/i;
const ABSENT = /^(absent|not present|no show)$/i;
const REMOTE =
  /^(remote|remotely|online|virtually|via (?:zoom|teams|webex|phone|video)(?: link)?|by (?:phone|video|teleconference)(?:[- ]link)?|dial(?:l?ed)?[- ]in|on the phone)$/i;
const IN_PERSON = /^(in person|in-person|on site|onsite)$/i;
const BEHALF =
  /^(?:sub(?:stitut(?:e|ing))?\s+for|on behalf of|representing|alternate for|proxy for|for|replacing|standing in for|deputi[sz]ing for)\s+(.+)$/i;

/** The header of a sign-in list's columns ("name / institution / GitHub handle"), no one. */
export function isColumnHeader(text: string): boolean {
  const pieces = text.split(/\s*[/|]\s*/).filter((p) => p !== '');
  return pieces.length > 1 && pieces.every((p) => COLUMN.test(p));
}

/** Is this text a role ("Chair", "Vice-President of Finance", "President and CEO", "Vice Mayor")? */
export function isRole(text: string): boolean {
  const t = text.trim().replace(/\.$/, '');
  return ROLE.test(t) || TITLE_ONLY.test(t);
}

/** Reads one entry of an attendance list. */
export function readEntry(written: string): EntryParts | null {
  let text = (/\s\s|^\s|\s$/.test(written) ? squash(written) : written).replace(/[.;,]+$/, '');
  if (text === '' || (text.includes('/') && isColumnHeader(text))) return null;
  const notes: string[] = [];
  const parts: EntryParts = {
    name: '',
    honorific: null,
    kind: 'person',
    role: null,
    onBehalfOf: null,
    remote: null,
    note: null,
    status: null,
  };

  // Annotations in parentheses or brackets: "(remotely)", "(Vice Chair)", "(sub for X)".
  if (/[([]/.test(text))
    text = text.replace(/\s*[([]([^()[\]]{1,80})[)\]]/g, (_, inner: string) => {
      for (const piece of inner.split(/\s*[,;]\s*/)) annotate(piece, parts, notes);
      return '';
    });
  // "Ines Varga (IV), (Harbour Office)": what stood between the brackets goes with them.
  if (/[.;,]$/.test(text)) text = text.replace(/[\s.;,]+$/, '');
  // "Ana Ruiz @anaruiz": a name, then the handle it goes by.
  const handle = text.includes(' @') ? /^(\p{Lu}[^@]*?)\s+(@[\w.-]+)$/u.exec(text) : null;
  if (handle) {
    text = handle[1]!;
    notes.push(handle[2]!);
  }
  // "Rolf Tamsin / NERSC / @rtamsin": a roll call signed in as name, institution and handle.
  if (text.includes('/') && !text.includes('//')) {
    const pieces = text.split(/\s*\/\s*/).filter((p) => p !== '');
    if (
      pieces.length > 1 &&
      NAME_BEFORE_DASH.test(pieces[0]!) &&
      pieces.slice(1).every((p) => !NAME_BEFORE_DASH.test(p) || ORGANIZATION.test(p))
    ) {
      text = pieces[0]!;
      notes.push(...pieces.slice(1));
    }
  }
  // "TallTed // Ted Thibodeau": the nickname someone uses in the channel, then the name.
  const nick = text.includes('//') ? /^(\S+)\s*\/\/\s*(\p{Lu}.*)$/u.exec(text) : null;
  if (nick) {
    text = nick[2]!;
    notes.push(nick[1]!);
  }
  // Trailing status after a dash: "- absent, apologies", "– remote".
  // "Steven Carbno -Smart Talk Beacon": the space after the dash is sometimes lost.
  const dash = /\s[-–—]\s?\S/.test(text) ? /^(.*?\S)\s+[-–—](?:\s+|(?=\p{Lu}))(.+)$/u.exec(text) : null;
  if (dash && (isAnnotation(dash[2]!) || /^\p{Ll}/u.test(dash[2]!))) {
    text = dash[1]!;
    for (const piece of dash[2]!.split(/\s*[,;]\s*|\s+-\s+/)) annotate(piece, parts, notes);
  } else if (dash && NAME_BEFORE_DASH.test(dash[1]!) && dash[2]!.split(/\s+/).length <= 8) {
    // "Addison Phillips - Unicode - chair": a name, then its organisation and role.
    text = dash[1]!;
    for (const piece of dash[2]!.split(/\s+[-–—]\s+|\s*[,;]\s*/)) annotate(piece, parts, notes);
  }
  // "absent - excused" written before the name is rare; after it, a bare status word.
  const trailing = /(?:absent|excused|apologies|regrets|remote|remotely)$/i.test(text)
    ? /^(.*?\S)\s+(absent|excused|apologies|regrets|remote|remotely)$/i.exec(text)
    : null;
  if (trailing) {
    text = trailing[1]!;
    annotate(trailing[2]!, parts, notes);
  }
  // ", Chair" or ", Vice-President of X": a role; any other comma tail is an affiliation.
  const comma = text.includes(',') ? /^([^,]+),\s*(.+)$/.exec(text) : null;
  if (comma) {
    text = comma[1]!.trim();
    for (const piece of comma[2]!.split(/\s*,\s*/)) {
      if (isRole(piece)) parts.role = parts.role ?? normalizeRole(piece);
      else annotate(piece, parts, notes);
    }
  }
  const honorific = HONORIFIC.exec(text);
  if (honorific) {
    parts.honorific = honorific[1]!;
    text = text.slice(honorific[0].length);
    const second = HONORIFIC.exec(text);
    if (second) {
      parts.honorific += ` ${second[1]!}`;
      text = text.slice(second[0].length);
    }
  }
  const office = OFFICE.exec(text) ?? null;
  const possessive = POSSESSIVE_OFFICE.exec(text);
  if (office) {
    parts.kind = 'office';
    parts.onBehalfOf = parts.onBehalfOf ?? personBehind(office[2]!);
  } else if (possessive) {
    parts.kind = 'office';
    parts.onBehalfOf = parts.onBehalfOf ?? personBehind(possessive[1]!);
  } else if (ORGANIZATION.test(text) || /^[A-Z]{2,3}$/.test(text)) {
    parts.kind = 'office';
  } else {
    const fused = FUSED_TITLE.exec(text);
    if (fused && text.slice(fused[0].length).split(' ').length >= 2) {
      parts.role = parts.role ?? fused[1]!;
      text = text.slice(fused[0].length);
    }
  }
  parts.name = text.trim();
  parts.note = notes.length > 0 ? notes.join('; ') : null;
  return parts.name === '' ? null : parts;
}

function annotate(piece: string, parts: EntryParts, notes: string[]): void {
  const text = piece.trim().replace(/\.$/, '');
  if (text === '') return;
  const behalf = BEHALF.exec(text);
  if (REGRETS.test(text)) parts.status = 'regrets';
  else if (ABSENT.test(text)) parts.status = parts.status ?? 'absent';
  else if (REMOTE.test(text)) parts.remote = true;
  else if (IN_PERSON.test(text)) parts.remote = false;
  else if (behalf && /^\p{Lu}/u.test(behalf[1]!)) parts.onBehalfOf = personBehind(behalf[1]!);
  else if (/^(?:office|organi[sz]ation|delegation|company)$/i.test(text)) parts.kind = 'office';
  else if (isRole(text)) parts.role = parts.role ?? normalizeRole(text);
  else notes.push(text);
}

function isAnnotation(text: string): boolean {
  return text.split(/\s*[,;]\s*|\s+-\s+/).every((piece) => {
    const t = piece.trim();
    return (
      REGRETS.test(t) ||
      ABSENT.test(t) ||
      REMOTE.test(t) ||
      IN_PERSON.test(t) ||
      BEHALF.test(t) ||
      ROLE.test(t)
    );
  });
}

function normalizeRole(role: string): string {
  const trimmed = role.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** The person an office stands for, without their titles: "Minister Karoline Edtstadler" → "Karoline Edtstadler". */
export function personBehind(text: string): string | null {
  let name = text.trim();
  const honorific = HONORIFIC.exec(name);
  if (honorific) name = name.slice(honorific[0].length);
  const title = FUSED_TITLE.exec(name);
  if (title) name = name.slice(title[0].length);
  name = name.replace(/^the\s+/i, '').trim();
  return name === '' ? null : name;
}

// "Mrs. S Lintern Mr. R Thompson Ms K Penn (Borough Council)": names told apart by their titles alone.
const BEFORE_TITLE = /\s+(?=(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Sir|Dame)\.?\s+\p{Lu})/u;

/** Splits an inline list of names: "Dan, Peter and Hadley", "A; B; C", "A • B". */
export function splitNames(list: string): string[] {
  if (!/[,;•]/.test(list)) {
    // "Mr A White and Mr T Manley": the "and" between them is neither's.
    const titled = list.split(BEFORE_TITLE).map((name) => name.replace(/\s+(?:and|&)$/i, ''));
    if (titled.length >= 3 || (titled.length === 2 && HONORIFIC.test(titled[0]!)))
      return titled.flatMap((name) => splitOnAnd(name.trim()));
  }
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '•')) {
      pieces.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  pieces.push(current);
  const names: string[] = [];
  for (const raw of pieces) {
    const piece = raw.trim().replace(/^(?:and|&)\s+/i, '');
    if (piece === '') continue;
    // A comma tail that is a role belongs to the name before it ("Vint Cerf, Chair",
    // "Mr B Harrison, (Vice Chairman)").
    if (names.length > 0 && ROLE.test(piece.replace(/[.]$/, '').replace(/^\((.*)\)$/, '$1'))) {
      names[names.length - 1] += `, ${piece}`;
      continue;
    }
    // "Mr M Mycock (Chairman) Mr B Harrison": two people with their titles, no comma between.
    const titled = piece.split(BEFORE_TITLE).map((name) => name.replace(/\s+(?:and|&)$/i, ''));
    for (const name of titled.length > 1 && titled.every((t) => HONORIFIC.test(t.trim())) ? titled : [piece])
      names.push(...splitOnAnd(name.trim()));
  }
  return names;
}

// "Dan and Peter" are two people; "President and CEO Jane Roe" is one.
function splitOnAnd(piece: string): string[] {
  const match = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(piece);
  if (!match) return [piece];
  const [, left, right] = match as unknown as [string, string, string];
  if (FUSED_TITLE.test(`${left} `) || ROLE.test(left) || FUSED_TITLE.test(piece)) return [piece];
  if (/\(/.test(left) && !/\)/.test(left)) return [piece];
  return [left, ...splitOnAnd(right)];
}
