// After `minutebook import`, PostgreSQL knows what its tables hold: without statistics it read
// the people list of a freshly imported archive by a plan 250 times slower.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import pg from 'pg';
import { main } from '../src/cli/main.js';
import type { Output } from '../src/cli/output.js';
import { EXAMPLE_PATH } from './support/example.js';
import { describeWith, emptyPostgresDatabase, engines } from './support/stores.js';

const postgres = engines.find((e) => e.name === 'postgres')!;

describeWith(postgres, 'import on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof emptyPostgresDatabase>>;
  before(async () => {
    database = await emptyPostgresDatabase();
  });
  after(() => database.drop());

  it('gathers the statistics of the tables it wrote', async () => {
    const quiet: Output = { out: () => undefined, err: () => undefined, tty: false };
    assert.equal(await main(['import', '--db', database.url, EXAMPLE_PATH], quiet, {}, async () => ''), 0);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ relname: string }>(
        `SELECT relname FROM pg_stat_user_tables
         WHERE relname IN ('meetings', 'attendance', 'people', 'search_entries') AND last_analyze IS NOT NULL`,
      );
      assert.deepEqual(rows.map((r) => r.relname).sort(), [
        'attendance',
        'meetings',
        'people',
        'search_entries',
      ]);
    } finally {
      await client.end();
    }
  });
});
