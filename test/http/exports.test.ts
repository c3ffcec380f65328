// The registers taken away as CSV: decisions, actions and attendance, from the API and from each
// register page, with the register's filters; read back with a CSV parser that is not ours. A
// cell a spreadsheet would run as a formula is quoted, and a draft stays out of what someone not
// signed in downloads. Both engines.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Hono } from 'hono';
import { loadExampleIfEmpty } from '../../src/app/example.js';
import type { MeetingStore } from '../../src/app/ports.js';
import { readSummary } from '../../src/app/summaries.js';
import { readExampleSeries } from '../../src/cli/example.command.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { account, PASSWORD } from '../support/accounts.js';
import { Client } from '../support/client.js';
import { attr, findAll, parseHtml } from '../support/html.js';
import { describeOn, engines } from '../support/stores.js';

const HOSTILE = `# Harbour Board, 3 March 2025

## Budget

- Decision: =HYPERLINK("http://example.invalid","open me") was approved
- Action: @SUM(1+1) to be checked [owner: -Treasurer; status: open]

Present: +Ana Ruiz, Tomas Berg
`;

const DRAFT = `# Harbour Board, 10 March 2025

## Secret

- Decision: the unpublished sale of the pier was agreed
`;

for (const engine of engines) {
  describeOn(engine, `registers as CSV on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let app: Hono<AppEnv>;
    let clerk: Client;
    let anonymous: Client;

    before(async () => {
      store = context.store();
      await loadExampleIfEmpty(store, await readExampleSeries());
      for (const [text, state] of [
        [HOSTILE, 'published'],
        [DRAFT, 'draft'],
      ] as const) {
        const { records, parts } = await readSummary({ bytes: Buffer.from(text), name: 'harbour.md' });
        await store.saveMeetings(records, parts, { state, audit: [] });
      }
      app = createApp(store, { logError: () => undefined });
      await account(store, 'clerk', 'secretariat');
      clerk = new Client(app);
      assert.equal((await clerk.signIn('clerk', PASSWORD)).status, 303);
      anonymous = new Client(app);
    });

    /** A CSV download: its type, its rows as a parser reads them, and its raw text. */
    const download = async (client: Client, path: string) => {
      const response = await client.request(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
      assert.match(
        response.headers.get('content-disposition') ?? '',
        /^attachment; filename="[\w.-]+\.csv"$/,
      );
      const text = await response.text();
      const rows = parse(text, { columns: true, record_delimiter: '\r\n' }) as Array<Record<string, string>>;
      return { text, rows };
    };

    it('gives the decision register with its filters, one row per decision, CRLF between rows', async () => {
      const { text, rows } = await download(
        anonymous,
        '/api/decisions/export.csv?body=igf-lp&from=2024-12-01',
      );
      const json = (await (
        await anonymous.request('/api/decisions?body=igf-lp&from=2024-12-01&limit=200')
      ).json()) as {
        outcomes: Array<{ id: string }>;
        total: number;
      };
      assert.ok(json.total > 0);
      assert.deepEqual(
        rows.map((r) => r.id),
        json.outcomes.map((o) => o.id),
      );
      assert.deepEqual(Object.keys(rows[0]!), ['id', 'meeting', 'date', 'body', 'topic', 'verb', 'text']);
      assert.ok(rows.every((r) => r.date! >= '2024-12-01'));
      assert.ok(text.includes('\r\n') && !/[^\r]\n/.test(text), 'every row ends in CRLF');
    });

    it('quotes every cell a spreadsheet would read as a formula', async () => {
      const decisions = (await download(anonymous, '/api/decisions/export.csv?body=hb')).rows;
      assert.equal(decisions[0]!.text, `'=HYPERLINK("http://example.invalid","open me") was approved`);
      const actions = (await download(anonymous, '/api/actions/export.csv?body=hb')).rows;
      assert.equal(actions[0]!.text, `'@SUM(1+1) to be checked`);
      assert.equal(actions[0]!.owner, `'-Treasurer`);
      const attendance = (await download(anonymous, '/api/attendance/export.csv?body=hb')).rows;
      assert.deepEqual(
        attendance.map((r) => r.name),
        [`'+Ana Ruiz`, 'Tomas Berg'],
      );
    });

    it('gives the actions and the attendance with the same filters as their registers', async () => {
      const done = (await download(anonymous, '/api/actions/export.csv?body=igf-lp&status=done')).rows;
      assert.ok(done.length > 0 && done.every((r) => r.status === 'done'));
      const attendance = (await download(anonymous, '/api/attendance/export.csv?body=igf-lp&to=2024-11-30'))
        .rows;
      assert.ok(attendance.length > 20);
      assert.ok(attendance.every((r) => r.meeting === 'igf-lp/2024-11-01'));
      assert.ok(attendance.some((r) => r.name === 'Toomas Hendrik Ilves' && r.status === 'regrets'));
    });

    it('keeps a draft out of what someone not signed in downloads, and gives it to the secretariat', async () => {
      for (const path of ['/api/decisions/export.csv?body=hb', '/api/attendance/export.csv?body=hb']) {
        assert.doesNotMatch((await download(anonymous, path)).text, /pier|2025-03-10/, path);
      }
      assert.match((await download(clerk, '/api/decisions/export.csv?body=hb')).text, /pier/);
    });

    it('offers each register page’s rows as CSV, with the page’s filters', async () => {
      for (const [page, csv] of [
        ['/decisions?body=igf-lp&from=2024-12-01', '/api/decisions/export.csv?body=igf-lp&from=2024-12-01'],
        ['/actions?body=igf-lp&status=done', '/api/actions/export.csv?body=igf-lp&status=done'],
        ['/people', '/api/attendance/export.csv'],
      ] as const) {
        const links = findAll(parseHtml((await anonymous.page(page)).html), (e) => e.tagName === 'a')
          .map((a) => attr(a, 'href') ?? '')
          .filter((href) => href.includes('export.csv'));
        assert.deepEqual(links, [csv], page);
      }
    });
  });
}
