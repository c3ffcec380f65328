import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exampleRecord } from '../../test/support/example.js';
import { keepOutcomeIds, meetingId, numberOutcomes, outcomeCite, parseCite } from './ids.js';
import { outcomesOf } from './record.js';

const ids = (record: ReturnType<typeof exampleRecord>) =>
  outcomesOf(record).map(({ outcome }) => `${outcome.id} ${outcome.text.slice(0, 20)}`);

describe('citable identifiers', () => {
  it('names a meeting by its body and date, and an outcome within it', () => {
    assert.equal(meetingId('IGF Leadership Panel', null, '2024-11-01'), 'igf-lp/2024-11-01');
    assert.equal(meetingId(null, 'Board retreat', null), 'br/undated');
    assert.equal(outcomeCite('igf-lp/2024-11-01', 'd1'), 'igf-lp/2024-11-01#d1');
    assert.deepEqual(parseCite('igf-lp/2024-11-01#a2'), { meetingId: 'igf-lp/2024-11-01', outcomeId: 'a2' });
    assert.deepEqual(parseCite('igf-lp/2024-11-01'), { meetingId: 'igf-lp/2024-11-01', outcomeId: null });
  });

  it('keeps every identifier of an unchanged record', () => {
    const record = exampleRecord();
    assert.deepEqual(ids(keepOutcomeIds(record, numberOutcomes(record))), ids(record));
  });

  it('keeps identifiers when outcomes are added, removed or moved', () => {
    const stored = exampleRecord();
    const edited = structuredClone(stored);
    const [first, second] = edited.topics[0]!.outcomes;
    edited.topics[0]!.outcomes = [
      { ...second!, id: 'd1', text: 'The Panel adopted its rules of procedure.' },
      second!,
    ];
    edited.topics[3]!.outcomes.push(first!);
    const kept = keepOutcomeIds(stored, numberOutcomes(edited));
    const byText = new Map(outcomesOf(kept).map(({ outcome }) => [outcome.text, outcome.id]));
    assert.equal(byText.get(first!.text), 'a1');
    assert.equal(byText.get(second!.text), 'd1');
    assert.equal(byText.get('The Panel adopted its rules of procedure.'), 'd5');
  });

  it('never gives a removed outcome’s identifier to a new one', () => {
    const stored = exampleRecord();
    const edited = structuredClone(stored);
    edited.topics[3]!.outcomes = [
      { ...edited.topics[3]!.outcomes[0]!, text: 'The Panel agreed a different agenda.' },
    ];
    const kept = keepOutcomeIds(stored, edited);
    assert.equal(kept.topics[3]!.outcomes[0]!.id, 'd5');
  });
});
