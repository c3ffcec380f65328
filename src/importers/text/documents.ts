/**
 * Documents an outcome names: titles in double quotes ("the draft “IGF LP Approach to
 * WSIS+20”"), their state as the sentence gives it, and their author when a possessive names
 * one ("the MAG’s “Vision of the IGF Beyond 2025”"). A document only announced by a generic
 * phrase ("develop a two-page document") has no title yet: it stays in the outcome's text, and
 * the register, which lists titled documents, does not list it.
 *
 * A decision or a note whose verb acts on the document itself ("endorsed the draft “…”", "“…”
 * was published") gives the state that verb names; an action only announces it ("will be
 * finalized"), so it leaves the state as the adjective gives it.
 */
import type { DocumentState } from '../../domain/record.js';
import { isSpaceCode } from '../../domain/text.js';

export interface NamedDocument {
  title: string;
  state: DocumentState | null;
  author: string | null;
}

// A verb that moves a document, right before its title ("endorsed the draft", "circulated its")
// or right after it ("was published").
const ACTING_BEFORE =
  /\b(endorsed?|adopted?|approved?|finali[sz]ed?|published?|released?|circulated?|submitted?)\s+(?:(?:the|its|their)\s+)?(?:(?:draft|final|revised|updated)\s+)?$/i;
const ACTING_AFTER =
  /^\s*(?:(?:document|paper|report|text)\s+)?(?:was|were|has been|have been|is|are)\s+(?:now\s+)?(endorsed|adopted|approved|finali[sz]ed|published|released|circulated|submitted)\b/i;
// Opening and closing quotes are matched loosely: converted documents mix “curly" and "straight”.
const QUOTED = /[“"]([^“”"\n]{3,160})[”"]/g;
// What stands before a title: "the MAG’s", "its draft", "the final".
const BEFORE =
  /(?:(\p{Lu}[\p{L}\p{N}.&-]*)['’]s\s+)?(?:(draft|final|finalized|finalised|endorsed|published|revised|updated|proposed)\s+)?$/iu;
// The words of a resolution quoted whole ("The Board approves the Minutes of …, as written."): a
// sentence with the body's verb in the present, not a title.
const QUOTED_RESOLUTION =
  /\b(?:approves|adopts|accepts|authori[sz]es|appoints|directs|resolves|endorses|ratifies|elects|thanks|requests|instructs|agrees)\b|^(?:\S+\s+){5,}\S*\.\s*$/;
const MINOR = new Set([
  'a',
  'an',
  'the',
  'of',
  'on',
  'in',
  'to',
  'for',
  'and',
  'or',
  'by',
  'with',
  'at',
  'from',
  'de',
  'la',
  'et',
]);
const MINOR_LONGEST = Math.max(...[...MINOR].map((word) => word.length));

/**
 * The documents one outcome's text names, in order. `acts` says whether the outcome records
 * what was done (a decision or a note), so that its verb may move a document's state.
 */
export function namedDocuments(text: string, body: string | null, acts = false): NamedDocument[] {
  const found: NamedDocument[] = [];
  if (!/["“]/.test(text)) return found;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const title = m[1]!.trim().replace(/[,.;:]$/, '');
    if (!looksLikeTitle(title) || QUOTED_RESOLUTION.test(m[1]!)) continue;
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    const words = lastWords(lead, 2);
    const before = BEFORE.exec(words === -1 ? lead : lead.slice(words))!;
    const owner = before[1] ?? null;
    const rest = lead.slice(0, lead.length - before[0].length);
    const author =
      owner === null
        ? /\b(?:its|their)\s*$/i.test(rest)
          ? body
          : null
        : /^(its|their)$/i.test(owner)
          ? body
          : owner;
    const verb = acts
      ? (ACTING_BEFORE.exec(lead.slice(Math.max(0, lastWords(lead, 3)))) ??
        ACTING_AFTER.exec(text.slice(m.index + m[0].length)))
      : null;
    found.push({ title, state: (verb && stateOfVerb(verb[1]!)) ?? stateOf(before[2], title), author });
  }
  return found;
}

/**
 * Where the last `count` words of a text begin, or -1 when it has fewer. Expressions anchored
 * at the end of a lead ("endorsed the draft ") need look no further back than this.
 */
function lastWords(text: string, count: number): number {
  let i = text.length;
  for (let word = 0; word < count; word++) {
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (i === 0) return -1;
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

function looksLikeTitle(title: string): boolean {
  if (!/^[\p{Lu}\p{N}]/u.test(title) || /[.!?]\s+\p{Lu}/u.test(title)) return false;
  // At least half the words other than articles and prepositions start with a capital. The
  // words are walked in place; only one as short as a minor word needs a look-up.
  let words = 0;
  let capitalized = 0;
  for (let start = 0; start < title.length;) {
    let end = start;
    while (end < title.length && !isSpaceCode(title.charCodeAt(end))) end++;
    if (end > start) {
      const word = title.slice(start, end);
      if (end - start > MINOR_LONGEST || !MINOR.has(word.toLowerCase())) {
        words++;
        if (startsCapitalized(word)) capitalized++;
      }
    }
    start = end + 1;
  }
  // One word in quotes ("Sticky", "STD-", "123456") is a word set apart, not a title.
  return words > 1 && capitalized / words >= 0.5;
}

// A word that starts with a capital, a digit or an opening quote; ASCII is looked at directly.
function startsCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 40;
  return /^[\p{Lu}\p{N}“‘]/u.test(word);
}

function stateOfVerb(verb: string): DocumentState {
  const stem = verb.toLowerCase().slice(0, 5);
  if (stem === 'final') return 'finalized';
  if (stem === 'publi' || stem === 'relea') return 'published';
  if (stem === 'circu' || stem === 'submi') return 'under review';
  return 'endorsed';
}

function stateOf(adjective: string | undefined, title: string): DocumentState | null {
  const word = adjective?.toLowerCase();
  if (word === 'final' || word === 'finalized' || word === 'finalised') return 'finalized';
  if (word === 'endorsed') return 'endorsed';
  if (word === 'published') return 'published';
  if (
    word === 'draft' ||
    word === 'revised' ||
    word === 'updated' ||
    word === 'proposed' ||
    /^draft\b/i.test(title)
  )
    return 'draft';
  return null;
}
