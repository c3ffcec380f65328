/**
 * Documents an outcome names: titles in double quotes ("the draft “IGF LP Approach to
 * WSIS+20”"), their state as the sentence gives it, and their author when a possessive names
 * one ("the MAG’s “Vision of the IGF Beyond 2025”"). A document announced but not yet written
 * ("develop a two-page document") is kept as planned.
 */
import type { DocumentState } from '../../domain/record.js';

export interface NamedDocument {
  title: string;
  state: DocumentState | null;
  author: string | null;
}

// Opening and closing quotes are matched loosely: converted documents mix “curly" and "straight”.
const QUOTED = /[“"]([^“”"\n]{3,160})[”"]/g;
// What stands before a title: "the MAG’s", "its draft", "the final".
const BEFORE =
  /(?:(\p{Lu}[\p{L}\p{N}.&-]*)['’]s\s+)?(?:(draft|final|finalized|finalised|endorsed|published|revised|updated|proposed)\s+)?$/iu;
const PLANNED =
  /\b(?:develop|draft|prepare|produce|write|compile|create)\s+(?:a|an)\s+((?:[\w-]+\s+){0,3}?(?:document|paper|note|report|statement|brief|briefing|letter|proposal|position paper|discussion paper|summary))\b/i;
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

/** The documents one outcome's text names, in order. */
export function namedDocuments(text: string, body: string | null): NamedDocument[] {
  const found: NamedDocument[] = [];
  if (!/["“]|\ban? /.test(text)) return found;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const title = m[1]!.trim().replace(/[,.;:]$/, '');
    if (!looksLikeTitle(title)) continue;
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    const words = lead.search(/\S+\s+\S+\s*$/);
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
    found.push({ title, state: stateOf(before[2], title), author });
  }
  const planned = /\b(?:develop|draft|prepare|produce|write|compile|create)\s+an?\s/i.test(text)
    ? PLANNED.exec(text)
    : null;
  if (planned) found.push({ title: planned[1]!.trim(), state: 'planned', author: body });
  return found;
}

function looksLikeTitle(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => !MINOR.has(w.toLowerCase()));
  if (words.length === 0 || !/^[\p{Lu}\p{N}]/u.test(title)) return false;
  const capitalized = words.filter((w) => /^[\p{Lu}\p{N}“"‘(]/u.test(w)).length;
  return capitalized / words.length >= 0.5 && !/[.!?]\s+\p{Lu}/u.test(title);
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
