/** Text rules shared by import, storage and search: folding, keys and slugs. */

const COMBINING_MARKS = /\p{M}+/gu;
const QUOTES = /[‘’‚‛′`´"“”„‟″«»]/g;

/** Lower case without diacritics or quotes: "‘Gbenga Céline" → "gbenga celine". Used to compare and to search. */
export function fold(text: string): string {
  const unquoted = text.replace(QUOTES, '');
  // Most text is plain ASCII once its quotes are gone: decomposing it would change nothing.
  const plain = ASCII.test(unquoted) ? unquoted : unquoted.normalize('NFKD').replace(COMBINING_MARKS, '');
  return plain.toLowerCase();
}

// eslint-disable-next-line no-control-regex -- every ASCII character, control characters included
const ASCII = /^[\x00-\x7f]*$/;
/** A comparison key for a name or title: folded, punctuation dropped, spaces collapsed. */
export function keyOf(text: string): string {
  return plainKey(text) ?? foldedKey(text);
}

/**
 * The words of a name or an action's owner that tell who it is: those of its key of three
 * letters or more, each once. Matching owners to people compares these (`app/access.ts`), and
 * storage keeps them per outcome to find a person's actions.
 */
export function ownerWords(text: string): string[] {
  return [...new Set(keyOf(text).split(' '))].filter((w) => w.length >= 3);
}

/**
 * Whether an action's owner, as the summary wrote it, is this person: all the words of one are
 * words of the other ("Lise Fuhr" owns an action of "Lise Fuhr and the Secretariat"; "Fuhr"
 * names Lise Fuhr). Words of fewer than three letters do not count.
 */
export function namesOwner(name: string, owner: string): boolean {
  const person = new Set(ownerWords(name));
  const owners = new Set(ownerWords(owner));
  if (person.size === 0 || owners.size === 0) return false;
  const within = (a: Set<string>, b: Set<string>): boolean => [...a].every((w) => b.has(w));
  return within(person, owners) || within(owners, person);
}

// The quotes `fold` drops, as character codes.
const QUOTE_CODES = new Set([...'‘’‚‛′`´"“”„‟″«»'].map((c) => c.charCodeAt(0)));

/**
 * The key of a text of ASCII letters and typographic quotes, the common case, in one pass over
 * its characters: runs of letters and digits are kept, quotes vanish, anything else between
 * runs becomes one space. Null when the text has other characters (accents, scripts).
 *
 * The key's bytes are written into one buffer and decoded at the end: a key built by adding
 * its words to a string is a chain of pieces that each look-up in a map must first join.
 */
function plainKey(text: string): string | null {
  const n = text.length;
  if (keyBytes.length < n) keyBytes = new Uint8Array(n);
  const bytes = keyBytes;
  let length = 0;
  let gap = false;
  let ascii: boolean | undefined;
  // Whether the key is the text in lower case ("Vint Cerf"), which most names are.
  let lowered = true;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && length > 0) bytes[length++] = 32;
      gap = false;
      bytes[length++] = c;
      continue;
    }
    // A single space between words is kept as it is.
    if (c === 32 && !gap && length > 0 && i + 1 < n) {
      gap = true;
      continue;
    }
    lowered = false;
    // An apostrophe joins the words of plain ASCII text ("don't" → "dont"); in text with
    // other characters it separates them, as it always has in keys already stored.
    if (c < 128) {
      if (c === 34 || c === 96) continue;
      if (c === 39 && (ascii ??= !NON_ASCII.test(text))) continue;
      gap = true;
    } else if (!QUOTE_CODES.has(c)) return null;
  }
  return lowered ? text.toLowerCase() : KEY_DECODER.decode(bytes.subarray(0, length));
}

let keyBytes = new Uint8Array(1024);
const KEY_DECODER = new TextDecoder();

// eslint-disable-next-line no-control-regex -- every ASCII character, control characters included
const NON_ASCII = /[^\x00-\x7f]/;

// Replacing every run of punctuation or space by a space replaces every space in the text;
// replacing the punctuation only, then the few double spaces it leaves, is about twice as fast.
function asciiKey(lower: string): string {
  const spaced = lower.replace(/[^a-z0-9 ]+/g, ' ');
  return (spaced.includes('  ') ? spaced.replace(/ {2,}/g, ' ') : spaced).trim();
}

function foldedKey(text: string): string {
  const folded = fold(text);
  return ASCII.test(folded) ? asciiKey(folded) : folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * How many pieces `text.split(/\s+/)` would give, counted no further than `max + 1`: the
 * length tests of short texts ("at most 14 words") without making the words.
 */
export function pieceCount(text: string, max = Infinity): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length && pieces <= max; i++) {
    const c = text.charCodeAt(i);
    const space = isSpaceCode(c);
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

// A space followed by white space, or white space other than a space: what `squash` changes.
const UNSQUASHED = / \s|[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Whether a character code is white space, as `\s` matches it. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && isWideSpace(c));
}

// The white space of \s beyond ASCII, by character code.
function isWideSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Collapses runs of white space to one space and trims. */
export function squash(text: string): string {
  // Most text has single spaces only: looking first spares replacing each of them by itself.
  return (UNSQUASHED.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

const SLUG_STOPWORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
  'to',
  'de',
  'la',
  'le',
  'des',
  'du',
  'et',
  'd',
  'l',
  'del',
  'y',
]);

/**
 * A body's short name for identifiers, the way bodies abbreviate themselves: acronyms stay whole,
 * runs of other words become their initials ("IGF Leadership Panel" → "igf-lp"), and a lone word
 * stays a word ("ICANN Board" → "icann-board").
 */
export function bodySlug(written: string): string {
  // "Internet Governance Forum (IGF) Leadership Panel" is the IGF Leadership Panel.
  const name = !written.includes('(')
    ? written
    : written.replace(
        /((?:\p{Lu}[\p{L}-]*\s+){2,8})\((\p{Lu}{2,})\)/gu,
        (whole, words: string, acronym: string) =>
          words
            .trim()
            .split(/\s+/)
            .map((w) => w[0])
            .join('') === acronym
            ? acronym
            : whole,
      );
  const original = name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const parts: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length === 1) parts.push(run[0]!);
    else if (run.length > 1) parts.push(run.map((w) => w[0]).join(''));
    run = [];
  };
  original.forEach((word) => {
    const folded = fold(word);
    if (/^[A-Z0-9]{2,}$/.test(word) || /^[A-Z][A-Z0-9]*[0-9][A-Z0-9]*$/.test(word)) {
      flush();
      parts.push(folded);
    } else if (!SLUG_STOPWORDS.has(folded)) {
      run.push(folded);
    }
  });
  flush();
  const slug = parts.join('-').replace(/[^a-z0-9-]/g, '');
  return slug || 'body';
}

const ISSUE_CITE = /^(?:[\w.-]+\/[\w.-]+)?#(\d+)$|^(?:PR|pull request|issue)\s(\d+)$/i;

/**
 * What two citations of one document share: "#315", "PR 315" and "owner/repo#315" in one
 * meeting's minutes are one pull request; any other title is compared as `keyOf` folds it.
 */
export function documentKey(cite: string): string {
  const issue = ISSUE_CITE.exec(cite);
  return issue === null ? keyOf(cite) : `#${issue[1] ?? issue[2]}`;
}
