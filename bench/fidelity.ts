/**
 * `npm run fidelity -- DIR [--verbose]`: reads every document of the fidelity corpus (the
 * manifest in fidelity/manifest/, the texts in DIR) with the importer and compares what it
 * read with what a person found (fidelity/truth/). Prints, per family and overall, the share of
 * each field exactly right, right within one, and exactly right among the fields an empty
 * record gets wrong; crashes; outcomes invented on documents that have none; and how many of
 * the documents they name were found; then the same for the development batches together, the
 * held-out batches together (`holdout-N`) and all, with the count of fields wrong. `--check`
 * only checks DIR against the manifest;
 * `--part NAME` reads only the documents of fidelity/manifest/NAME.json (a batch, such as a set
 * held out from the work on the importer to see how it reads documents it was never tried on).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSummary } from '../src/importers/importer.js';
import { manifest, parts, ROOT, truthOf } from './fidelity-corpus.js';
import { add, emptyTally, FIELDS, scoreDocument, type Tally } from './fidelity-score.js';

const args = process.argv.slice(2);
const partAt = args.indexOf('--part');
const part = partAt === -1 ? undefined : args[partAt + 1];
const dir = args.find((a, i) => !a.startsWith('--') && (partAt === -1 || i !== partAt + 1));
if (dir === undefined || (partAt !== -1 && part === undefined)) {
  console.error('usage: npm run fidelity -- DIR [--verbose] [--check] [--part NAME]');
  process.exit(2);
}
const verbose = args.includes('--verbose');
const entries = manifest(part);

// The folder must hold exactly what the manifest names: a text that differs is another document.
const problems: string[] = [];
for (const entry of entries) {
  const path = join(dir, entry.file);
  if (!existsSync(path)) {
    problems.push(`${entry.file}: missing`);
    continue;
  }
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length !== entry.bytes || sha256 !== entry.sha256)
    problems.push(
      `${entry.file}: ${bytes.length} bytes, sha256 ${sha256}; the manifest says ${entry.bytes}, ${entry.sha256}`,
    );
  if (!existsSync(join(ROOT, 'truth', `${entry.id}.json`))) problems.push(`${entry.id}: no truth file`);
}
const bodies = new Set(entries.map((e) => e.body));
console.log(
  `${entries.length} documents of ${bodies.size} bodies; ${entries.filter((e) => e.short).length} short summaries`,
);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
if (args.includes('--check')) process.exit(0);

// The batches held out from the work on the importer are scored apart from those it was made on.
const heldOut = new Set(
  parts()
    .filter((p) => p.startsWith('holdout'))
    .flatMap((p) => manifest(p).map((e) => e.id)),
);
const tallies = new Map<string, Tally>();
const tallyOf = (key: string) => tallies.get(key) ?? tallies.set(key, emptyTally()).get(key)!;
for (const entry of entries) {
  const truth = truthOf(entry);
  let record = null;
  let crashed = false;
  try {
    record =
      parseSummary({ bytes: readFileSync(join(dir, entry.file)), name: entry.file }).records[0] ?? null;
  } catch (error) {
    crashed = !(error instanceof Error && 'code' in error);
    if (verbose) console.log(`${entry.id}: refused or crashed: ${String(error)}`);
  }
  const score = scoreDocument(record, truth);
  const batch = heldOut.has(entry.id) ? 'held out' : 'development';
  for (const key of [entry.family, batch, 'all']) add(tallyOf(key), score, crashed, truth.negative);
  if (verbose) {
    const wrong = FIELDS.filter((f) => !score.fields[f].exact).map(
      (f) => `${f} ${score.fields[f].got} (want ${score.fields[f].want})`,
    );
    const documents = `documents ${score.documentsFound}/${score.documentsWanted}`;
    console.log(`${entry.id}: ${wrong.length === 0 ? 'all right' : wrong.join(', ')}; ${documents}`);
  }
}

const percent = (n: number, of: number): string =>
  of === 0 ? '   –' : `${Math.round((100 * n) / of)}%`.padStart(4);
const totals = ['development', 'held out', 'all'];
const families = [...tallies.keys()].filter((k) => !totals.includes(k)).sort();
for (const key of [...families, ...totals.filter((k) => tallies.has(k))]) {
  const t = tallies.get(key)!;
  console.log(`\n${key} (${t.documents} documents, ${t.crashes} crashes)`);
  console.log(`  ${'field'.padEnd(10)} exact  ±1  hard-exact`);
  for (const f of FIELDS)
    console.log(
      `  ${f.padEnd(10)} ${percent(t.exact[f], t.documents)} ${percent(t.withinOne[f], t.documents)} ${percent(t.hardExact[f], t.hard[f])} (of ${t.hard[f]})`,
    );
  const exact = FIELDS.reduce((s, f) => s + t.exact[f], 0);
  const hard = FIELDS.reduce((s, f) => s + t.hard[f], 0);
  const hardExact = FIELDS.reduce((s, f) => s + t.hardExact[f], 0);
  console.log(
    `  overall    ${percent(exact, t.documents * FIELDS.length)}       ${percent(hardExact, hard)}`,
  );
  const fields = t.documents * FIELDS.length;
  console.log(
    `  fields wrong ${fields - exact} of ${fields} (${((100 * exact) / fields).toFixed(1)}% exact; hard-exact ${hardExact} of ${hard}, ${((100 * hardExact) / hard).toFixed(1)}%)`,
  );
  console.log(
    `  documents found ${percent(t.documentsFound, t.documentsWanted)} (${t.documentsFound} of ${t.documentsWanted})`,
  );
  console.log(`  outcomes invented on ${t.negatives} documents that have none: ${t.invented}`);
}
