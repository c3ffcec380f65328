import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyDocumentSteps, parseDocumentFlow, type DocumentStep } from './documents.js';
import type { DocumentState } from './record.js';

const steps = (...given: Array<DocumentState | null>): DocumentStep[] =>
  given.map((g, i) => ({ meetingId: `b/2025-0${i + 1}-01`, date: `2025-0${i + 1}-01`, given: g }));

describe('a document’s state across meetings', () => {
  it('moves forward as outcomes say, skipping steps the record does not mention', () => {
    const { steps: applied, state } = applyDocumentSteps(steps('draft', null, 'endorsed', 'published'));
    assert.equal(state, 'published');
    assert.deepEqual(
      applied.map((s) => [s.state, s.moved, s.flag]),
      [
        ['draft', true, null],
        ['draft', false, null],
        ['endorsed', true, null],
        ['published', true, null],
      ],
    );
  });

  it('takes a planned document as made once the action that makes it is done', () => {
    const planned = steps('planned');
    assert.equal(applyDocumentSteps(planned).state, 'planned');
    const made = [{ ...planned[0]!, produced: true }];
    assert.equal(applyDocumentSteps(made).state, 'draft');
    // The state after "planned" in the body's own flow.
    const flow = parseDocumentFlow('planned, endorsed, published');
    assert.ok('flow' in flow);
    assert.equal(applyDocumentSteps(made, flow.flow).state, 'endorsed');
    // A later meeting's word still counts.
    assert.equal(applyDocumentSteps([...made, ...steps(null, 'published').slice(1)]).state, 'published');
  });

  it('flags a step backwards and does not apply it', () => {
    const { steps: applied, state } = applyDocumentSteps(steps('draft', 'endorsed', 'draft'));
    assert.equal(state, 'endorsed');
    assert.deepEqual(applied[2]!.flag, { code: 'backwards', from: 'endorsed', to: 'draft' });
    assert.equal(applied[2]!.state, 'endorsed');
  });

  it('follows a body’s own flow, flagging states it does not have', () => {
    const flow = parseDocumentFlow('draft → published → endorsed');
    assert.ok('flow' in flow);
    const { steps: applied, state } = applyDocumentSteps(
      steps('draft', 'under review', 'published', 'endorsed'),
      flow.flow,
    );
    assert.equal(state, 'endorsed');
    assert.deepEqual(applied[1]!.flag, { code: 'not-in-flow', to: 'under review' });
  });

  it('reads a flow as written and says what is wrong with a bad one', () => {
    assert.deepEqual(parseDocumentFlow('Draft, Endorsed, Published'), {
      flow: ['draft', 'endorsed', 'published'],
    });
    assert.match(
      (parseDocumentFlow('draft, approved') as { error: string }).error,
      /"approved" is not a document state/,
    );
    assert.match((parseDocumentFlow('draft, draft') as { error: string }).error, /named twice/);
    assert.match((parseDocumentFlow('draft') as { error: string }).error, /at least two/);
  });
});
