/**
 * How well a record read by the importer agrees with what a person found in the same document
 * (fidelity/README.md gives the conventions of the truth files). Each field of each document is
 * judged exact, within one (of the count or of the annotated range), or wrong; a field whose
 * truth is what an empty record says (no date, nobody, nothing) is also counted apart, since an
 * importer that reads nothing gets it right.
 */
import type { MeetingRecord } from '../src/domain/record.js';
import { keyOf } from '../src/domain/text.js';

/** A count as annotated: exact, or an honest range. */
export type Count = number | [number, number];

export interface Truth {
  date: string | { from: string; to: string } | null;
  present: Count | null;
  regrets: Count | null;
  topics: Count;
  decisions: Count;
  explicitDecisions?: Count;
  actions: Count;
  actionOwners: string[];
  documents: string[];
  negative: boolean;
}

export const FIELDS = ['date', 'present', 'regrets', 'topics', 'decisions', 'actions', 'owners'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldScore {
  exact: boolean;
  withinOne: boolean;
  /** Whether a record with nothing in it would be exact here too. */
  emptyRight: boolean;
  got: string;
  want: string;
}

export interface DocumentScore {
  fields: Record<Field, FieldScore>;
  /** Of the documents the truth lists, how many the record names. */
  documentsFound: number;
  documentsWanted: number;
  /** Outcomes read from a document that has none (an agenda, a cancelled meeting). */
  invented: number;
}

const low = (c: Count): number => (Array.isArray(c) ? c[0] : c);
const high = (c: Count): number => (Array.isArray(c) ? c[1] : c);
const shown = (c: Count | null): string =>
  c === null ? 'none' : Array.isArray(c) ? `${c[0]}–${c[1]}` : String(c);

function countScore(got: number | null, want: Count | null): FieldScore {
  const gotText = got === null ? 'none' : String(got);
  if (want === null) {
    const exact = got === null || got === 0;
    return { exact, withinOne: exact || got! <= 1, emptyRight: true, got: gotText, want: 'none' };
  }
  const value = got ?? 0;
  return {
    exact: value >= low(want) && value <= high(want),
    withinOne: value >= low(want) - 1 && value <= high(want) + 1,
    emptyRight: low(want) === 0,
    got: gotText,
    want: shown(want),
  };
}

/**
 * A name as compared: folded, without an article ("the", "der", "die", "das"), honorifics and
 * what follows a comma or a bracket.
 */
function nameKey(name: string): string {
  return keyOf(name.replace(/[,(].*$/, ''))
    .replace(/^(?:the|der|die|das|mr|mrs|ms|dr|prof|h e|he|amb)\s+/, '')
    .trim();
}

/**
 * The people an owner names: a joint owner ("Ana and Tomas", "Nicky & Toby", "Jil und Kevin") is
 * each of them.
 */
function ownerKeys(owner: string): string[] {
  return owner
    .split(/\s*(?:,\s*(?:and\s+)?|\s+(?:and|und)\s+|\s*&\s*|\s*\/\s*)\s*/)
    .map(nameKey)
    .filter((key) => key !== '');
}

/**
 * A title as compared: folded, without an article. An issue or pull request is its number
 * however it is cited ("#315", "PR 315", "owner/repo#315", its address), as the importer
 * counts it once; a standard's number is the same with or without a space ("RFC8815").
 */
function titleKey(title: string): string {
  const cited = title
    .trim()
    .replace(/https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:pull|issues)\/(\d+)\S*/g, '$1/$2#$3')
    .replace(
      /^(?:[\w.-]+\/[\w.-]+)?#(?:[\w.-]+\/)?(\d+)$|^(?:PR|pull request|issue)\s?#?(\d+)$/i,
      (_, a, b) => `#${a ?? b}`,
    )
    .replace(/\b(RFC|BIP|PEP|EIP|ERC)\s?-?(\d+)\b/gi, '$1 $2');
  return cited.startsWith('#') ? cited : keyOf(cited).replace(/^(?:the|a|an)\s+/, '');
}

// A document known by its number alone: one number is not part of another.
const NUMBERED = /^#\d+$|^(?:rfc|bip|pep|eip|erc) \d+$/;

/** Whether the record names a document the truth lists: the same title, or one holding the other. */
function names(titles: string[], wanted: string): boolean {
  const want = titleKey(wanted);
  if (want === '') return false;
  return titles.some((title) => {
    const got = titleKey(title);
    if (NUMBERED.test(got) || NUMBERED.test(want)) return got === want;
    return got === want || (got.length >= 4 && (got.includes(want) || want.includes(got)));
  });
}

export function scoreDocument(record: MeetingRecord | null, truth: Truth): DocumentScore {
  const outcomes = record?.topics.flatMap((t) => t.outcomes) ?? [];
  const attendance = record?.attendance ?? [];
  const present = attendance.filter((a) => a.status === 'present').length;
  const regrets = attendance.length - present;
  const date = record?.meeting.date ?? null;
  const end = record?.meeting.endDate ?? null;
  const gotDate = date === null ? 'none' : end === null || end === date ? date : `${date}..${end}`;
  const wantDate =
    truth.date === null
      ? 'none'
      : typeof truth.date === 'string'
        ? truth.date
        : `${truth.date.from}..${truth.date.to}`;
  const actions = outcomes.filter((o) => o.kind === 'action');
  const owners = [...new Set(actions.flatMap((a) => (a.owner === null ? [] : ownerKeys(a.owner))))].sort();
  const wantOwners = [...new Set(truth.actionOwners.flatMap(ownerKeys))].sort();
  const ownersExact = owners.length === wantOwners.length && owners.every((o, i) => o === wantOwners[i]);
  const missed =
    wantOwners.filter((o) => !owners.includes(o)).length +
    owners.filter((o) => !wantOwners.includes(o)).length;
  const titles = [...(record?.documents.map((d) => d.title) ?? []), ...outcomes.flatMap((o) => o.documents)];
  return {
    fields: {
      date: {
        exact: gotDate === wantDate,
        withinOne: gotDate === wantDate,
        emptyRight: truth.date === null,
        got: gotDate,
        want: wantDate,
      },
      // Chairs and note takers named alone are no list of those present (the truth's convention).
      present: countScore(
        record === null || attendance.every((a) => a.role !== null) ? null : present,
        truth.present,
      ),
      regrets: countScore(regrets === 0 ? null : regrets, truth.regrets),
      // The truth counts titled items: outcomes under no title are in no topic it counts.
      topics: countScore(record?.topics.filter((t) => t.title !== null).length ?? 0, truth.topics),
      decisions: countScore(outcomes.filter((o) => o.kind === 'decision').length, truth.decisions),
      actions: countScore(actions.length, truth.actions),
      owners: {
        exact: ownersExact,
        withinOne: missed <= 1,
        emptyRight: wantOwners.length === 0,
        got: owners.join('; ') || 'none',
        want: wantOwners.join('; ') || 'none',
      },
    },
    documentsFound: truth.documents.filter((d) => names(titles, d)).length,
    documentsWanted: truth.documents.length,
    invented: truth.negative ? outcomes.filter((o) => o.kind !== 'note').length : 0,
  };
}

export interface Tally {
  documents: number;
  crashes: number;
  exact: Record<Field, number>;
  withinOne: Record<Field, number>;
  /** Fields an empty record gets wrong: how many, and how many of them are exact. */
  hard: Record<Field, number>;
  hardExact: Record<Field, number>;
  documentsFound: number;
  documentsWanted: number;
  negatives: number;
  invented: number;
}

const zero = (): Record<Field, number> =>
  Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;

export function emptyTally(): Tally {
  return {
    documents: 0,
    crashes: 0,
    exact: zero(),
    withinOne: zero(),
    hard: zero(),
    hardExact: zero(),
    documentsFound: 0,
    documentsWanted: 0,
    negatives: 0,
    invented: 0,
  };
}

/** Adds one document's score to a tally; a crash counts as the empty record's score. */
export function add(tally: Tally, score: DocumentScore, crashed: boolean, negative: boolean): void {
  tally.documents += 1;
  if (crashed) tally.crashes += 1;
  for (const field of FIELDS) {
    const f = score.fields[field];
    if (f.exact) tally.exact[field] += 1;
    if (f.withinOne) tally.withinOne[field] += 1;
    if (!f.emptyRight) {
      tally.hard[field] += 1;
      if (f.exact) tally.hardExact[field] += 1;
    }
  }
  tally.documentsFound += score.documentsFound;
  tally.documentsWanted += score.documentsWanted;
  if (negative) tally.negatives += 1;
  tally.invented += score.invented;
}
