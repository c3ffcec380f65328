import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedDocuments } from './documents.js';

const states = (text: string, acts: boolean) =>
  namedDocuments(text, 'Ocean Panel', acts).map((d) => `${d.title}: ${d.state}`);

describe('what an outcome does to the documents it names', () => {
  it('gives the state its verb names when it records what was done', () => {
    assert.deepEqual(states('The Panel endorsed the draft “Coastal Outlook”.', true), [
      'Coastal Outlook: endorsed',
    ]);
    assert.deepEqual(states('The Panel circulated its “Coastal Outlook” for comment.', true), [
      'Coastal Outlook: under review',
    ]);
    assert.deepEqual(states('The “Coastal Outlook” was published on 3 May.', true), [
      'Coastal Outlook: published',
    ]);
    assert.deepEqual(states('Members adopted the final “Reef Charter”.', true), ['Reef Charter: endorsed']);
    assert.deepEqual(states('The “Reef Charter” has been finalised.', true), ['Reef Charter: finalized']);
    // A resolution quoted whole is what was decided, not a document's title.
    assert.deepEqual(
      states(
        'It was moved that: "The Board of Trustees approves the Minutes of the 28 January 2019 Meeting, as written."',
        true,
      ),
      [],
    );
  });

  it('leaves the state to the adjective when the verb acts on something else, or only announces', () => {
    assert.deepEqual(
      states('The Panel endorsed the timeline, as outlined in its draft “Coastal Outlook”.', true),
      ['Coastal Outlook: draft'],
    );
    assert.deepEqual(states('The “Reef Charter” will be finalized by June.', false), ['Reef Charter: null']);
    assert.deepEqual(states('The Panel endorsed the draft “Coastal Outlook”.', false), [
      'Coastal Outlook: draft',
    ]);
  });

  it('takes one word in quotes for a word set apart, not a title', () => {
    assert.deepEqual(
      states('Proposed to start with "STD-", and to make the request “Sticky” as "123456".', true),
      [],
    );
  });

  it('lists no document the meeting only plans, named by a generic phrase', () => {
    // The phrase stays in the outcome's text: the register lists titled documents only.
    assert.deepEqual(states('The Panel agreed to develop a two-page document on its role.', false), []);
    assert.deepEqual(states('The Secretariat will prepare a short report for members.', false), []);
    assert.deepEqual(states('The Panel will draft a position paper titled “Reef Futures”.', false), [
      'Reef Futures: null',
    ]);
  });
});
