// The minutebook command as people use it: every command on a real SQLite file, the messages
// and exit codes of failures, and the installed command itself.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { getMeeting, meetingSource } from '../src/app/meetings.js';
import { main } from '../src/cli/main.js';
import { en } from '../src/http/i18n/en.js';
import { openStore } from '../src/storage/store.js';
import type { Output } from '../src/cli/output.js';
import { EXAMPLE_PATH, ROOT } from './support/example.js';

const dir = mkdtempSync(join(tmpdir(), 'minutebook-cli-'));
const env = { MINUTEBOOK_DB: join(dir, 'minutebook.db') };

let secret = 'a long enough password';

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const output: Output = {
    out: (t) => void (out += `${t}\n`),
    err: (t) => void (err += `${t}\n`),
    tty: false,
  };
  const code = await main(args, output, env, async () => secret);
  return { code, out, err };
}

describe('minutebook', () => {
  it('parse --json prints the record without storing it', async () => {
    const { code, out } = await run('parse', EXAMPLE_PATH, '--json');
    assert.equal(code, 0);
    const record = JSON.parse(out) as { meeting: { id: string }; topics: unknown[] };
    assert.equal(record.meeting.id, 'igf-lp/2024-11-01');
    assert.equal(record.topics.length, 4);
    assert.equal((await run('list')).out, '');
  });

  it('import stores a summary once, however often it is imported', async () => {
    const first = await run('import', EXAMPLE_PATH);
    assert.equal(first.code, 0);
    assert.match(first.out, /^created\s+igf-lp\/2024-11-01 \(version 1, 2 warnings\)/);
    const again = await run('import', EXAMPLE_PATH);
    assert.match(again.out, /^unchanged\s+igf-lp\/2024-11-01 \(version 1/);
    const { out } = await run('list');
    assert.equal(out.trim().split('\n').length, 1);
    assert.match(
      out,
      /igf-lp\/2024-11-01 +2024-11-01 +draft +IGF Leadership Panel — Virtual Meeting +\[4 decisions, 2 actions, 25 present\]/,
    );
  });

  it('stores the name of an imported file, not the path it was read from', async () => {
    const folder = join(dir, 'private', 'clerk');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'board-2025-04-07.md');
    writeFileSync(
      file,
      '**Example Board\nMeeting\n7 April 2025**\n\n- **Budget:**\n - The Board approved the budget.\n',
    );
    assert.equal((await run('import', '--published', file)).code, 0);
    const exported = JSON.parse((await run('export', 'eb/2025-04-07', '--format', 'json')).out) as {
      source: { name: string };
    };
    assert.equal(exported.source.name, 'board-2025-04-07.md');
    const store = await openStore({ url: env.MINUTEBOOK_DB });
    try {
      const source = await meetingSource(store, null, 'eb/2025-04-07');
      assert.equal(source?.name, 'board-2025-04-07.md', 'as anonymous readers see it');
    } finally {
      await store.close();
    }
  });

  it('example loads the real example as published, marked as example data, as serve does', async () => {
    const db = join(dir, 'example.db');
    const { code, err } = await run('example', '--db', db);
    assert.equal(code, 0);
    assert.match(err, /igf-lp\/2024-11-01/);
    assert.match((await run('list', '--db', db)).out, /^igf-lp\/2024-11-01 +2024-11-01 +published /);
    const store = await openStore({ url: db });
    try {
      const stored = await getMeeting(store, null, 'igf-lp/2024-11-01');
      assert.equal(stored.example, true, 'anonymous readers see it, marked as example data');
    } finally {
      await store.close();
    }
  });

  it('show prints a meeting, and one decision by its citable identifier', async () => {
    const meeting = await run('show', 'igf-lp/2024-11-01');
    assert.match(meeting.out, /igf-lp\/2024-11-01#d3 +DECISION · endorsed/);
    assert.match(meeting.out, /Attendance: 25 present, 1 regrets, 0 absent/);
    // An action with no one named is the body's own, said as every page says it.
    assert.match(meeting.out, new RegExp(`\\(owner: ${en.meeting.ownerBody}; due:`));
    assert.match(
      (await run('show', 'igf-lp/2024-11-01#a1')).out,
      new RegExp(`owner: ${en.meeting.ownerBody}$`, 'm'),
    );
    const decision = await run('show', 'igf-lp/2024-11-01#d1', '--json');
    const shown = JSON.parse(decision.out) as {
      outcome: { verb: string; documents: string[] };
      topic: string;
    };
    assert.deepEqual(
      [shown.outcome.verb, shown.outcome.documents, shown.topic],
      ['endorsed', ['IGF LP Approach to WSIS+20'], 'Leadership Panel Approach to WSIS+20 & Future of IGF'],
    );
  });

  it('search finds across meetings, outcomes, people and documents, and marks the words', async () => {
    const { code, out, err } = await run('search', 'Céline');
    assert.equal(code, 0);
    assert.match(out, /^person +\d+\n +Céline Bal/m);
    assert.match(err, /1 of 1 result/);
    const documents = await run('search', 'strategic outlook', '--json');
    const results = JSON.parse(documents.out) as {
      results: Array<{ kind: string; ref: string; fragments: Array<{ text: string; match: boolean }> }>;
    };
    const decision = results.results.find((r) => r.ref === 'igf-lp/2024-11-01#d3');
    assert.deepEqual(
      decision?.fragments.filter((f) => f.match).map((f) => f.text),
      ['Strategic', 'Outlook'],
    );
  });

  it('export --format md writes the published layout, and json the interchange record', async () => {
    const md = await run('export', 'igf-lp/2024-11-01', '--format', 'md');
    assert.equal(
      md.out,
      `${readFileSync(join(ROOT, 'test', 'fixtures', 'golden', 'igf-lp-2024-11-01.md'), 'utf8')}\n`,
    );
    const file = join(dir, 'out.json');
    assert.equal((await run('export', 'igf-lp/2024-11-01', '--format', 'json', '-o', file)).code, 0);
    assert.equal((JSON.parse(readFileSync(file, 'utf8')) as { format: string }).format, 'minutebook/1');
  });

  it('imports its own JSON export back as the same meeting', async () => {
    const file = join(dir, 'out.json');
    const { code, out } = await run('import', file);
    assert.equal(code, 0);
    assert.match(out, /^unchanged\s+igf-lp\/2024-11-01/);
  });

  it('names the file and line of bad input, exits 3, and imports the other files', async () => {
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, Buffer.concat([Buffer.from('# Board\n\n'), Buffer.from([0, 0, 0])]));
    const good = join(dir, 'good.md');
    writeFileSync(
      good,
      '**Example Board\nMeeting\n3 March 2025**\n\n- **Budget:**\n - The Board approved the budget.\n',
    );
    const { code, err } = await run('import', bad, good);
    assert.equal(code, 3);
    assert.match(
      err,
      new RegExp(`^minutebook: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3: the file holds binary data`),
    );
    assert.match(err, /1 meeting from 1 file .*; 1 file not imported/);
    assert.equal((await run('show', 'eb/2025-03-03')).code, 0);
  });

  it('imports files by the hundred, each whole or not at all, past any that fail', async () => {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    const files = Array.from({ length: 450 }, (_, i) => {
      const file = join(folder, `${String(i).padStart(3, '0')}.md`);
      const day = new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10);
      writeFileSync(file, `# Many Board\n\nDate: ${day}\n\n## Budget\n\nThe Board approved budget ${i}.\n`);
      return file;
    });
    // One file of the second batch cannot be read; one named file is missing.
    writeFileSync(files[250]!, Buffer.from([0, 0, 0]));
    const missing = join(folder, 'missing.md');
    const { code, out, err } = await run('import', ...files, missing);
    assert.equal(code, 3, err);
    assert.equal(out.trim().split('\n').length, 449);
    assert.match(err, new RegExp(`250\\.md:1: the file holds binary data`));
    assert.match(err, /missing\.md: no such file/);
    assert.match(err, /449 meetings from 449 files .*; 2 files not imported/);
    const list = await run('list', '--body', 'Many Board', '--json');
    assert.equal((JSON.parse(list.out) as { total: number }).total, 449);
  });

  it('stores the other files of a batch when the store refuses one of them', async () => {
    const folder = join(dir, 'refused');
    mkdirSync(folder);
    const [first, second, other] = ['first.md', 'second.md', 'other.md'].map((f) => join(folder, f));
    writeFileSync(
      first!,
      '# Refusing Board\n\nDate: 2012-03-01\n\n## Budget\n\nThe Board approved the budget.\n',
    );
    assert.equal((await run('import', '--published', first!)).code, 0);
    // The same meeting, changed: a published summary is corrected in the editor, not by import.
    writeFileSync(
      first!,
      '# Refusing Board\n\nDate: 2012-03-01\n\n## Budget\n\nThe Board rejected the budget.\n',
    );
    writeFileSync(
      second!,
      '# Refusing Board\n\nDate: 2012-04-01\n\n## Budget\n\nThe Board approved the plan.\n',
    );
    writeFileSync(
      other!,
      '# Refusing Board\n\nDate: 2012-05-01\n\n## Budget\n\nThe Board approved the report.\n',
    );
    const { code, out, err } = await run('import', first!, second!, other!);
    assert.equal(code, 3, err);
    assert.match(err, /meeting rb\/2012-03-01 is published/);
    assert.match(err, /2 meetings from 2 files .*; 1 file not imported/);
    assert.match(out, /created +rb\/2012-04-01/);
    assert.match(out, /created +rb\/2012-05-01/);
  });

  it('names the field of an invalid interchange record', async () => {
    const file = join(dir, 'invalid.json');
    const record = JSON.parse((await run('parse', EXAMPLE_PATH, '--json')).out) as {
      topics: Array<{ outcomes: Array<{ kind: string }> }>;
    };
    record.topics[1]!.outcomes[0]!.kind = 'wish';
    writeFileSync(file, JSON.stringify(record));
    const { code, err } = await run('import', file);
    assert.equal(code, 3);
    assert.match(err, /invalid\.json: field topics\[1\]\.outcomes\[0\]\.kind: /);
  });

  it('tells apart a missing file (2), an unknown identifier (4) and a wrong option (2)', async () => {
    const missing = await run('parse', join(dir, 'nope.md'));
    assert.deepEqual([missing.code, /nope\.md: no such file/.test(missing.err)], [2, true]);
    const unknown = await run('show', 'nobody/2020-01-01');
    assert.deepEqual(
      [unknown.code, unknown.err.trim()],
      [4, 'minutebook: no meeting has the identifier nobody/2020-01-01'],
    );
    assert.equal((await run('export', 'igf-lp/2024-11-01', '--format', 'pdf')).code, 2);
    assert.equal((await run('list', '--limit', 'many')).code, 2);
  });

  it('runs as the installed command', async () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'minutebook');
    const { stdout } = await promisify(execFile)(bin, ['parse', EXAMPLE_PATH, '--json']);
    assert.equal((JSON.parse(stdout) as { meeting: { body: string } }).meeting.body, 'IGF Leadership Panel');
    await assert.rejects(
      promisify(execFile)(bin, ['parse', join(dir, 'bad.md')]),
      (error: { code?: number }) => error.code === 3,
    );
  });

  it('serves the application, loading the example into an empty database, and stops on SIGTERM', async () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'minutebook');
    const db = join(dir, 'served.db');
    const server = spawn(bin, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let said = '';
      const url = await new Promise<string>((resolve, reject) => {
        server.stderr.on('data', (chunk: Buffer) => {
          said += chunk.toString();
          const address = /at (http:\/\/localhost:\d+)\//.exec(said);
          if (address) resolve(address[1]!);
        });
        server.once('exit', (code) => reject(new Error(`serve stopped (${code}): ${said}`)));
      });
      assert.match(said, /the example series was loaded .*, marked as example data/);
      // With no account yet, the server prints where to create the first administrator.
      const setup =
        /Create the first administrator at (http:\/\/\S+)/.exec(said) ??
        (await new Promise<RegExpExecArray>((resolve) => {
          server.stderr.on('data', () => {
            const found = /Create the first administrator at (http:\/\/\S+)/.exec(said);
            if (found) resolve(found);
          });
        }));
      assert.equal((await fetch(setup[1]!)).status, 200);
      assert.equal((await fetch(`${url}/setup/guessed`)).status, 404);
      const home = await fetch(`${url}/`);
      assert.equal(home.status, 200);
      assert.match(await home.text(), /IGF Leadership Panel/);
      const meeting = (await (await fetch(`${url}/api/meetings/igf-lp/2024-11-01`)).json()) as {
        example: boolean;
        invented: boolean;
      };
      assert.deepEqual([meeting.example, meeting.invented], [true, false]);
      // The follow-up meetings of the series are invented, and say so.
      const followUp = (await (await fetch(`${url}/api/meetings/igf-lp/2024-12-06`)).json()) as {
        example: boolean;
        invented: boolean;
      };
      assert.deepEqual([followUp.example, followUp.invented], [true, true]);
    } finally {
      const stopped = new Promise<number | null>((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      assert.equal(await stopped, 0);
    }
    // The series is four meetings; a later start finds them there and loads nothing more.
    const again = await run('list', '--db', db);
    assert.equal(again.out.trim().split('\n').length, 4);
  });

  it('refuses a port that is taken, saying so', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, 'localhost', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const { code, err } = await run('serve', '--port', String(port), '--db', join(dir, 'taken.db'));
      assert.equal(code, 2);
      assert.match(err, new RegExp(`port ${port} is in use`));
    } finally {
      taken.close();
    }
  });

  it('adds accounts and API tokens, and lists the accounts', async () => {
    const added = await run(
      'user',
      'add',
      '--login',
      'clerk',
      '--name',
      'Clara Clerk',
      '--role',
      'secretariat',
    );
    assert.deepEqual([added.code, added.err.trim()], [0, 'added clerk (Clara Clerk), secretariat']);
    const member = await run(
      'user',
      'add',
      '--login',
      'lise',
      '--name',
      'Lise Fuhr',
      '--role',
      'member',
      '--body',
      'igf-lp',
    );
    assert.equal(member.err.trim(), 'added lise (Lise Fuhr), member of igf-lp');
    const again = await run('user', 'add', '--login', 'Clerk', '--name', 'Someone', '--role', 'admin');
    assert.deepEqual(
      [again.code, /an account with the login clerk exists already/.test(again.err)],
      [3, true],
    );
    secret = 'short';
    const weak = await run('user', 'add', '--login', 'weak', '--name', 'Weak', '--role', 'member');
    assert.deepEqual([weak.code, /password needs at least 10 characters/.test(weak.err)], [2, true]);
    secret = 'a long enough password';
    assert.equal((await run('user', 'add', '--login', 'x', '--name', 'X', '--role', 'king')).code, 2);
    const list = JSON.parse((await run('user', 'list', '--json')).out) as Array<{
      login: string;
      role: string;
      bodies: string[];
    }>;
    assert.deepEqual(
      list.map((u) => [u.login, u.role, u.bodies]),
      [
        ['clerk', 'secretariat', []],
        ['lise', 'member', ['igf-lp']],
      ],
    );
    const token = await run('token', 'add', '--login', 'clerk', '--name', 'nightly import');
    assert.equal(token.code, 0);
    assert.match(token.out.trim(), /^mbt_[A-Za-z0-9_-]{43}$/);
    assert.match(token.err, /shown only this once/);
  });

  it('lists and revokes an account’s API tokens, never showing a secret', async () => {
    const made = (await run('token', 'add', '--login', 'lise', '--name', 'spreadsheet')).out.trim();
    const listed = await run('token', 'list', '--login', 'clerk', '--json');
    assert.equal(listed.code, 0);
    const tokens = JSON.parse(listed.out) as Array<{ id: number; name: string; lastUsedAt: string | null }>;
    assert.deepEqual(
      tokens.map((t) => [t.name, t.lastUsedAt]),
      [['nightly import', null]],
    );
    const text = await run('token', 'list', '--login', 'lise');
    assert.match(text.out, /^\d+ +spreadsheet +created \d{4}-\d\d-\d\d \d\d:\d\d, never used$/m);
    assert.ok(!text.out.includes(made));
    const lises = Number(/^(\d+)/.exec(text.out)![1]);

    const wrong = await run('token', 'revoke', '--login', 'clerk', String(lises));
    assert.deepEqual([wrong.code, /clerk has no API token numbered/.test(wrong.err)], [4, true]);
    assert.equal((await run('token', 'list', '--login', 'lise', '--json')).out.includes('spreadsheet'), true);
    assert.equal((await run('token', 'revoke', '--login', 'clerk', 'x')).code, 2);
    assert.equal((await run('token', 'list', '--login', 'nobody')).code, 4);

    const revoked = await run('token', 'revoke', '--login', 'clerk', String(tokens[0]!.id));
    assert.deepEqual(
      [revoked.code, revoked.err.trim()],
      [0, `revoked API token ${tokens[0]!.id} "nightly import" of clerk`],
    );
    assert.deepEqual(JSON.parse((await run('token', 'list', '--login', 'clerk', '--json')).out), []);
    assert.equal((await run('token', 'list', '--login', 'clerk')).err.trim(), 'clerk has no API token');
    const store = await openStore({ url: env.MINUTEBOOK_DB });
    try {
      const entries = (await store.listAudit({ limit: 1000, offset: 0 })).entries;
      const revocations = entries.filter((e) => e.action === 'token-revoke');
      assert.deepEqual(
        revocations.map((e) => [e.subject, e.actor, e.detail]),
        [['clerk', 'command line (local)', { id: tokens[0]!.id, name: 'nightly import' }]],
      );
      assert.ok(entries.some((e) => e.action === 'token-add' && e.subject === 'lise'));
    } finally {
      await store.close();
    }
  });

  it('changes accounts: role, bodies, sign-in and password', async () => {
    const promoted = await run('user', 'change', '--login', 'lise', '--role', 'secretariat', '--no-bodies');
    assert.deepEqual([promoted.code, promoted.err.trim()], [0, 'changed lise (Lise Fuhr): secretariat']);
    const disabled = await run('user', 'change', '--login', 'lise', '--disable');
    assert.equal(disabled.err.trim(), 'changed lise (Lise Fuhr): secretariat, disabled');
    secret = 'another long password';
    const enabled = await run('user', 'change', '--login', 'lise', '--enable', '--password');
    assert.equal(enabled.err.trim(), 'changed lise (Lise Fuhr): secretariat, new password set');
    secret = 'a long enough password';
    assert.equal((await run('user', 'change', '--login', 'lise')).code, 2, 'nothing to change');
    assert.equal((await run('user', 'change', '--login', 'lise', '--disable', '--enable')).code, 2);
    assert.equal((await run('user', 'change', '--login', 'lise', '--body', 'nobody')).code, 2);
    const missing = await run('user', 'change', '--login', 'nobody', '--disable');
    assert.deepEqual([missing.code, /no account has the login nobody/.test(missing.err)], [4, true]);
    const list = JSON.parse((await run('user', 'list', '--json')).out) as Array<{
      login: string;
      role: string;
      disabled: boolean;
    }>;
    assert.deepEqual(
      list.filter((u) => u.login === 'lise').map((u) => [u.role, u.disabled]),
      [['secretariat', false]],
    );
  });
});
