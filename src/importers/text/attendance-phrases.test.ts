// Attendance announced in a sentence or a numbered heading rather than by a label, as real
// minutes often do. The fixtures are written here, after the shapes found in real minutes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordOf } from '../../../test/support/example.js';

const who = (text: string) =>
  recordOf(text, 'minutes.md').attendance.map((a) => `${a.name} ${a.status}${a.role ? ` ${a.role}` : ''}`);

describe('attendance announced in a sentence', () => {
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
});
