// The set-up `npm start` and `npm test` run first: it builds only when a source changed since
// the last build, so that a start or a test run does not wait for a build it does not need.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './support/example.js';

const SETUP = join(ROOT, 'scripts', 'setup.sh');

/** Runs the set-up (only saying what it would do, with `dry`) and returns what it said. */
function setup(dry: boolean): string {
  const run = spawnSync('bash', [SETUP], {
    env: { ...process.env, MINUTEBOOK_SETUP_DRY_RUN: dry ? '1' : '' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stderr;
}

describe('scripts/setup.sh', () => {
  it('does not build again when no source changed, and builds when one did', () => {
    // Whatever state the checkout is in, a real run leaves it built.
    setup(false);
    assert.match(setup(true), /the build is up to date/);
    const source = join(ROOT, 'src', 'domain', 'text.ts');
    const { atime, mtime } = statSync(source);
    try {
      // Saved a minute from now: newer than any build made before.
      utimesSync(source, atime, new Date(Date.now() + 60_000));
      assert.match(setup(true), /would build \(src\/domain\/text\.ts\)/);
    } finally {
      utimesSync(source, atime, mtime);
    }
    assert.match(setup(true), /the build is up to date/);
  });
});
