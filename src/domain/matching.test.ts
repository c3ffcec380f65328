import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameLikeness, PROPOSAL_THRESHOLD, sameBodyLikely, titleLikeness } from './matching.js';

describe('one person, many spellings', () => {
  it('proposes short forms, initials, middle names and honorifics', () => {
    for (const [a, b] of [
      ['Vint Cerf', 'Vinton G. Cerf'],
      ['Vint Cerf', 'V. Cerf'],
      ['Maria Fernanda Garza', 'M. F. Garza'],
      ['Maria Fernanda Garza', 'Maria F. Garza'],
      ['Toomas Hendrik Ilves', 'Toomas Ilves'],
      ['Dr. Vint Cerf', 'Vint Cerf'],
    ] as const) {
      const score = nameLikeness(a, b);
      assert.ok(score >= PROPOSAL_THRESHOLD && score < 1, `${a} / ${b}: ${score}`);
      assert.equal(nameLikeness(b, a), score, 'the same both ways');
    }
  });

  it('ranks a middle name left out above an initial', () => {
    assert.ok(nameLikeness('Toomas Hendrik Ilves', 'Toomas Ilves') > nameLikeness('Vint Cerf', 'V. Cerf'));
  });

  it('does not propose different people, nor spellings that are already one key', () => {
    for (const [a, b] of [
      ['Lise Fuhr', 'Lan Xue'],
      ['Carol Roach', 'Carl Roach'],
      ['Maria Garza', 'Mario Garza'],
      ['Vint Cerf', 'Vint Kerf'],
      ['Maria Fernanda Garza', 'Maria Luisa Garza'],
      ['Céline Bal', 'Celine Bal'],
      ['‘Gbenga Sesan', 'Gbenga Sesan'],
    ] as const)
      assert.equal(nameLikeness(a, b), 0, `${a} / ${b}`);
  });
});

describe('one document, several titles', () => {
  it('proposes titles that differ by articles, state words and a prefix', () => {
    assert.ok(titleLikeness('the IGF LP Approach to WSIS+20', 'LP Approach to WSIS+20 (draft)') >= 0.85);
    assert.ok(
      titleLikeness(
        'Draft Recommendations on Making Use of the IWW',
        'Recommendations on Making Use of the IWW',
      ) >= 0.95,
    );
  });

  it('does not propose documents that share only the body’s acronym', () => {
    assert.ok(titleLikeness('IGF LP Strategic Outlook', 'IGF LP Approach to WSIS+20') < PROPOSAL_THRESHOLD);
    assert.equal(titleLikeness('Vision of the IGF Beyond 2025', 'IGF LP Strategic Outlook'), 0);
    assert.equal(titleLikeness('Annual Report', 'annual report'), 0);
  });
});

describe('one body written several ways', () => {
  it('proposes the same body in capitals, with its organisation before it, or as its acronym', () => {
    const known = 'Dynamic Coalition Coordination Group';
    assert.ok(sameBodyLikely('IGF DYNAMIC COALITION COORDINATION GROUP', known));
    assert.ok(sameBodyLikely('DYNAMIC COALITION COORDINATION GROUP', known));
    assert.ok(sameBodyLikely('DCCG', known));
    assert.ok(sameBodyLikely('IGF Dynamic Coalition Coordination Group', 'DCCG'));
    assert.ok(sameBodyLikely('The Harbour Board', 'Harbour Board'));
    assert.ok(sameBodyLikely('INTERNET GOVERNANCE FORUM LEADERSHIP PANEL', 'IGF Leadership Panel'));
  });

  it('does not propose another body of the same organisation', () => {
    assert.ok(!sameBodyLikely('IGF Leadership Panel', 'IGF Multistakeholder Advisory Group'));
    assert.ok(!sameBodyLikely('Finance Committee', 'Audit Committee'));
    assert.ok(!sameBodyLikely('Board', 'Harbour Foundation Board of Directors'));
    assert.ok(!sameBodyLikely('Harbour Board', 'Harbour Board Finance Working Group Subcommittee'));
  });
});
