// The fidelity score: what counts as right, within one, and right only because nothing was read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { add, emptyTally, scoreDocument, type Truth } from '../bench/fidelity-score.js';
import { recordOf } from './support/example.js';

const SUMMARY = `# Harbour Trust Board

Meeting of 4 March 2025

Present: Ana Ruiz, Chair; Tomas Berg; Lee Okafor
Apologies: Mina Sato

## Budget

- The Board approved the budget for 2025, as set out in the "Harbour Budget 2025".
- Tomas Berg will publish the budget by 31 March 2025.

## Moorings

- The Board agreed to review the mooring fees in June.
`;

const TRUTH: Truth = {
  date: '2025-03-04',
  present: 3,
  regrets: 1,
  topics: 2,
  decisions: [1, 2],
  actions: 1,
  actionOwners: ['Tomas Berg'],
  documents: ['Harbour Budget 2025', 'Mooring Fees Schedule'],
  negative: false,
};

describe('fidelity score', () => {
  it('judges each field of a record against what a reader found', () => {
    const score = scoreDocument(recordOf(SUMMARY, 'harbour.md'), TRUTH);
    assert.equal(score.fields.date.exact, true);
    assert.equal(score.fields.present.got, '3');
    assert.equal(score.fields.present.exact, true);
    assert.equal(score.fields.regrets.exact, true);
    assert.equal(score.fields.topics.exact, true);
    assert.equal(score.fields.decisions.exact, true, `decisions ${score.fields.decisions.got}`);
    assert.equal(score.fields.owners.exact, true, `owners ${score.fields.owners.got}`);
    assert.deepEqual([score.documentsFound, score.documentsWanted], [1, 2]);
    assert.equal(score.invented, 0);
  });

  it('takes chairs and note takers named alone for no list of those present, as the truth does', () => {
    const roles = SUMMARY.replace(
      'Present: Ana Ruiz, Chair; Tomas Berg; Lee Okafor\nApologies: Mina Sato\n',
      'Chairs: Ana Ruiz, Lee Okafor\nNote taker: Tomas Berg\n',
    );
    const record = recordOf(roles, 'harbour.md');
    assert.equal(record.attendance.length, 3);
    const score = scoreDocument(record, { ...TRUTH, present: null });
    assert.equal(score.fields.present.got, 'none');
    assert.equal(score.fields.present.exact, true);
    // One person listed without a role makes it a list of those present again.
    const listed = scoreDocument(
      recordOf(roles.replace('Note taker: Tomas Berg', 'Present: Tomas Berg'), 'harbour.md'),
      TRUTH,
    );
    assert.equal(listed.fields.present.got, '3');
  });

  it('counts a record with nothing in it right only where the truth is empty', () => {
    const score = scoreDocument(null, { ...TRUTH, regrets: null, actions: 0, actionOwners: [] });
    assert.equal(score.fields.date.exact, false);
    assert.equal(score.fields.present.exact, false);
    assert.equal(score.fields.regrets.exact && score.fields.regrets.emptyRight, true);
    assert.equal(score.fields.actions.exact && score.fields.actions.emptyRight, true);
    const tally = emptyTally();
    add(tally, score, true, false);
    assert.equal(tally.crashes, 1);
    assert.equal(tally.hard.present, 1);
    assert.equal(tally.hardExact.present, 0);
    assert.equal(tally.exact.regrets, 1);
    assert.equal(tally.hard.regrets, 0);
  });

  it('takes a count off by one as within one, and an outcome on an agenda as invented', () => {
    const record = recordOf(SUMMARY, 'harbour.md');
    const score = scoreDocument(record, { ...TRUTH, present: 4, topics: [4, 5], negative: true });
    assert.equal(score.fields.present.exact, false);
    assert.equal(score.fields.present.withinOne, true);
    assert.equal(score.fields.topics.withinOne, false);
    assert.ok(score.invented >= 2, `${score.invented} invented`);
  });

  it('finds a pull request however it is cited, and a standard with or without a space', () => {
    const record = recordOf(
      `# Harbour Tools Working Group

Meeting of 4 March 2025

## Reviews

- PR 315 was merged; RFC 9110 applies.
`,
      'tools.md',
    );
    const found = (documents: string[]) => scoreDocument(record, { ...TRUTH, documents }).documentsFound;
    assert.equal(found(['#315', 'harbour/tools#315', 'https://github.com/harbour/tools/pull/315/files']), 3);
    assert.equal(found(['RFC9110', 'RFC 9110']), 2);
    assert.equal(found(['#31', 'PR 3150', 'RFC 911']), 0);
  });

  it('compares owners as people: a joint owner is each of them', () => {
    const record = recordOf(
      `# Harbour Trust Board

Meeting of 4 March 2025

## Budget

- Ana Ruiz and Tomas Berg will publish the budget by 31 March 2025.
`,
      'joint.md',
    );
    const owners = (actionOwners: string[]) =>
      scoreDocument(record, { ...TRUTH, actionOwners }).fields.owners.exact;
    assert.equal(owners(['Ana Ruiz', 'Tomas Berg']), true);
    assert.equal(owners(['Ana Ruiz & Tomas Berg']), true);
    assert.equal(owners(['Ana Ruiz']), false);
  });
});
