// Nothing lost: a backup restored into the other engine and backed up again gives the same
// backup, and the restored database works (meetings, search, accounts, tokens, drafts kept draft).
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LOCAL_OPERATOR } from '../src/app/access.js';
import { signIn, tokenUser } from '../src/app/accounts.js';
import { backupStore, readBackup, restoreStore } from '../src/app/backup.js';
import { saveEdit, setActionStatus } from '../src/app/editing.js';
import { loadExampleIfEmpty } from '../src/app/example.js';
import { EVERYTHING, type Backup, type MeetingStore } from '../src/app/ports.js';
import { importSummaries } from '../src/app/summaries.js';
import { moveMeeting } from '../src/app/workflow.js';
import { keepApart, mergeMatch } from '../src/app/matching.js';
import { addMembership, setDocumentFlow } from '../src/app/members.js';
import { main } from '../src/cli/main.js';
import type { Output } from '../src/cli/output.js';
import { MinutebookError } from '../src/domain/errors.js';
import { parseSearchQuery } from '../src/domain/search.js';
import { openStore } from '../src/storage/store.js';
import { account, PASSWORD } from './support/accounts.js';
import { exampleBytes } from './support/example.js';
import { engines, postgresRequired } from './support/stores.js';

/** The tables of a backup, less the audit trail's record of backups and restorations themselves. */
function tablesOf(backup: Backup): Backup['tables'] {
  const audit = (backup.tables.audit ?? []).filter(
    (row) => row.action !== 'backup' && row.action !== 'restore',
  );
  return { ...backup.tables, audit };
}

const DRAFT = exampleBytes()
  .toString('utf8')
  .replace('1 November 2024', '6 December 2024')
  .replace('Mr. Vint Cerf, Chair', 'Mr. Vinton G. Cerf, Chair');

describe('backup and restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-backup-'));
  let source: MeetingStore;
  let backup: Backup;
  let token = '';

  before(async () => {
    source = await openStore({ url: join(dir, 'source.db') });
    await loadExampleIfEmpty(source, { bytes: exampleBytes(), name: 'igf-lp-2024-11-01.md' });
    await importSummaries(source, LOCAL_OPERATOR, [{ bytes: Buffer.from(DRAFT), name: 'december.md' }]);
    const clerk = await account(source, 'clerk', 'secretariat');
    await account(source, 'lise', 'member', ['igf-lp']);
    token = clerk.token;
    const stored = (await source.getMeeting('igf-lp/2024-12-06', EVERYTHING))!;
    await saveEdit(
      source,
      clerk.user,
      { ...stored.record, meeting: { ...stored.record.meeting, venue: 'Geneva' } },
      stored.version,
    );
    await moveMeeting(source, clerk.user, 'igf-lp/2024-12-06', 'circulated');
    await setActionStatus(source, clerk.user, 'igf-lp/2024-11-01#a1', 'done');
    // What following the panel adds: a confirmed spelling, a pair kept apart, a membership, a flow.
    const people = await source.matchCandidates('person');
    const id = (name: string) => people.find((p) => p.name === name)!.id;
    await mergeMatch(source, clerk.user, 'person', id('Vinton G. Cerf'), id('Vint Cerf'));
    await keepApart(source, clerk.user, 'person', id('Lise Fuhr'), id('Lan Xue'));
    await addMembership(source, clerk.user, {
      personId: id('Vint Cerf'),
      body: 'igf-lp',
      role: 'Chair',
      from: '2022-08-01',
    });
    await setDocumentFlow(source, clerk.user, 'igf-lp', 'draft, endorsed, published');
    backup = await backupStore(source, LOCAL_OPERATOR);
  });
  after(async () => {
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds every table, and no session', () => {
    assert.equal(backup.tables.meetings!.length, 2);
    assert.equal(backup.tables.users!.length, 2);
    assert.ok(backup.tables.audit!.length >= 6);
    assert.ok(backup.tables.search_entries!.length > 30);
    assert.equal(backup.tables.sessions, undefined);
    assert.equal(backup.tables.aliases!.length, 1);
    assert.equal(backup.tables.distinct_pairs!.length, 1);
    assert.equal(backup.tables.body_members!.length, 1);
    assert.ok(backup.tables.bodies!.some((b) => b.document_flow !== null));
  });

  for (const engine of engines) {
    const skip = engine.unavailable !== null && !postgresRequired ? engine.unavailable : false;
    it(`restores into ${engine.name} and back without losing anything`, { skip }, async () => {
      const target = await engine.open();
      const again = await openStore({ url: join(dir, `again-${engine.name}.db`) });
      try {
        await restoreStore(target.store, LOCAL_OPERATOR, backup);
        const second = await target.store.backup();
        assert.deepEqual(tablesOf(second), tablesOf(backup), `${engine.name} gives back what it was given`);
        // The restored database works: the draft stays a draft, search finds, accounts sign in.
        assert.equal(await target.store.getMeeting('igf-lp/2024-12-06', { all: false, bodies: [] }), null);
        assert.equal((await target.store.getMeeting('igf-lp/2024-12-06', EVERYTHING))?.state, 'circulated');
        assert.equal(
          (await target.store.getMeeting('igf-lp/2024-12-06', EVERYTHING))?.record.meeting.venue,
          'Geneva',
        );
        const hits = await target.store.search(parseSearchQuery('Céline'), 10, 0, EVERYTHING);
        assert.deepEqual(
          hits.hits.map((h) => h.title),
          ['Céline Bal'],
        );
        assert.equal((await signIn(target.store, 'lise', PASSWORD))?.user.bodies.join(), 'igf-lp');
        assert.equal((await tokenUser(target.store, token, { method: 'GET', path: '/' }))?.login, 'clerk');
        // New rows continue after the restored ones.
        const added = await account(target.store, 'newcomer', 'member');
        assert.ok(added.user.id > 2);
        // And back again, into SQLite.
        await restoreStore(again, LOCAL_OPERATOR, second);
        assert.deepEqual(tablesOf(await again.backup()), tablesOf(second));
        await assert.rejects(
          restoreStore(target.store, LOCAL_OPERATOR, backup),
          (e: unknown) => e instanceof MinutebookError && e.code === 'conflict',
        );
      } finally {
        await target.store.close();
        await target.drop();
        await again.close();
      }
    });
  }

  it('writes and reads backups on the command line, refusing what is not one', async () => {
    let err = '';
    const output: Output = { out: () => undefined, err: (t) => void (err += t), tty: false };
    const file = join(dir, 'backup.json');
    assert.equal(await main(['backup', '--db', join(dir, 'source.db'), '-o', file], output, {}), 0);
    assert.match(err, /backed up .*source\.db: 2 meetings to .*backup\.json/);
    assert.equal(readBackup(readFileSync(file, 'utf8')).tables.meetings!.length, 2);
    assert.equal(await main(['restore', file, '--db', join(dir, 'restored.db')], output, {}), 0);
    assert.match(err, /restored 2 meetings into .*restored\.db/);
    writeFileSync(join(dir, 'not-a-backup.json'), '{"hello": "world"}');
    err = '';
    assert.equal(
      await main(['restore', join(dir, 'not-a-backup.json'), '--db', join(dir, 'other.db')], output, {}),
      3,
    );
    assert.match(err, /not-a-backup\.json: .*not a Minutebook backup/);
    err = '';
    assert.equal(await main(['restore', file, '--db', join(dir, 'restored.db')], output, {}), 3);
    assert.match(err, /restored into an empty database/);
  });

  it('writes a backup file only its owner may read, also over an existing file', async () => {
    const output: Output = { out: () => undefined, err: () => undefined, tty: false };
    const fresh = join(dir, 'fresh-backup.json');
    assert.equal(await main(['backup', '--db', join(dir, 'source.db'), '-o', fresh], output, {}), 0);
    assert.equal(statSync(fresh).mode & 0o777, 0o600);
    const existing = join(dir, 'existing-backup.json');
    writeFileSync(existing, 'an older backup', { mode: 0o644 });
    chmodSync(existing, 0o644);
    assert.equal(await main(['backup', '--db', join(dir, 'source.db'), '-o', existing], output, {}), 0);
    assert.equal(statSync(existing).mode & 0o777, 0o600);
    assert.equal(readBackup(readFileSync(existing, 'utf8')).tables.meetings!.length, 2);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.endsWith('.tmp')),
      [],
      'no temporary file is left behind',
    );
  });
});
