// The command line as a process, as people run it: what `serve` says about where it listens
// and whether it trusts a proxy, and how a command ends when the program reading its output
// stops reading. Runs the checkout's own command (built by scripts/setup.sh).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../src/cli/main.js';
import { EXAMPLE_PATH, ROOT } from './support/example.js';

const BIN = join(ROOT, 'bin', 'minutebook.js');
const dir = mkdtempSync(join(tmpdir(), 'minutebook-process-'));
let databases = 0;

/**
 * Starts `minutebook serve` on a free port over an empty database, waits until it has said
 * everything it says on starting (the last line names the first administrator's page), and
 * hands what it said and its address to `use`; then stops it.
 */
async function serving(
  args: string[],
  env: Record<string, string>,
  use: (said: string, url: string) => Promise<void>,
): Promise<void> {
  const db = join(dir, `served-${++databases}.db`);
  const server = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--no-example', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MINUTEBOOK_TRUST_PROXY: '', ...env },
  });
  try {
    let said = '';
    await new Promise<void>((resolve, reject) => {
      server.stderr.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        if (/Create the first administrator at/.test(said)) resolve();
      });
      server.once('exit', (code) => reject(new Error(`serve stopped (${code}): ${said}`)));
    });
    const url = /is serving .* at (http:\/\/\S+?)\/ /.exec(said)![1]!;
    await use(said, url);
  } finally {
    const stopped = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    assert.equal(await stopped, 0);
  }
}

const WARNING = /Warning: .*plain HTTP/;

/** The Set-Cookie of the sign-in page, asked for as the proxy forwards an https request. */
const signInCookie = async (url: string): Promise<string> =>
  (await fetch(`${url}/login`, { headers: { 'X-Forwarded-Proto': 'https' } })).headers.get('set-cookie') ??
  '';

describe('minutebook serve', () => {
  it('names the address it listens at and warns that every network gets plain HTTP', async () => {
    await serving(['--host', '0.0.0.0'], {}, async (said, url) => {
      assert.match(url, /^http:\/\/0\.0\.0\.0:\d+$/);
      assert.match(said, WARNING);
      assert.match(said, /--trust-proxy/);
      const local = url.replace('0.0.0.0', '127.0.0.1');
      assert.doesNotMatch(await signInCookie(local), /Secure/i, 'the header is not believed');
    });
  });

  it('stops cleanly when told to stop the moment it speaks', async () => {
    const server = spawn(
      process.execPath,
      [BIN, 'serve', '--db', join(dir, `served-${++databases}.db`), '--port', '0', '--no-example'],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MINUTEBOOK_TRUST_PROXY: '' } },
    );
    const stopped = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.stderr.once('data', () => server.kill('SIGTERM'));
    assert.equal(await stopped, 0);
  });

  it('stops when the process that started it ends, as when `npm start` is stopped by its pid', async () => {
    // A shell that stays the server's parent (it has more to do after it), killed outright: the
    // server is left to the init process unless it watches for that.
    const db = join(dir, `served-${++databases}.db`);
    const parent = spawn(
      'bash',
      ['-c', `"${process.execPath}" "${BIN}" serve --db "${db}" --port 0 --no-example; echo ended`],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MINUTEBOOK_TRUST_PROXY: '' } },
    );
    let said = '';
    await new Promise<void>((resolve) => {
      parent.stderr.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        if (/Create the first administrator at/.test(said)) resolve();
      });
    });
    const url = /is serving .* at (http:\/\/\S+?)\/ /.exec(said)![1]!;
    assert.equal((await fetch(`${url}/login`)).status, 200);
    parent.kill('SIGKILL');
    let listening = true;
    for (let tries = 0; tries < 100 && listening; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      listening = await fetch(`${url}/login`).then(
        () => true,
        () => false,
      );
    }
    assert.equal(listening, false, 'the server still answers ten seconds after its parent ended');
  });

  it('does not warn when it listens on this machine only', async () => {
    await serving([], {}, async (said, url) => {
      assert.match(url, /^http:\/\/localhost:\d+$/);
      assert.doesNotMatch(said, WARNING);
    });
    await serving(['--host', '127.0.0.1'], {}, async (said, url) => {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.doesNotMatch(said, WARNING);
    });
  });

  it('trusts the proxy with --trust-proxy or MINUTEBOOK_TRUST_PROXY=1: https makes cookies Secure', async () => {
    for (const [args, env] of [
      [['--trust-proxy'], {}],
      [[], { MINUTEBOOK_TRUST_PROXY: '1' }],
    ] as const) {
      await serving(['--host', '0.0.0.0', ...args], env, async (said, url) => {
        assert.doesNotMatch(said, WARNING);
        assert.match(said, /Trusting the reverse proxy/);
        assert.match(await signInCookie(url.replace('0.0.0.0', '127.0.0.1')), /;\s*Secure/i);
      });
    }
  });
});

/** Runs a command whose output goes to a reader that has already gone (`… | head -0`). */
async function intoClosedPipe(args: string[]): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, err };
}

describe('minutebook with its output piped to a program that stops reading', () => {
  it('ends quietly, as other command-line tools do', async () => {
    const db = join(dir, 'listed.db');
    const quiet = { out: () => undefined, err: () => undefined, tty: false };
    assert.equal(await main(['example', '--db', db], quiet, {}), 0);
    for (const args of [
      ['list', '--db', db],
      ['parse', EXAMPLE_PATH, '--json'],
    ]) {
      const { code, err } = await intoClosedPipe(args);
      assert.doesNotMatch(err, /EPIPE|Error|\n\s+at /, `${args[0]}: no stack trace`);
      assert.equal(code, 0, args[0]);
    }
  });
});
