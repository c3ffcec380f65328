// Every variant fixture is read as its facts file says a careful reader would read it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseSummary } from '../src/importers/importer.js';
import { differences, type FactsFile } from './support/facts.js';

const root = join(import.meta.dirname, 'fixtures', 'variants');

for (const family of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  describe(family.name, () => {
    for (const file of readdirSync(join(root, family.name)).filter((f) => /\.(md|txt)$/.test(f))) {
      it(`reads ${file} as its facts say`, () => {
        const path = join(root, family.name, file);
        const facts = JSON.parse(
          readFileSync(path.replace(/\.(md|txt)$/, '.facts.json'), 'utf8'),
        ) as FactsFile;
        const { records } = parseSummary({ bytes: readFileSync(path), name: file });
        assert.deepEqual(differences(records, facts), []);
      });
    }
  });
}
