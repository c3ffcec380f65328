// Refusals that come before anything is read or computed: who may send a change is decided
// before its body is read, and what a meeting may hold is bounded, with a clear answer that says
// where. Both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { Hono } from 'hono';
import { loadExampleIfEmpty } from '../../src/app/example.js';
import { EVERYTHING, type MeetingStore } from '../../src/app/ports.js';
import { importSummaries } from '../../src/app/summaries.js';
import { LOCAL_OPERATOR } from '../../src/app/access.js';
import { LIMITS } from '../../src/domain/limits.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { account, PASSWORD } from '../support/accounts.js';
import { Client } from '../support/client.js';
import { exampleBytes } from '../support/example.js';
import { formOf } from '../support/html.js';
import { describeOn, engines } from '../support/stores.js';

/** A draft whose outcomes no one outside the secretariat and the panel may read. */
const DRAFT = `**IGF Leadership Panel
Virtual Meeting
6 December 2024 | 13:00-14:00 UTC**

Decisions, Action Items & Next Steps

- **Zanzibar Protocol:**
 - Xavier Quillfeather will draft the confidential Obsidian charter by 20 December 2024.

Annex – Attendance

Panel Members

Mr. Vint Cerf, Chair
`;

/** The form of the review page, crafted: an action that matches the draft's, and a time without a date. */
function craftedImportForm(csrf: string | null): URLSearchParams {
  return new URLSearchParams({
    ...(csrf === null ? {} : { _csrf: csrf }),
    'source.text': 'anything',
    'records[0].meeting.body': 'IGF Leadership Panel',
    'records[0].meeting.start': '13:00',
    'records[0].topics[0].title': 'Charter',
    'records[0].topics[0].outcomes[0].kind': 'action',
    'records[0].topics[0].outcomes[0].text': 'Xavier Quillfeather will draft the Obsidian charter',
  });
}

for (const engine of engines) {
  describeOn(engine, `refusals on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let app: Hono<AppEnv>;
    let memberToken: string;
    let clerk: Client;
    let member: Client;
    before(async () => {
      store = context.store();
      await loadExampleIfEmpty(store, { bytes: exampleBytes(), name: 'igf-lp-2024-11-01.md' });
      await importSummaries(store, LOCAL_OPERATOR, [{ bytes: Buffer.from(DRAFT), name: 'draft.md' }]);
      app = createApp(store, { logError: () => undefined });
      await account(store, 'clerk', 'secretariat');
      memberToken = (await account(store, 'lise', 'member', ['igf-lp'])).token;
      clerk = new Client(app);
      member = new Client(app);
      assert.equal((await clerk.signIn('clerk', PASSWORD)).status, 303);
      assert.equal((await member.signIn('lise', PASSWORD)).status, 303);
    });

    const revision = () => store.revision();

    it('answers someone not signed in who sends the import form 401, quoting nothing', async () => {
      const before = await revision();
      const response = await app.request('/import/save', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: craftedImportForm(null).toString(),
      });
      assert.equal(response.status, 401);
      assert.doesNotMatch(await response.text(), /Quillfeather|Obsidian|continues/);
      assert.equal(await revision(), before);
    });

    it('answers a member who sends the import form 403 before reading it', async () => {
      const csrf = formOf((await member.page('/account')).html, '/account/password').get('_csrf');
      const response = await member.submit('/import/save', craftedImportForm(csrf ?? ''));
      assert.equal(response.status, 403);
      assert.doesNotMatch(await response.text(), /Quillfeather|Obsidian/);
    });

    it('refuses an import form of more meetings than a file may hold, at once', async () => {
      const csrf = formOf((await clerk.page('/import')).html, '/import').get('_csrf')!;
      const fields = new URLSearchParams({ _csrf: csrf, 'source.text': 'x' });
      for (let i = 0; i < 3000; i++) {
        fields.set(`records[${i}].meeting.body`, 'IGF Leadership Panel');
        fields.set(`records[${i}].meeting.date`, '2025-01-01');
      }
      const started = Date.now();
      const response = await clerk.submit('/import/save', fields);
      assert.equal(response.status, 413);
      assert.match(await response.text(), /3,000 meetings/);
      assert.ok(Date.now() - started < 5000, 'refused without reading every meeting');
      assert.equal((await store.listMeetings({ body: 'igf-lp', limit: 1, offset: 0 }, EVERYTHING)).total, 2);
    });

    it('answers a change by someone not signed in 401, whatever its body', async () => {
      for (const body of [undefined, '{', JSON.stringify({ nonsense: true })]) {
        const response = await app.request('/api/meetings', {
          method: 'POST',
          ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body }),
        });
        assert.equal(response.status, 401, String(body));
      }
    });

    it('answers a member who may not record 403, whatever the body', async () => {
      for (const body of ['{', JSON.stringify({ nonsense: true })]) {
        const response = await app.request('/api/imports', {
          method: 'POST',
          headers: { Authorization: `Bearer ${memberToken}`, 'Content-Type': 'application/json' },
          body,
        });
        assert.equal(response.status, 403, body);
      }
    });

    it('refuses a summary that lists more attendance than any meeting has, naming the line', async () => {
      const names = Array.from({ length: LIMITS.attendance + 5 }, (_, i) => `Ms. Member Number${i}`);
      const text = exampleBytes()
        .toString('utf8')
        .replace('1 November 2024', '3 January 2025')
        .replace('Panel Members\n', `Panel Members\n${names.join('\n')}\n`);
      const response = await app.request('/api/imports', {
        method: 'POST',
        headers: { Authorization: `Bearer ${await clerkToken()}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'huge.md', text }),
      });
      assert.equal(response.status, 413);
      const body = (await response.json()) as { message: string; line?: number };
      assert.match(body.message, /lists 3,0\d\d attendance entries; no meeting has more than 3,000/);
      const line = text.split('\n').indexOf(`Ms. Member Number${LIMITS.attendance}`) + 1;
      assert.ok(body.line !== undefined && Math.abs(body.line - line) <= 3, `line ${body.line}`);
      assert.equal(await store.getMeeting('igf-lp/2025-01-03', EVERYTHING), null);
    });

    it('refuses an edit over a limit, naming the field, and keeps the meeting as it was', async () => {
      const stored = (await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))!;
      const entry = stored.record.attendance[0]!;
      const record = {
        ...stored.record,
        attendance: Array.from({ length: LIMITS.attendance + 1 }, (_, i) => ({ ...entry, name: `P${i}` })),
      };
      const response = await app.request('/api/meetings/igf-lp/2024-12-06', {
        method: 'PUT',
        headers: { Authorization: `Bearer ${await clerkToken()}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ record, version: stored.version }),
      });
      assert.equal(response.status, 400);
      assert.deepEqual(await response.json(), {
        code: 'invalid-argument',
        message: 'a meeting has at most 3,000 attendance entries',
        field: 'record.attendance',
      });
      assert.equal((await store.getMeeting('igf-lp/2024-12-06', EVERYTHING))!.version, stored.version);
    });

    let token: string | null = null;
    async function clerkToken(): Promise<string> {
      token ??= (await account(store, 'scribe', 'secretariat')).token;
      return token;
    }
  });
}
