import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeDatabase, loadConfig } from './config.js';

describe('configuration', () => {
  it('uses ./minutebook.db when nothing is said', () => {
    assert.deepEqual(loadConfig({}), { database: './minutebook.db', engine: 'sqlite' });
  });

  it('prefers --db, then a postgres DATABASE_URL, then MINUTEBOOK_DB', () => {
    const env = { DATABASE_URL: 'postgres://u:secret@db/minutes', MINUTEBOOK_DB: '/data/m.db' };
    assert.deepEqual(loadConfig(env, { db: 'x.db' }), { database: 'x.db', engine: 'sqlite' });
    assert.deepEqual(loadConfig(env), { database: env.DATABASE_URL, engine: 'postgres' });
    assert.deepEqual(loadConfig({ DATABASE_URL: 'mysql://db', MINUTEBOOK_DB: '/data/m.db' }), {
      database: '/data/m.db',
      engine: 'sqlite',
    });
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
