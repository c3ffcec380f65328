// Topics are the top level of the agenda: a sub-item belongs to its parent. Fixtures written
// here, after the shapes found in real minutes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MeetingRecord } from '../../domain/record.js';
import { recordOf } from '../../../test/support/example.js';

const topicsOf = (text: string) => recordOf(text, 'minutes.md').topics.map((t) => t.title);

describe('topics at the top level of the agenda', () => {
  it('keeps a deeper heading inside the topic above it', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

## Finances

### Balance

The balance stands at 2,400.

## New business

### Grant requests

- The Board approved the grant to the reading circle.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.length]),
      [
        ['Finances', 1],
        ['New business', 1],
      ],
    );
  });

  it('keeps "2.1" inside "2." but takes "7.1" without a "7." as an item of its own', () => {
    assert.deepEqual(
      topicsOf(`# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

## 1. Minutes

- The minutes were approved.

## 2. Governance

- The Board approved the checklist.

### 2.1 Elections

- Ana Ruiz will run the election.

Item 7.1 Play area

- RESOLVED that the quotation be accepted.
`),
      ['Minutes', 'Governance', 'Play area'],
    );
  });

  it('keeps what stands before the first topic and decides nothing as the preamble, not a topic', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

The board met in the reading room. It was the first meeting of the new term.

Call: https://meet.example/lantern

## Finances

The board approved the accounts.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Finances'],
    );
    assert.match(record.meeting.purpose ?? '', /first meeting of the new term[\s\S]*meet\.example/);
    // A decision before the first heading is under no item: its topic has no title.
    assert.deepEqual(
      topicsOf(`# Lantern Society Board meeting, 12 May 2025

Call: https://meet.example/lantern

- The board approved the minutes of April.

## Finances

The balance stands at 2,400.
`),
      [null, 'Finances'],
    );
  });

  it('keeps outcomes of a generic section that names no item under no title, one group for adjacent sections', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

## 1. Finances

The balance stands at 2,400.

## 2. Reading circle

The circle meets on Thursdays.

## Decisions

- Keep the membership fee at 20 a year.

## Action Items

- Ana Ruiz to renew the hall booking by 1 June.

## Next meeting

- The next meeting is on 9 June.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => o.kind)]),
      [
        ['Finances', ['note']],
        ['Reading circle', ['note']],
        [null, ['decision', 'action']],
        ['Next meeting', ['note']],
      ],
    );
  });

  it('reads a name heading under the action items as the owner of the actions listed below it', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

## 1. Finances

The balance stands at 2,400.

## 2. Action items

### Ana Ruiz

* Book the hall for June
* E-mail Tomas to confirm the date

### All Members

* Read the draft budget before the next meeting
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Finances', 'Action items'],
    );
    assert.deepEqual(
      record.topics[1]!.outcomes.map((o) => [o.kind, o.owner]),
      [
        ['action', 'Ana Ruiz'],
        ['action', 'Ana Ruiz'],
        ['action', 'All Members'],
      ],
    );
  });

  it('counts only the listed actions where the minutes list them, not the discussion that told them first', () => {
    const text = (list: string) => `# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

## 1. Hall

The hall is booked until June. Ana agreed to ask the council for a longer lease. Tomas will check the insurance.
${list}`;
    const kinds = (record: MeetingRecord) =>
      record.topics.flatMap((t) =>
        t.outcomes.filter((o) => o.kind === 'action').map((o) => [o.text, o.owner]),
      );
    assert.deepEqual(
      kinds(
        recordOf(
          text(`
## 2. Action items

- Ana Ruiz to ask the council for a longer lease
- Tomas Berg to check the insurance
`),
          'minutes.md',
        ),
      ),
      [
        ['Ana Ruiz to ask the council for a longer lease', 'Ana Ruiz'],
        ['Tomas Berg to check the insurance', 'Tomas Berg'],
      ],
    );
    // Without a list, what the discussion assigns is the record's actions.
    assert.equal(kinds(recordOf(text(''), 'minutes.md')).length, 2);
  });

  it('reads an AsciiDoc table of actions, one cell to a line, with its columns from the attribute line', () => {
    const record = recordOf(
      `= Lantern Society Board meeting, 12 May 2025

== Attendees

* Ana Ruiz
* Tomas Berg

== Action Items

[cols="3,2,1"]
|===
| Action | Owner | Due Date

| Renew the hall booking for the
autumn term
| Ana Ruiz
| 1 June 2025

| https://example.org/issues/7[Compare the two insurance offers] | Tomas Berg | TBD
|===
`,
      'minutes.adoc',
    );
    const actions = record.topics.flatMap((t) => t.outcomes);
    assert.deepEqual(
      actions.map((o) => [o.kind, o.text, o.owner, o.due]),
      [
        ['action', 'Renew the hall booking for the autumn term', 'Ana Ruiz', '2025-06-01'],
        ['action', 'Compare the two insurance offers', 'Tomas Berg', null],
      ],
    );
  });

  it('opens a topic at each "ITEM:" line, under a heading that only says items were discussed', () => {
    assert.deepEqual(
      topicsOf(`Summary of the 12 May 2025 meeting of the Lantern Society Board

Present: Ana Ruiz, Tomas Berg

Items discussed

ITEM: hall booking
The hall is booked until June.
ACTION: Ana to ask for a longer lease

ITEM: insurance
Two offers arrived.
`),
      ['hall booking', 'insurance'],
    );
  });

  it('takes the agenda’s items as the topics of minutes that title none of their own', () => {
    assert.deepEqual(
      topicsOf(`# Lantern Society Board meeting, 12 May 2025

## Present
* Ana Ruiz
* Tomas Berg

## Agenda
* Announcements
* Hall booking
    * Lease for the autumn
* Insurance

## Minutes
`),
      ['Announcements', 'Hall booking', 'Insurance'],
    );
  });

  it('keeps the actions of each topic’s own list where a closing section lists more', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

### Hall
- The lease ends in June. Ana agreed to ask for a longer one.

Action items:

- Ana will ask the council for a longer lease.

## Next steps
- Tomas to draft the autumn programme.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.filter((o) => o.kind === 'action').map((o) => o.text)),
      ['Ana will ask the council for a longer lease.', 'Tomas to draft the autumn programme.'],
    );
  });

  it('reads each item under a heading that says they were approved as a decision', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

## Grants approved

- Reading circle: 300
- Youth choir: 450

## New members accepted

- Lee Okafor

## Grant requests received

- Chess club: 200
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => o.kind)]),
      [
        ['Grants approved', ['decision', 'decision']],
        ['New members accepted', ['decision']],
        ['Grant requests received', ['note']],
      ],
    );
  });

  it('reads the items after a sentence that ends "Agreed:" as decisions, under a topic or the agenda', () => {
    const read = (text: string) =>
      recordOf(text, 'minutes.md').topics.map((t) => [t.title, t.outcomes.map((o) => o.kind)]);
    const items = `
* Renew the hall lease for a year.
* Move the summer meeting to July.
`;
    assert.deepEqual(
      read(`# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

## Hall

The lease ends in June. It was agreed that:
${items}`),
      [['Hall', ['note', 'decision', 'decision']]],
    );
    assert.deepEqual(
      read(`# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

## Agenda

Review the hall lease and the summer meeting. Agreed:
${items}`),
      [['Review the hall lease and the summer meeting', ['decision', 'decision']]],
    );
  });

  it('reads "The actions from this discussion were as follows:" as the kind of the items below, not a topic', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

Two members of the reading circle presented a plan for a summer fair.

The actions from this discussion were as follows:

* Ana: Follow up with the council on the use of the square
* Tomas: Gather quotes for the tents
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      [null],
    );
    assert.deepEqual(
      record.topics[0]!.outcomes.map((o) => [o.kind, o.owner]),
      [
        ['note', null],
        ['action', 'Ana'],
        ['action', 'Tomas'],
      ],
    );
  });

  it('reads "The following action points were noted:" over items led by "[Name]" as their tasks', () => {
    const record = recordOf(
      `# Meeting minutes - Harbour Review Committee - 2024-02-09

## Building model

The committee accepted the Building model.

## ACTIONS

The following action points were noted:
- [Marc] update the status of the Building model on the site
- [Ivy] send the documents to the members
- [Marc] check the next steps for the Best documentation
`,
      'minutes.md',
    );
    const actions = record.topics.flatMap((t) => t.outcomes).filter((o) => o.kind === 'action');
    assert.deepEqual(
      actions.map((o) => [o.owner, o.text]),
      [
        ['Marc', 'update the status of the Building model on the site'],
        ['Ivy', 'send the documents to the members'],
        ['Marc', 'check the next steps for the Best documentation'],
      ],
    );
  });

  it('reads the orders of business under "Business" as the topics', () => {
    const record = recordOf(
      `Board Vote 2016-09-11 Minutes
-----------------------------

### Directors Present

-   Greg Mills, President

Business
--------

### 1st Order of business:

The board voted to prohibit open carry at the space.

### 2nd Order of business:

The board approved a budget for the fair.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['1st Order of business', '2nd Order of business'],
    );
  });

  it('reads numbered minutes under "Minutes" as the numbered agenda’s items taken up, titled as they are', () => {
    const record = recordOf(
      `Agenda
======
1. Geometry redo
 1. Considerations for indirect instruments
2. Pull requests
3. Branch naming
4. Switch to Ninja for build scripts

Minutes
=======
1. Geometry discussion - see the notes
2. Pull requests will be rolled out after the workshop.
3. Branch prefixes to be dropped - Martin to check the hooks
4. Agreed to move the build scripts to use Ninja
  * Martin to coordinate
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.length]),
      // Titled as the minutes title them, or by the agenda's item where they share its words.
      [
        ['Geometry discussion', 1],
        ['Pull requests', 1],
        ['Branch prefixes to be dropped', 1],
        ['Switch to Ninja for build scripts', 2],
      ],
    );
  });

  it('reads the headings under "# Log" as the topics, and who attended from its first lines', () => {
    const record = recordOf(
      `# DevMeeting-2014-09-04

Date: 2014/09/04

## Agenda

- [Feature #10199] Drop support for Symbian
- [Feature #10200] Symbol API

# Log

- attendee: ko1, sora_h, akr
- on-line: matz, nobu

## [[Feature #10199]](https://bugs.example.org/issues/10199) Drop support for Symbian

Matz: agreed.

hsbt: I will remove.

## [[Feature #10200]](https://bugs.example.org/issues/10200) Symbol API

matz: leave Symbol.all_symbols as it is.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['[Feature #10199] Drop support for Symbian', '[Feature #10200] Symbol API'],
    );
    assert.deepEqual(
      record.attendance.map((a) => [a.name, a.remote]),
      [
        ['ko1', null],
        ['sora_h', null],
        ['akr', null],
        ['matz', true],
        ['nobu', true],
      ],
    );
  });

  it('reads numbered items with details under "Results" and "Action Items" as outcomes, not topics', () => {
    const record = recordOf(
      `# **GW SWG Meeting 7**

## Tues 25 June 2019, 10:15-11:00

## **Agenda**

- Revision v2.3 (Boyan)
- Next Steps (All)

## **Results**

1.  Revision v2.3 approved by the SWG
    - unanimous consensus without objection
2.  Submission led by Silvano is on track
    - final decision expected Dec 2019

## **Action Items**

1.  Slide to be prepared for the closing plenary (Boyan)
    - for the vote to approve the follow-up
2.  Members to update the wiki with endpoints (All)
`,
      'minutes.md',
    );
    // The agenda's items were taken up; what came of them is listed apart.
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Revision v2.3 (Boyan)', 'Next Steps (All)', null],
    );
    const outcomes = record.topics.flatMap((t) => t.outcomes);
    assert.deepEqual(
      outcomes.filter((o) => o.kind !== 'note').map((o) => [o.kind, o.owner, o.text.slice(0, 20)]),
      [
        ['decision', null, 'Revision v2.3 approv'],
        ['action', 'Boyan', 'Slide to be prepared'],
        ['action', 'All', 'Members to update th'],
      ],
    );
  });

  it('takes no topic from "Executive summary"', () => {
    const record = recordOf(
      `26th meeting of the Lantern Steering Committee. Executive summary

Helsinki, Finland, 13 February 2017

Executive summary

This meeting of the Steering Committee reviewed its work programme and selected the host for 2019.
`,
      'minutes.txt',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      [null],
    );
  });

  it('keeps "### 8.1" under "## 8\\. A.O.B." and labelled items under a numbered heading in their topic', () => {
    const record = recordOf(
      `<!--more-->
# Harbour Users Group – Annual General Meeting 2019 – Minutes

## 1\\. Apologies

None.

## 8\\. A.O.B.

### 8.1 Pub socials

Socials will move to Fridays.

### 8.2 Guest talk

A guest talk is planned.

## 3. Election of 2019 Committee.

* President:
  * Ben Arnz (unopposed)
* VOTING:
  * 6 people said yes
`,
      'minutes.md',
    );
    assert.equal(record.meeting.body, 'Harbour Users Group');
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['A.O.B.', 'Election of 2019 Committee.'],
    );
  });

  it('takes no topic from the quorum, and no resolution from the next meeting under "Resolutions"', () => {
    const record = recordOf(
      `# **Harbour Working Group** Steering Committee Meeting

###  09 January 2025

**Quorum \\- 50% of Representatives / \\>50% of Quorum Present for simple majority vote**

# MINUTES

## Quorum:

Quorum was achieved

## Charter updates

The Steering Committee approved the charter revisions.

# Resolutions

The Steering Committee approved the charter revisions.

## Next Meeting

Next meeting will be on the 23rd of January 16.30 CET

###  **Meeting Adjournment**

The meeting adjourned at 5:32 pm CET

\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.filter((t) => t.title !== null).map((t) => t.title),
      ['Charter updates', 'Next Meeting'],
    );
    assert.deepEqual(record.topics.flatMap((t) => t.outcomes).filter((o) => o.kind === 'decision').length, 1);
  });

  it('reads Org-mode headings, indented attendees and "Proposed: A, seconded: B" of a text', () => {
    const record = recordOf(
      `Meeting Date: 2023-08-22
Minutes taken by: Hugo Landau
Attendees:
    Hugo Landau
    Matthias St. Pierre
    Tim Hudd

** Nominate a minute taker and confirm agenda

Agenda for the meeting agreed. Proposed: Hugo, seconded: Tim

** Review outstanding actions

AI: Anton to contemplate the release notes process
`,
      'minutes.txt',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Nominate a minute taker and confirm agenda', 'Review outstanding actions'],
    );
    assert.deepEqual(
      record.attendance.map((a) => a.name),
      ['Hugo Landau', 'Matthias St. Pierre', 'Tim Hudd'],
    );
    const outcomes = record.topics.flatMap((t) => t.outcomes);
    assert.deepEqual(
      outcomes.map((o) => [o.kind, o.motion ? `${o.motion.movedBy} ${o.motion.secondedBy}` : o.owner]),
      [
        ['decision', 'Hugo Tim'],
        ['action', 'Anton'],
      ],
    );
  });

  it('takes no topic from how to join the call', () => {
    const record = recordOf(
      `# Lantern CG meeting, 27 October 2021

## Notes

* The group agreed to meet monthly.

# Coordinates

 1. Meeting link: https://example.org/join

 2. Join by phone:

   * 1-408-555-0100 Call-in number
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      [null],
    );
  });

  it('takes no topic from a sentence that leads into a list, nor from a heading over when and where', () => {
    assert.deepEqual(
      topicsOf(`# Minutes of the 12th meeting of the Lantern Society Board

## Summary

The activities of the quarter focused on the hall and the fair.

Details are below and in the quarterly report:

* [report](https://example.org/report)

## Date, Time and Location

The meeting took place on 12 May 2025 at 18:00 in the hall.

## Hall report

The lease was renewed.

## Fair report

The fair made 300.
`),
      // The summary's notes stand under no item.
      [null, 'Hall report', 'Fair report'],
    );
  });

  it('takes "Event report" over a session’s page for what the page is, not a topic', () => {
    assert.deepEqual(
      topicsOf(`# Lantern youth session, 12 May 2025

Event report

The session gathered forty young people. They asked for a reading room open in the evenings.
`),
      [null],
    );
  });

  it('takes a line of place, date and hour over the minutes for no topic, and reads run-in titles below it', () => {
    assert.deepEqual(
      topicsOf(`# Lantern Township Supervisors, January 8, 2025

Source: https://lantern.example/meetings/ (text of the web page).

---

12 MILL RD JANUARY 8, 2025 6PM
The supervisors held their regular monthly meeting.

Old Business: The road crew repaired the culvert on Mill Road and checked the drains.

Park Committee: Nothing to discuss.
`),
      ['Old Business', 'Park Committee'],
    );
  });

  it('takes a heading of date and means of meeting over the first item for no topic', () => {
    assert.deepEqual(
      topicsOf(`---
title: Lantern Board Meeting 2025 October
---
#### 1 October 2025, BlueJeans video-conference.

**1. Welcome and introductions**

- The chair welcomed the attendees.
`),
      ['Welcome and introductions'],
    );
  });

  it('reads a resolution quoted under its lead once, and a bold field label as no topic', () => {
    const record = recordOf(
      `# Lantern Board, 15 September 2025

## Approval of Minutes

Upon motion duly made by Director Ruiz, seconded by Director Berg and approved by all Directors in attendance, the following resolution was adopted:

_RESOLVED:_
> The minutes of the August 2025 meeting are hereby approved.

## Ferry timetable

> **Summary**: the ferry company asks to change the timetable.
>
> **Question**:
>
> * Should we accept the change?

- The board agreed to accept the change.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Approval of Minutes', 'Ferry timetable'],
    );
    assert.deepEqual(
      record.topics[0]!.outcomes.filter((o) => o.kind === 'decision').map((o) => o.text),
      ['The minutes of the August 2025 meeting are hereby approved.'],
    );
  });

  it('reads nothing inside an HTML comment over several lines', () => {
    const record = recordOf(
      `<!--

# How to join

1. Add your name to the list of attendees.
2. Our bot will comment on your pull request with a link to the agreement.

-->

# Lantern WG — 6 June 2025

## Agenda

1. Introductions
2. Review of the ferry timetable RFC
`,
      'agenda.md',
    );
    assert.deepEqual([record.meeting.body, record.meeting.date], ['Lantern WG', '2025-06-06']);
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes).filter((o) => o.kind !== 'note'),
      [],
    );
  });

  it('takes a title at the margin over its indented text for a topic, not a field or a speaker', () => {
    assert.deepEqual(
      recordOf(
        `LANTERN WG
2025-11-08
Chairs: Ana Ruiz, Tomas Berg

Tide Table Reporting
    draft-ietf-lantern-tide-tables, Ana Ruiz
    Lee Okafor: Could cause cascading reports.
    **Chairs Action: Time for the last call**

Audio
    https://lantern.example/audio/2025-11-08.ogg

Kim Oda: Link
    https://lantern.example/slides

Negative Caching of Ferry Times
    draft-ietf-lantern-ferry-caching, Tomas Berg
    Mina Sato: Leave it to the implementation.
`,
        'minutes.txt',
      ).topics.map((t) => [t.title, t.outcomes.filter((o) => o.kind === 'action').map((o) => o.owner)]),
      [
        ['Tide Table Reporting', ['Chairs']],
        ['Negative Caching of Ferry Times', []],
      ],
    );
  });

  it('reads headings and fields after their emoji, and a page’s tags and info for no topic', () => {
    const record = recordOf(
      `Meeting Minutes of 6 February 2025
===

###### tags: \`Internal Meeting\`

### info

:date: **Date:** 6 February 2025

### :bust_in_silhouette: Participants

- Ana Ruiz
- Tomas Berg

:writing_hand: **Scribe:** Ana Ruiz

## 📖 Minutes

### Meetups

Ana Ruiz: We will keep it brief today.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Meetups'],
    );
    assert.deepEqual(
      record.attendance.map((a) => `${a.name} ${a.role ?? ''}`.trim()),
      ['Ana Ruiz Scribe', 'Tomas Berg'],
    );
  });

  it('takes an outline’s first-level item that opens with a package’s name for a topic', () => {
    assert.deepEqual(
      topicsOf(`# Lantern team meeting 2025-12-04

- [x] Configuration file extensions (@ana-r)
  - We allow \`.lanternrc\` and \`lantern.config.js\`
  - **Resolution**: Consensus in the room
- [x] \`@lantern/eslint-plugin v8\` (https://example.org/issues/10752)
  - Every other integration allows passing options directly
  - **Resolution**: not enable it for now
`),
      [
        'Configuration file extensions (@ana-r)',
        '@lantern/eslint-plugin v8 (https://example.org/issues/10752)',
      ],
    );
  });

  it('takes a day named alone for no topic', () => {
    const titles = recordOf(
      `Content:

Samstag
07.03.2025

Der Hafenbeirat hat sich am Mittwoch, 5. März, zum ersten Mal getroffen und eine Absichtserklärung verabschiedet.
`,
      'news.txt',
    ).topics.map((t) => t.title);
    assert.ok(!titles.includes('Samstag'), titles.join(', '));
  });

  it('takes the page title shown again above the text for no topic', () => {
    const titles = recordOf(
      `March 3 Harbour Board Meeting

Reply | Threaded

March 3 Harbour Board Meeting

Ana Ruiz
Today the Harbour Trust board held its meeting by telephone. The board approved the new mooring fees.
`,
      'message.txt',
    ).topics.map((t) => t.title);
    assert.ok(!titles.includes('March 3 Harbour Board Meeting'), titles.join(', '));
  });

  it('keeps unnumbered headings after numbered items inside the unnumbered item above them', () => {
    assert.deepEqual(
      topicsOf(`# Lantern Steering Committee, 22 February 2025

Present: Ana Ruiz, Tomas Berg

**1. Welcome**

The chair welcomed the members.

**2. Approval of the agenda**

No changes.

**3. Budget**

The committee approved the budget.

**AOB**

The members agreed the dates of the annual meetings.

**Technical Committee**

- Tuesday 17 May 2025

**Steering Committee**

- Monday 23 May 2025

**Next meeting**

The next meeting is on 6 April 2025.
`),
      ['Welcome', 'Approval of the agenda', 'Budget', 'AOB', 'Next meeting'],
    );
  });

  it('keeps "2.1" under a numbered heading set in bold, and a bold "Action -" line in its item', () => {
    assert.deepEqual(
      topicsOf(`# Lantern Standards Board, 20 June 2025

Present: Ana Ruiz (AR), Tomas Berg (TB)

**1. Declarations of interest**

None.

**2. Presentations and discussions**

2.1 Survey findings

AR presented the survey of the harbour offices.

2.2	Enforcement

**Action - TB to draft the enforcement note**

2.3	The board's role in setting priorities

The board agreed to review priorities each quarter.

**3. Committee business**

3.1 Any other business - none

**4. Close**

The meeting closed at 16:00.
`),
      ['Declarations of interest', 'Presentations and discussions', 'Committee business', 'Close'],
    );
  });

  it('takes the drafts under "Working Group Documents" for the topics, not the kind of work they are', () => {
    assert.deepEqual(
      topicsOf(`# Lantern Working Group Minutes - 6 November 2025

## Administrivia

* Agenda revision

# Working Group Documents

## [Proxying Lanterns in HTTP](https://example.org/doc/draft-lantern-proxy/) -
_Ana Ruiz_

Presentation of updates from version 3 to 4.

## [Lantern Discovery](https://example.org/doc/draft-lantern-discovery/) -

The draft is ready for last call.
`),
      ['Administrivia', 'Proxying Lanterns in HTTP', 'Lantern Discovery'],
    );
  });

  it('cuts minutes run into one line at their numbered points in order, each title apart from its text', () => {
    const line = [
      'MINUTES OF LANTERN PARISH COUNCIL MEETING HELD ON MAY 4TH 2025',
      'Present: Cllr Ana Ruiz – Chairman, Cllr Tomas Berg, Cllr Lee Okafor.',
      '1. Apologies for Absence Apologies received from Cllr Mira Holt.',
      '2. Declarations of Interest None were made at this meeting of the council.',
      '3. Chairman and Vice Chairman It was agreed that Ana Ruiz will remain as Chairman until May 2026.',
      '4. Approval of Minutes: The minutes of the meeting held on 2 March 2025 were accepted as a true record.',
      '5. Reports',
      '5.1 Chairman’s Report • Bollards have been installed along Church Path. • The defibrillator was checked.',
      '5.2 Clerk’s Report • Written report submitted with agenda. • Correspondence continues to be shared.',
      '6. Planning Applications: 25/00572/F Construction of a garage at The Bungalow, Cromer Lane. The planning officer will be asked for more information.',
    ].join(' ');
    const record = recordOf(`${line}\n`, 'minutes.txt');
    assert.ok(line.length > 600);
    assert.deepEqual(
      record.topics.map((t) => t.title),
      // "Apologies for Absence" is the attendance's, no topic.
      [
        'Declarations of Interest',
        'Chairman and Vice Chairman',
        'Approval of Minutes',
        'Reports',
        'Planning Applications',
      ],
    );
    assert.deepEqual(
      record.attendance.map((a) => `${a.name} ${a.status}`),
      ['Ana Ruiz present', 'Tomas Berg present', 'Lee Okafor present', 'Mira Holt regrets'],
    );
  });

  it('keeps an agenda item with sub-items in the agenda, whose items are the topics of notes without titles', () => {
    assert.deepEqual(
      topicsOf(`## Lantern crypto group, 22 July 2021

### Agenda

1. Participant IPR status check
1. Meeting Process
   1. Queuing
   1. Note-taking
1. Resource curation
1. Outreach

### Notes

- Tobias to create an initial resource curation document.
- How does this group best work with the IETF?
`),
      ['Participant IPR status check', 'Meeting Process', 'Resource curation', 'Outreach', null],
    );
  });

  it('takes a mail archive’s sender, a sentence cut short and the signature block for no topics', () => {
    assert.deepEqual(
      topicsOf(`Summary of Fortnightly Meeting - July 24th 2006

Ana Ruiz ana at
Tue Jul 25 13:22:01 BST 2006

A wee bit late, but here it is.

New team contact for us

* Tomas has resigned as the team contact.

Keeping meetings short

* Meetings will end after an hour.

A reminder as usual to put any items you wish discussed up at

Ana Ruiz

Phone: 0404 595 395

P.O Box 1412
Lavington, 2641

More information about the lantern-au mailing list
`),
      ['New team contact for us', 'Keeping meetings short'],
    );
  });

  it('takes "AIs" for the action items and a chat log for no topic, so that the agenda gives the topics', () => {
    const record = recordOf(`# Attending
* Ana Ruiz
* Tomas Berg

# Agenda:

* Project updates
  * Lantern build
* Grant update
* Charter review

# AIs

* Ana to circulate the charter draft.

# Notes

Tomas said the grant closes at the end of the year.

# Chat logs

Ana: link to the draft
`);
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Project updates', 'Grant update', 'Charter review', null],
    );
    const actions = record.topics.flatMap((t) => t.outcomes).filter((o) => o.kind === 'action');
    assert.deepEqual(
      actions.map((a) => a.owner),
      ['Ana'],
    );
  });

  it('reads a page that says the meeting has been scheduled as its agenda, however deep its list', () => {
    const record = recordOf(
      `Lantern Society Board Meeting 2025-06-12

This board meeting has been scheduled for the 12th of June 2025 at 18:00 UTC, by phone.

Be sure to send the secretary your phone number.

  • Appoint a note taker
  • Approve the minutes of May.
  • Consider the budget for 2026.
`,
      'minutes.txt',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Appoint a note taker', 'Approve the minutes of May.', 'Consider the budget for 2026.'],
    );
    assert.ok(record.warnings.some((w) => w.code === 'agenda-only'));
  });

  it('reads a name in the right-hand column as who acts, and each HTML paragraph on its own', () => {
    const record = recordOf(
      [
        '<h1>Lantern Parish Council, 8 July 2025</h1>',
        '<p>Present: Cllr. Ana Ruiz, Cllr. Tomas Berg</p>',
        '<h2>Matters arising</h2>',
        '<p>The repair of the bus shelter was still pending.\t\t\t<em>Clerk</em></p>',
        '<p>Cllr. Berg would look into the broken fence by the pond.\t\t<em>Cllr. T. Berg</em></p>',
        '<p>A letter of thanks had been sent to the volunteers.\t\t\t<em>Noted</em></p>',
      ].join('\n'),
      'minutes.html.txt',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.map((o) => [o.kind, o.owner, o.text])),
      [
        ['action', 'Clerk', 'The repair of the bus shelter was still pending.'],
        ['action', 'Cllr. T. Berg', 'Cllr. Berg would look into the broken fence by the pond.'],
        ['note', null, 'A letter of thanks had been sent to the volunteers. Noted'],
      ],
    );
  });

  it('reads a German agenda’s "TOP 4." as a topic and "TOP 4a." as a part of it', () => {
    assert.deepEqual(
      topicsOf(`# Protokoll der Vorstandssitzung vom 11. Juli 2025

**Anwesend:** Anna Weber, Jonas Keller

## TOP 1. Begrüßung

Der Vorsitzende begrüßt die Anwesenden.

## TOP 2. Finanzbericht

Der Schatzmeister berichtet.

## TOP 2a. Mitgliedsbeiträge

Die Beiträge bleiben gleich.
`),
      ['Begrüßung', 'Finanzbericht'],
    );
  });

  it('reads "Agenda item 22/23:" as the item’s number, and a whole sentence in bold as said', () => {
    const record = recordOf(
      `## Minutes of the Lantern Society Board special meeting, 16 September 2025

### Agenda item 22/23: Appointment of a new treasurer

* The chair recommended Lee Okafor as treasurer.

**Voting: I move to approve appointing Lee Okafor as treasurer of the Society in place of the departing treasurer**

**Motion passes** with: 6 yes, 0 no, 0 abstained
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Appointment of a new treasurer'],
    );
  });

  it('takes a page’s "See also nearby" for chrome, not a topic', () => {
    assert.deepEqual(
      topicsOf(`# Lantern Society call, 12 March 2025

## See also nearby

- [Earlier calls](https://example.org/calls)

## Budget

The Board approved the budget.
`),
      ['Budget'],
    );
  });

  it('takes "Benjamin Curtis: This is …" over a paragraph for someone speaking, not a topic', () => {
    assert.deepEqual(
      topicsOf(`# Lantern Society working group, 12 March 2025

Ana: We made progress on the terms.

Benjamin Curtis: This is out of scope for now

Ana and Lee: We are trying to finish a first version at this point.
`),
      [],
    );
  });

  it('reads a short status said again under another motion as that motion’s decision', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

## Adopt the bylaws

Unanimously approved.

## Open a bank account

Unanimously approved.

## Motions

- Approval of the agenda / Ana / Tomas / unanimous / Passed
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => o.kind)]),
      [
        ['Adopt the bylaws', ['decision']],
        ['Open a bank account', ['decision']],
        ['Motions', ['decision']],
      ],
    );
  });

  it('reads a short status said again after another proposal of the same topic as its decision', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

## Promotion of the brand

- Proposal to have a vector file of the logo created
- Proposal seconded and accepted
- Proposal to have board members look at how other projects give credit
- Proposal seconded and accepted
- Proposal seconded and accepted
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics[0]!.outcomes.map((o) => [o.kind, o.line]),
      [
        ['note', 5],
        ['decision', 6],
        ['note', 7],
        ['decision', 8],
      ],
    );
  });

  it('reads numbers a converter escaped ("1\\.") and an item that had nothing as topics', () => {
    const record = recordOf(
      `Minutes of the Lantern Parish Council held on 8 February 2025

1\\. Present: Miss Ruiz - Chairperson, Mrs. Berg

2\\. Minutes: It was agreed that the minutes of the meeting held on 11 January 2025 be signed as a correct record.

3\\. Planning: None
`,
      'parish.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.length]),
      [
        ['Minutes', 1],
        ['Planning', 0],
      ],
    );
    assert.equal(record.attendance.length, 2);
  });

  it('reads a heading numbered with a space before its stop ("4 .Review") without the stop', () => {
    assert.deepEqual(
      topicsOf(`# Lantern task force, 13 November 2025

### 4 .Review of the current organisation

The task force reviewed its work streams.
`),
      ['Review of the current organisation'],
    );
  });

  it('takes the time an agenda gives an item, and where its presenter is, out of its title', () => {
    assert.deepEqual(
      topicsOf(`# Lantern Working Group, 6 November 2025

## Administrivia (5 minutes)

Note well.

## BBRv3, draft-lantern-bbr, Ana Ruiz, onsite, 20 minutes

Presented.

## Budget for 2026

The group approved the budget.
`),
      ['Administrivia', 'BBRv3, draft-lantern-bbr, Ana Ruiz', 'Budget for 2026'],
    );
  });

  it('reads a paragraph that opens with its title as a topic, where the text has no headings', () => {
    assert.deepEqual(
      topicsOf(`Minutes of the Lantern Township Supervisors, 8 January 2025

Old Business: The traffic signals were repaired and work well so far.

Lost Creek Park: Nothing to discuss.

Ana Ruiz: I think we should look at the park again in spring.
`),
      ['Old Business', 'Lost Creek Park'],
    );
    assert.deepEqual(
      topicsOf(`# Lantern Society Board meeting, 12 May 2025

## Reviews

Issue 843: The group looked at the proposal and will come back to it.
`),
      ['Reviews'],
    );
  });

  it('ends the actions of an "Action items:" list at the next sub-heading, and reads a status there as a note', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

## Agenda & notes

### Workshops

- Fewer workshops were reported this year.

Action items:

- Toby will ask the organisers for their numbers.
- Wikidata lesson moved to alpha.

### Grant

- Grant submitted to the county in April.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.map((o) => `${o.kind}: ${o.text.slice(0, 20)}`)),
      [
        'note: Fewer workshops were',
        'action: Toby will ask the or',
        'note: Wikidata lesson move',
        'note: Grant submitted to t',
      ],
    );
  });

  it('takes the first level of an outline of notes as its topics, where the text has no headings', () => {
    const record = recordOf(
      `# Harbour Tooling Council, 4 October 2022

Attendance:

* Ana Ruiz (Chair)
* Tomas Berg

Agenda:

* (10 min max): Update from the Docs WG
    * Two short guides were released at the summit
    * The glossary is being rewritten
* Update from the release team
    * Tomas to add the link to the slides
    * There was a short outage of the download site
* The council agreed that the next call is in November.
`,
      'notes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => o.kind)]),
      [
        ['Update from the Docs WG', ['note', 'note']],
        ['Update from the release team', ['action', 'note', 'decision']],
      ],
    );
    assert.equal(record.topics[1]!.outcomes[0]!.owner, 'Tomas');
  });

  it('reads a bold name at the start of a sentence as its subject, not as a topic', () => {
    const record = recordOf(
      `# Release WG, 1 May 2019

## Action Items

* **@ana** to PR the retro into the governance repo
* **@ben** to ask the Admin WG about the hosting budget

## Follow-up discussion

None.
`,
      'notes.md',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.map((o) => [t.title, o.kind, o.owner])),
      [
        [null, 'action', '@ana'],
        [null, 'action', '@ben'],
      ],
    );
  });

  it('takes a table of discussion points as one topic per row, with its responsible as owner', () => {
    const record = recordOf(
      `# Harbour Tooling Council, 26 January 2024

| Discussion Point | Notes / Action Items | Responsible |
| --- | --- | --- |
| Voting | PR submitted by Ana for review next week. | AR |
| Incubation Policy | In draft. | |
`,
      'notes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => [o.kind, o.owner])]),
      [
        ['Voting', [['action', 'AR']]],
        ['Incubation Policy', [['note', null]]],
      ],
    );
  });

  it('reads the verdict under an item of a review as its decision, not as a sub-heading', () => {
    const record = recordOf(
      `# Harbour API review, 31 October 2017

## Add a status enum

**Rejected** | [#harbour/22412](https://example.org/issues/22412) | [Video](https://example.org/v)

This is now tracked as part of other work.

## Replace the token rule

Merged

## Draft of the registry

Merge, good as a first iteration.
`,
      'review.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => o.kind)]),
      [
        ['Add a status enum', ['decision', 'note']],
        ['Replace the token rule', ['decision']],
        ['Draft of the registry', ['decision']],
      ],
    );
  });

  it('reads a sentence that opens with "For" as a sentence of its own, not as the vote on the one before', () => {
    const record = recordOf(
      `# Rowing club committee, 2 March 2021

## Charters

We approved the new youth section. Its first season starts in May. For the sake of order we revoked the charter of the old junior squad.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.map((o) => [o.kind, o.verb])),
      [
        ['decision', 'approved'],
        ['decision', 'revoked'],
      ],
    );
  });

  it('reads a verdict said as a sentence of its own in a paragraph as the decision, apart from what follows', () => {
    const record = recordOf(
      `# Harbour API review, 7 November 2017

## Rename the cursor field

Approved.
Left open: how older clients read it.

## Drop the legacy header

We went through the comments once more. Merged.
`,
      'review.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => [o.kind, o.text])]),
      [
        [
          'Rename the cursor field',
          [
            ['decision', 'Approved.'],
            ['note', 'Left open: how older clients read it.'],
          ],
        ],
        [
          'Drop the legacy header',
          [
            ['note', 'We went through the comments once more.'],
            ['decision', 'Merged.'],
          ],
        ],
      ],
    );
  });

  it('takes the sections under "Agenda & notes" as the topics, and notes that open with an agenda item as its own', () => {
    assert.deepEqual(
      topicsOf(`# Lantern Society Editors, 21 January 2026

## Agenda & notes

### Workshops

- Two workshops were held.

### Grant update

- The grant was submitted.
`),
      ['Workshops', 'Grant update'],
    );
    const record = recordOf(
      `# Harbour Loaders meeting, 24 October 2023

Present: Wes, Jacob

## Agenda

* Import maps
* External format support

## Notes

* Import maps: Wes will refactor his branch.

* External format support: Jacob will start a new PR with the docs.
`,
      'notes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => [o.kind, o.owner])]),
      [
        ['Import maps', [['action', 'Wes']]],
        ['External format support', [['action', 'Jacob']]],
      ],
    );
  });

  it('reads "Agenda points & Actions" as a record of everything, not as a list of actions', () => {
    const record = recordOf(
      `# Harbour Development, 6 August 2019

## Agenda points & Actions

### 1. Retrospective

- The release went well.
`,
      'notes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => o.kind)]),
      [['Retrospective', ['note']]],
    );
  });

  it('takes someone listed as present before a colon as the owner of an action item, whatever follows', () => {
    const record = recordOf(
      `# Lantern Society Board, 12 September 2024

Present: Thibaud Colas, Chaim Kirby

## Action items

- Thibaud Colas: Award review and nomination announcement after the September meeting
- Chaim Kirby: Think through the bylaw changes on regional seats
- Budget Review: Approved as presented
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.map((o) => o.owner)),
      ['Thibaud Colas', 'Chaim Kirby', null],
    );
  });

  it('reads the actions listed under their owner\'s name in an "Action list"', () => {
    const record = recordOf(
      `# Glider Data Task Team, 25 June 2025

## Action list
Mira Okafor
1. Send an email to Adam to introduce the tracking network.
2. Look closer at the activities of the university.

Tomas Berg
1. Present the slides on the service levels to the team.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.map((o) => [o.kind, o.owner])),
      [
        ['action', 'Mira Okafor'],
        ['action', 'Mira Okafor'],
        ['action', 'Tomas Berg'],
      ],
    );
  });

  it("reads an agenda that carries each item's verdict as the record, its questions as topics", () => {
    const record = recordOf(
      `# Release WG, 1 May 2019

**Visitors**
* @hana

## Agenda
1. (**@ana**) Where should the retro live?
    * Should it stay out of version control?
    * **Verdict:** PR into the governance repo
2. (**@ben**) Should we pay for a hosting team?
    * **Verdict:** Yes, ask the Admin WG

## Action Items

* **@ana** to PR the retro into the governance repo
`,
      'notes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => o.kind)]),
      [
        ['Where should the retro live?', ['note', 'decision']],
        ['Should we pay for a hosting team?', ['decision']],
        [null, ['action']],
      ],
    );
    assert.deepEqual(
      record.attendance.map((a) => a.name),
      ['@hana'],
    );
  });

  it('reads the points under an item\'s "Conclusion" as its decisions, and a closing "Conclusion" as prose', () => {
    const record = recordOf(
      `# Harbour Standards Committee, 4 June 2024

Present: Ana Ruiz (AR), Tomas Berg (TB)

## Array grouping for Stage 3

AR: I would like to ask for Stage 3.

### Conclusion

- Stage 3 for array grouping
- AR to update the tests before the next meeting

## Conclusion

We talked about the conferences where we might meet.
`,
      'notes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => o.kind)]),
      [
        ['Array grouping for Stage 3', ['note', 'decision', 'action']],
        ['Conclusion', ['note']],
      ],
    );
  });

  it('reads minutes kept in AsciiDoc: "==" headings, nested "**" and "." lists, links with their text', () => {
    const record = recordOf(
      `= Meeting Summary: Glossary Team - 2026-01-15

== Attendees

=== Members

* Mira Okafor (Chair)
* Tomas Berg

== Discussion Summary

=== 1. Removed definitions

The team reviewed the unused terms. See https://example.org/issues/6[issue #6] for the list.

* **Observing station** - Tomas will review the text of chapter 5.
** The chapter covers long-term stations.

=== 2. Workplan

. Week 1: review the remaining terms
. Week 2: circulate the draft
`,
      'summary.adoc',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Removed definitions', 'Workplan'],
    );
    assert.deepEqual(
      record.attendance.map((a) => a.name),
      ['Mira Okafor', 'Tomas Berg'],
    );
    assert.match(record.topics[0]!.outcomes[0]!.text, /See issue #6 for the list/);
    assert.equal(record.topics[0]!.outcomes[1]!.owner, 'Tomas');
  });
});

describe('sections numbered in Roman numerals', () => {
  it('takes "II. Title" as a topic titled without its number', () => {
    const record = recordOf(
      `Summary Report
Second Virtual Meeting of the Harbour Advisory Group, 12 April 2018

I. Introduction
1. The group held its second virtual meeting of the cycle.

II. Workshop evaluation
2. The group agreed to extend the evaluation deadline to 30 April.

IV. Any other business
3. None.

VI. Closing
4. The Chair closed the meeting.
`,
      'report.txt',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Introduction', 'Workshop evaluation', 'Any other business', 'Closing'],
    );
  });
});

describe('generic sub-headings inside a topic', () => {
  it('keeps "### Summary" and "### Conclusion" under the topic above them', () => {
    const record = recordOf(
      `# Lantern Standards Committee, 14 March 2023

## Array grouping

TB: We renamed the method.

### Conclusion

- Array grouping reaches Stage 3.

## Decorators update

WC: A short update.

### Summary

The committee discussed open questions about metadata.

### Conclusion

- Continue in the champions group.
`,
      'notes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.length]),
      [
        ['Array grouping', 2],
        ['Decorators update', 3],
      ],
    );
  });
});

describe('notes that open with their fields as headings and registers as tables', () => {
  it('reads the fields under the title, and each register row by its description', () => {
    const record = recordOf(
      `# Harbour Core Devs Meeting 85 Notes
### Meeting Date/Time: Friday 3 April 2020, 14:00 UTC
### Meeting Duration: 1.5 hours
### [GitHub Agenda](https://github.com/example/pm/issues/160)
### Moderator: Hudson Jay
### Notes: Pooja Rao

## Decisions Made

| Decision Item | Description |
| ------------- | ----------- |
| **85.1** | EIP-2315 accepted for Berlin. |

## Actions Required

| Action Item | Description |
| ----------- | ----------- |
| **85.1** | James to create a meta EIP for Berlin. |

# 1. Berlin EIPs

**Martin**: We have implemented it.
`,
      'notes.md',
    );
    assert.equal(record.meeting.date, '2020-04-03');
    assert.equal(record.meeting.title, 'Harbour Core Devs Meeting 85 Notes');
    assert.deepEqual(
      record.attendance.map((a) => [a.name, a.role]),
      [
        ['Hudson Jay', 'Chair'],
        ['Pooja Rao', 'Scribe'],
      ],
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      [null, 'Berlin EIPs'],
    );
    assert.deepEqual(
      record.topics[0]!.outcomes.map((o) => [o.kind, o.ref, o.text, o.owner]),
      [
        ['decision', '85.1', 'EIP-2315 accepted for Berlin.', null],
        ['action', '85.1', 'James to create a meta EIP for Berlin.', 'James'],
      ],
    );
    // Decisions and actions numbered apart share numbers without repeating one another.
    assert.ok(!record.warnings.some((w) => w.code === 'duplicate-ref'));
  });
});

describe('an agenda page that holds its meeting notes below the agenda', () => {
  it('takes its topics from the notes, its body from the title, and the poll that passed as a decision', () => {
    const record = recordOf(
      `![Harbour logo](/images/logo.png)

## Agenda for the March 2nd video call of the Harbour Community Group

- **Where**: zoom
- **When**: March 2nd, 2021, 4pm-5pm UTC
- **Contact**:
    - Name: Derek Schul
    - Email: derek@example.org

### Registration

None required if you've attended before.

## Agenda items

1. Opening, welcome and roll call
    1. Opening of the meeting
1. Proposals and discussions
    1. Memory64 update (Sam Clegg, 15 min)
1. Closure

## Meeting Notes

### Proposals and discussions

Sam presented the status of the implementation.

Poll passes; Memory64 is at phase 3.

### Closure
`,
      'notes.md',
    );
    assert.equal(record.meeting.body, 'Harbour Community Group');
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Proposals and discussions', 'Closure'],
    );
    assert.deepEqual(
      record.topics[0]!.outcomes.map((o) => o.kind),
      ['note', 'decision'],
    );
  });
});

describe('a report whose sections are numbered without a stop and whose paragraphs are numbered', () => {
  it('titles each section without its number, reads each paragraph without its number, and cites the documents by number', () => {
    const record = recordOf(
      `Council Working Group on Harbour Data Policy Issues (CWG-Harbour)
Summary of the Twelfth Meeting
Geneva, 20 September 2019

1 Opening of the meeting

1.1 The Chairman, Mr Majed Almaz, opened the meeting and welcomed the participants.

2 Adoption of the agenda (Document CWG-Harbour 12/1)

2.1 The agenda was adopted as contained in Document CWG-Harbour 12/1.

3 Report of the open consultation

3.1 The secretariat was requested to circulate the summary by 30 October 2019.

Votes: 23 Yes
`,
      'report.txt',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      [
        'Opening of the meeting',
        'Adoption of the agenda (Document CWG-Harbour 12/1)',
        'Report of the open consultation',
      ],
    );
    assert.equal(
      record.topics[1]!.outcomes[0]!.text,
      'The agenda was adopted as contained in Document CWG-Harbour 12/1.',
    );
    assert.deepEqual(
      record.attendance.map((a) => [a.name, a.role]),
      [['Majed Almaz', 'Chairman']],
    );
    assert.deepEqual(
      record.documents.map((d) => d.title),
      ['CWG-Harbour 12/1'],
    );
  });
});

describe('minutes generated from a repository’s issue', () => {
  it('takes the sections under "Agenda" as topics and the calendar of upcoming meetings as none', () => {
    const record = recordOf(
      `# Harbour.js Technical Steering Committee (TSC) Meeting 2023-03-15

## Present

* Ana Ruiz @anaruiz (TSC)

## Agenda

### harbourjs/TSC

* Vote on the new security policy [#1348](https://github.com/harbourjs/TSC/issues/1348)
  * Vote passed: 10 in favour, 0 against.

## Upcoming Meetings

* **Harbour.js Project Calendar**: <https://harbourjs.org/calendar>
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['harbourjs/TSC'],
    );
    assert.equal(record.attendance[0]!.name, 'Ana Ruiz');
  });
});

describe('plain-text minutes with numbered sections and a review of earlier actions', () => {
  it('keeps "3.1" and "3.2" under "3. Administrivia" and the tasks set in the discussion', () => {
    const record = recordOf(
      `Minutes of the Harbour Architecture Board Business Meeting
2020-03-11

1. Attendance

   Attendees: Ana Ruiz, Tomas Berg, Luca Bianchi
   Regrets:   Jon Park

2. Agenda Bash

   No changes to the agenda.

3. Administrivia

3.1 Approval of minutes

   The minutes of the 2020-02-26 business meeting were approved.

3.2 Action items

   * Tomas Berg to draft a statement on the consultation. (In progress)
   * Ana Ruiz to send the liaison reply. (Done)

4. Liaison to the standards body

   The Board discussed the liaison statement. Luca Bianchi will circulate the final text.
`,
      'minutes.txt',
    );
    assert.equal(record.meeting.body, 'Harbour Architecture Board');
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Agenda Bash', 'Administrivia', 'Liaison to the standards body'],
    );
    assert.deepEqual(
      record.topics.flatMap((t) =>
        t.outcomes.filter((o) => o.kind === 'action').map((o) => [o.owner, o.status]),
      ),
      [
        ['Tomas Berg', 'in progress'],
        ['Ana Ruiz', 'done'],
        ['Luca Bianchi', 'open'],
      ],
    );
  });
});

describe('a committee’s minutes with a table of actions and a list of decisions', () => {
  it('reads what the committee agreed to do as its decision, and its acronym as the committee itself', () => {
    const record = recordOf(
      `# At-Harbour Advisory Committee (AHAC) Monthly Teleconference - 23 April 2019

**Attendees:** Ana Ruiz (Chair), Tomas Berg

## Action Items

| Action Item | Assignee | Status |
| --- | --- | --- |
| Staff to circulate the draft statement on the budget | Staff | Open |
| Tomas Berg to hold a call with the regional leaders | Tomas Berg | Open |

## Decisions

- The AHAC ratified the statement on the strategic plan.
- The AHAC agreed to submit a comment on the fee proposal.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.map((o) => [o.kind, o.owner])),
      [
        ['action', 'Staff'],
        ['action', 'Tomas Berg'],
        ['decision', null],
        ['decision', null],
      ],
    );
  });
});

describe('a numbered summary over its own numbered parts', () => {
  it('takes the parts of "2. Summary" for the topics, and keeps "2.2.1" inside "2.2"', () => {
    assert.deepEqual(
      topicsOf(`= Harbour Expert Team, 6 March 2026

== 1. Participants

*Chair:* Ana Ruiz

*Participants:* Tomas Berg, Lee Chen

== 2. Summary

=== 2.1 Overview

The meeting reviewed the draft guide and the tide tables.

=== 2.2 Tide tables

Lee reported on the new tables.

==== 2.2.1 Station names

The team discussed which names to use.

== 3. Minutes

The minutes of the February meeting were approved.
`),
      ['Overview', 'Tide tables', 'Minutes'],
    );
  });
});

describe('an agenda item about how actions are followed', () => {
  it('keeps the tasks set in the discussion where a section titled "Action Items" lists none', () => {
    const record = recordOf(
      `Meeting of the Harbour Council, 6 March 2007

Present: RP, EC, PW

1. Registry document

PW to send a reminder to AA.

RP to compose a cover letter and circulate it to the council.

2. Action Items

RP proposes a new system for following action items on the mailing list. He will advise further by email.
`,
      'minutes.txt',
    );
    assert.deepEqual(
      record.topics
        .flatMap((t) => t.outcomes)
        .filter((o) => o.kind === 'action' && o.owner !== null)
        .map((o) => o.owner),
      ['PW', 'RP'],
    );
  });
});

describe('the parts of an item written under its heading', () => {
  it('keeps "Discussion/Decisions:" and the agenda’s sub-items inside the heading’s topic', () => {
    const record = recordOf(
      `# Harbour Technical Steering Committee, 7 September 2023

## Agenda

* Introduction
* New API proposals
  * Tide tables
  * Berth booking

## Introduction

The chair welcomed the participants.

## New API proposals

Discussion/Decisions:

* Tide tables: No objection - Go
  * (**Action**) Admins to create the repository
* Berth booking: No go for now, clarification requested
  * (Action) Lee Chen to clarify the scope with the port authority
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Introduction', 'New API proposals'],
    );
    assert.deepEqual(
      record.topics
        .flatMap((t) => t.outcomes)
        .filter((o) => o.kind === 'action')
        .map((o) => [o.owner, o.text]),
      [
        ['Admins', 'Admins to create the repository'],
        ['Lee Chen', 'Lee Chen to clarify the scope with the port authority'],
      ],
    );
  });
});

describe('section titles in brackets, as a page’s titles were copied', () => {
  it('takes "[Outcome Document]" over a list for a topic, and "[End of minutes]" for none', () => {
    assert.deepEqual(
      topicsOf(`The 23rd Meeting of the Harbour Steering Committee took place on 15-16 December 2021.

The Steering Committee has:

[Outcome Document]

  • Agreed that members consult their constituencies on the zero draft.

[New governance arrangements]

  • Agreed with the proposed roles of the Co-Chairs.

[End of minutes]

---
`),
      ['Outcome Document', 'New governance arrangements'],
    );
  });
});

describe('a short line alone above a text of prose', () => {
  it('takes a caption over an article for no topic, and keeps what the article says', () => {
    const record = recordOf(
      `Tuesday, 4 March 2025

Harbour Trust meets its new advisers

Fishing boats leaving the harbour at dawn

The advisory board of the Harbour Trust met for the first time on Monday in the old customs house, with members from the town council, the fishing cooperative and the sailing school.

The board agreed to publish a yearly report on the state of the harbour walls. Members praised the work of the volunteers who cleared the slipway last winter.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.filter((t) => t.title !== null).map((t) => t.title),
      [],
    );
    assert.ok(record.topics.flatMap((t) => t.outcomes).some((o) => /yearly report/.test(o.text)));
  });

  it('keeps such lines as topics where the text has two of them', () => {
    assert.deepEqual(
      topicsOf(`Harbour Trust, minutes of 4 March 2025

Harbour walls

The board agreed to publish a yearly report on the state of the harbour walls.

Sailing school

The board agreed to renew the lease of the sailing school for two years.
`),
      ['Harbour walls', 'Sailing school'],
    );
  });
});

describe('an agenda numbered on from its headings', () => {
  it('takes items numbered between two of the agenda’s items for items of it', () => {
    assert.deepEqual(
      topicsOf(`Orchard Group call, 9 April 2024

1. Choice of note taker

Old matters

2. Open tasks:

New matters

3. Comments on the pruning plan (part 2 of

4. Tree survey
   - Are the counts from last year complete?
   - Who walks the east rows?

5. I would like to go over how we share the harvest among members.
   - Today each member takes an equal share.

7. Next call and close

Dial-in details are kept on the group's page.
`),
      [
        'Choice of note taker',
        'Open tasks',
        'Comments on the pruning plan (part 2 of',
        'Tree survey',
        'I would like to go over how we share the harvest among members.',
        'Next call and close',
      ],
    );
  });

  it('keeps a list numbered anew under an agenda item as that item’s points', () => {
    assert.deepEqual(
      topicsOf(`Orchard Group call, 9 April 2024

1. Tree survey

The survey went well.

2. Harvest
   - Shares were discussed.

Points raised:

1. The east rows need a second count.
2. Ladders are to be checked.

3. Close

The call ended at nine.
`),
      ['Tree survey', 'Harvest', 'Close'],
    );
  });
});

describe('nested items under a topic titled by position', () => {
  it('keeps an indented "Points raised:" over its own points inside the topic above', () => {
    assert.deepEqual(
      recordOf(
        `Garden Club chat meeting - 3 May 2015

News and reports
	* New seed catalogue arrived
	* Shed roof repaired last week

Matters to discuss
	* Compost bins
		* Two designs were compared.
		* Points raised:
			* Wooden bins last longer
			* Plastic bins are cheaper
	* Moving the tool store:
		* Choice one:
			* keep it by the gate
		* Choice two:
			* move it behind the greenhouse

Any other business
`,
        'minutes.txt',
      ).topics.map((t) => t.title),
      ['News and reports', 'Matters to discuss'],
    );
  });
});
