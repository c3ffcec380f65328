// The published JSON Schema is the one the code validates with, and real records satisfy it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseSummary } from '../src/importers/importer.js';
import { ROOT } from './support/example.js';
import { interchangeSchema } from '../src/domain/interchange-schema.js';

const committed = JSON.parse(readFileSync(join(ROOT, 'docs', 'interchange.schema.json'), 'utf8')) as Record<
  string,
  unknown
>;

describe('docs/interchange.schema.json', () => {
  it('is up to date with the record schema (npm run schema writes it)', () => {
    assert.deepEqual(committed, interchangeSchema());
  });

  it('accepts what the importer writes, checked by an independent validator', () => {
    const validate = new Ajv2020({ strict: false }).compile(committed);
    const files = [join(ROOT, 'examples', 'igf-lp-2024-11-01.md')];
    const variants = join(ROOT, 'test', 'fixtures', 'variants');
    for (const family of readdirSync(variants, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(variants, family.name)).filter((f) => /\.(md|txt)$/.test(f)))
        files.push(join(variants, family.name, file));
    }
    for (const file of files) {
      const { records } = parseSummary({ bytes: readFileSync(file), name: file });
      const document = JSON.parse(JSON.stringify(records.length === 1 ? records[0] : records)) as unknown;
      assert.ok(validate(document), `${file}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('rejects a record that breaks the contract', () => {
    const validate = new Ajv2020({ strict: false }).compile(committed);
    const { records } = parseSummary({
      bytes: readFileSync(join(ROOT, 'examples', 'igf-lp-2024-11-01.md')),
      name: 'x.md',
    });
    const broken = JSON.parse(JSON.stringify(records[0])) as { attendance: Array<{ status: string }> };
    broken.attendance[0]!.status = 'maybe';
    assert.equal(validate(broken), false);
  });
});
