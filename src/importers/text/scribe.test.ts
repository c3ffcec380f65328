// IRC logs saved with their time stamps, as channels log them. Written here, after the shapes
// found in real logs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordOf } from '../../../test/support/example.js';

describe('an IRC log with its time stamps', () => {
  it('opens a topic where the scribe says "Topic:", before or after a stamp', () => {
    const record = recordOf(
      `[Tue 11:10:47] <ana>\tscribe: tomas
[Tue 11:11:22] *\tkai waves
[Tue 11:11:41] <ana>\tTopic: Tide gauges
[Tue 11:12:07] *\tlee (lee@example.org) has joined #harbour
[Tue 11:12:25] <tomas>\tAna: the gauges are calibrated.
[Tue 11:13:01] <ana>\tTopic: Moorings
[Tue 11:13:30] <tomas>\tAna: the fees stay as they are.
`,
      'harbour-irc.txt',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.length]),
      [
        ['Tide gauges', 1],
        ['Moorings', 1],
      ],
    );
    assert.doesNotMatch(record.meeting.purpose ?? '', /calibrated/, 'the log is not read as an introduction');
  });

  it('drops a stamp alone on its line and reads what was said on the next', () => {
    const record = recordOf(
      `15:03:55 [cpn]
Meeting: Harbour CG meeting
15:04:07 [cpn]
Topic: Introduction
15:04:17 [cpn]
Jake: Welcome to the Harbour CG meeting
15:05:48 [cpn]
Present: Jake_Holland, Eric_Siow
`,
      'harbour-log.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Introduction'],
    );
    assert.equal(record.attendance.length, 2);
  });

  it('joins what a scribe tool wrapped onto indented lines, and reads a speaker\'s "we will" as speech', () => {
    const record = recordOf(
      `Harbour Vocabulary Task Force Transcript for 2023-06-27

Topic: Pull requests

<ana> hello
Nis Berg :  We are short on people today, so we will have a
  pretty short meeting. We will merge pull requests and then call
  it a day.
Nis Berg :  For 821, this is making invoice number mandatory
  on invoices.
`,
      'harbour-transcript.txt',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes.map((o) => [o.kind, o.text])),
      [
        ['note', '<ana> hello'],
        [
          'note',
          'Nis Berg : We are short on people today, so we will have a pretty short meeting. We will merge pull requests and then call it a day.',
        ],
        ['note', 'Nis Berg : For 821, this is making invoice number mandatory on invoices.'],
      ],
    );
  });

  it('opens a topic where the chair calls a numbered agenda item', () => {
    const record = recordOf(
      `# Logs

**\\<ana>** Meeting time.
**\\<ana>** 1. Greetings
**\\<tomas>** hi
**\\<ana>** 2. What's been completed since the previous meeting
**\\<tomas>** a lot of PRs got merged
`,
      'harbour-dev-log.md',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.length]),
      [
        ['Greetings', 1],
        ["What's been completed since the previous meeting", 1],
      ],
    );
  });
});

describe('minutes a scribe tool wrote as Markdown', () => {
  it('reads the attendance as a definition list, a bare "agreed" as speech, and keeps the action listed again at the end', () => {
    const record = recordOf(
      `# Lantern Architecture Group Teleconference

## 12 March 2019

### Attendees

Present
: Dan Appel, Hadley Bee, Sangwhan Moon

Regrets
: Lukasz Olej

Chair
: Dan Appel

### Meeting minutes

#### Web Share Target

**Dan Appel:** I think we should close this.

**Hadley Bee:** agreed.

**Sangwhan Moon:** fine by me.

**Dan Appel:** good, then we close it.

**Hadley Bee:** and the portal item next.

**ACTION:** Dan to write the closing comment.

### Summary of action items

1. [NEW] **ACTION:** Dan to write the closing comment.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.attendance.map((a) => [a.name, a.status, a.role]),
      [
        ['Dan Appel', 'present', 'Chair'],
        ['Hadley Bee', 'present', null],
        ['Sangwhan Moon', 'present', null],
        ['Lukasz Olej', 'regrets', null],
      ],
    );
    const outcomes = record.topics.flatMap((t) => t.outcomes);
    assert.deepEqual(
      outcomes.filter((o) => o.kind !== 'note').map((o) => [o.kind, o.owner]),
      [['action', 'Dan']],
    );
  });
});
