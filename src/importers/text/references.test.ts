import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentKey } from '../../domain/text.js';
import { documentAddresses, numberedReferences, titledLinks, titledPhrases } from './references.js';
import { recordOf } from '../../../test/support/example.js';

describe('documents named by number', () => {
  it('cites issues, pull requests, standards, drafts, UN symbols and annexes as minutes do', () => {
    assert.deepEqual(
      numberedReferences(
        'Merged https://github.com/harbour/charts/pull/42 and harbour/tides#7; PR 1234 waits on #981 and issue 12.',
      ),
      ['harbour/charts#42', 'harbour/tides#7', 'PR 1234', '#981', 'issue 12'],
    );
    assert.deepEqual(numberedReferences('Reverted pull request 77 and Pull Request #78.'), [
      'pull request 77',
      'Pull Request 78',
    ]);
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
    // A line with no digit and no "#" still names its annexes by letter or numeral.
    assert.deepEqual(numberedReferences('The budget is set out in Appendix B and Annex IV.'), [
      'Appendix B',
      'Annex IV',
    ]);
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
    assert.equal(documentKey('#315'), documentKey('harbour/charts#315'));
    assert.equal(documentKey('PR 315'), documentKey('#315'));
    assert.notEqual(documentKey('RFC 315'), documentKey('#315'));
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

  it('cites numbered proposals but no cipher, encoding or disease', () => {
    assert.deepEqual(
      numberedReferences('Read up on DEP-010 and SCP-027; SHA-256, UTF-8 and COVID-19 are not.'),
      ['DEP-010', 'SCP-027'],
    );
  });
});

describe('documents named by title without quotes', () => {
  it('takes a particular phrase ending in a kind of document', () => {
    assert.deepEqual(
      titledPhrases('The day produced a Mission Statement and a Strategic Plan for 2026-2027.'),
      ['Mission Statement', 'Strategic Plan for 2026-2027'],
    );
    assert.deepEqual(titledPhrases('Review Q3 financial report'), ['Q3 financial report']);
    // A number of them is a count, not a title.
    assert.deepEqual(titledPhrases('A total of 610 proposals were received.'), []);
    assert.deepEqual(titledPhrases('The Council read 3 reports.'), []);
    // The parts of a meeting's agenda are no documents.
    assert.deepEqual(titledPhrases('1. Consent Agenda'), []);
    assert.deepEqual(titledPhrases('2. Main Agenda:'), []);
    assert.deepEqual(titledPhrases('Ana to update the Harbour bylaws on the website'), ['Harbour bylaws']);
    assert.deepEqual(titledPhrases('Harbour Ordinance 2026-1 was adopted.'), ['Harbour Ordinance 2026-1']);
    assert.deepEqual(titledPhrases('The board approved 2026 Budget (see the wiki).'), ['2026 Budget']);
    assert.deepEqual(titledPhrases('Adopt Bylaws'), ['Bylaws']);
    assert.deepEqual(titledPhrases('OSS SSC Framework ratified; the Harbour Core Metadata Profile'), [
      'OSS SSC Framework',
      'Harbour Core Metadata Profile',
    ]);
    assert.deepEqual(titledPhrases('See the W3C Code of Ethics and Professional Conduct:'), [
      'W3C Code of Ethics and Professional Conduct',
    ]);
  });

  it('takes no generic phrase, time, verb or heading for a title', () => {
    for (const text of [
      'Approval of the minutes of the previous meeting',
      'The board discussed a short report and the annual budget.',
      'Budget report was accepted.',
      'We ended early after 25 minutes.',
      'Meeting Minutes',
      'Tomas Berg reports that the pier is closed.',
      'Members reaffirmed the IWW framework as a guiding text.',
      'Side note for Ana: please note the date.',
      'The WG approved the guidelines as a Working Group Note.',
      'The group will plan the next step.',
      '5.1 MINUTES OF THE HARBOUR COUNCIL MEETING',
    ])
      assert.deepEqual(titledPhrases(text), [], text);
  });

  it('takes the title of a link to a document, not to a person or a time', () => {
    assert.deepEqual(
      titledLinks(
        '* [Pier Project Proposal](https://github.com/harbour/hip/pull/17) by [Ana Ruiz](https://github.com/ana) at [21:00 UTC](https://time.example/) — [here](https://x.example/a.pdf)',
      ),
      ['Pier Project Proposal'],
    );
  });

  it('takes the items under "WG Documents" and "Proposed WG Documents" for the drafts they lead with', () => {
    const record = recordOf(
      `# Lantern Working Group, 6 November 2025

## WG Documents - Status Update

- Lantern-Template Header Field Submitted
- Lantern Details Waiting for announcement
  - Nothing more to say on this one.
- Lantern Media Type Submitted; hand-off being decided
- Deprecated lantern types were never registered, should be documented

## WG Document Presentations

- The Idempotency-Key Lantern Field
One open issue, #21, about structured fields.

## Proposed WG Documents

- Link relationship types for lanterns; Ana Ruiz
  Common to use the registry as a vocabulary.

## Any Other Business

- Reviewed the milestones.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.documents.map((d) => d.title),
      [
        '#21',
        'Lantern-Template Header Field',
        'Lantern Details',
        'Lantern Media Type',
        'The Idempotency-Key Lantern Field',
        'Link relationship types for lanterns',
      ],
    );
  });

  it('takes the bare address of a shared document or a file, not of a page', () => {
    assert.deepEqual(
      documentAddresses(
        'Slides: https://docs.google.com/presentation/d/1AbC-x9/edit, report https://harbour.example/q3-2025.pdf. Home: https://harbour.example/about and [Q4](https://harbour.example/q4.pdf)',
      ),
      ['https://docs.google.com/presentation/d/1AbC-x9/edit', 'https://harbour.example/q3-2025.pdf'],
    );
    // A ticket of an issue tracker, whatever its host, is a numbered document.
    assert.deepEqual(
      documentAddresses(
        'See https://bugs.harbour.example/issues/7854#change-45471 and https://tracker.example/show_bug.cgi?id=1234; project page https://bugs.harbour.example/projects/ruby; https://github.com/harbour/site/issues/12 is cited by number',
      ),
      [
        'https://bugs.harbour.example/issues/7854#change-45471',
        'https://tracker.example/show_bug.cgi?id=1234',
      ],
    );
  });

  it('cites an issue of a Redmine tracker by its kind and number', () => {
    assert.deepEqual(numberedReferences('- [Feature #10200] Symbol API (ko1); see Bug #9880 and #10201'), [
      'Feature #10200',
      'Bug #9880',
      '#10201',
    ]);
  });

  it('cites an Internet-Draft without a number and a meeting’s material by its name', () => {
    assert.deepEqual(
      numberedReferences(
        '    draft-ietf-harbour-tide-tables, Ana Ruiz; see slides-123-harbour-chairs-slides',
      ),
      ['draft-ietf-harbour-tide-tables', 'slides-123-harbour-chairs-slides'],
    );
  });

  it('cites bills and a senate’s acts by their numbers', () => {
    assert.deepEqual(
      numberedReferences(
        'The senate passed 12 L.S.A. 4.2 and 12 L.S.A 5.1; see H.R. 1234 and S.B. 77, not 3 p.m. today.',
      ),
      ['12 L.S.A. 4.2', '12 L.S.A 5.1', 'H.R. 1234', 'S.B. 77'],
    );
  });

  it('cites merge requests, agency publications and planning applications by number', () => {
    assert.deepEqual(
      numberedReferences('See merge request !12, WMO-No. 1127 and application 20/00572/F; not 12/2025.'),
      ['merge request !12', 'WMO-No. 1127', '20/00572/F'],
    );
    assert.deepEqual(numberedReferences('Resolution #01-20 was adopted; see BUILDING.md, not notes.md.'), [
      'Resolution #01-20',
      'BUILDING.md',
    ]);
  });
});

describe('documents of UNESCO and of pages that list their documents by language', () => {
  it('cites symbols with a space or a revision, Executive Board documents and committee decisions', () => {
    assert.deepEqual(
      numberedReferences(
        'Agenda and timetable (LHE/23/EXP ART18/1 Rev.2) and the report (LHE/23/EXP ART18/4).',
      ),
      ['LHE/23/EXP ART18/1 Rev.2', 'LHE/23/EXP ART18/4'],
    );
    assert.deepEqual(
      numberedReferences(
        "Following the Executive Board's decisions (189 EX/16 et 190 EX/37), the group met.",
      ),
      ['189 EX/16', '190 EX/37'],
    );
    assert.deepEqual(
      numberedReferences('As established by the Committee (Decision 17.COM 10) and 16.COM 2.BUR 4.'),
      ['17.COM 10', '16.COM 2.BUR 4'],
    );
    assert.deepEqual(
      numberedReferences('See FCCC/CP/2021/12/Add.1 and S/2020/1; A/V equipment was booked.'),
      ['FCCC/CP/2021/12/Add.1', 'S/2020/1'],
    );
  });

  it('takes each title a page offers in its languages, and "the 2003 Convention", for documents', () => {
    const record = recordOf(
      `# Expert meeting on heritage, 24 April 2023

## Reflection

Twenty experts reflected on the implementation of the 2003 Convention.

## Documents

Presentation by Secretariat: English|French
Breakout Group A Report - Topic 1: English|French
`,
      'meeting.md',
    );
    const titles = record.documents.map((d) => d.title);
    for (const title of [
      '2003 Convention',
      'Presentation by Secretariat',
      'Breakout Group A Report - Topic 1',
    ])
      assert.ok(titles.includes(title), `${title} in ${titles.join(' | ')}`);
  });
});

describe('documents linked by the kind of file they are', () => {
  it('takes the words before "[.pdf](…)" or "[.docx v0.4](…)" for the document’s title', () => {
    const record = recordOf(
      `# Harbour Expert Team meeting, 1-3 October 2019

## Final report [.pdf](harbour_final_report.pdf)

## Documents

* doc_1.1_participants (Ruiz) [.docx v0.4](Doc_1.1_participants_v0.4.docx)
* Tide tables for 2020: [PDF](tides-2020.pdf)
* The agenda was shared [here](agenda.html)
`,
      'meeting.md',
    );
    const titles = record.documents.map((d) => d.title);
    for (const title of ['Final report', 'doc_1.1_participants (Ruiz)', 'Tide tables for 2020'])
      assert.ok(titles.includes(title), `${title} in ${titles.join(' | ')}`);
    // In a list of documents, each item is one, without what kind of file its link is, and once.
    assert.ok(!titles.some((t) => /\b(?:PDF|docx)\b/.test(t)), titles.join(' | '));
    assert.equal(titles.filter((t) => t.startsWith('doc_1.1')).length, 1, titles.join(' | '));
  });
});

describe('a title in brackets after the kind of document', () => {
  it('takes "Draft Special Report [Title: Subtitle]" for the title in brackets, and a checkbox for none', () => {
    assert.deepEqual(
      titledPhrases(
        'Draft Special Report [Connecting the Harbour with the Public: the Commission’s Response], proposed by the Chairman, read and agreed to.',
      ),
      ['Connecting the Harbour with the Public: the Commission’s Response'],
    );
    assert.deepEqual(titledPhrases('Annual report [x] done'), []);
  });
});

describe('documents and motions by their code', () => {
  it('cites "BV_20160911_A" and "doc_1.1_participants", not a nickname or a file’s name', () => {
    assert.deepEqual(numberedReferences('Vote on the motion BV_20160911_A: carried.'), ['BV_20160911_A']);
    assert.deepEqual(
      numberedReferences('* doc_1.1_participants (Ruiz) [.docx](Doc_1.1_participants_v0.4.docx)'),
      ['doc_1.1_participants'],
    );
    assert.deepEqual(numberedReferences('jane_2 and ana_ruiz agreed.'), []);
  });
});
