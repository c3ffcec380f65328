import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { highlight, parseSearchQuery } from './search.js';

describe('search queries', () => {
  it('reads words, phrases, exclusions and OR, folded like the index', () => {
    assert.deepEqual(parseSearchQuery('Céline "two-page document" -Riyadh OR WSIS+20').any, [
      [
        { words: ['celine'], negated: false },
        { words: ['two', 'page', 'document'], negated: false },
        { words: ['riyadh'], negated: true },
      ],
      [{ words: ['wsis', '20'], negated: false }],
    ]);
  });

  it('has nothing to look for in an empty or operator-only query', () => {
    for (const text of ['', '   ', 'OR', '-x', '""', '*** ///'])
      assert.deepEqual(parseSearchQuery(text).any, [], text);
  });

  it('marks the words that match, and the words they stem from', () => {
    const fragments = highlight(
      'The document will be finalized and endorsed.',
      parseSearchQuery('finalize documents'),
    );
    assert.deepEqual(
      fragments.filter((f) => f.match).map((f) => f.text),
      ['document', 'finalized'],
    );
    assert.equal(fragments.map((f) => f.text).join(''), 'The document will be finalized and endorsed.');
  });

  it('cuts a long text around its first match', () => {
    const text = `${'a '.repeat(300)}Riyadh ${'b '.repeat(300)}`;
    const fragments = highlight(text, parseSearchQuery('riyadh'), 100);
    const shown = fragments.map((f) => f.text).join('');
    assert.ok(shown.startsWith('… ') && shown.endsWith(' …') && shown.length < 120);
    assert.ok(fragments.some((f) => f.match && f.text === 'Riyadh'));
  });
});
