// A meeting that did not take place has no outcomes, however the notice says so.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordOf } from '../../../test/support/example.js';

describe('a cancelled meeting', () => {
  it('is cancelled when a bold line says so, and keeps no outcome of the agenda below', () => {
    const record = recordOf(
      `# 10 June 2025 Lantern Working Group Teleconference

### Attendees
- Ana Ruiz - chair
- Tomas Berg

**_Lacking a quorum, this meeting was cancelled._**

## Info share

- Tomas Berg will circulate the draft schedule.
`,
      'minutes.md',
    );
    assert.equal(record.meeting.status, 'cancelled');
    assert.deepEqual(record.topics, []);
  });
});
