/**
 * The attendance of a meeting as its summary records it: group blocks under headings,
 * labelled lists ("Present: A, B and C"), and sentences ("X sent apologies."). Each entry keeps
 * the group heading as published; a group's heading sets the status of its members unless an
 * entry says otherwise.
 */
import type { Attendance, Warning } from '../../domain/record.js';
import { keyOf } from '../../domain/text.js';
import type { Group } from './attendance-groups.js';
import { readEntry, splitNames, type EntryParts } from './names.js';
import { readAttendanceSentence, sentencesOf } from './attendance-sentences.js';

const NOT_SOMEONE = /\.(?:md|html?|pdf|txt|docx?|adoc)$|:\/\/|^\d{4}-\d{2}-\d{2}/i;

/**
 * Whether two first names are one as people write them: the same, or the one the short form of
 * the other ("Ben" of "Benjamin"), three letters at least.
 */
function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/** Collects entries in reading order and warns about repeats. */
export class AttendanceBook {
  readonly entries: Attendance[] = [];
  readonly warnings: Warning[] = [];
  /** Notes such as "Over 220 participants registered", kept for the reviewer. */
  readonly summaries: string[] = [];
  // Entries by the key of their name, people and offices apart.
  private readonly byKey = { person: new Map<string, Attendance>(), office: new Map<string, Attendance>() };

  /** Whether a name is one of the people listed, in full or by the first name alone. */
  knows(name: string): boolean {
    const key = keyOf(name);
    if (this.byKey.person.has(key)) return true;
    if (this.firstNames === null || this.firstNamesOf !== this.entries.length) {
      this.firstNames = new Set(
        this.entries.filter((e) => e.kind === 'person').map((e) => keyOf(e.name.split(' ')[0]!)),
      );
      this.firstNamesOf = this.entries.length;
      this.initials = null;
    }
    if (name.includes(' ')) return false;
    if (this.firstNames.has(key)) return true;
    // "FL schreibt Vorschlag", "JS to document …": the initials of someone listed, in capitals.
    if (!/^\p{Lu}{2,3}$/u.test(name)) return false;
    this.initials ??= new Set(
      this.entries
        .filter((e) => e.kind === 'person')
        .map((e) => initialsOf(e.name))
        .filter((i) => i.length >= 2),
    );
    return this.initials.has(name);
  }

  // The initials of the people listed ("FL" for Frank Löffler), made again when the list grows.
  private initials: Set<string> | null = null;

  // How many entries give a role to a first name alone ("### Chair" over "Brent").
  private rolesByFirstName = 0;

  // The first names of the people listed, made again when the list has grown.
  private firstNames: Set<string> | null = null;
  private firstNamesOf = 0;

  /** Adds one entry as written under a group; returns whether it was read as a name. */
  add(written: string | EntryParts, line: number, group: Group, role: string | null = null): boolean {
    const parts = typeof written === 'string' ? readEntry(written) : written;
    // "Minutes: [2025-03-12-minutes.md](…)": a file or an address, not someone who attended.
    if (parts === null || NOT_SOMEONE.test(parts.name)) return false;
    const entry: Attendance = {
      name: parts.name,
      honorific: parts.honorific,
      kind: parts.kind,
      group: group.name,
      role: role ?? parts.role ?? group.role,
      status: parts.status ?? group.status,
      onBehalfOf: parts.onBehalfOf,
      remote: parts.remote ?? group.remote ?? null,
      note: parts.note,
      line,
    };
    const key = keyOf(entry.name);
    const same = this.byKey[entry.kind].get(key);
    if (same) {
      if (group.role !== null && same.role === null && parts.status === null) {
        // "Chair: X" after X is listed as present names X's role; it is not a second person.
        same.role = group.role;
        return true;
      }
      // "… chaired by X" told first, then X in the list of those present: one person, listed once.
      if (
        same.role !== null &&
        /chair/i.test(same.role) &&
        entry.role === null &&
        entry.status === same.status
      ) {
        same.group =
          same.group === 'Chair' || same.group === 'Co-Chairs' || same.group === 'Present'
            ? entry.group
            : same.group;
        return true;
      }
      this.warnings.push({
        code: 'duplicate-attendee',
        line,
        message: `${entry.name} is listed again (first at line ${same.line ?? '?'}); the first entry was kept`,
      });
      return true;
    }
    if (entry.kind === 'person' && this.sameByFirstName(entry, key, group)) return true;
    if (group.role !== null && this.sameByInitials(entry.name, group.role)) return true;
    if (entry.kind === 'person' && entry.role !== null && !entry.name.includes(' ')) this.rolesByFirstName++;
    this.entries.push(entry);
    this.byKey[entry.kind].set(key, entry);
    return true;
  }

  /**
   * A role given by the first name alone ("### Chair" over "Brent") and the full name in the
   * list of those present are one person: the role goes to the full entry, or the full name to
   * the entry of the role, whichever came first.
   */
  /**
   * "Scribe: RGN" under "Richard Gibson - OpenJSF (RGN)": a role given to the initials someone
   * listed goes by names that person, not another.
   */
  private sameByInitials(name: string, role: string): boolean {
    if (!/^\p{Lu}{2,5}$/u.test(name)) return false;
    const owners = this.entries.filter(
      (e) => e.kind === 'person' && e.note !== null && e.note.split('; ').includes(name),
    );
    if (owners.length !== 1) return false;
    owners[0]!.role ??= role;
    return true;
  }

  private sameByFirstName(entry: Attendance, key: string, group: Group): boolean {
    const people = this.byKey.person;
    const space = entry.name.indexOf(' ');
    if (space === -1) {
      if (group.role === null) return false;
      const full = this.entries.filter(
        (e) => e.kind === 'person' && sameFirstName(keyOf(e.name.split(' ')[0]!), key),
      );
      if (full.length !== 1 || full[0]!.role !== null) return false;
      full[0]!.role = group.role;
      return true;
    }
    if (this.rolesByFirstName === 0) return false;
    const first = keyOf(entry.name.slice(0, space));
    const shorts = this.entries.filter(
      (e) =>
        e.kind === 'person' &&
        e.role !== null &&
        !e.name.includes(' ') &&
        sameFirstName(first, keyOf(e.name)),
    );
    if (shorts.length !== 1) return false;
    const short = shorts[0]!;
    short.name = entry.name;
    short.honorific ??= entry.honorific;
    people.set(key, short);
    return true;
  }

  /** Adds every name of an inline list ("Dan, Peter and Hadley"). */
  addList(list: string, line: number, group: Group): void {
    if (/^(?:none|n\/a|nil|-|—|no (?:one|regrets|apologies))\.?$/i.test(list.trim())) return;
    if (this.summarize(list, line)) return;
    const names = splitNames(list);
    if (names.length >= 3) this.namesInLists += 1;
    for (const name of names) if (!this.summarize(name, line)) this.add(name, line, group);
  }

  /** How many lines listed three people or more, separated by commas: how the text lists people. */
  namesInLists = 0;

  /**
   * Reads the sentences of a paragraph that are about attendance ("The following Directors
   * participated …: A, B and C.", "X sent apologies.", "Over 220 participants registered.") and
   * returns the rest of the paragraph, or '' when every sentence was about attendance.
   */
  readSentences(text: string, line: number): string {
    const rest: string[] = [];
    for (const sentence of sentencesOf(text)) {
      const reading = readAttendanceSentence(sentence);
      if (reading === null) {
        if (!this.summarize(sentence, line)) rest.push(sentence);
        continue;
      }
      for (const { list, group, remote } of reading) {
        for (const name of splitNames(list)) {
          this.add(name, line, group);
          if (remote !== null) this.entries.at(-1)!.remote ??= remote;
        }
      }
    }
    return rest.join(' ');
  }

  /** Notes a count or a summary ("All members were present") instead of names. */
  summarize(text: string, line: number): boolean {
    if (
      /^(?:over|more than|about|around|some|approximately|nearly|almost)?\s*\d[\d,]*\s+(?:\w+\s+)?(?:participants|people|attendees|members|persons|delegates|registrants)\b/i.test(
        text,
      ) ||
      /^all\s+(?:\w+\s+){0,2}(?:members|directors|participants|trustees|councillors|representatives)\s+(?:were\s+)?(?:present|attended|participated)/i.test(
        text,
      ) ||
      /\bquorum\s+(?:was\s+)?(?:present|reached|met|established|confirmed)\b/i.test(text)
    ) {
      this.summaries.push(text);
      this.warnings.push({
        code: 'attendance-summary',
        line,
        message: `attendance is summarized ("${text.slice(0, 80)}") rather than listed by name`,
      });
      return true;
    }
    return false;
  }

  /** Warnings that need the whole list: an office attending for someone also present in person. */
  finish(): Warning[] {
    for (const office of this.entries) {
      if (office.onBehalfOf === null || office.status !== 'present') continue;
      const person = this.byKey.person.get(keyOf(office.onBehalfOf));
      if (person?.status === 'present') {
        this.warnings.push({
          code: 'represented-member-present',
          line: office.line,
          message: `${office.name} attended on behalf of ${office.onBehalfOf}, who is also listed as present (line ${person.line ?? '?'})`,
        });
      }
    }
    return this.warnings;
  }
}

/** "FL" for "Frank Löffler", "MPJ" for "Mary Paz Jones": the first letters of a name's words. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('');
}
