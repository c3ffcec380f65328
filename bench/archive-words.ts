/**
 * The words of the generated archive: a vocabulary ranked like a language's, drawn with a
 * Zipf-like distribution (the word of rank r about 1/(r + 2) as often as the commonest), so that
 * the function words of English are in nearly every entry and the long tail is rare, as in real
 * minutes. Searches at scale are only realistic over such a distribution: over uniform words
 * every query matches a few hundred entries, none all of them and none three.
 */

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same archive. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof seeded>;

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

const FUNCTION_WORDS = `the of and to a in for on that with by as is be was will at from its this an are it
or which were has had not all their been also into more other such any these should may would after
before under between over than both each through during until within about`.split(/\s+/);

const CONTENT_WORDS = `committee members report board budget secretariat proposal council review plan
policy programme chair draft year work group process implementation framework agenda session
recommendation resolution approval consultation strategy finance audit risk data standards partnership
funding annual quarterly regional national public support development project meeting minutes item
update progress timeline document revision amendment principles guidance paper terms reference
schedule evaluation monitoring compliance governance membership election nomination procedure rules
statement accounts expenditure income reserves investment procurement contract tender staff
recruitment training workshop conference survey study analysis assessment indicators targets
outcomes objectives priorities mandate scope charter protocol agreement memorandum letter request
response comments feedback submission consultation stakeholders partners donors members observers
delegations experts advisers officers treasurer president vice secretary rapporteur coordinator
facilitator taskforce subcommittee panel forum network platform portal website communications outreach
engagement capacity resources infrastructure systems security privacy access transparency
accountability integrity ethics conflict interest declaration register inventory archive records
retention publication translation interpretation accessibility inclusion diversity gender youth
climate environment health education housing transport water energy digital innovation research
statistics methodology quality assurance certification accreditation licensing regulation legislation
enforcement sanctions appeals disputes arbitration mediation complaints ombudsman inspection visit
mission delegation travel venue hybrid virtual remote quorum vote motion seconded carried abstained
unanimously adopted endorsed approved noted agreed deferred withdrawn circulated presented discussed
considered welcomed requested invited encouraged reaffirmed decided resolved`.split(/\s+/);

// The long tail: invented words of three and four syllables, as many as a real archive's
// names, places, project titles and technical terms.
const SYLLABLES = `ba ke lo mi nu ra se ti vo za dre pla stri gon mar tel vin dor quen bri`.split(' ');

function tailWord(n: number): string {
  const length = n < 8000 ? 3 : 4;
  let rest = n < 8000 ? n : n - 8000;
  let word = '';
  for (let i = 0; i < length; i++) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word;
}

const TAIL = 22_000;

/** Every word, commonest first. */
export const VOCABULARY: readonly string[] = [
  ...new Set([...FUNCTION_WORDS, ...CONTENT_WORDS, ...Array.from({ length: TAIL }, (_, n) => tailWord(n))]),
];

// Cumulative weights of the ranks, for drawing by binary search.
const CUMULATIVE = (() => {
  const sums = new Float64Array(VOCABULARY.length);
  let total = 0;
  VOCABULARY.forEach((_, rank) => {
    total += 1 / (rank + 2);
    sums[rank] = total;
  });
  return sums;
})();

/** The rank of a word drawn at random, 0 being the commonest. */
function drawRank(random: Random): number {
  const target = random() * CUMULATIVE[CUMULATIVE.length - 1]!;
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (CUMULATIVE[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Phrases the minutes of many bodies use, put into the text now and then (and searched for as phrases). */
export const PHRASES = [
  'terms of reference',
  'annual report',
  'work programme',
  'risk register',
  'strategic plan',
  'conflict of interest',
];

/** `count` words drawn from the vocabulary, with now and then a set phrase among them. */
export function words(random: Random, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (random() < 0.02) out.push(pick(random, PHRASES));
    else out.push(VOCABULARY[drawRank(random)]!);
  }
  return out.join(' ');
}

/** Content words only (a title's), drawn with the same distribution past the function words. */
export function titleWords(random: Random, count: number): string {
  const out: string[] = [];
  while (out.length < count) {
    const rank = drawRank(random);
    if (rank >= FUNCTION_WORDS.length) out.push(VOCABULARY[rank]!);
  }
  return out.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}
