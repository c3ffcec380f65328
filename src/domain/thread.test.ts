import assert from 'node:assert/strict';
import { it } from 'node:test';
import { threadSteps } from './thread.js';

it('names what each meeting did to an action: raised, discussed, reassigned, done', () => {
  assert.deepEqual(
    threadSteps([
      { owner: null, status: 'done' },
      { owner: 'Lise Fuhr', status: 'done' },
      { owner: 'lise fuhr', status: 'done' },
      { owner: 'IGF Secretariat', status: 'done' },
      { owner: 'IGF Secretariat', status: 'done' },
    ]),
    ['raised', 'discussed', 'discussed', 'reassigned', 'done'],
  );
  assert.deepEqual(
    threadSteps([
      { owner: 'A. Chair', status: 'in progress' },
      { owner: 'A. Chair', status: 'in progress' },
    ]),
    ['raised', 'discussed'],
  );
  assert.deepEqual(threadSteps([{ owner: null, status: 'dropped' }]), ['raised']);
});
