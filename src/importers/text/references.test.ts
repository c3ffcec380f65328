import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyOf } from '../../domain/text.js';
import { numberedReferences, referenceKey } from './references.js';
import { recordOf } from '../../../test/support/example.js';

describe('documents named by number', () => {
  it('cites issues, pull requests, standards, drafts, UN symbols and annexes as minutes do', () => {
    assert.deepEqual(
      numberedReferences(
        'Merged https://github.com/harbour/charts/pull/42 and harbour/tides#7; PR 1234 waits on #981 and issue 12.',
      ),
      ['harbour/charts#42', 'harbour/tides#7', 'PR 1234', '#981', 'issue 12'],
    );
    assert.deepEqual(numberedReferences('Compare RFC 9110, BIP-70, PEP 8 and draft-ietf-tide-gauge-03.'), [
      'RFC 9110',
      'BIP 70',
      'PEP 8',
      'draft-ietf-tide-gauge-03',
    ]);
    assert.deepEqual(
      numberedReferences('Recalling A/RES/70/125 and E/CN.16/2024/2, see Annex 2 and Appendix B.'),
      ['A/RES/70/125', 'E/CN.16/2024/2', 'Annex 2', 'Appendix B'],
    );
  });

  it('takes no item number, time, heading or address for a document', () => {
    assert.deepEqual(
      numberedReferences(
        'Item #1 at 10:30; see https://example.org/a/b/12 and Annex – Attendance, 2 of 3 members.',
      ),
      [],
    );
  });

  it('counts one pull request once, however the minutes cite it', () => {
    assert.equal(referenceKey('#315', keyOf), referenceKey('harbour/charts#315', keyOf));
    assert.equal(referenceKey('PR 315', keyOf), referenceKey('#315', keyOf));
    assert.notEqual(referenceKey('RFC 315', keyOf), referenceKey('#315', keyOf));
    const record = recordOf(
      `# Harbour Charts Steering Committee

Meeting of 3 June 2025

Present: Ana Ruiz, Tomas Berg

## Pull requests

- harbour/charts#315: the committee agreed to merge PR 315.
- Tomas Berg will review #316 by 10 June 2025.
`,
      'charts.md',
    );
    assert.deepEqual(
      record.documents.map((d) => d.title),
      ['harbour/charts#315', '#316'],
    );
  });
});
