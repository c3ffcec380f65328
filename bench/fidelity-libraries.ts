/**
 * `npm run fidelity:libraries -- DIR [--verbose]`: measures well-kept libraries against the
 * importer's own rules on the fidelity corpus, field by field, as docs/FIDELITY.md reports them.
 * Each trial reads every document with the importer, lets the library change one field of the
 * record (where the importer read nothing, or in its place), and scores both records with the
 * corpus's truth:
 *
 * - dates in running text (chrono-node, strict: a day, a month and a year all written), where the
 *   importer found no date, and in place of the importer's date;
 * - who is to do a task (compromise's parts of speech: a name or a proper noun before "will",
 *   "shall" or "to" and a verb), where the importer named no owner.
 *
 * It prints, for the development batches and for those held out, how many documents have the
 * field exactly right before and after, the documents that changed, and the library's time per
 * document beside the importer's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import type { MeetingRecord } from '../src/domain/record.js';
import { parseSummary } from '../src/importers/importer.js';
import { type Entry, manifest, parts, truthOf } from './fidelity-corpus.js';
import { type Field, scoreDocument, type Truth } from './fidelity-score.js';

interface Trial {
  name: string;
  field: Field;
  /** Changes the record in place, as the library would have it. */
  apply: (record: MeetingRecord, text: string) => void;
}

// A fixed reference day, so that the library never dates a text by the day it is run.
const REFERENCE = new Date(2000, 0, 1);

function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The first date the library reads with its day, month and year written, in the text's start. */
function chronoDate(text: string): string | null {
  for (const result of chrono.strict.parse(text.slice(0, 4000), REFERENCE)) {
    const { start } = result;
    if (start.isCertain('year') && start.isCertain('month') && start.isCertain('day'))
      return isoDay(start.date());
  }
  return null;
}

function setDate(record: MeetingRecord, date: string | null): void {
  record.meeting.date = date;
  record.meeting.endDate = null;
}

/** The subject of a task: names (or any proper noun) before "will", "shall" or "to" and a verb. */
function subjectOf(text: string, people: boolean): string | null {
  const names = people ? '(#Person)+' : '(#Person|#Organization|#ProperNoun|#Acronym)+';
  const match = nlp(text).match(`[<owner>${names}] (will|shall|to) #Adverb? (!be && !have && #Infinitive)`);
  if (!match.found) return null;
  const owner = (match.groups('owner') as { text: () => string })
    .text()
    .replace(/[.,:;]$/, '')
    .replace(/^the\s+/i, '');
  return owner === '' ? null : owner;
}

function fillOwners(record: MeetingRecord, people: boolean): void {
  for (const topic of record.topics)
    for (const outcome of topic.outcomes)
      if (outcome.kind === 'action' && outcome.owner === null)
        outcome.owner = subjectOf(outcome.text, people);
}

const TRIALS: Trial[] = [
  {
    name: 'dates: chrono-node where the importer found none',
    field: 'date',
    apply: (record, text) => {
      if (record.meeting.date === null) setDate(record, chronoDate(text));
    },
  },
  {
    name: 'dates: chrono-node in place of the importer',
    field: 'date',
    apply: (record, text) => {
      const date = chronoDate(text);
      if (date !== null) setDate(record, date);
    },
  },
  {
    name: 'owners: compromise, people only, where the importer named none',
    field: 'owners',
    apply: (record) => fillOwners(record, true),
  },
  {
    name: 'owners: compromise, people and proper nouns, where the importer named none',
    field: 'owners',
    apply: (record) => fillOwners(record, false),
  },
];

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (dir === undefined) {
  console.error('usage: npm run fidelity:libraries -- DIR [--verbose]');
  process.exit(2);
}
const verbose = args.includes('--verbose');
const sets: Array<[string, Entry[]]> = [
  [
    'development',
    parts()
      .filter((p) => !p.startsWith('holdout'))
      .flatMap((p) => manifest(p)),
  ],
  [
    'held out',
    parts()
      .filter((p) => p.startsWith('holdout'))
      .flatMap((p) => manifest(p)),
  ],
];

// Times are of code compiled by the JIT: the importer reads every document once, and each trial
// runs once on every document, before anything is timed.
for (const [, entries] of sets)
  for (const entry of entries) parseSummary({ bytes: readFileSync(join(dir, entry.file)), name: entry.file });

/** One reading of each document, kept apart from the record each trial changes. */
const documents = sets.map(([set, entries]) => ({
  set,
  read: entries.map((entry) => {
    const bytes = readFileSync(join(dir, entry.file));
    const start = performance.now();
    const record = parseSummary({ bytes, name: entry.file }).records[0] ?? null;
    return {
      entry,
      truth: truthOf(entry),
      text: bytes.toString('utf8'),
      record,
      ms: performance.now() - start,
    };
  }),
}));

const exactOn = (record: MeetingRecord | null, truth: Truth, field: Field): boolean =>
  scoreDocument(record, truth).fields[field].exact;

for (const trial of TRIALS) {
  console.log(`\n${trial.name}`);
  for (const { set, read } of documents) {
    let before = 0;
    let after = 0;
    let libraryMs = 0;
    let importerMs = 0;
    const changed: string[] = [];
    for (const { text, record } of read) if (record !== null) trial.apply(structuredClone(record), text);
    for (const { entry, truth, text, record, ms } of read) {
      if (record === null) continue;
      const tried = structuredClone(record);
      const start = performance.now();
      trial.apply(tried, text);
      libraryMs += performance.now() - start;
      importerMs += ms;
      const was = exactOn(record, truth, trial.field);
      const is = exactOn(tried, truth, trial.field);
      if (was) before += 1;
      if (is) after += 1;
      if (was !== is) {
        const score = scoreDocument(tried, truth).fields[trial.field];
        changed.push(`    ${is ? 'gained' : 'lost'} ${entry.id}: ${score.got} (want ${score.want})`);
      }
    }
    const perDoc = (total: number): string => `${(total / read.length).toFixed(2)} ms`;
    console.log(
      `  ${set} (${read.length} documents): exact ${before} → ${after} (${after - before >= 0 ? '+' : ''}${after - before}); ` +
        `library ${perDoc(libraryMs)} a document, importer ${perDoc(importerMs)}`,
    );
    if (verbose) for (const line of changed) console.log(line);
  }
}
