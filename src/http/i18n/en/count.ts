/** "3 meetings": a count and its noun, chosen by the English plural rules. */
const plural = new Intl.PluralRules('en');
export const count = (one: string, other: string) => (n: number, formatted: string) =>
  `${formatted} ${plural.select(n) === 'one' ? one : other}`;
