/** Prose split into sentences, without breaking after "Dr.", "e.g." or an initial. */

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Amb|Hon|Rev|Jr|Sr|vs|cf|etc|Cllr|Cllrs|Messrs|Drs|Sen|Gov|Gen|Lt|Col|Capt|approx|incl)|\b\p{Lu}|\be\.g|\bi\.e|H\.E)\.$/u;

/** The sentences of a text, in order. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let current = '';
  for (const piece of text.split(/(?<=[.!?])\s+(?=[\p{Lu}‘“"(\d])/u)) {
    current = current === '' ? piece : `${current} ${piece}`;
    if (!ABBREVIATION.test(current)) {
      sentences.push(current);
      current = '';
    }
  }
  if (current !== '') sentences.push(current);
  return sentences;
}
