/** Prose split into sentences, without breaking after "Dr.", "e.g." or an initial. */

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Amb|Hon|Rev|Jr|Sr|vs|cf|etc|Cllr|Cllrs|Messrs|Drs|Sen|Gov|Gen|Lt|Col|Capt|approx|incl)|\b\p{Lu}|\be\.g|\bi\.e|H\.E)\.$/u;

// "vom 10. Februar 2025", "am 3. März": a day written as an ordinal, as German writes dates.
const ORDINAL_DAY = /\b\d{1,2}\.$/;
const MONTH_FIRST =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)\b/;

/** The sentences of a text, in order. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let current = '';
  const pieces = text.split(/(?<=[.!?])\s+(?=[\p{Lu}‘“"(\d])/u);
  for (const [i, piece] of pieces.entries()) {
    current = current === '' ? piece : `${current} ${piece}`;
    const dayBeforeMonth = ORDINAL_DAY.test(current) && MONTH_FIRST.test(pieces[i + 1] ?? '');
    if (!dayBeforeMonth && !ABBREVIATION.test(current)) {
      sentences.push(current);
      current = '';
    }
  }
  if (current !== '') sentences.push(current);
  return sentences;
}
