// The meeting's date where real minutes put it when their head says none: a heading further
// down, a labelled item, a line of its own. Fixtures written here, after those shapes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordOf } from '../../../test/support/example.js';

const dateOf = (text: string) => recordOf(text, 'minutes.md').meeting.date;

describe('the date near the top', () => {
  it('reads a date that opens the title, not as an item’s number', () => {
    assert.equal(
      dateOf('# 10 June 2024 Lantern Society Editors\n\n## Notes\n\nThe editors met.\n'),
      '2024-06-10',
    );
  });

  it('reads a labelled item under the title', () => {
    assert.equal(
      dateOf(`# Lantern Society: Editors

* Date: 2025-03-04
* Call: the usual room

## Present
* Ana Ruiz
`),
      '2025-03-04',
    );
  });

  it('reads a line of its own after the body and the meeting’s number', () => {
    assert.equal(
      dateOf(`Lantern Society Support Association

26th meeting of the Executive Committee


18 December 2017

Draft Summary Record

  1. The Executive Committee held its meeting in an informal setting.
`),
      '2017-12-18',
    );
  });

  it('reads a heading that names the minutes after a cover note', () => {
    assert.equal(
      dateOf(`Thanks to the scribe! The minutes for this week are now available.

----------------------------------------------------------------
Lantern Task Force Telecon Minutes for 2021-01-18

Topics:
  1. Work plan
`),
      '2021-01-18',
    );
  });

  it('invents none when the top gives none', () => {
    assert.equal(
      dateOf(`# Lantern Society: Editors

## Present
* Ana Ruiz

## Notes
* The editors agreed to meet again next month.
`),
      null,
    );
  });

  it('takes the date the text gives over the date a blog post was posted', () => {
    assert.equal(
      dateOf(`---
title: "Village Liaison Minutes August 2017"
date: "2017-11-03"
categories:
  - "villages"
---

Stoke Mill

VILLAGE LIAISON MINUTES

Wednesday 16th August 2017

Present: Mrs. S Lintern, Mr. R Thompson
`),
      '2017-08-16',
    );
  });

  it('keeps the front matter date of a file that is not a post', () => {
    assert.equal(
      dateOf(`---
title: "Editors"
date: "2017-11-03"
---

# Editors

Minutes of the meeting of 16 August 2017.
`),
      '2017-11-03',
    );
  });
});

describe('the head a website adds to minutes it publishes', () => {
  it('reads key and value lines a site generator keeps above the text as front matter', () => {
    const record = recordOf(
      `Title: Board Meeting 2019-03-04
Date: 2019-03-04 10:20
Modified: 2020-01-15 09:00
Authors: Dana Whitfield
Summary: Board Meeting 2019-03-04
save_as: Board_Meeting_2019-03-04.html

[Main Page](index.html) -\\> [Meetings](Meetings.html)
-\\> [Minutes](Minutes.html) -\\> [Board Meeting 2019-03-04](Board_Meeting_2019-03-04.html)

Board Meeting Minutes
---------------------

### Directors Present

-   Dana Whitfield, President
-   Omar Haddad, Secretary
`,
      'minutes.md',
    );
    assert.equal(record.meeting.date, '2019-03-04');
    assert.equal(record.meeting.title, 'Board Meeting Minutes');
    assert.equal(record.attendance.length, 2);
  });

  it('takes the date the minutes give over the date the page was posted', () => {
    const record = recordOf(
      `title: 2011 AGM
slug: 2011-agm
date: 2023-05-02 12:03:03 UTC+12:00
tags:
category:

# Minutes of the Harbour Club AGM - 14 March 2011

Meeting opened at 7:30pm.
`,
      'minutes.md',
    );
    assert.equal(record.meeting.date, '2011-03-14');
    assert.equal(record.meeting.title, 'Minutes of the Harbour Club AGM');
  });

  it('reads key and value lines closed by "---" as front matter, however few', () => {
    const record = recordOf(
      `title: Harbour Foundation Meeting Notes  2017-11-15
nav: [about]
---

### Attendees ###

* Dana Botes
* Tom Desmond
`,
      'minutes.md',
    );
    assert.equal(record.meeting.date, '2017-11-15');
    assert.equal(record.meeting.title, 'Harbour Foundation Meeting Notes');
    assert.equal(record.attendance.length, 2);
  });

  it('reads TOML front matter between "+++" lines, and a blog post’s date as the day it was posted', () => {
    const board = recordOf(
      `+++
title = "Board meeting: 2025-02-03"
date = 2025-02-03
[extra]
author = "Ana Ruiz"
+++

## Attendees

- Ana Ruiz
- Tomas Berg
`,
      'index.md',
    );
    assert.deepEqual(
      [board.meeting.title, board.meeting.date, board.attendance.length],
      ['Board meeting', '2025-02-03', 2],
    );
    const post = recordOf(
      `+++
title = "Harbour Foundation Board - Meeting Minutes - March 8, 2025"
date = 2025-03-13

[taxonomies]
series = ["harbour-foundation"]
+++

This post sums up the board meeting of March 8, 2025. The board approved the budget.
`,
      'post.md',
    );
    assert.equal(post.meeting.date, '2025-03-08');
  });

  it('reads the title under a post’s date line', () => {
    const record = recordOf(
      `Friday, September 22, 2025

Meeting of the Harbour Bureau

The eleventh meeting of the Bureau of the Harbour Council was held at the Town Hall. The Bureau approved the budget.
`,
      'post.txt',
    );
    assert.deepEqual(
      [record.meeting.title, record.meeting.date],
      ['Meeting of the Harbour Bureau', '2025-09-22'],
    );
    // The day the text says the meeting met comes before the day the post went up.
    const later = recordOf(
      `Wednesday, 23 April 2025

Harbour Council Minutes for March 2025

The Harbour Council met on 11 March 2025. It approved the budget.
`,
      'post.txt',
    );
    assert.equal(later.meeting.date, '2025-03-11');
  });

  it('leaves labelled facts of the meeting itself as they are', () => {
    const record = recordOf(
      `Date: 12 May 2020
Time: 10:00 UTC
Present: Ana Ruiz, Tomas Berg

# Harbour Club Committee

* The committee agreed to renew the lease.
`,
      'minutes.md',
    );
    assert.equal(record.meeting.date, '2020-05-12');
    assert.deepEqual(
      record.attendance.map((a) => a.name),
      ['Ana Ruiz', 'Tomas Berg'],
    );
  });

  it('takes the day a post says the meeting was held over the day it was posted', () => {
    assert.equal(
      dateOf(`---
title: "2023 Annual Members' Meeting"
date: 2023-10-24T08:30:00+08:00
summary: Report from our October 2023 meeting
---

The Harbour Club held its annual members' meeting on 10 October 2023. Here is a summary.

**Board elections:** Members elected two new directors.
`),
      '2023-10-10',
    );
    // The minutes of another meeting, held on another day, date nothing.
    assert.equal(
      dateOf(`---
title: "Committee"
date: 2023-10-24
---

The committee approved the minutes of the meeting held on 3 October 2023.

* The committee agreed to renew the lease.
`),
      '2023-10-24',
    );
  });
});

describe('facts of the meeting listed as items under its title', () => {
  it('reads "- **Time:**" as the time and takes no link of the page for a topic', () => {
    const record = recordOf(
      `# Lantern HPC Meeting - April 2022

- **Date:** 2022-04-06
- **Time:** 8:30 AM PDT
  - **Your timezone:** https://example.org/zone
- **GitHub issue:**
- **Calendar for future meetings:** https://example.org/calendar

## Standing items

- Batchspawner: the CI is failing for pull requests.
`,
      'minutes.md',
    );
    assert.equal(record.meeting.date, '2022-04-06');
    assert.equal(record.meeting.start, '2022-04-06T15:30:00Z');
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Standing items'],
    );
  });
});

describe('a title set as two first-level headings', () => {
  it('reads both as the title when the second heads nothing of its own, without the date’s weekday', () => {
    const record = recordOf(
      `# **Harbour SWG Meeting 7**

# **Leuven TC Meeting**

## Tues 25 June 2019, 10:15-11:00 (Leuven time)

## **Results**

1. Revision 2.3 approved by the SWG
`,
      'minutes.md',
    );
    assert.equal(record.meeting.title, 'Harbour SWG Meeting 7 — Leuven TC Meeting');
    assert.deepEqual(
      record.topics.map((t) => t.title),
      [null],
    );
  });

  it('keeps a first-level heading with notes under it as a topic', () => {
    const record = recordOf(
      `# Harbour SWG Meeting, 25 June 2019

# Revision 2.3

The SWG approved revision 2.3.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Revision 2.3'],
    );
  });
});

describe('the body named in a title', () => {
  it('reads the body after "Nth meeting of the …", not the ordinal', () => {
    const bodyOf = (title: string) => recordOf(`# ${title}\n\nThe Bureau met.\n`, 'minutes.md').meeting.body;
    assert.equal(
      bodyOf('12th meeting of the Bureau of the Harbour Data Council, 5 March 2026'),
      'Bureau of the Harbour Data Council',
    );
    assert.equal(bodyOf('Special session of the Tidal Commission, 5 March 2026'), 'Tidal Commission');
    // "Minutes of" before it, and the quarter the meeting reviews after it.
    assert.equal(bodyOf('Minutes of the 31st meeting of the Lantern Society, Q4 2025'), 'Lantern Society');
    assert.equal(bodyOf('MINUTES OF THE 3rd MANAGEMENT COMMITTEE MEETING'), 'MANAGEMENT COMMITTEE');
    assert.equal(bodyOf('Lantern Steering Council Update for Q1 2023'), 'Lantern Steering Council');
    assert.equal(
      bodyOf('26th meeting of the Lantern Steering Committee. Executive summary'),
      'Lantern Steering Committee',
    );
    assert.equal(
      bodyOf('Minutes of the Harbour Architecture Board Business Meeting, 11 March 2020'),
      'Harbour Architecture Board',
    );
    // An executive board is the body that met, not a board meeting of the body before it.
    assert.equal(
      bodyOf('Minutes of the Harbour NCC Executive Board Meeting, 12 February 2020'),
      'Harbour NCC Executive Board',
    );
  });
  it('dates the meeting from a section on when and where when the head gives no date', () => {
    const record = recordOf(
      `# Minutes of the 12th meeting of the Lantern Society Board

## Date, Time and Location

The meeting took place on Thursday, 12 June 2025 at 18:00 (UTC) in the hall.

## Budget

The board approved the budget.
`,
      'minutes.md',
    );
    assert.equal(record.meeting.date, '2025-06-12');
    assert.equal(record.meeting.start, '2025-06-12T18:00:00Z');
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Budget'],
    );
  });
});

describe('minutes mailed to a list under a cover note', () => {
  it('takes no more than a few paragraphs for a cover note: further down, a dated line is the body’s', () => {
    const record = recordOf(
      `---
title: Logs of the Lantern dev meeting held on 2026-03-05
---

# Logs

**ana** makeup meeting time from yesterday!
0: Greetings
1: What's been done
a lot of updates to the parser landed this week, thanks to all who helped along the way.

**ana** the spec changes are merged and the tests pass again on every platform
2: What's next
next is the tunnel work, which will take a week or two at the least, or so it seems.

**ana** and then the fuzzing suites, which should take about as long again
all of the items just listed will likely take me until the release on 2026-04-10

**ana** hopefully, the release goal will be met by then, and the routers can talk
3: Next meeting time

**ana** 2026-03-19 18:00 UTC
any objections?
alright, see you all next meeting
`,
      'minutes.md',
    );
    assert.equal(record.meeting.date, '2026-03-05');
    assert.equal(record.meeting.title, 'Logs of the Lantern dev meeting');
  });
  it('takes the title after the cover note and its address, and no topic from the title', () => {
    const record = recordOf(
      `Thanks to Ana for scribing this week! The minutes
for this week's Lantern Task Force telecon are now available:

https://example.org/meetings/2021-01-18-lantern

Full text of the discussion follows for archival purposes.

----------------------------------------------------------------
Lantern Task Force Telecon Minutes for 2021-01-18

Present:
  Ana Ruiz, Tomas Berg

Topic: Issue templates

<ana> Reviewed and approved
`,
      'minutes.txt',
    );
    assert.equal(record.meeting.title, 'Lantern Task Force Telecon Minutes');
    assert.equal(record.meeting.date, '2021-01-18');
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Issue templates'],
    );
  });

  it('takes a transcript’s title the head did not reach for no topic', () => {
    const record = recordOf(
      `Thanks to Ana for scribing this week!

The transcript for the call is now available here:

https://example.org/meetings/2023-06-27/

Full text of the discussion follows for archival purposes.

----------------------------------------------------------------
Lantern Task Force Transcript for 2023-06-27

Agenda:
  https://example.org/agenda
Present:
  Ana Ruiz, Tomas Berg

<ana> hello
`,
      'minutes.txt',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      [],
    );
    assert.equal(record.meeting.date, '2023-06-27');
  });
});

describe('a long title over its dates', () => {
  it('reads it as the title block, not as the opening paragraph', () => {
    const record = recordOf(
      `Summary of the Fourth Meeting of the Independent Panel for Harbour Preparedness
15-17 December 2020, virtual

The Panel held its fourth meeting virtually, co-chaired by Ana Ruiz and Tomas Berg.

Next steps

- The Secretariat will circulate a revised draft by 8 January 2021.
`,
      'summary.txt',
    );
    assert.equal(
      record.meeting.title,
      'Summary of the Fourth Meeting of the Independent Panel for Harbour Preparedness',
    );
    assert.equal(record.meeting.body, 'Independent Panel for Harbour Preparedness');
    assert.equal(record.meeting.endDate, '2020-12-17');
  });
});

describe('a summary told in paragraphs, without headings', () => {
  const summary = `Summary of the virtual meeting of the Harbour Data Council, 3 March 2020

The Council met virtually on 3 March 2020 to discuss its programme for the year. Twelve members attended.

The Council agreed to hold its annual meeting online in June. The secretariat will circulate a survey on dates by 20 March.

Members discussed the draft terms of reference. The chair will send a revised draft to the list by the end of the month.

The Council endorsed the work plan as presented.
`;

  it('keeps the first paragraph as the purpose and reads the others as the record', () => {
    const record = recordOf(summary, 'summary.txt');
    assert.equal(
      record.meeting.purpose,
      'The Council met virtually on 3 March 2020 to discuss its programme for the year. Twelve members attended.',
    );
    const outcomes = record.topics.flatMap((t) => t.outcomes);
    assert.deepEqual(
      outcomes.filter((o) => o.kind !== 'note').map((o) => [o.kind, o.owner]),
      [
        ['action', null],
        ['action', 'secretariat'],
        ['action', 'chair'],
        ['decision', null],
      ],
    );
  });

  it('reads a decision that cites Annex I as the record, not as someone writing in the first person', () => {
    const record = recordOf(
      `Summary of the virtual meeting of the Harbour Data Council, 3 March 2020

The Council met virtually on 3 March 2020 to discuss its programme for the year.

The Council adopted the work plan in Annex I.
`,
      'summary.txt',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.map((o) => o.kind)),
      ['decision'],
    );
  });

  it('reads no record from paragraphs that only plan, or from someone writing in the first person', () => {
    const plan = `Meeting of the Harbour Data Council, 5 March 2026

The Council has six member states and meets twice a year.

The Council will review the activities of 2025 and update its workplan for 2026.
`;
    assert.equal(recordOf(plan, 'notice.txt').topics.length, 0);
    const reply = `Re: the Harbour Data Council call on 7 January 2015

That is sad news about the chair.

I will volunteer if one other person co-chairs. I just accepted a new role, so cannot do it alone.
`;
    assert.equal(recordOf(reply, 'reply.txt').topics.length, 0);
  });
});

describe('the meeting’s day against the day the text was sent or posted', () => {
  const dateOf = (text: string, name = 'summary.txt') => recordOf(text, name).meeting.date;

  it('takes a mail archive’s date line for when the summary was sent, and "our call yesterday" for the day before', () => {
    assert.equal(
      dateOf(`[Harbour-wg] Brief summary of our call

Ana Ruiz ana at example.org
Fri Jul 22 04:09:45 EDT 2016

Hello all,

A brief summary of our call yesterday, before the full notes come.

a) The tide gauge survey will start next week.
`),
      '2016-07-21',
    );
  });

  it('takes "Posted by … on" for the post’s date, and "At a meeting yesterday" for the day before', () => {
    assert.equal(
      dateOf(`Board Communique

Posted by the Harbour Board on 3 August 2017

The Board thanks all members who attended the general meeting on Monday.

At a meeting yesterday, the Board reaffirmed its commitment to consult members on the new code.
`),
      '2017-08-02',
    );
  });

  it('reads no date from the next meeting, and the date from the paragraph saying when the meeting was held', () => {
    assert.equal(
      dateOf(`[Harbour-wg] 3rd virtual meeting / summary

Lee Chen lee at example.org
Mon Aug 15 15:56:10 EDT 2016

Dear all,

Please find below the summary of the 3rd virtual meeting. Our next meeting is scheduled for Wednesday 24 August at noon UTC.

3rd Virtual Meeting

3 August - 2 pm UTC

1. The Harbour Working Group held its third open virtual (webex) meeting on 3 August 2016 at 2pm UTC. The call was led by its coordinators.

2. The recording of the meeting is online.
`),
      '2016-08-03',
    );
  });

  it('takes the sentence saying the members met on a day over the date line of the communiqué', () => {
    assert.equal(
      dateOf(`Communique of the Harbour Organisation

Montreal - 25 June 2003

The members of the Harbour Organisation present at the Montreal meeting met on June 23rd 2003 and expressed their full support to the formation process.
`),
      '2003-06-23',
    );
  });
});

describe('a number date that reads two ways, beside a time zone', () => {
  const read = (line: string) => {
    const record = recordOf(`# Harbour Action 2020.1, progress meeting

## Date and time
${line}

## Main decisions

* The group agreed to merge the pull request.
`);
    return [record.meeting.date, record.warnings.find((w) => w.code === 'ambiguous-date')?.message ?? null];
  };

  it('reads it day first beside a European zone and month first beside a North American one, and says so', () => {
    const [european, told] = read('02/10/2020 10:00 - 12:00 CEST (via WebEx)');
    assert.equal(european, '2020-10-02');
    assert.match(told ?? '', /read as 2 October, day first, as dates are written where CEST is the time/);
    assert.equal(read('02/10/2020 10:00 - 11:00 EST')[0], '2020-02-10');
  });

  it('leaves it unread without a zone, or with zones of both kinds', () => {
    assert.equal(read('02/10/2020 10:00 - 12:00')[0], null);
    assert.equal(read('02/10/2020 16:00 CEST / 10:00 EDT')[0], null);
  });
});

describe('a news item whose first paragraph tells what the body decided', () => {
  it('reads the first paragraph as the record, not as why the body met', () => {
    const record = recordOf(`Harbour Steering Committee elects Norway and Chile as new Chairs

Oct. 3, 2013

The Harbour Steering Committee, meeting today in Copenhagen, have confirmed that Norway and Chile are to be the new Chair and Vice Chair.

Ms Berg said the role was an honour for the smaller ports.
`);
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.filter((o) => o.kind !== 'note').map((o) => [o.kind, o.verb])),
      [['decision', 'confirmed']],
    );
    assert.equal(record.meeting.purpose, null);
  });
});
