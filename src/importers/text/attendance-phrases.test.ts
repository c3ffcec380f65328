// Attendance announced in a sentence or a numbered heading rather than by a label, as real
// minutes often do. The fixtures are written here, after the shapes found in real minutes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordOf } from '../../../test/support/example.js';

const who = (text: string) =>
  recordOf(text, 'minutes.md').attendance.map((a) => `${a.name} ${a.status}${a.role ? ` ${a.role}` : ''}`);

describe('attendance announced in a sentence', () => {
  it('reads the list under "Presents", as notes in a hurry title it', () => {
    assert.deepEqual(
      who(`# Lantern web docs meeting, 20 May 2014

## Presents

On IRC, and call:

-   renoirb (scribe)
-   shepazu (chair)

On IRC:

-   Garbee

## Site status

The status box is ready.
`),
      ['renoirb present Scribe', 'shepazu present Chair', 'Garbee present'],
    );
  });

  it('reads every group under "Participants", whatever its heading’s words, and no numbered item', () => {
    assert.deepEqual(
      who(`# Lantern Foundation Board, 15 September 2025

## Participants
### Directors

* Ana Ruiz
* Tomas Berg

### Counsel

* Lee Okafor

### Also participating

* Mina Sato

### Unable to attend

* Oda Neumann

### 1. Budget

The board approved the budget.
`),
      [
        'Ana Ruiz present',
        'Tomas Berg present',
        'Lee Okafor present',
        'Mina Sato present',
        'Oda Neumann regrets',
      ],
    );
  });

  it('reads two names after a comma as two people where the text lists people so', () => {
    assert.deepEqual(
      who(`Summary of the 5 September 2025 meeting of the Harbour Board

Present:

  • Ana Ruiz, Tomas Berg, Lee Okafor, Mina Sato

Absent:

  • Oda Neumann, Stuart Kemal
`),
      [
        'Ana Ruiz present',
        'Tomas Berg present',
        'Lee Okafor present',
        'Mina Sato present',
        'Oda Neumann absent',
        'Stuart Kemal absent',
      ],
    );
    // A list of one person a line, each with an organisation, stays so.
    assert.deepEqual(
      who(`# Harbour telecon, 18 June 2025

# Attendees

* Ana Ruiz, Harbour Trust
* Daniela Neri, Morgan Stanley
`),
      ['Ana Ruiz present', 'Daniela Neri present'],
    );
  });

  it('reads e-mail addresses listed as those present', () => {
    assert.deepEqual(
      who(`# Lantern TSC meeting, 28 November 2025

# Present

* Ana.Ruiz@example.org
* tomas@example.org
* lee.okafor@e....io

# Notes

- The TSC agreed to publish the draft.
`),
      ['Ana.Ruiz@example.org present', 'tomas@example.org present', 'lee.okafor@e....io present'],
    );
  });

  it('reads "Unable to attend" as a group of those who sent regrets', () => {
    assert.deepEqual(
      who(`# Lantern Steering Committee Minutes (2025-10-02)

## Members

### Committee Member Attendees

- Ana Ruiz
- Tomas Berg

### Unable to attend

- Oda Neumann

## Minutes

- The committee agreed to table the motion.
`),
      ['Ana Ruiz present', 'Tomas Berg present', 'Oda Neumann regrets'],
    );
  });

  it('reads a group of those present named in several words before "In Attendance"', () => {
    assert.deepEqual(
      who(`# Lantern Foundation Board Meeting, 2 February 2025

Board Members In Attendance: Ana, Tomas

Foundation Employees In Attendance: Lee, Mina

Absent with notice: Oda

## Budget

- The board approved the budget.
`),
      ['Ana present', 'Tomas present', 'Lee present', 'Mina present', 'Oda regrets'],
    );
  });

  it('reads who attended from the front matter where the text lists no one', () => {
    assert.deepEqual(
      who(`---
date: 2025-02-17
members:
  - Ana Ruiz
  - Tomas Berg
other_attendees:
  - Lee Okafor
regrets: Mina Sato
---

## Moorings

- Tomas Berg will publish the fees.
`),
      ['Ana Ruiz present', 'Tomas Berg present', 'Lee Okafor present', 'Mina Sato regrets'],
    );
  });

  it('reads "Board Members" over its list as attendance, and a year’s committee as no one present', () => {
    assert.deepEqual(
      who(`# Lantern Foundation Board, 24 October 2025

### CALL TO ORDER

Board Members
- Ana Ruiz
- Tomas Berg

Guests
- Lee Okafor

## Elections

The members elected the committee unopposed.

## 2026 COMMITTEE MEMBERS

- Mina Sato
- Oda Neumann
`),
      ['Ana Ruiz present', 'Tomas Berg present', 'Lee Okafor present'],
    );
  });

  it('reads the handles under the list’s instruction to write them', () => {
    assert.deepEqual(
      who(`# Lantern tooling group, 28 April 2025

## Attendance

Write your username or chat handle here!

* kemal_b
* odaneu
* ruiz42

## Agenda

* Focus projects
`),
      ['kemal_b present', 'odaneu present', 'ruiz42 present'],
    );
  });

  it('takes the chairs saying something for no one who attended', () => {
    const record = recordOf(
      `# Lantern transport group, 6 November 2024

## Proxying listeners

Path forward to last call.
Chairs: We need to see interoperability between implementations.
`,
      'minutes.md',
    );
    assert.deepEqual(record.attendance, []);
    assert.ok(
      record.topics[0]!.outcomes.some((o) => o.text.startsWith('Chairs: We need to see')),
      'what the chairs said is kept',
    );
  });

  it('reads lists after "Board members in attendance were:" and "Also in attendance were:"', () => {
    assert.deepEqual(
      who(`# Lantern Society Board meeting, 12 May 2025

Board members in attendance were:

- Ana Ruiz
- Tomas Berg

Also in attendance were:

- Lee Okafor (Treasurer's assistant)

## Budget

The Board approved the budget.
`),
      ['Ana Ruiz present', 'Tomas Berg present', 'Lee Okafor present'],
    );
  });

  it('reads the list after "The current Board members are:" as a group of those present', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

**3. Declaration of delegates**

The current Board members are:
	•	Ana Ruiz (AR), Harbour Office - Managing Director: Chairperson
	•	Tomas Berg (TB), Tide Service

**4. Budget**

- The Board approved the budget.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.attendance.map((a) => [a.name, a.status, a.group]),
      [
        ['Ana Ruiz', 'present', 'Board members'],
        ['Tomas Berg', 'present', 'Board members'],
      ],
    );
  });

  it('reads numbered headings that say who was present and who else attended', () => {
    const names = who(`**Lantern Society Steering Committee, 3 June 2025**

**2. Attendance**

*2.1 Current members that were present*

- Ana Ruiz (AR), Harbour Office - Chair
- Tomas Berg (TB), Tide Service

*2.2 Other attendees*

- Lee Okafor (LO), Secretariat

**3. Approval of the agenda**

- No changes to the agenda.
`);
    assert.equal(names.length, 3, names.join('; '));
    assert.ok(
      names.every((n) => n.includes('present')),
      names.join('; '),
    );
  });

  it('does not take a heading about presenting for attendance', () => {
    const record = recordOf(
      `# Lantern Society Board meeting, 12 May 2025

Present: Ana Ruiz, Tomas Berg

## Items to present

- The Board agreed to present the annual report in June.
`,
      'minutes.md',
    );
    assert.equal(record.attendance.length, 2);
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Items to present'],
    );
  });

  it('reads "with the following present:", a numbered "1. Present:" and a lost space after a dash', () => {
    assert.deepEqual(
      who(`# Lantern Township Supervisors, 8 January 2025

The Supervisors held their regular meeting with the following present: Ana Ruiz, Tomas Berg, Lee Okafor

## Roads

The roads were cleared.
`),
      ['Ana Ruiz present', 'Tomas Berg present', 'Lee Okafor present'],
    );
    assert.deepEqual(
      who(`Minutes of the Lantern Parish Council held on 8 February 2025

1\\. Present: Miss Ruiz - Chairperson, Mrs. Berg, L. Okafor

2\\. Apologies: Mr. Sato
`).map((w) => w.split(' ').slice(0, 2).join(' ')),
      ['Ruiz present', 'Berg present', 'L. Okafor', 'Sato regrets'],
    );
    assert.deepEqual(
      who(`# Lantern Tools Group, 3 March 2025

## Attendees

* Ana Ruiz, Harbour Labs
* Steven Carbno -Smart Beacon
* Sandor «Alex» Major (Chrome)

## Notes

Nothing else.
`),
      ['Ana Ruiz present', 'Steven Carbno present', 'Sandor «Alex» Major present'],
    );
  });

  it('joins a name that a wrapped list split over two lines', () => {
    assert.deepEqual(
      who(`Harbour Credentials Task Force Telecon Minutes for 2021-01-18

Present:
  Kim Hamilton, Adam Lemmon, David Ward, Jim Kelly, Maarten
  Boender, Niaz Chowdhury, Robbie Jones

Topic: Work plan

The plan was reviewed and approved.
`),
      [
        'Kim Hamilton present',
        'Adam Lemmon present',
        'David Ward present',
        'Jim Kelly present',
        'Maarten Boender present',
        'Niaz Chowdhury present',
        'Robbie Jones present',
      ],
    );
  });

  it('reads "Board members present were …", a numbered sentence of who took part, and names told apart by titles', () => {
    assert.deepEqual(
      who(`# Lantern Society Board meeting, 19 February 2020

Board members present were Dick Dillon, Janet Keough, and Gary Mantay.

## Roads

The roads were ploughed.
`),
      ['Dick Dillon present', 'Janet Keough present', 'Gary Mantay present'],
    );
    assert.deepEqual(
      who(`# Lantern Society Executive Committee, 18 December 2017

  1. The Committee held its 26th meeting in Geneva.

  2. The following members participated in the meeting: Avri Doria, Marilyn Cade; Jennifer Chung. A quorum was established.
`),
      ['Avri Doria present', 'Marilyn Cade present', 'Jennifer Chung present'],
    );
    assert.deepEqual(
      who(`# Mill Liaison, 16 August 2017

Present: Mrs. S Lintern Mr. R Thompson Ms K Penn (Borough Council)

1\\. Apologies. Mr. D Jacklin (Mill) Mr Nigel Keach (Mill)

2\\. Minutes of the previous meeting

The minutes were agreed.
`),
      [
        'S Lintern present',
        'R Thompson present',
        'K Penn present',
        'D Jacklin regrets',
        'Nigel Keach regrets',
      ],
    );
  });

  it('reads a table of nicknames and names by the names, and "Present the slides" as no one', () => {
    assert.deepEqual(
      who(`# Harbour dev meeting, 2 November 2017

## Participants

| IRC nick | Name/Nym |
|---|---|
| cfields | Cory Fields |
| sipa | Pieter Wuille |

## Actions

1. Present the slides on the SLA to the team and gather feedback.
`),
      ['Cory Fields present', 'Pieter Wuille present'],
    );
  });
  it('reads a role set as a heading over who held it, by first name or in full, as one person', () => {
    assert.deepEqual(
      who(`# Lantern Society Board meeting, 12 May 2025

### Chair
Ana

### Present

- Ana Ruiz
- Tomas Berg

## Scribes

- Tomas Berg

## Budget

The Board approved the budget.
`),
      ['Ana Ruiz present Chair', 'Tomas Berg present Scribe'],
    );
  });
  it('reads a role given by the short form of a first name ("Chair: Ben") as the person listed in full', () => {
    assert.deepEqual(
      who(`# Lantern Society Board meeting, 12 May 2025

Chair: Ben

Attendees:

- Benjamin Ruiz
- Tomas Berg

## Budget

The Board approved the budget.
`),
      ['Benjamin Ruiz present Chair', 'Tomas Berg present'],
    );
  });
  it('reads "**From the Core Team:** A, B" under Present as a group of its own with its names', () => {
    assert.deepEqual(
      who(`# Lantern Society Board meeting, 12 May 2025

#### Present

**From the Board:** Ana Ruiz, Tomas Berg, Lee Okafor

**From the staff:** Mira Holt, Jon Pike

## Budget

The Board approved the budget.
`),
      [
        'Ana Ruiz present',
        'Tomas Berg present',
        'Lee Okafor present',
        'Mira Holt present',
        'Jon Pike present',
      ],
    );
  });
  it('reads a heading as high as the attendance’s that names other people as their group, and "Quorum achieved." as no one', () => {
    assert.deepEqual(
      who(`# Lantern Society Board meeting, 12 May 2025

## Voting members attending
- Ana Ruiz
- Tomas Berg

## Non-voting observers
- Lee Okafor

Quorum achieved.

## Budget

The Board approved the budget.
`),
      ['Ana Ruiz present', 'Tomas Berg present', 'Lee Okafor present'],
    );
  });
  it('reads "Name, Something Committee" and "Name, Studio, Inc." as one person each, not a group or a list', () => {
    assert.deepEqual(
      who(`# Lantern Society Board meeting, 12 May 2025

## Members present

* [x] Ana Ruiz, Harbour Technology Committee
* [x] Tomas Berg, Blue Tide Studios, Inc.
* [ ] Lee Okafor, Reading Circle Representative

## Budget

The Board approved the budget.
`),
      ['Ana Ruiz present', 'Tomas Berg present', 'Lee Okafor absent'],
    );
  });
  it('reads who was "On the phone call" and "On IRC" as present', () => {
    assert.deepEqual(
      who(`# Lantern Society community call, 19 August 2025

-   Chair: Ana Ruiz
-   On the phone call: Tomas Berg, Lee
-   On IRC: mirah

## Budget

The Board approved the budget.
`),
      ['Ana Ruiz present Chair', 'Tomas Berg present', 'Lee present', 'mirah present'],
    );
  });
  it('reads "Apologies received from Cllrs. A and B." as both sending regrets', () => {
    assert.deepEqual(
      who(`# Lantern Parish Council, 8 July 2025

Apologies received from Cllrs. Hubert Gwynne and Dorian Jenkins. Apologies also received from
Borough Councillor Tam Riggs.

## Budget

The council approved the budget.
`),
      ['Hubert Gwynne regrets', 'Dorian Jenkins regrets', 'Borough Councillor Tam Riggs regrets'],
    );
  });
  it('reads German and French attendance labels', () => {
    assert.deepEqual(
      who(`# Protokoll der Vorstandssitzung vom 11. Juli 2025

**Anwesend:** Anna Weber, Jonas Keller

**Entschuldigt:** Lea Braun

## TOP 1. Begrüßung

Der Vorsitzende begrüßt die Anwesenden.
`),
      ['Anna Weber present', 'Jonas Keller present', 'Lea Braun regrets'],
    );
    assert.deepEqual(
      who(`# Procès-verbal du bureau, 11 juillet 2025

Présents : Anne Morel, Luc Petit

Excusés : Paul Roux

## Budget

Le budget est adopté.
`),
      ['Anne Morel present', 'Luc Petit present', 'Paul Roux regrets'],
    );
  });
  it('takes no file or address given after "Minutes:" for someone who attended', () => {
    assert.deepEqual(
      who(`# Lantern Society call, 12 March 2025

* Chair: Ana Ruiz
* Minutes: [2025-03-12-minutes.md](/calls/2025-03-12-minutes.md)

## Budget

The Board approved the budget.
`),
      ['Ana Ruiz present Chair'],
    );
  });
});

describe('attendance told in the opening paragraphs of board minutes', () => {
  it('reads who opened the meeting, who took part and who sent apologies, and keeps them out of the purpose', () => {
    const record = recordOf(
      `Minutes | Regular Meeting of the Harbour Board
27 January 2019

A Regular Meeting of the Harbour Board was held in Lisbon on 27 January 2019.

Ana Ruiz, Chair, promptly called the meeting to order.

In addition to the Chair, the following Directors participated in all or part of the meeting: Tomas Berg, Wei Chen, and Maria Santos.

The following Directors sent their apologies: Jon Park.

1. Approval of Minutes

Resolved (2019.01.27.01), the Board approves the minutes of its 15 December 2018 meeting.
`,
      'minutes.txt',
    );
    assert.deepEqual(
      record.attendance.map((a) => `${a.name} ${a.status}${a.role ? ` ${a.role}` : ''}`),
      [
        'Ana Ruiz present Chair',
        'Tomas Berg present',
        'Wei Chen present',
        'Maria Santos present',
        'Jon Park regrets',
      ],
    );
    assert.equal(
      record.meeting.purpose,
      'A Regular Meeting of the Harbour Board was held in Lisbon on 27 January 2019.',
    );
  });
});

describe('apologies told in a sentence of the minutes', () => {
  it('reads one person who had sent their apologies, whatever follows the name and the apologies', () => {
    const record = recordOf(
      `**Harbour Steering Committee**

3 March 2025

**1. Welcome**

- The Chair confirmed that Ines Varga (IV), Harbour Office [HO] had sent her apologies in advance of the meeting and delegated her vote to the Chair.

**2. Attendance**

- Tomas Berg (TB), Port Authority
- Wei Chen (WC), Coast Guard
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.attendance.map((a) => `${a.name} ${a.status}`),
      ['Ines Varga regrets', 'Tomas Berg present', 'Wei Chen present'],
    );
  });
});

describe('a role given to the initials someone listed goes by', () => {
  it('names that person, and lists no one else', () => {
    const record = recordOf(
      `# Tide Tables Working Group, 5 June 2025

### Attendees

- Ines Varga - Harbour Office (IVA) - chair
- Tomas Berg (TBE)

**Scribe:** TBE (until 11:00)

### Topic: Datum review

The group agreed to keep the datum.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.attendance.map((a) => `${a.name} ${a.status} ${a.role}`),
      ['Ines Varga present Chair', 'Tomas Berg present Scribe'],
    );
  });
});

describe('a table of participants without its outer pipes', () => {
  it('reads "Country | Name | Role" rows as the attendance', () => {
    const record = recordOf(
      `Minutes of the 3rd Management Committee meeting of the Harbour Action, 12 March 2020

1. Adoption of agenda

The agenda was adopted without changes.

Annex 1: List of participants

Country | Name | Role
Portugal | Ana Ruiz | Chair
Spain | Maria Santos | MC Member
Italy | Luca Bianchi | MC Substitute
`,
      'minutes.txt',
    );
    assert.deepEqual(
      record.attendance.map((a) => [a.name, a.role]),
      [
        ['Ana Ruiz', 'Chair'],
        ['Maria Santos', 'MC Member'],
        ['Luca Bianchi', 'MC Substitute'],
      ],
    );
    assert.ok(!record.warnings.some((w) => w.code === 'truncated-text'));
  });
});

describe('a council’s members, alternates and guests, and a checklist of actions', () => {
  it('reads alternates as present and a short last item without a stop as whole', () => {
    const record = recordOf(
      `# Lantern Leadership Council Meeting, 2023-10-13

## Attendees

Members: Ana Ruiz, Tomas Berg
Alternates: Maria Santos
Guests: Luca Bianchi

## Action items

- [ ] @anaruiz: draft the travel grant charter
- [x] @weichen: publish last week's minutes
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.attendance.map((a) => [a.name, a.group]),
      [
        ['Ana Ruiz', 'Members'],
        ['Tomas Berg', 'Members'],
        ['Maria Santos', 'Alternates'],
        ['Luca Bianchi', 'Guests'],
      ],
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.map((o) => [o.owner, o.status])),
      [
        ['@anaruiz', 'open'],
        ['@weichen', 'done'],
      ],
    );
    assert.ok(!record.warnings.some((w) => w.code === 'truncated-text'));
  });
});

describe('who chaired, told in a sentence', () => {
  it('reads "co-chaired by A and B" and "chaired by Ms. C" as present, once each with the list after it', () => {
    assert.deepEqual(
      who(`# Harbour Panel, fourth meeting, 15 December 2020

## Opening

The Panel held its fourth meeting, co-chaired by Ana Ruiz and Tomas Berg.

## Attendance

- Ana Ruiz
- Tomas Berg
- Wei Chen
`),
      ['Ana Ruiz present Co-Chair', 'Tomas Berg present Co-Chair', 'Wei Chen present'],
    );
    assert.deepEqual(
      who(`# Harbour Advisory Group, 12 April 2018

## Introduction

The meeting was chaired by Ms. Lynn Okafor, Chair of the group.
`),
      ['Lynn Okafor present Chair'],
    );
  });
});

describe('attendance labelled in an item over its own sub-items', () => {
  it('reads the sub-items under "- **Participants:**" and "- Regrets:" as who took part and who sent regrets', () => {
    const text = `# Lantern Network WG Meeting Notes

- **Date:** September 23, 2024
- **Participants:**
    - Tyler Moss
    - Brenda Ghent
- Regrets:
    - Leon Schurz
- **Agenda**
    1. Tutorial planning

## Tutorial planning

* Tyler: the tutorial looks likely.
`;
    assert.deepEqual(who(text), ['Tyler Moss present', 'Brenda Ghent present', 'Leon Schurz regrets']);
    // The agenda after the list stays what it was, and the discussion its topic.
    assert.deepEqual(
      recordOf(text, 'minutes.md').topics.map((t) => t.title),
      ['Tutorial planning'],
    );
  });
});

describe('a roll call signed in as "name / institution / handle"', () => {
  it('reads each line by its name, after a paragraph that ends "Roll call:", and no column header for someone', () => {
    const text = `# Lantern HPC Meeting - April 2022

## Welcome to the meeting

Hello! If you are joining the call, sign in below so we know who was here. Roll call:

- **name** / **institution** / **GitHub handle**
- Rolf Tamsin / NERSC / @rtamsin
- Jeff Edmonds/Environmental Protection Agency / @jedmonds
- Mira Lind / ORNL - Data Science Group / mira@example.org

## Updates

- Mike will look at the open pull requests.
`;
    assert.deepEqual(who(text), ['Rolf Tamsin present', 'Jeff Edmonds present', 'Mira Lind present']);
    assert.deepEqual(
      recordOf(
        `# Lantern\n\nRoll call: Rolf Tamsin, Mira Lind\n\n## Updates\n\n- None.\n`,
        'minutes.md',
      ).attendance.map((a) => a.name),
      ['Rolf Tamsin', 'Mira Lind'],
    );
  });
});

describe('attendance listed by organisation, with addresses for names', () => {
  it('keeps the status of the list an organisation’s line stands in, and reads one address or one name after it', () => {
    const text = `# Meeting minutes - Harbour Review Committee - 2024-02-09

Attendees:
- Vlaanderen: raf.buyle@example.be; eva.vlas@example.be;
- Brussels Gewest : bfrich@example.brussels
- NGI: rink.kruk@example.be

Excused:
- Vlaanderen: lies.vander@example.be; andreas.niko@example.be

Guests:
- PwC: Jitse De Cock

## Building

The committee accepted the Building model.
`;
    assert.deepEqual(
      recordOf(text, 'minutes.md').attendance.map((a) => `${a.name} ${a.status} ${a.group}`),
      [
        'raf.buyle@example.be present Vlaanderen',
        'eva.vlas@example.be present Vlaanderen',
        'bfrich@example.brussels present Brussels Gewest',
        'rink.kruk@example.be present NGI',
        'lies.vander@example.be regrets Vlaanderen',
        'andreas.niko@example.be regrets Vlaanderen',
        'Jitse De Cock present PwC',
      ],
    );
  });
});

describe('a roster written surname first, with the organisation after a semicolon', () => {
  it('reads "Bitle, Jonathan; Kaiser Permanente" as one person, and "Acting chair:" as present', () => {
    const text = `# Harbour TC Meeting #14 March 28, 2018

Acting chair: Omar Santos

### Voting Members Present
* Bitle, Jonathan;	Kaiser Permanente
* Cao, Feng;	Oracle
* Page, Denny; TIBCO Software Inc.

## Minutes

The TC approved the minutes.
`;
    assert.deepEqual(
      recordOf(text, 'minutes.md').attendance.map((a) => [a.name, a.note]),
      [
        ['Omar Santos', null],
        ['Jonathan Bitle', 'Kaiser Permanente'],
        ['Feng Cao', 'Oracle'],
        ['Denny Page', 'TIBCO Software Inc.'],
      ],
    );
  });
});

describe('a parish council’s numbered attendance', () => {
  it('reads "1. Those attending:" with titles and initials, and "2. Apologies … were received from"', () => {
    const text = `# Minutes of a meeting of Harbour Parish Council held on Wednesday 18th February 2004

1\\. Those attending: Mr M Mycock (Chairman) Mr B Harrison, (Vice Chairman)

Mrs M Leaman, Mrs T Mann, Mr C Stocking,

Mrs V Negus, (Clerk) 8 members of the public

2\\. Apologies for absence were received from Mr A White and Mr T Manley

3\\. Minutes of the last meeting. Adopted. Proposed by Mr Stocking seconded by Mrs Leaman.
`;
    assert.deepEqual(
      recordOf(text, 'minutes.md').attendance.map((a) => `${a.honorific} ${a.name} ${a.status}`),
      [
        'Mr M Mycock present',
        'Mr B Harrison present',
        'Mrs M Leaman present',
        'Mrs T Mann present',
        'Mr C Stocking present',
        'Mrs V Negus present',
        'Mr A White regrets',
        'Mr T Manley regrets',
      ],
    );
  });
});

describe('groups of an attendance under headings of their own', () => {
  const text = `# Harbour Steering Committee Meeting Minutes

**Date:** 2016-04-21

## Attendance

### Steering Committee Members

- Ana Ruiz
- Tomas Berg

### Staff

- Lee Chen

### Others

- Kai Moana

### Not attending

- Mia Holm

## Updates

The slipway budget was approved.
`;

  it('keeps every group a heading of the attendance kind is followed by, and reads "Not attending" as regrets', () => {
    assert.deepEqual(who(text), [
      'Ana Ruiz present',
      'Tomas Berg present',
      'Lee Chen present',
      'Kai Moana present',
      'Mia Holm regrets',
    ]);
    assert.deepEqual(
      recordOf(text, 'minutes.md').topics.map((t) => t.title),
      ['Updates'],
    );
  });

  it('takes a heading under the attendance over what someone said for a topic', () => {
    const record = recordOf(
      `# Harbour WG, 14 March 2023

## Attendees

Present: Ana Ruiz, Tomas Berg

### Tide gauges

Ana: the gauges were calibrated last week.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Tide gauges'],
    );
    assert.equal(record.attendance.length, 2);
  });
});

describe('attendance by the offices and countries that came', () => {
  it('reads "chaired by JRC and attended by experts from AT, CZ … and SK" as who was there', () => {
    assert.deepEqual(
      who(`# Harbour sub-group, 8 April 2021

The meeting was chaired by JRC and attended by experts from AT, CZ, DE and SK.

## Discussion

AT presented its proposal.
`),
      ['JRC present Chair', 'AT present', 'CZ present', 'DE present', 'SK present'],
    );
  });

  it('reads no list from "attended by" over a number or a description', () => {
    assert.deepEqual(
      who(`# Harbour forum, 8 April 2021

The meeting was attended by over a hundred participants from the region.

## Discussion

The forum discussed the tide tables.
`),
      [],
    );
  });
});

describe('a note on the attendance list', () => {
  it('reads the names after "(Note: quorum is …)" under "Members present:" as present', () => {
    assert.deepEqual(
      who(`# Harbour Users Group AGM, 12 February 2019

## 0. Opening

Members present:
(Note quorum is 20% of the current number of members. Currently 31 paid.)

Members names

* Ana Ruiz
* Tomas Berg

Apologies:

* Lee Chen

## 1. Minutes

The minutes of the 2018 AGM were approved.
`),
      ['Ana Ruiz present', 'Tomas Berg present', 'Lee Chen regrets'],
    );
  });
});
