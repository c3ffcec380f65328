/**
 * Whether two spellings name the same person, or two titles the same document, with a
 * confidence between 0 and 1. The answer is a proposal: a person confirms it before anything is
 * merged. Names and titles are compared as keys (folded: no case, accents or punctuation), so
 * "Céline Bal" and "Celine Bal" are already one person and never proposed.
 */
import { keyOf } from './text.js';

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'hon',
  'he',
  'h',
  'e',
  'amb',
  'ambassador',
]);

/** Words of a name without honorifics: "Dr. Vinton G. Cerf" → ["vinton", "g", "cerf"]. */
export function nameWords(name: string): string[] {
  return keyOf(name)
    .split(' ')
    .filter((w) => w !== '' && !HONORIFICS.has(w));
}

// How well one given name stands for another: the same, one a short form of the other
// ("vint", "vinton"), or an initial ("v", "vint").
function givenLikeness(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 1 || b.length === 1) return a[0] === b[0] ? 0.75 : 0;
  if (a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a))) return 0.85;
  return 0;
}

/**
 * The confidence that two spellings name the same person: 0 when they cannot (different family
 * names, different given names), up to 0.95 for the same words apart from a middle name or
 * initial, or for names differing only by an honorific. Identical keys are not a proposal (they are one person already): 0.
 */
export function nameLikeness(a: string, b: string): number {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0 || keyOf(a) === keyOf(b)) return 0;
  if (x.join(' ') === y.join(' ')) return 0.95;
  // The family name is the last word in the layouts summaries use.
  if (x.at(-1) !== y.at(-1) || x.at(-1)!.length < 2) return 0;
  const xs = x.slice(0, -1);
  const ys = y.slice(0, -1);
  if (xs.length === 0 || ys.length === 0) return 0.5;
  const first = givenLikeness(xs[0]!, ys[0]!);
  if (first === 0) return 0;
  // Middle names and initials: each present on both sides must agree; one side may lack them.
  const xm = xs.slice(1);
  const ym = ys.slice(1);
  let middle = 1;
  for (let i = 0; i < Math.min(xm.length, ym.length); i++)
    middle = Math.min(middle, givenLikeness(xm[i]!, ym[i]!));
  if (middle === 0) return 0;
  const missing = xm.length === ym.length ? 0 : 0.05;
  return round(Math.min(0.95, Math.min(first, middle) - missing));
}

const TITLE_NOISE = new Set([
  'the',
  'a',
  'an',
  'of',
  'on',
  'to',
  'for',
  'and',
  'in',
  'draft',
  'final',
  'revised',
  'updated',
  'proposed',
  'document',
]);

/** The words of a title that tell documents apart: no articles or state words. */
export function titleWords(title: string): Set<string> {
  return new Set(
    keyOf(title)
      .split(' ')
      .filter((w) => w !== '' && !TITLE_NOISE.has(w)),
  );
}

/**
 * The confidence that two titles name one document: "the IGF LP Approach to WSIS+20" and "LP
 * Approach to WSIS+20 (draft)" share every word that matters to the shorter, so they score high;
 * titles sharing only a body's acronym score low. State words (draft, final) and articles are
 * ignored. 0 for identical keys (the same document already) and below two shared words.
 */
export function titleLikeness(a: string, b: string): number {
  if (keyOf(a) === keyOf(b)) return 0;
  const x = titleWords(a);
  const y = titleWords(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  const smaller = Math.min(x.size, y.size);
  if (smaller === 0) return 0;
  if (shared < Math.min(2, smaller)) return 0;
  const containment = shared / smaller;
  const jaccard = shared / (x.size + y.size - shared);
  return round(Math.min(0.98, 0.6 * containment + 0.4 * jaccard));
}

/** One key for an unordered pair of keys. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

/** The lowest confidence worth proposing. */
export const PROPOSAL_THRESHOLD = 0.6;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

// Words that do not tell one body from another when one name has them and the other not.
const BODY_FILLER = new Set(['the', 'of', 'for', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le']);

/** The words of a body's name that tell it apart: folded, without articles and prepositions. */
function bodyWords(name: string): string[] {
  return keyOf(name)
    .split(' ')
    .filter((w) => w !== '' && !BODY_FILLER.has(w));
}

// "DCCG" of "Dynamic Coalition Coordination Group": the initials of its words.
function initials(words: string[]): string {
  return words.map((w) => w[0]).join('');
}

/**
 * Whether a body's name as written is another way of writing a known body's: the same words in
 * other capitals or punctuation, the same words with a prefix that names the organisation it
 * belongs to ("IGF Dynamic Coalition Coordination Group"), or its acronym ("DCCG"). A proposal
 * only: the person reviewing an import confirms it.
 */
export function sameBodyLikely(written: string, known: string): boolean {
  const a = bodyWords(written);
  const b = bodyWords(known);
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  // One word alone is an acronym when the other name's initials spell it.
  if (a.length === 1 && b.length >= 2) return a[0] === initials(b) || a[0] === initials(b.slice(1));
  if (b.length === 1 && a.length >= 2) return b[0] === initials(a) || b[0] === initials(a.slice(1));
  // The shorter name's words, in order, at the end or start of the longer with at most two
  // words more ("IGF Dynamic Coalition Coordination Group" and its name without "IGF"), an
  // acronym standing for the words it abbreviates ("IGF" for "Internet Governance Forum").
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  for (let skip = 0; skip <= 2 && skip < long.length; skip++) {
    const end = aligned(short, long, skip);
    if (end !== -1 && long.length - end + skip <= 2) return true;
  }
  return false;
}

/**
 * Where `long` ends being read as `short` from word `from` on: each word the same, or an
 * acronym of as many words as it has letters. -1 when they part.
 */
function aligned(short: string[], long: string[], from: number): number {
  let j = from;
  for (const word of short) {
    if (long[j] === word) j++;
    else if (word.length >= 2 && word.length <= 6 && initials(long.slice(j, j + word.length)) === word)
      j += word.length;
    else return -1;
  }
  return j;
}
