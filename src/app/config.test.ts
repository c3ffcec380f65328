import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MinutebookError } from '../domain/errors.js';
import { describeDatabase, loadConfig } from './config.js';

describe('configuration', () => {
  it('uses ./minutebook.db when nothing is said', () => {
    assert.deepEqual(loadConfig({}), { database: './minutebook.db', engine: 'sqlite', connections: 10 });
  });

  it('prefers --db, then a postgres DATABASE_URL, then MINUTEBOOK_DB', () => {
    const env = { DATABASE_URL: 'postgres://u:secret@db/minutes', MINUTEBOOK_DB: '/data/m.db' };
    assert.equal(loadConfig(env, { db: 'x.db' }).database, 'x.db');
    assert.deepEqual([loadConfig(env).database, loadConfig(env).engine], [env.DATABASE_URL, 'postgres']);
    assert.equal(
      loadConfig({ DATABASE_URL: 'mysql://db', MINUTEBOOK_DB: '/data/m.db' }).database,
      '/data/m.db',
    );
  });

  it('takes the connections one process may hold from MINUTEBOOK_DB_CONNECTIONS, and nothing but a count', () => {
    assert.equal(loadConfig({ MINUTEBOOK_DB_CONNECTIONS: '4' }).connections, 4);
    for (const wrong of ['0', '1', 'ten', '2.5', '-3', '100000']) {
      assert.throws(
        () => loadConfig({ MINUTEBOOK_DB_CONNECTIONS: wrong }),
        (error) =>
          error instanceof MinutebookError &&
          error.code === 'invalid-argument' &&
          error.message.includes(wrong),
      );
    }
  });

  it('hides a password when it names the database', () => {
    assert.equal(
      describeDatabase(loadConfig({ DATABASE_URL: 'postgresql://u:secret@db:5432/minutes' })),
      'postgresql://u:***@db:5432/minutes',
    );
  });

  it('cannot be changed once read', () => {
    assert.ok(Object.isFrozen(loadConfig({})));
  });
});
