import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodySlug, fold, isSpaceCode, keyOf, pieceCount, squash } from './text.js';

describe('text rules', () => {
  it('folds case, diacritics and quotes for comparison and search', () => {
    assert.equal(fold('‘Gbenga Céline ÖZ'), 'gbenga celine oz');
    assert.equal(keyOf('  Draft “Recommendations” — on IWW! '), 'draft recommendations on iww');
  });

  it('gives every text the key its definition gives: folded, words kept, one space between', () => {
    const texts = [
      "Don't stop",
      "Côte d'Ivoire",
      "the Panel’s don't",
      'WSIS+20 — “IGF LP Approach to WSIS+20”.',
      '  a--b  c ',
      '‘Gbenga Sesan',
      'Céline Bal',
      'İstanbul Kelvin \u212A',
      'Ωmega 12 and 東京',
      '«Plan» ‟B‟ ″x″ ´y´ `z`',
      '',
      '...',
      // Longer than any key made before it, and made after a longer one.
      `${"The Panel's “draft”, agreed. ".repeat(300)}end`,
      'Short again',
    ];
    for (const text of texts) {
      // Plain ASCII text loses its apostrophes; elsewhere they separate words, as fold leaves them.
      // eslint-disable-next-line no-control-regex -- every ASCII character
      const defined = fold(/^[\x00-\x7f]*$/.test(text) ? text.replace(/'/g, '') : text)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      assert.equal(keyOf(text), defined, text);
    }
  });

  it('knows white space by its character code as \\s does', () => {
    for (let c = 0; c <= 0xffff; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `${c}`);
  });

  it('counts the pieces a split at white space gives, up to a limit', () => {
    for (const text of [
      '',
      'one',
      'two words',
      ' lead',
      'trail ',
      'a \t b\u00a0c\u3000d',
      '  ',
      'x  y  z',
      'a\u1680b\u2028c\u2029d\u202fe\u205ff\ufeffg\u200ah’i',
    ]) {
      assert.equal(pieceCount(text), text.split(/\s+/).length, JSON.stringify(text));
    }
    assert.equal(pieceCount('a b c d e f', 3), 4);
  });

  it('collapses every run of white space to one space', () => {
    const spaces = ['\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029'];
    for (const space of [...spaces, '\u202f', '\u205f', '\u3000', '\ufeff', ' ', '  ', ` ${'\t'}`]) {
      for (const text of [`a${space}b`, `${space}a b${space}`, `a ${space} b`, 'plain words only']) {
        assert.equal(squash(text), text.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
      }
    }
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
