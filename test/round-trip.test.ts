// Markdown export and import are inverses: parse(export(record)) gives the record back, on the
// example and on every variant fixture; and the example exports in its published layout.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { renderRecord } from '../src/app/meetings.js';
import { numberOutcomes } from '../src/domain/ids.js';
import type { MeetingRecord } from '../src/domain/record.js';
import { parseSummary } from '../src/importers/importer.js';
import { exampleRecord, ROOT } from './support/example.js';

/** What a record says, without where its text stood in the file it came from. */
function facts(record: MeetingRecord): unknown {
  const { warnings: _warnings, source: _source, ...rest } = record;
  return JSON.parse(JSON.stringify(rest, (key, value: unknown) => (key === 'line' ? undefined : value)));
}

async function roundTrip(record: MeetingRecord): Promise<MeetingRecord> {
  const markdown = await renderRecord(record, 'md');
  const records = parseSummary({ bytes: Buffer.from(markdown), name: 'export.md' }).records;
  assert.equal(records.length, 1, markdown);
  return records[0]!;
}

describe('Markdown round trip', () => {
  it('gives the example back as it was read', async () => {
    const record = exampleRecord();
    assert.deepEqual(facts(await roundTrip(record)), facts(record));
  });

  it('writes the example in its published layout', async () => {
    const golden = readFileSync(join(ROOT, 'test', 'fixtures', 'golden', 'igf-lp-2024-11-01.md'), 'utf8');
    assert.equal(await renderRecord(exampleRecord(), 'md'), golden);
  });

  const root = join(ROOT, 'test', 'fixtures', 'variants');
  for (const family of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(root, family.name)).filter((f) => /\.(md|txt)$/.test(f))) {
      it(`gives ${family.name}/${file} back as it was read`, async () => {
        const { records } = parseSummary({ bytes: readFileSync(join(root, family.name, file)), name: file });
        for (const record of records) assert.deepEqual(facts(await roundTrip(record)), facts(record));
      });
    }
  }

  it('gives outcomes under no titled item back untitled, before, between and after titled topics', async () => {
    const record = exampleRecord();
    const [first, second] = record.topics;
    const untitled = (outcome: MeetingRecord['topics'][number]['outcomes'][number]) => ({
      title: null,
      line: null,
      outcomes: [outcome],
    });
    // The first topic's action stands first, the second's decision between titled topics, and
    // the second's action last.
    record.topics = [
      untitled(first!.outcomes[0]!),
      { ...first!, outcomes: first!.outcomes.slice(1) },
      untitled(second!.outcomes[0]!),
      ...record.topics.slice(2),
      untitled(second!.outcomes[1]!),
    ];
    const edited = numberOutcomes(record);
    const back = await roundTrip(edited);
    assert.deepEqual(
      back.topics.map((t) => t.title),
      [null, edited.topics[1]!.title, null, edited.topics[3]!.title, edited.topics[4]!.title, null],
    );
    // The documents are listed as the outcomes now name them, in another order than before.
    const topicsOf = (r: MeetingRecord) => (facts(r) as { topics: unknown }).topics;
    assert.deepEqual(topicsOf(back), topicsOf(edited));
  });

  it('writes out what the prose alone would not say', async () => {
    const record = exampleRecord();
    const action = record.topics[0]!.outcomes[0]!;
    Object.assign(action, { owner: 'Secretariat', due: '2024-12-15', status: 'in progress' });
    const note = record.topics[1]!.outcomes[0]!;
    Object.assign(note, { kind: 'note', verb: null });
    // Identifiers are not written in the text; read back, outcomes are numbered in reading order.
    const edited = numberOutcomes(record);
    assert.deepEqual(facts(await roundTrip(edited)), facts(edited));
    assert.match(
      await renderRecord(record, 'md'),
      /\[owner: Secretariat; due: 2024-12-15; status: in progress\]/,
    );
  });

  it('writes the outcome an action continues in its tail, not as a label, and reads it back', async () => {
    const record = exampleRecord();
    const action = record.topics[0]!.outcomes[0]!;
    Object.assign(action, { ref: 'igf-lp/2024-10-04#a2', owner: 'Secretariat', status: 'in progress' });
    const markdown = await renderRecord(record, 'md');
    assert.match(
      markdown,
      /^ - The Panel agreed to develop .*\[continues: igf-lp\/2024-10-04#a2; owner: Secretariat; status: in progress\]$/m,
    );
    assert.doesNotMatch(markdown, /Action \(igf-lp/);
    assert.deepEqual(facts(await roundTrip(record)), facts(record));
  });

  it('keeps a number the source gave an item as its label, as minutes write it', async () => {
    const record = exampleRecord();
    Object.assign(record.topics[0]!.outcomes[1]!, { ref: 'D-2024-07' });
    assert.match(await renderRecord(record, 'md'), /Decision \(D-2024-07\): The Panel endorsed/);
    assert.deepEqual(facts(await roundTrip(record)), facts(record));
  });
});
