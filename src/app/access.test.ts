// Who may do what.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { User } from '../domain/account.js';
import { MinutebookError } from '../domain/errors.js';
import { authorize, may, maySetActionStatus, namesOwner } from './access.js';

const person = (role: User['role'], name = 'Lise Fuhr'): User => ({
  id: 1,
  login: 'x',
  name,
  role,
  bodies: [],
});

describe('access', () => {
  it('lets the secretariat and administrators record, and nobody else', () => {
    assert.deepEqual(
      [null, person('member'), person('secretariat'), person('admin')].map((actor) => may(actor, 'record')),
      [false, false, true, true],
    );
    assert.deepEqual(
      [person('secretariat'), person('admin')].map((actor) => may(actor, 'manage-accounts')),
      [false, true],
    );
  });

  it('tells someone who has not signed in from someone who may not', () => {
    assert.throws(
      () => authorize(null, 'record'),
      (e: unknown) => e instanceof MinutebookError && e.code === 'unauthenticated',
    );
    assert.throws(
      () => authorize(person('member'), 'record'),
      (e: unknown) => e instanceof MinutebookError && e.code === 'forbidden',
    );
  });

  it('recognises a person in the owner of an action, by whole words', () => {
    assert.equal(namesOwner('Lise Fuhr', 'Lise Fuhr'), true);
    assert.equal(namesOwner('Lise Fuhr', 'Ms. Lise Fuhr and the Secretariat'), true);
    assert.equal(namesOwner('Lise Fuhr', 'Fuhr'), true);
    assert.equal(namesOwner('Céline Bal', 'Celine Bal'), true);
    assert.equal(namesOwner('Lise Fuhr', 'Lisette Fuhrmann'), false);
    assert.equal(namesOwner('Lise Fuhr', 'Secretariat'), false);
    assert.equal(maySetActionStatus(person('member'), 'Lise Fuhr'), true);
    assert.equal(maySetActionStatus(person('member'), null), false);
    assert.equal(maySetActionStatus(person('secretariat', 'Someone Else'), 'Lise Fuhr'), true);
    assert.equal(maySetActionStatus(null, 'Lise Fuhr'), false);
  });
});
