import assert from 'node:assert/strict';
import { it } from 'node:test';
import { threadSteps } from './thread.js';

it('names what each meeting did to an action: raised, assigned, discussed, reassigned, done', () => {
  assert.deepEqual(
    threadSteps([
      { owner: null, status: 'done' },
      { owner: 'Lise Fuhr', status: 'done' },
      { owner: 'lise fuhr', status: 'done' },
      { owner: 'IGF Secretariat', status: 'done' },
      { owner: 'IGF Secretariat', status: 'done' },
    ]),
    ['raised', 'assigned', 'discussed', 'reassigned', 'done'],
  );
  assert.deepEqual(
    threadSteps([
      { owner: 'Lise Fuhr', status: 'open' },
      { owner: null, status: 'in progress' },
      { owner: 'Lise Fuhr', status: 'in progress' },
      { owner: 'Lan Xue', status: 'in progress' },
    ]),
    ['raised', 'discussed', 'discussed', 'reassigned'],
    'an owner is compared with the last one named, across a meeting that named none',
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
