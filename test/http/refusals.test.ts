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
import { exampleBytes, recordOf } from '../support/example.js';
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

    it('edits a large meeting a page of rows at a time, keeping every other row', async () => {
      const names = Array.from({ length: 1200 }, (_, i) => `Ms. Member Number${i}`);
      const items = Array.from({ length: 400 }, (_, i) => ` - The Panel agreed to point ${i} of the plan.`);
      const text = exampleBytes()
        .toString('utf8')
        .replace('1 November 2024', '7 March 2025')
        .replace(/- \*\*[^\n]*\n/, (heading) => `${heading}${items.join('\n')}\n`)
        .replace('Panel Members\n', `Panel Members\n${names.join('\n')}\n`);
      // Reviewed on the import page: a page of rows, the others saved as read.
      const form = new FormData();
      form.set('_csrf', formOf((await clerk.page('/import')).html, '/import').get('_csrf')!);
      form.set('file', new File([text], 'large.md', { type: 'text/markdown' }));
      const review = await clerk.request('/import', { method: 'POST', body: form });
      const reviewHtml = await review.text();
      assert.equal(review.status, 200);
      assert.ok(reviewHtml.length < 2_000_000, `${reviewHtml.length} bytes`);
      assert.match(reviewHtml, /Entries 1–200 of 1,2\d\d are shown here/);
      const saved = await clerk.submit('/import/save', formOf(reviewHtml, '/import/save'));
      assert.equal(saved.status, 303);
      const stored = (await store.getMeeting('igf-lp/2025-03-07', EVERYTHING))!;
      const read = recordOf(text, 'large.md');
      assert.deepEqual(
        stored.record.attendance.map((a) => a.name),
        read.attendance.map((a) => a.name),
      );
      assert.equal(stored.record.topics[0]!.outcomes.length, read.topics[0]!.outcomes.length);

      // Edited a page at a time: the later rows are reached by a link, and saving keeps the rest.
      const edit = await clerk.page('/m/igf-lp/2025-03-07/edit');
      assert.ok(edit.html.length < 2_000_000, `${edit.html.length} bytes`);
      const later = /<a href="([^"]*attendance=200[^"]*)">/.exec(edit.html)?.[1]?.replaceAll('&amp;', '&');
      assert.ok(later !== undefined, 'a link to the later entries');
      const second = await clerk.page(later);
      const fields = formOf(second.html, '/m/igf-lp/2025-03-07/edit');
      assert.equal(fields.get('attendance[0].name'), null, 'the first entries are not fields here');
      fields.set('attendance[250].role', 'Rapporteur');
      fields.set('topics[0].outcomes[3].text', 'The Panel agreed to point 3, as amended.');
      assert.equal((await clerk.submit('/m/igf-lp/2025-03-07/edit', fields)).status, 303);
      const edited = (await store.getMeeting('igf-lp/2025-03-07', EVERYTHING))!.record;
      assert.equal(edited.attendance.length, stored.record.attendance.length);
      assert.equal(edited.attendance[250]!.role, 'Rapporteur');
      assert.equal(edited.attendance[1000]!.name, stored.record.attendance[1000]!.name);
      assert.equal(edited.topics[0]!.outcomes[3]!.text, 'The Panel agreed to point 3, as amended.');
      assert.equal(edited.topics[0]!.outcomes.length, stored.record.topics[0]!.outcomes.length);

      // Rows carried by the form and changed outside the page are refused, not half saved.
      const damaged = formOf(
        (await clerk.page('/m/igf-lp/2025-03-07/edit')).html,
        '/m/igf-lp/2025-03-07/edit',
      );
      damaged.set('attendance.after', '[{"broken"');
      const refused = await clerk.submit('/m/igf-lp/2025-03-07/edit', damaged);
      assert.equal(refused.status, 422);
      assert.equal(
        (await store.getMeeting('igf-lp/2025-03-07', EVERYTHING))!.record.attendance.length,
        edited.attendance.length,
      );
    });

    it('reads a large summary aside, answering other requests meanwhile', async () => {
      const speech = 'The delegate spoke at length about the review of the framework and its many annexes. ';
      const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}. ${speech.repeat(30)}`);
      const text = exampleBytes()
        .toString('utf8')
        .replace('1 November 2024', '9 May 2025')
        .replace('Annex – Attendance', `${paragraphs.join('\n\n')}\n\nAnnex – Attendance`);
      assert.ok(text.length > 1_000_000);
      const bearer = `Bearer ${await clerkToken()}`;
      const finished: string[] = [];
      // Read on the request path, the summary would hold the server past the timer below, and
      // the read would end first.
      const reading = Promise.resolve(
        app.request('/api/imports/preview', {
          method: 'POST',
          headers: { Authorization: bearer, 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: 'verbatim.md', text }),
        }),
      ).then((response) => finished.push(`read ${response.status}`));
      await new Promise((resolve) => setTimeout(resolve, 20));
      const other = Promise.resolve(app.request('/api/bodies')).then((response) =>
        finished.push(`other ${response.status}`),
      );
      await Promise.all([reading, other]);
      assert.deepEqual(finished, ['other 200', 'read 200']);
    });

    it('answers a number larger than any stored one as it answers a missing one', async () => {
      const big = '99999999999';
      const bearer = { Authorization: `Bearer ${await clerkToken()}` };
      for (const path of [
        `/people/${big}`,
        `/documents/${big}`,
        `/people/${big}/calendar.ics`,
        `/m/igf-lp/2024-11-01/v/${big}`,
        `/api/people/${big}`,
        `/api/documents/${big}`,
        `/api/meetings/igf-lp/2024-11-01/versions/${big}`,
      ]) {
        for (const headers of [{}, bearer]) {
          const response = await app.request(path, { headers });
          assert.ok([400, 404].includes(response.status), `${path}: ${response.status}`);
        }
      }
      for (const [method, path, body] of [
        ['DELETE', `/api/memberships/${big}`, undefined],
        ['DELETE', `/api/tokens/${big}`, undefined],
        ['POST', `/api/people/${big}/memberships`, { body: 'igf-lp', role: 'Member' }],
        ['POST', '/api/matches/people/distinct', { a: Number(big), b: 1 }],
        ['POST', '/api/matches/people/merge', { from: Number(big), into: 1 }],
      ] as const) {
        const response = await app.request(path, {
          method,
          headers: { ...bearer, 'Content-Type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        assert.ok([400, 404, 422].includes(response.status), `${method} ${path}: ${response.status}`);
      }
    });

    let token: string | null = null;
    async function clerkToken(): Promise<string> {
      token ??= (await account(store, 'scribe', 'secretariat')).token;
      return token;
    }
  });
}
