// A draft changes nothing that is published. A draft that reviews an earlier meeting's actions
// gives them statuses; those reach the published meeting only when the draft is published, as
// steps the earlier meeting's public history shows. Every way in is tried: the API (import,
// reviewed import, edit), the pages (import review, a meeting recorded by hand) and the command
// line. Both engines.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, it } from 'node:test';
import type { Hono } from 'hono';
import { loadExampleIfEmpty } from '../../src/app/example.js';
import type { MeetingStore } from '../../src/app/ports.js';
import { main } from '../../src/cli/main.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { account, PASSWORD } from '../support/accounts.js';
import { Client } from '../support/client.js';
import { exampleBytes, ROOT } from '../support/example.js';
import { formOf, setField } from '../support/html.js';
import { describeOn, engines } from '../support/stores.js';

/** The invented follow-up meeting, whose review reports both actions of 1 November in progress. */
const FOLLOW_UP = readFileSync(join(ROOT, 'examples', 'igf-lp-2024-12-06.md'), 'utf8');

interface Step {
  at: string;
  action: string;
  detail: { outcome?: string; after?: string; via?: string } | null;
}

for (const engine of engines) {
  describeOn(engine, `drafts and published meetings on ${engine.name}`, (context) => {
    let store: MeetingStore;
    let app: Hono<AppEnv>;
    let token: string;
    let clerk: Client;
    before(async () => {
      store = context.store();
      await loadExampleIfEmpty(store, { bytes: exampleBytes(), name: 'igf-lp-2024-11-01.md' });
      app = createApp(store, { logError: () => undefined });
      token = (await account(store, 'clerk', 'secretariat')).token;
      clerk = new Client(app);
      assert.equal((await clerk.signIn('clerk', PASSWORD)).status, 303);
    });

    const api = async (method: string, path: string, body?: unknown) => {
      const response = await app.request(path, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };

    /** What someone not signed in reads of the published meeting: statuses, versions, history. */
    const publicView = async () => {
      const meeting = (await (await app.request('/api/meetings/igf-lp/2024-11-01')).json()) as {
        record: { topics: Array<{ outcomes: Array<{ id: string; status: string | null }> }> };
        version: number;
      };
      const statuses = Object.fromEntries(
        meeting.record.topics.flatMap((t) => t.outcomes).map((o) => [o.id, o.status]),
      );
      const versions = (
        (await (await app.request('/api/meetings/igf-lp/2024-11-01/versions')).json()) as {
          versions: unknown[];
        }
      ).versions.length;
      const history = (
        (await (await app.request('/api/meetings/igf-lp/2024-11-01/history')).json()) as {
          entries: Step[];
        }
      ).entries;
      return { statuses, versions, history, version: meeting.version };
    };

    let published: Awaited<ReturnType<typeof publicView>>;

    it('leaves the published meeting as it was when a draft reviewing its actions is imported', async () => {
      published = await publicView();
      assert.equal(published.statuses.a1, 'open');
      assert.equal(published.statuses.a2, 'open');
      const imported = await api('POST', '/api/imports', { name: 'december.md', text: FOLLOW_UP });
      assert.equal(imported.status, 201);
      assert.deepEqual(await publicView(), published);
    });

    it('leaves it as it was when the draft is saved again through the API', async () => {
      const draft = await api('GET', '/api/meetings/igf-lp/2024-12-06');
      const { record, version } = draft.json as { record: unknown; version: number };
      const saved = await api('PUT', '/api/meetings/igf-lp/2024-12-06', { record, version });
      assert.equal(saved.status, 200);
      assert.deepEqual(await publicView(), published);
    });

    it('leaves it as it was when a reviewed draft is saved through the API', async () => {
      const text = FOLLOW_UP.replaceAll('6 December 2024', '13 December 2024');
      const preview = await api('POST', '/api/imports/preview', { name: 'week-later.md', text });
      const records = (preview.json as { records: unknown[] }).records;
      const saved = await api('POST', '/api/imports', { name: 'week-later.md', text, records });
      assert.equal(saved.status, 201);
      assert.deepEqual(await publicView(), published);
    });

    it('leaves it as it was when a draft is saved from the import page', async () => {
      const text = FOLLOW_UP.replaceAll('6 December 2024', '20 December 2024');
      const form = new FormData();
      form.set('_csrf', formOf((await clerk.page('/import')).html, '/import').get('_csrf')!);
      form.set('file', new File([text], 'later.md', { type: 'text/markdown' }));
      const review = await clerk.request('/import', { method: 'POST', body: form });
      assert.equal(review.status, 200);
      const saved = await clerk.submit('/import/save', formOf(await review.text(), '/import/save'));
      assert.equal(saved.status, 303);
      assert.deepEqual(await publicView(), published);
    });

    it('leaves it as it was when a meeting recorded by hand reviews its actions as done', async () => {
      const { html } = await clerk.page('/new?body=igf-lp&date=2025-01-10');
      const fields = formOf(html, '/new');
      const statuses = [...fields.keys()].filter((k) => /^topics\[0\]\.outcomes\[\d+\]\.status$/.test(k));
      assert.ok(statuses.length > 0, 'the new meeting reviews the open actions');
      for (const name of statuses) setField(fields, name, 'done');
      assert.equal((await clerk.submit('/new', fields)).status, 303);
      assert.deepEqual(await publicView(), published);
    });

    it('gives the statuses when the draft is published, as steps of the public history', async () => {
      for (const to of ['circulated', 'approved', 'published']) {
        const moved = await api('POST', '/api/meetings/igf-lp/2024-12-06/transitions', { to });
        assert.equal(moved.status, 200, JSON.stringify(moved.json));
      }
      const now = await publicView();
      assert.equal(now.statuses.a1, 'in progress');
      assert.equal(now.statuses.a2, 'in progress');
      const steps = now.history.filter((e) => e.action === 'status');
      assert.deepEqual(steps.map((e) => [e.detail?.outcome, e.detail?.after, e.detail?.via]).sort(), [
        ['a1', 'in progress', 'igf-lp/2024-12-06#a1'],
        ['a2', 'in progress', 'igf-lp/2024-12-06#a2'],
      ]);
      // Each new version has its step in the history: none is made without one.
      assert.equal(now.versions - published.versions, steps.length);
      const page = await (await app.request('/m/igf-lp/2024-11-01')).text();
      assert.match(page, /Action a1: open → in progress/);
      assert.match(page, /href="\/m\/igf-lp\/2024-12-06\/a1"/);
    });

    it('gives the statuses of a summary imported as published from the command line', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'minutebook-drafts-'));
      const file = join(dir, 'january.md');
      writeFileSync(
        file,
        FOLLOW_UP.replaceAll('6 December 2024', '24 January 2025').replaceAll(
          'status: in progress]',
          'status: done]',
        ),
      );
      const silent = { out: () => undefined, err: () => undefined, tty: false };
      const env =
        engine.name === 'postgres' ? { DATABASE_URL: context.url() } : { MINUTEBOOK_DB: context.url() };
      assert.equal(await main(['import', '--published', file], silent, env), 0);
      const now = await publicView();
      assert.equal(now.statuses.a1, 'done');
      assert.equal(now.statuses.a2, 'done');
      assert.ok(
        now.history.some((e) => e.action === 'status' && e.detail?.via === 'igf-lp/2025-01-24#a1'),
        JSON.stringify(now.history),
      );
    });
  });
}

/** One file, two meetings: the first to be published, the second to stay a draft. */
const TWO_MEETINGS =
  '# Tarn Council\n\n## Meeting of 3 March 2025\n\nPresent: Ada Obi, Li Wei\n\n### Budget\n\n- The Council approved the budget.\n\n' +
  '## Meeting of 7 April 2025\n\nPresent: Ada Obi\n\n### Harbour\n\n- The Council agreed the Zanzibar plan in confidence.\n';

for (const engine of engines) {
  describeOn(engine, `sources of published meetings on ${engine.name}`, (context) => {
    let app: Hono<AppEnv>;
    let token: string;
    before(async () => {
      const store = context.store();
      app = createApp(store, { logError: () => undefined });
      token = (await account(store, 'clerk', 'secretariat')).token;
    });

    const call = async (method: string, path: string, body?: unknown, as: string | null = token) => {
      const response = await app.request(path, {
        method,
        headers: {
          ...(as === null ? {} : { Authorization: `Bearer ${as}` }),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
    };
    const publish = async (id: string) => {
      for (const to of ['circulated', 'approved', 'published'])
        assert.equal((await call('POST', `/api/meetings/${id}/transitions`, { to })).status, 200);
    };
    const imported = async (name: string, text: string): Promise<string[]> => {
      const saved = await call('POST', '/api/imports', { name, text });
      assert.equal(saved.status, 201, saved.text);
      return (saved.json().meetings as Array<{ id: string }>).map((m) => m.id);
    };

    it('shows a published meeting only its own part of a file that also holds a draft', async () => {
      const [first, second] = await imported('council.md', TWO_MEETINGS);
      await publish(first!);
      const source = await call('GET', `/api/meetings/${first}/source`, undefined, null);
      assert.equal(source.status, 200);
      assert.deepEqual(source.json(), {
        name: 'council.md',
        text: TWO_MEETINGS.slice(0, TWO_MEETINGS.indexOf('## Meeting of 7 April')),
        firstLine: 1,
        rendered: false,
      });
      const page = await app.request(`/m/${first}/source`);
      assert.equal(page.status, 200);
      assert.doesNotMatch(await page.text(), /Zanzibar|7 April/);
      // The record names its own part, not the file.
      const meeting = (await call('GET', `/api/meetings/${first}`, undefined, null)).text;
      assert.doesNotMatch(meeting, /Zanzibar|holds 2 meetings/);
      // The draft's part is the secretariat's to read, numbered as in the file.
      assert.equal((await call('GET', `/api/meetings/${second}/source`, undefined, null)).status, 404);
      const draft = await call('GET', `/api/meetings/${second}/source`);
      assert.equal(draft.json().firstLine, 11);
      assert.match(draft.json().text as string, /^## Meeting of 7 April 2025\n[\s\S]*Zanzibar/);
      const lines = await (
        await app.request(`/m/${second}/source`, { headers: { Authorization: `Bearer ${token}` } })
      ).text();
      assert.match(lines, /id="L11"/);
      assert.doesNotMatch(lines, /id="L1"/);
      // Saved as reviewed, the text is cut the same way.
      const text = TWO_MEETINGS.replaceAll('Tarn', 'Wold');
      const { records } = (await call('POST', '/api/imports/preview', { name: 'wold.md', text })).json();
      const saved = await call('POST', '/api/imports', { name: 'wold.md', text, records });
      const ids = (saved.json().meetings as Array<{ id: string }>).map((m) => m.id);
      const parts = await Promise.all(
        ids.map(async (id) => (await call('GET', `/api/meetings/${id}/source`)).json()),
      );
      assert.deepEqual(
        parts.map((p) => p.firstLine),
        [1, 11],
      );
      assert.equal(parts.map((p) => p.text).join(''), text);
    });

    it('shows no source of a published meeting when the same text is the source of a draft', async () => {
      const summary = (date: string, words: string) =>
        `# Quarry Board\n\n## Meeting of ${date}\n\nPresent: Ada Obi\n\n### Items\n\n- The Board ${words}.\n`;
      const [draft] = await imported('june.md', summary('9 June 2025', 'agreed the Obsidian secret'));
      // A record in interchange JSON may name any kept text as its source: here, the draft's.
      const { source } = (await call('GET', `/api/meetings/${draft}`)).json().record as { source: unknown };
      const preview = await call('POST', '/api/imports/preview', {
        name: 'may.md',
        text: summary('5 May 2025', 'approved the plan'),
      });
      const record = { ...(preview.json().records as object[])[0], source };
      const [first] = await imported('may.json', JSON.stringify(record));
      await publish(first!);
      const hidden = await call('GET', `/api/meetings/${first}/source`, undefined, null);
      assert.equal(hidden.status, 404);
      assert.doesNotMatch(hidden.text, /Obsidian/);
      assert.doesNotMatch(await (await app.request(`/m/${first}/source`)).text(), /Obsidian/);
      assert.equal((await call('GET', `/api/meetings/${first}/source`)).status, 200);
      await publish(draft!);
      assert.equal((await call('GET', `/api/meetings/${first}/source`, undefined, null)).status, 200);
    });

    it('shows, of a meeting edited before publication, the summary as published instead of what was removed', async () => {
      const text =
        '# Fell Committee\n\n## Meeting of 2 July 2025\n\nPresent: Ada Obi, Li Wei\n\n### Roads\n\n- The Committee approved the road plan.\n- The Committee discussed the Quillfeather dispute in private.\n';
      const [id] = await imported('fell.md', text);
      const draft = (await call('GET', `/api/meetings/${id}`)).json() as {
        record: { topics: Array<{ outcomes: Array<{ text: string }> }> };
        version: number;
      };
      const record = structuredClone(draft.record);
      record.topics[0]!.outcomes = record.topics[0]!.outcomes.filter((o) => !o.text.includes('Quillfeather'));
      assert.equal(
        (await call('PUT', `/api/meetings/${id}`, { record, version: draft.version })).status,
        200,
      );
      await publish(id!);
      const shown = (await call('GET', `/api/meetings/${id}/source`, undefined, null)).json();
      assert.equal(shown.rendered, true);
      assert.match(shown.text as string, /approved the road plan/);
      assert.doesNotMatch(shown.text as string, /Quillfeather/);
      assert.doesNotMatch(await (await app.request(`/m/${id}/source`)).text(), /Quillfeather/);
      const kept = (await call('GET', `/api/meetings/${id}/source`)).json();
      assert.deepEqual([kept.rendered, kept.text], [false, text]);
    });
  });
}
