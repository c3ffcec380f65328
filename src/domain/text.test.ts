import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodySlug, fold, keyOf } from './text.js';

describe('text rules', () => {
  it('folds case, diacritics and quotes for comparison and search', () => {
    assert.equal(fold('‘Gbenga Céline ÖZ'), 'gbenga celine oz');
    assert.equal(keyOf('  Draft “Recommendations” — on IWW! '), 'draft recommendations on iww');
  });

  it('names bodies the way they abbreviate themselves', () => {
    assert.equal(bodySlug('IGF Leadership Panel'), 'igf-lp');
    assert.equal(bodySlug('ICANN Board'), 'icann-board');
    assert.equal(bodySlug('Multistakeholder Advisory Group'), 'mag');
    assert.equal(bodySlug('W3C Technical Architecture Group'), 'w3c-tag');
    assert.equal(bodySlug('Internet Governance Forum (IGF) Leadership Panel'), 'igf-lp');
    assert.equal(bodySlug('Conseil d’État'), 'ce');
    assert.equal(bodySlug('!!!'), 'body');
  });
});
