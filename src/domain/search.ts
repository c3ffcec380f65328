/**
 * Search as people type it: words (all must match), "quoted phrases", -excluded words and OR.
 * The query is folded like the index, so "Celine" finds "Céline"; the same parsed query
 * drives both engines and the highlighting of results.
 */
import { fold } from './text.js';

export interface SearchTerm {
  /** Folded words; more than one for a phrase. */
  words: string[];
  negated: boolean;
}

export interface SearchQuery {
  /** Groups joined by OR; within a group every term must match. */
  any: SearchTerm[][];
}

const TOKEN = /(-?)"([^"]*)"|(\S+)/g;

/** Parses a query; an empty or operator-only query has no groups. */
export function parseSearchQuery(input: string): SearchQuery {
  const groups: SearchTerm[][] = [[]];
  const text = input.replace(/[“”„]/g, '"').slice(0, 500);
  for (const m of text.matchAll(TOKEN)) {
    if (m[3] === 'OR') {
      groups.push([]);
      continue;
    }
    const negated = m[1] === '-' || (m[3] !== undefined && m[3].startsWith('-') && m[3].length > 1);
    const raw = m[2] ?? (negated ? m[3]!.slice(1) : m[3]!);
    const words = wordsOf(raw);
    if (words.length > 0) groups.at(-1)!.push({ words, negated });
  }
  return { any: groups.filter((g) => g.some((t) => !t.negated)).slice(0, 8) };
}

/** The words of a text as the index sees them: folded, split on anything not a letter or digit. */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 16);
}

/** A piece of text, marked where it matches the query. */
export type Fragment = { text: string; match: boolean };

/**
 * The part of a text around its first match, cut to about `width` characters, split into
 * fragments marked where a query word (or a word it stems from) appears.
 */
export function highlight(text: string, query: SearchQuery, width = 200): Fragment[] {
  const stems = new Set(
    query.any.flatMap((g) => g.filter((t) => !t.negated).flatMap((t) => t.words.map(stem))),
  );
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const hits = words.filter((w) => stems.has(stem(fold(w[0]))));
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    const first = hits[0]?.index ?? 0;
    start = Math.max(0, first - Math.floor(width / 3));
    end = Math.min(text.length, start + width);
    start = start > 0 ? text.indexOf(' ', start) + 1 || start : 0;
  }
  const fragments: Fragment[] = [];
  let cursor = start;
  for (const hit of hits) {
    const at = hit.index!;
    if (at < start || at + hit[0].length > end) continue;
    if (at > cursor) fragments.push({ text: text.slice(cursor, at), match: false });
    fragments.push({ text: hit[0], match: true });
    cursor = at + hit[0].length;
  }
  if (cursor < end) fragments.push({ text: text.slice(cursor, end), match: false });
  if (start > 0) fragments.unshift({ text: '… ', match: false });
  if (end < text.length) fragments.push({ text: ' …', match: false });
  return fragments;
}

// A light stemmer, enough to mark "finalized" for a search on "finalize".
function stem(word: string): string {
  return word.replace(/(?:ations?|ings?|ed|es|s|e|ly)$/, '') || word;
}
