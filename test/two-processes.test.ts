// Several `minutebook serve` processes in front of one PostgreSQL database, as a deployment that
// outgrows one machine runs them: two real processes, started at the same moment on an empty
// database, asked over HTTP as a load balancer would ask them, one request here and the next
// there. Runs the checkout's built command (dist/, built by scripts/setup.sh).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { MeetingRecord } from '../src/domain/record.js';
import { openStore } from '../src/storage/store.js';
import { account, PASSWORD } from './support/accounts.js';
import { Client } from './support/client.js';
import { ROOT } from './support/example.js';
import { formOf } from './support/html.js';
import { describeWith, emptyPostgresDatabase, engines } from './support/stores.js';

const BIN = join(ROOT, 'bin', 'minutebook.js');
const postgres = engines.find((e) => e.name === 'postgres')!;

interface Served {
  process: ChildProcess;
  url: string;
  /** The path at which it said the first administrator is made. */
  setup: string;
}

/**
 * Starts `minutebook serve` on a free port over a database without accounts, and answers once
 * it has said where it serves and where the first administrator is made.
 */
function serve(db: string, running: ChildProcess[]): Promise<Served> {
  const server = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--trust-proxy'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '', MINUTEBOOK_TRUST_PROXY: '' },
  });
  running.push(server);
  let said = '';
  return new Promise((resolve, reject) => {
    server.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const url = /is serving .* at (http:\/\/\S+?)\/ /.exec(said)?.[1];
      const setup = /Create the first administrator at http:\/\/\S+?(\/setup\/\S+)/.exec(said)?.[1];
      if (url !== undefined && setup !== undefined) resolve({ process: server, url, setup });
    });
    server.once('exit', (code) => reject(new Error(`serve stopped (${code}): ${said}`)));
  });
}

/** Stops a server, outright if it has not stopped five seconds after being asked. */
async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const stopped = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const late = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await stopped;
  clearTimeout(late);
}

/**
 * A browser behind the load balancer: its cookies go with every request, to whichever process
 * `to` names, and the proxy says where the browser is (X-Forwarded-For, believed with --trust-proxy).
 */
function browserAt(address: string): { client: Client; to(server: Served): Client } {
  let target: Served | null = null;
  const client = new Client({
    request: (path, init) => {
      const headers = new Headers(init.headers);
      headers.set('X-Forwarded-For', address);
      return fetch(`${target!.url}${path}`, { ...init, headers, redirect: 'manual' });
    },
  });
  return {
    client,
    to(server) {
      target = server;
      return client;
    },
  };
}

const MEETING = 'igf-lp/2024-11-01';

/** The venue a meeting's page shows, if any. */
const venueOn = (html: string): string | null => /<p class="venue">([^<]*)<\/p>/.exec(html)?.[1] ?? null;

describeWith(postgres, 'two server processes on one PostgreSQL database', () => {
  const running: ChildProcess[] = [];
  let database: Awaited<ReturnType<typeof emptyPostgresDatabase>>;
  let a: Served;
  let b: Served;
  let clerk: string;
  let admin: string;
  let firstAdmin: number;

  before(async () => {
    database = await emptyPostgresDatabase();
    // At the same moment, on an empty database: both migrate it and load the example if empty.
    [a, b] = await Promise.all([serve(database.url, running), serve(database.url, running)]);
    // The first administrator, at the address one process printed, made through the other.
    const setup = browserAt('198.51.100.10').to(b);
    const opened = await setup.page(a.setup);
    if (opened.status === 200) {
      const fields = formOf(opened.html, a.setup);
      const admin = { name: 'Ada Admin', login: 'ada', password: PASSWORD, repeat: PASSWORD };
      for (const [name, value] of Object.entries(admin)) fields.set(name, value);
      firstAdmin = (await setup.submit(a.setup, fields)).status;
    } else firstAdmin = opened.status;
    const store = await openStore({ url: database.url });
    try {
      clerk = (await account(store, 'clerk', 'secretariat')).token;
      admin = (await account(store, 'root', 'admin')).token;
      await account(store, 'guarded', 'secretariat');
    } finally {
      await store.close();
    }
  });

  // Stopped whatever the tests did; a server whose parent dies stops by itself as well.
  after(async () => {
    await Promise.all(running.map(stop));
    await database?.drop();
  });

  const json = async (server: Served, path: string, token?: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    const response = await fetch(`${server.url}${path}`, { ...init, headers });
    return { status: response.status, body: await response.json() };
  };
  const page = async (server: Served, path: string) => (await fetch(`${server.url}${path}`)).text();

  it('makes the first administrator at the address one process printed, through the other', async () => {
    assert.equal(firstAdmin, 303);
    assert.equal(
      (await fetch(`${b.url}${b.setup}`)).status,
      404,
      'no address works once there is an account',
    );
  });

  it('starts both together on an empty database: it is migrated, and the example loaded once', async () => {
    for (const server of [a, b]) assert.equal((await json(server, '/api/meetings')).body.total, 4);
    // Each of the four meetings and each of the panel's nine memberships is recorded once.
    const loaded = await json(b, '/api/audit?action=example&limit=1000', admin);
    assert.equal(loaded.status, 200);
    assert.equal(
      loaded.body.total,
      13,
      JSON.stringify(loaded.body.entries.map((e: { subject: string }) => e.subject)),
    );
  });

  it('shows a write through one process at once through the other, in pages it had kept too', async () => {
    // Anonymous readers keep asking the other process, so it has the page kept and fresh.
    const before = await page(b, `/m/${MEETING}`);
    assert.match(before, /IGF Leadership Panel/);
    let reading = true;
    const readers = (async () => {
      while (reading) await page(b, `/m/${MEETING}`);
    })();
    try {
      for (const venue of ['Kyoto', 'Riyadh', 'Oslo']) {
        const opened = (await json(a, `/api/meetings/${MEETING}`, clerk)).body;
        const record: MeetingRecord = opened.record;
        const saved = await json(a, `/api/meetings/${MEETING}`, clerk, {
          method: 'PUT',
          body: JSON.stringify({
            record: { ...record, meeting: { ...record.meeting, venue } },
            version: opened.version,
            reason: `The meeting was held in ${venue}.`,
          }),
        });
        assert.equal(saved.status, 200, JSON.stringify(saved.body));
        // The very next requests to the other process, as anyone might send them.
        assert.equal(venueOn(await page(b, `/m/${MEETING}`)), venue);
        assert.equal((await json(b, `/api/meetings/${MEETING}`)).body.record.meeting.venue, venue);
      }
    } finally {
      reading = false;
      await readers;
    }
  });

  it('keeps a session made through one process on the other, and ends it on both at sign-out', async () => {
    const browser = browserAt('198.51.100.20');
    const signedIn = await browser.to(a).signIn('clerk', PASSWORD);
    assert.equal(signedIn.status, 303);
    const session = browser.client.cookie('mb_session');
    assert.ok(session, 'a session cookie is set');
    const account = await browser.to(b).page('/account');
    assert.equal(account.status, 200);
    assert.match(account.html, /Clerk Tester/);
    // Signed out through the other process, with the form its page carries.
    const signedOut = await browser.to(b).submit('/logout', formOf(account.html, '/logout'));
    assert.equal(signedOut.status, 303);
    assert.equal(browser.client.cookie('mb_session'), undefined);
    // The cookie as it was, sent again to the first process: its session is gone there too.
    const replayed = await fetch(`${a.url}/account`, {
      headers: { Cookie: `mb_session=${session}` },
      redirect: 'manual',
    });
    assert.notEqual(replayed.status, 200);
  });

  it('holds a sign-in limit reached through one process on the other', async () => {
    const guesser = browserAt('198.51.100.30');
    // Five wrong guesses, spread over both processes, use up the login's attempts from here.
    for (const [i, server] of [a, b, a, b, a].entries()) {
      const answer = await guesser.to(server).signIn('guarded', `wrong guess ${i}`);
      assert.equal(answer.status, 401, `guess ${i + 1} is checked`);
    }
    for (const server of [b, a]) {
      const answer = await guesser.to(server).signIn('guarded', PASSWORD);
      assert.equal(answer.status, 429, 'the right password waits too');
      assert.ok(Number(answer.headers.get('Retry-After')) > 0);
      assert.equal(guesser.client.cookie('mb_session'), undefined);
    }
    // Someone else, elsewhere, still signs in as themselves.
    assert.equal((await browserAt('198.51.100.31').to(b).signIn('guarded', PASSWORD)).status, 303);
  });
});
