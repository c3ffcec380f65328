/**
 * The searches of the scale benchmark, by kind: words in nearly every entry, words of middling
 * frequency, words of the long tail, phrases and two words. Taken from the archive's
 * vocabulary by rank, so each class keeps its frequency at any scale.
 */
import { VOCABULARY } from './archive-words.js';
import type { SearchQuery } from './scale-http.js';

const word = (rank: number): string => VOCABULARY[Math.min(rank, VOCABULARY.length - 1)]!;

/** A query of words (each quoted for the engine) or of one phrase. */
const words = (...list: string[]): SearchQuery => ({
  q: list.join(' '),
  match: list.map((w) => `"${w}"`).join(' '),
});
const phrase = (text: string): SearchQuery => ({ q: `"${text}"`, match: `"${text}"` });

export const SEARCH_CLASSES: Array<{ name: string; queries: SearchQuery[] }> = [
  { name: 'common words', queries: [0, 1, 2, 5, 8].map((r) => words(word(r))) },
  { name: 'mid-frequency words', queries: [300, 600, 1000, 1500, 2500].map((r) => words(word(r))) },
  { name: 'rare words', queries: [-1, -40, -80, -120, -160].map((r) => words(word(VOCABULARY.length + r))) },
  {
    name: 'phrases',
    queries: ['terms of reference', 'annual report', 'conflict of interest', 'of the', 'work programme'].map(
      phrase,
    ),
  },
  {
    name: 'two words',
    queries: [
      words(word(0), word(400)),
      words(word(100), word(700)),
      words(word(60), word(VOCABULARY.length - 200)),
      words('budget', 'review'),
      words('ngozi', 'mensah'),
    ],
  },
];
