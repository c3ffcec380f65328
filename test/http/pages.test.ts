// The pages, read and submitted as a browser would (forms are collected from the HTML itself).
import { EVERYTHING } from '../../src/app/ports.js';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { loadExampleIfEmpty } from '../../src/app/example.js';
import { importSummaries } from '../../src/app/summaries.js';
import { LOCAL_OPERATOR } from '../../src/app/access.js';
import { openFirstAdminSetup } from '../../src/app/accounts.js';
import type { MeetingStore } from '../../src/app/ports.js';
import type { MeetingRecord } from '../../src/domain/record.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { account, PASSWORD } from '../support/accounts.js';
import { Client } from '../support/client.js';
import { openStore } from '../../src/storage/store.js';
import { exampleBytes } from '../support/example.js';
import { attr, byId, byTag, findAll, formOf, parseHtml, setField, textOf } from '../support/html.js';

const MEETING = '/m/igf-lp/2024-11-01';

describe('the pages', () => {
  let store: MeetingStore;
  let app: Hono<AppEnv>;
  // A member of the secretariat, signed in; and someone who has not signed in.
  let clerk: Client;
  let anonymous: Client;
  let token = '';
  before(async () => {
    store = await openStore({ url: ':memory:' });
    await loadExampleIfEmpty(store, { bytes: exampleBytes(), name: 'igf-lp-2024-11-01.md' });
    app = createApp(store, { logError: () => undefined });
    token = (await account(store, 'clerk', 'secretariat')).token;
    await account(store, 'lise', 'member', ['igf-lp']);
    clerk = new Client(app);
    assert.equal((await clerk.signIn('clerk', PASSWORD)).status, 303);
    anonymous = new Client(app);
  });
  after(() => store.close());

  async function page(
    path: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; html: string; response: Response }> {
    const response = await clerk.request(path, { headers });
    return { status: response.status, html: await response.text(), response };
  }

  function submit(action: string, fields: URLSearchParams): Promise<Response> {
    return clerk.submit(action, fields);
  }

  /** A multipart form sent by the signed-in clerk, with the session's CSRF token. */
  async function upload(form: FormData): Promise<Response> {
    form.set('_csrf', formOf((await page('/import')).html, '/import').get('_csrf')!);
    return clerk.request('/import', { method: 'POST', body: form });
  }

  const stored = async (id = 'igf-lp/2024-11-01') => (await store.getMeeting(id, EVERYTHING))!;

  it('serves every page as a complete, self-contained document', async () => {
    const paths = [
      '/',
      '/bodies/igf-lp',
      MEETING,
      `${MEETING}/d1`,
      `${MEETING}/source`,
      `${MEETING}/edit`,
      '/decisions',
      '/actions?overdue=true',
      '/documents',
      '/documents/1',
      '/people',
      '/people/1',
      '/search?q=WSIS',
      '/import',
      '/new',
      '/new?body=igf-lp&date=2025-02-01',
    ];
    for (const path of paths) {
      const { status, html, response } = await page(path);
      assert.equal(status, 200, path);
      assert.ok(html.startsWith('<!DOCTYPE html><html lang="en-GB" dir="ltr">'), path);
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.match(policy, /script-src 'self'/);
      assert.doesNotMatch(policy, /unsafe-inline/);
      const root = parseHtml(html);
      const scripts = findAll(root, byTag('script'));
      assert.ok(
        scripts.every((s) => attr(s, 'src')?.startsWith('/assets/') && textOf(s) === ''),
        `${path}: no inline script`,
      );
      assert.equal(findAll(root, byTag('style')).length, 0, `${path}: no style element`);
      assert.equal(
        findAll(root, (e) => attr(e, 'style') !== null || e.attrs.some((a) => a.name.startsWith('on')))
          .length,
        0,
        `${path}: no inline style or handler`,
      );
      const external = findAll(root, (e) =>
        ['src', 'href', 'action'].some((a) => /^(https?:)?\/\//.test(attr(e, a) ?? '')),
      );
      assert.deepEqual(
        external.map((e) => e.tagName),
        [],
        `${path}: nothing from another host`,
      );
      const unlabelled = findAll(
        root,
        (e) => ['input', 'select', 'textarea'].includes(e.tagName) && attr(e, 'type') !== 'hidden',
      ).filter((field) => {
        const id = attr(field, 'id');
        return (
          id === null || findAll(root, (l) => l.tagName === 'label' && attr(l, 'for') === id).length !== 1
        );
      });
      assert.deepEqual(
        unlabelled.map((e) => attr(e, 'name')),
        [],
        `${path}: every field has its label`,
      );
    }
  });

  it('follows the reader’s language for dates', async () => {
    const { html } = await page(MEETING, { 'Accept-Language': 'en-US,en;q=0.8' });
    assert.match(html, /<html lang="en-US" dir="ltr">/);
    assert.match(html, /November 1, 2024/);
    assert.match((await page(MEETING)).html, /1 November 2024/);
  });

  it('shows a meeting as its summary reads, with citable, linked outcomes', async () => {
    const root = parseHtml((await page(MEETING)).html);
    assert.equal(textOf(findAll(root, byTag('h1'))[0]!), 'IGF Leadership PanelVirtual Meeting');
    const when = textOf(findAll(root, (e) => attr(e, 'class') === 'when')[0]!);
    assert.match(when, /1 November 2024 \| 13:00–14:00 UTC/);
    const d1 = findAll(root, byId('d1'))[0]!;
    assert.match(textOf(d1), /^Decision The Panel endorsed the timeline/);
    const permalink = findAll(d1, (e) => e.tagName === 'a' && attr(e, 'class') === 'cite')[0]!;
    assert.deepEqual([attr(permalink, 'href'), textOf(permalink)], [`${MEETING}/d1`, 'igf-lp/2024-11-01#d1']);
    const documentLink = findAll(
      d1,
      (e) => e.tagName === 'a' && (attr(e, 'href') ?? '').startsWith('/documents/'),
    )[0]!;
    assert.equal(textOf(documentLink), 'IGF LP Approach to WSIS+20');
    assert.match(textOf(findAll(root, byId('a1'))[0]!), /^Action /);
    assert.deepEqual(findAll(root, (e) => e.tagName === 'h3').map(textOf), [
      'Panel Members',
      'Panel Advisors, Representatives & Support Persons',
      'Regrets',
      'MAG Working Group on Strategy',
      'IGF Secretariat/ UN DESA',
    ]);
    const outcome = await page(attr(permalink, 'href')!);
    assert.match(outcome.html, /The Panel endorsed the timeline/);
    assert.match(outcome.html, /href="\/m\/igf-lp\/2024-11-01#d1"/);
  });

  it('shows the source with each extracted item at its line, and the warnings', async () => {
    const root = parseHtml((await page(`${MEETING}/source`)).html);
    const line13 = findAll(root, byId('L13'))[0]!;
    assert.match(attr(line13, 'class') ?? '', /extracted/);
    assert.match(textOf(line13), /Decision d1/);
    const line20 = findAll(root, byId('L20'))[0]!;
    assert.match(attr(line20, 'class') ?? '', /warned/);
    assert.match(
      textOf(findAll(root, (e) => attr(e, 'class') === 'warnings')[0]!),
      /line 20 repeats line 19/,
    );
  });

  it('escapes everything a summary says', async () => {
    const hostile = exampleBytes()
      .toString('utf8')
      .replace('1 November 2024', '2 November 2024')
      .replace(
        'Strategic Priorities until the End of Leadership Panel Mandate',
        'Priorities <script>alert(1)</script>',
      )
      .replace('Mr. Lan Xue', 'Mr. Lan "><img src=x onerror=alert(2)> Xue');
    const response = await app.request('/api/imports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'hostile.md', text: hostile }),
    });
    assert.equal(response.status, 201);
    for (const path of [
      '/m/igf-lp/2024-11-02',
      '/m/igf-lp/2024-11-02/source',
      '/m/igf-lp/2024-11-02/edit',
      '/search?q=priorities',
    ]) {
      const { html } = await page(path);
      assert.doesNotMatch(html, /<script>alert|<img src=x/, path);
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;|&lt;script/, path);
    }
  });

  it('shows, cites and edits outcomes the summary gave under no item, without a title of its own', async () => {
    const text = `# Lantern Society Board, 3 March 2025

- The board approved the accounts for 2024.

## Reading circle

- Ana Ruiz to book the hall by 1 April.
`;
    const response = await app.request('/api/imports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'lantern.md', text }),
    });
    assert.equal(response.status, 201);
    const path = '/m/lsb/2025-03-03';
    const meeting = (await page(path)).html;
    assert.match(meeting, /The board approved the accounts for 2024\./);
    assert.match(meeting, /Reading circle:/);
    assert.doesNotMatch(meeting, /null|General:/);
    assert.doesNotMatch((await page(`${path}/d1`)).html, /null|Under <strong>/);
    assert.match((await page(`${path}/source`)).html, /Outcomes under no item/);
    // The form shows the untitled topic with an empty title and saves it so.
    const fields = formOf((await page(`${path}/edit`)).html, `${path}/edit`);
    assert.equal(fields.get('topics[0].title'), '');
    assert.equal((await submit(`${path}/edit`, fields)).status, 303);
    const saved = await store.getMeeting('lsb/2025-03-03', EVERYTHING);
    assert.deepEqual(
      saved?.record.topics.map((t) => t.title),
      [null, 'Reading circle'],
    );
  });

  it('saves attendance edited in the form, and loses nothing it did not change', async () => {
    const before = await stored();
    const fields = formOf((await page(`${MEETING}/edit`)).html, `${MEETING}/edit`);
    const lise = before.record.attendance.findIndex((a) => a.name === 'Lise Fuhr');
    setField(fields, `attendance[${lise}].status`, 'regrets');
    setField(fields, `attendance[${lise}].onBehalfOf`, '');
    // The example is published: the change is a correction, with its reason.
    setField(fields, 'reason', 'Lise Fuhr sent her regrets.');
    const response = await submit(`${MEETING}/edit`, fields);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${MEETING}?notice=saved`);
    const after = await stored();
    assert.equal(after.version, before.version + 1);
    const expected: MeetingRecord = structuredClone(before.record);
    expected.attendance[lise]!.status = 'regrets';
    assert.deepEqual(after.record, expected);
    assert.match((await page(`${MEETING}?notice=saved`)).html, /Your changes were saved/);
  });

  it('refuses the second of two edits of one version, keeps what was entered and shows what differs', async () => {
    const opened = (await page(`${MEETING}/edit`)).html;
    const first = formOf(opened, `${MEETING}/edit`);
    const second = formOf(opened, `${MEETING}/edit`);
    setField(first, 'meeting.venue', 'Riyadh');
    setField(second, 'meeting.purpose', 'A purpose written by the second editor.');
    setField(first, 'reason', 'The venue was missing.');
    setField(second, 'reason', 'The purpose was incomplete.');
    assert.equal((await submit(`${MEETING}/edit`, first)).status, 303);
    const refused = await submit(`${MEETING}/edit`, second);
    assert.equal(refused.status, 409);
    const html = await refused.text();
    assert.match(html, /Someone else saved this meeting after you opened it/);
    const root = parseHtml(html);
    const purpose = findAll(root, (e) => attr(e, 'name') === 'meeting.purpose')[0]!;
    assert.equal(textOf(purpose), 'A purpose written by the second editor.');
    const differences = textOf(
      findAll(root, (e) => e.tagName === 'table' && (attr(e, 'class') ?? '').includes('differences'))[0]!,
    );
    assert.match(differences, /Meeting: venue/);
    assert.match(differences, /Riyadh/);
    assert.equal((await stored()).record.meeting.venue, 'Riyadh');
    assert.notEqual((await stored()).record.meeting.purpose, 'A purpose written by the second editor.');
    // Saving again, knowingly, saves over the version now stored.
    const again = await submit(`${MEETING}/edit`, formOf(html, `${MEETING}/edit`));
    assert.equal(again.status, 303);
    assert.equal((await stored()).record.meeting.purpose, 'A purpose written by the second editor.');
  });

  it('refuses a form with a wrong field, names it, and keeps the entry', async () => {
    const version = (await stored()).version;
    const fields = formOf((await page(`${MEETING}/edit`)).html, `${MEETING}/edit`);
    setField(fields, 'topics[0].outcomes[0].due', 'next week');
    const response = await submit(`${MEETING}/edit`, fields);
    assert.equal(response.status, 422);
    const root = parseHtml(await response.text());
    const due = findAll(root, (e) => attr(e, 'name') === 'topics[0].outcomes[0].due')[0]!;
    assert.equal(attr(due, 'value'), 'next week');
    assert.equal(attr(due, 'aria-invalid'), 'true');
    const link = findAll(findAll(root, byId('form-error'))[0]!, byTag('a'))[0]!;
    assert.equal(attr(link, 'href'), `#${attr(due, 'id')}`);
    assert.match(textOf(link), /Topic 1, outcome 1, due date/);
    assert.equal((await stored()).version, version);
  });

  it('marks an action done from the register and returns to it', async () => {
    const register = (await page('/actions')).html;
    const fields = formOf(register, `${MEETING}/a1/status`);
    fields.set('status', 'done');
    const response = await submit(`${MEETING}/a1/status`, fields);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/actions?notice=status');
    assert.equal((await stored()).record.topics[0]!.outcomes[0]!.status, 'done');
    const hostile = formOf(register, `${MEETING}/a1/status`);
    hostile.set('status', 'open');
    hostile.set('back', '//elsewhere.example/');
    const safe = await submit(`${MEETING}/a1/status`, hostile);
    assert.equal(safe.headers.get('location'), `${MEETING}/a1?notice=status`);
  });

  it('imports an upload only after review, with the corrections made', async () => {
    const before = (await store.listMeetings({ limit: 1, offset: 0 }, EVERYTHING)).total;
    const text = exampleBytes().toString('utf8').replace('1 November 2024', '15 November 2024');
    const form = new FormData();
    form.set('file', new File([text], 'november.md', { type: 'text/markdown' }));
    form.set('text', '');
    const review = await upload(form);
    assert.equal(review.status, 200);
    const html = await review.text();
    assert.match(html, /Review before saving/);
    assert.match(html, /id="L13" class="extracted"/);
    assert.equal(
      (await store.listMeetings({ limit: 1, offset: 0 }, EVERYTHING)).total,
      before,
      'nothing saved before review',
    );
    const fields = formOf(html, '/import/save');
    setField(fields, 'records[0].meeting.venue', 'Online');
    const saved = await submit('/import/save', fields);
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), '/m/igf-lp/2024-11-15?notice=imported');
    const meeting = (await stored('igf-lp/2024-11-15')).record;
    assert.equal(meeting.meeting.venue, 'Online');
    assert.equal(meeting.topics.flatMap((t) => t.outcomes).length, 6);
    assert.equal((await store.getSource('igf-lp/2024-11-15', EVERYTHING))?.text, text);
  });

  it('proposes on review which earlier action an imported one continues, and links it when chosen', async () => {
    const text = exampleBytes()
      .toString('utf8')
      .replace('1 November 2024', '7 February 2025')
      .replace(
        'The “Draft Recommendations on Making Use of the IWW” document will be finalized and leveraged for ongoing advocacy and framework implementation.',
        'The “Draft Recommendations on Making Use of the IWW” were finalized and will be leveraged for advocacy.',
      );
    const form = new FormData();
    form.set('file', new File([text], 'february.md', { type: 'text/markdown' }));
    const html = await (await upload(form)).text();
    const select = continuesChoice(html, 'igf-lp/2024-11-01#a2');
    assert.ok(select !== undefined, 'a proposal to continue igf-lp/2024-11-01#a2');
    const fields = formOf(html, '/import/save');
    assert.equal(fields.get(attr(select, 'name')!), '', 'nothing is linked unless chosen');
    fields.set(attr(select, 'name')!, 'igf-lp/2024-11-01#a2');
    const saved = await submit('/import/save', fields);
    assert.equal(saved.status, 303);
    const thread = await (await clerk.request('/m/igf-lp/2024-11-01/a2')).text();
    assert.match(thread, /Across meetings[\s\S]*igf-lp\/2025-02-07#a2/);
  });

  it('proposes again, without saving, for the body a reviewer corrected', async () => {
    const text = exampleBytes()
      .toString('utf8')
      .replace('1 November 2024', '14 March 2025')
      .replace('IGF Leadership Panel', 'Tarn Council');
    const form = new FormData();
    form.set('file', new File([text], 'march.md', { type: 'text/markdown' }));
    const html = await (await upload(form)).text();
    const proposed = (page: string) => page.includes('value="igf-lp/2024-11-01#a2"');
    assert.equal(proposed(html), false, 'no meeting of the body read wrongly to continue');
    const fields = formOf(html, '/import/save');
    setField(fields, 'records[0].meeting.body', 'IGF Leadership Panel');
    fields.set('step', 'check');
    const before = (await store.listMeetings({ limit: 1, offset: 0 }, EVERYTHING)).total;
    const checked = await submit('/import/save', fields);
    assert.equal(checked.status, 200);
    const again = await checked.text();
    assert.ok(proposed(again), 'the corrected body’s earlier actions are proposed');
    assert.match(again, /Nothing has been saved yet/);
    assert.equal((await store.listMeetings({ limit: 1, offset: 0 }, EVERYTHING)).total, before);
    const saved = await submit('/import/save', formOf(again, '/import/save'));
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), '/m/igf-lp/2025-03-14?notice=imported');
  });

  it('proposes the known body for a body written another way, and remembers the spelling', async () => {
    const summary = (body: string, date: string) =>
      exampleBytes().toString('utf8').replace('1 November 2024', date).replace('IGF Leadership Panel', body);
    const review = async (body: string, date: string) => {
      const form = new FormData();
      form.set('file', new File([summary(body, date)], `${date}.md`, { type: 'text/markdown' }));
      return (await upload(form)).text();
    };
    const bodies = async () => (await store.listBodies(EVERYTHING)).map((b) => b.name).sort();
    const proposedBodies = (html: string) =>
      findAll(parseHtml(html), (e) => e.tagName === 'input' && attr(e, 'name') === 'records[0].sameBody').map(
        (e) => [attr(e, 'value'), attr(e, 'checked') !== null],
      );
    const known = await bodies();

    // Written in capitals, its acronym spelt out: the Leadership Panel is proposed, and chosen.
    const capitals = await review('INTERNET GOVERNANCE FORUM LEADERSHIP PANEL', '9 May 2025');
    assert.deepEqual(proposedBodies(capitals), [
      ['IGF Leadership Panel', true],
      ['', false],
    ]);
    assert.match(capitals, /Is “INTERNET GOVERNANCE FORUM LEADERSHIP PANEL” a body you already record\?/);
    const saved = await submit('/import/save', formOf(capitals, '/import/save'));
    assert.equal(saved.status, 303);
    assert.equal(saved.headers.get('location'), '/m/igf-lp/2025-05-09?notice=imported');
    assert.deepEqual(await bodies(), known, 'no new body');
    assert.equal((await stored('igf-lp/2025-05-09')).record.meeting.body, 'IGF Leadership Panel');
    const audit = await store.listAudit({ subject: 'igf-lp/2025-05-09', limit: 5, offset: 0 });
    assert.ok(
      audit.entries.some(
        (e) =>
          (e.detail as { bodyWritten?: string }).bodyWritten === 'INTERNET GOVERNANCE FORUM LEADERSHIP PANEL',
      ),
      'the import records the body as written',
    );

    // The spelling is remembered: proposed first next time, and a file imported without review lands on it.
    const next = await review('INTERNET GOVERNANCE FORUM LEADERSHIP PANEL', '6 June 2025');
    assert.deepEqual(proposedBodies(next)[0], ['IGF Leadership Panel', true]);
    await importSummaries(store, LOCAL_OPERATOR, [
      {
        bytes: Buffer.from(summary('INTERNET GOVERNANCE FORUM LEADERSHIP PANEL', '4 July 2025')),
        name: 'july.md',
      },
    ]);
    assert.equal((await stored('igf-lp/2025-07-04')).record.meeting.body, 'IGF Leadership Panel');
    assert.deepEqual(await bodies(), known);

    // A body typed over the one read is kept, whatever was chosen for the one read.
    const retyped = formOf(next, '/import/save');
    setField(retyped, 'records[0].meeting.body', 'Tarn Valley Council');
    assert.equal((await submit('/import/save', retyped)).status, 303);
    assert.equal((await stored('tvc/2025-06-06')).record.meeting.body, 'Tarn Valley Council');

    // The reviewer may say it is a new body; a body they may not see is refused, and nothing saved.
    const fields = formOf(next, '/import/save');
    fields.set('records[0].sameBody', '');
    assert.equal((await submit('/import/save', fields)).status, 303);
    assert.ok((await bodies()).includes('INTERNET GOVERNANCE FORUM LEADERSHIP PANEL'));
    const forged = formOf(await review('Tarn Valley Board', '8 August 2025'), '/import/save');
    forged.set('records[0].sameBodyFor', 'Tarn Valley Board');
    forged.set('records[0].sameBody', 'A Body Nobody Records');
    const refused = await submit('/import/save', forged);
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /there is no body named “A Body Nobody Records”/);
    assert.equal(await store.getMeeting('tvb/2025-08-08', EVERYTHING), null);
  });

  it('changes and clears on the edit page which earlier outcome an outcome continues', async () => {
    const continuing = () =>
      stored('igf-lp/2025-02-07').then((m) =>
        m.record.topics.flatMap((t) => t.outcomes).find((o) => o.ref === 'igf-lp/2024-11-01#a2'),
      );
    const linked = await continuing();
    assert.ok(linked !== undefined, 'the imported action continues igf-lp/2024-11-01#a2');
    const edit = async () => {
      const html = (await page('/m/igf-lp/2025-02-07/edit')).html;
      const select = continuesChoice(html, 'igf-lp/2024-11-01#a2');
      assert.ok(select !== undefined, 'the link is shown as a choice');
      return { fields: formOf(html, '/m/igf-lp/2025-02-07/edit'), name: attr(select, 'name')! };
    };
    const first = await edit();
    assert.equal(first.fields.get(first.name), 'igf-lp/2024-11-01#a2', 'the link is the one chosen');
    first.fields.set(first.name, '');
    assert.equal((await submit('/m/igf-lp/2025-02-07/edit', first.fields)).status, 303);
    assert.equal(await continuing(), undefined, 'nothing earlier, once cleared');
    const outcome = (await stored('igf-lp/2025-02-07')).record.topics
      .flatMap((t) => t.outcomes)
      .find((o) => o.id === linked.id)!;
    assert.equal(outcome.ref, null);
  });

  it('refuses an upload it cannot read, saying why, and saves nothing', async () => {
    const before = (await store.listMeetings({ limit: 1, offset: 0 }, EVERYTHING)).total;
    const form = new FormData();
    form.set('file', new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3])], 'minutes.pdf'));
    const response = await upload(form);
    assert.equal(response.status, 422);
    assert.match(await response.text(), /minutes\.pdf/);
    const nothing = await upload(new FormData());
    assert.equal(nothing.status, 400);
    assert.equal((await store.listMeetings({ limit: 1, offset: 0 }, EVERYTHING)).total, before);
  });

  it('records a new meeting with the attendance of the body’s last meeting', async () => {
    const html = (await page('/new?body=igf-lp&date=2025-02-01')).html;
    const fields = formOf(html, '/new');
    const last = (await stored('igf-lp/2024-11-15')).record;
    assert.equal(fields.get('attendance[0].name'), last.attendance[0]!.name);
    // Each with their honorific; nobody expected is filed under a group of regrets.
    last.attendance.forEach((a, i) => {
      assert.equal(fields.get(`attendance[${i}].honorific`) ?? '', a.honorific ?? '', a.name);
      assert.equal(fields.get(`attendance[${i}].status`), 'present', a.name);
      assert.doesNotMatch(fields.get(`attendance[${i}].group`) ?? '', /regrets|apologies|absent/i, a.name);
    });
    // The meeting starts with the review of the body's open actions; the blank topic follows.
    assert.equal(fields.get('topics[0].title'), 'Review of actions');
    const review = fields.getAll('topics[0].outcomes[0].text');
    assert.equal(review.length, 1);
    const blank = Number([...fields.keys()].filter((k) => /^topics\[\d+\]\.title$/.test(k)).length - 1);
    setField(fields, `topics[${blank}].title`, 'WSIS+20 review');
    setField(fields, `topics[${blank}].outcomes[0].kind`, 'action');
    setField(fields, `topics[${blank}].outcomes[0].text`, 'The Secretariat will circulate the paper.');
    setField(fields, `topics[${blank}].outcomes[0].owner`, 'Secretariat');
    setField(fields, `topics[${blank}].outcomes[0].due`, '2025-02-14');
    setField(fields, 'attendance[1].status', 'regrets');
    const response = await submit('/new', fields);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/m/igf-lp/2025-02-01?notice=created');
    const record = (await stored('igf-lp/2025-02-01')).record;
    assert.equal(record.topics[0]!.title, 'Review of actions');
    assert.ok(
      record.topics[0]!.outcomes.every((o) => o.kind === 'action' && o.ref !== null && /#a\d+$/.test(o.ref)),
    );
    assert.deepEqual(record.topics.slice(1), [
      {
        title: 'WSIS+20 review',
        line: null,
        outcomes: [
          {
            id: `a${record.topics[0]!.outcomes.length + 1}`,
            kind: 'action',
            verb: null,
            text: 'The Secretariat will circulate the paper.',
            owner: 'Secretariat',
            due: '2025-02-14',
            dueText: null,
            status: 'open',
            ref: null,
            documents: [],
            motion: null,
            line: null,
          },
        ],
      },
    ]);
    assert.equal(record.attendance.length, last.attendance.length);
    assert.equal(record.attendance[1]!.status, 'regrets');
    const twice = await submit('/new', fields);
    assert.equal(twice.status, 409);
  });

  it('answers an unknown address with a page, and the API with JSON', async () => {
    const missing = await page('/m/igf-lp/1999-01-01');
    assert.equal(missing.status, 404);
    assert.match(missing.html, /no meeting has the identifier igf-lp\/1999-01-01/);
    assert.match(missing.response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const nowhere = await page('/nowhere');
    assert.equal(nowhere.status, 404);
    assert.match(nowhere.html, /Nothing here/);
    const badFilter = await page('/decisions?from=someday');
    assert.equal(badFilter.status, 400);
    assert.match(badFilter.html, /from/);
  });

  it('shows someone who has not signed in the record, without the means to change it', async () => {
    const { html } = await anonymous.page(MEETING);
    const root = parseHtml(html);
    assert.equal(findAll(root, (e) => attr(e, 'href') === `${MEETING}/edit`).length, 0);
    assert.equal(
      findAll(root, (e) => e.tagName === 'form' && (attr(e, 'action') ?? '').endsWith('/status')).length,
      0,
    );
    assert.equal(findAll(root, (e) => attr(e, 'href') === '/import').length, 0);
    assert.match(textOf(findAll(root, (e) => attr(e, 'class') === 'account')[0]!), /Sign in/);
    for (const path of [`${MEETING}/edit`, '/import', '/new']) {
      const response = await anonymous.request(path);
      assert.equal(response.status, 303, path);
      assert.equal(response.headers.get('location'), `/login?next=${encodeURIComponent(path)}`);
    }
    const refused = await anonymous.submit(
      `${MEETING}/a1/status`,
      new URLSearchParams({ status: 'dropped' }),
    );
    assert.equal(refused.status, 401);
    assert.notEqual((await stored()).record.topics[0]!.outcomes[0]!.status, 'dropped');
  });

  it('lets a member set the status of their own actions only', async () => {
    const lise = new Client(app);
    await lise.signIn('lise', PASSWORD);
    const html = (await lise.page(MEETING)).html;
    const root = parseHtml(html);
    assert.equal(
      findAll(root, (e) => attr(e, 'href') === `${MEETING}/edit`).length,
      0,
      'a member does not edit',
    );
    // The example's actions have no owner named, so none is hers.
    assert.equal(
      findAll(root, (e) => e.tagName === 'form' && (attr(e, 'action') ?? '').endsWith('/status')).length,
      0,
    );
    const refused = await lise.submit(
      `${MEETING}/a1/status`,
      new URLSearchParams({ status: 'done', _csrf: csrfOf(html) }),
    );
    assert.equal(refused.status, 403);
  });

  it('refuses a change whose form does not carry the session’s CSRF token', async () => {
    const fields = formOf((await page(`${MEETING}/edit`)).html, `${MEETING}/edit`);
    const version = (await stored()).version;
    fields.set('_csrf', 'forged');
    assert.equal((await submit(`${MEETING}/edit`, fields)).status, 403);
    fields.delete('_csrf');
    assert.equal((await submit(`${MEETING}/edit`, fields)).status, 403);
    const elsewhere = await clerk.request(`${MEETING}/edit`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://elsewhere.example' },
      body: formOf((await page(`${MEETING}/edit`)).html, `${MEETING}/edit`).toString(),
    });
    assert.equal(elsewhere.status, 403);
    assert.equal((await stored()).version, version);
  });

  it('refuses a wrong password, then slows down someone who keeps guessing', async () => {
    await account(store, 'target', 'secretariat');
    const guesser = new Client(app);
    const wrong = await guesser.signIn('target', 'not the password');
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /The login or the password is wrong/);
    for (let i = 0; i < 3; i++) await guesser.signIn('target', `guess ${i}`);
    assert.equal((await guesser.signIn('target', 'guess 4')).status, 401);
    const limited = await guesser.signIn('target', PASSWORD);
    assert.equal(limited.status, 429, 'even the right password waits once the limit is reached');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal(guesser.cookie('mb_session'), undefined);
    // Signing in without the form's CSRF cookie is refused.
    const stranger = await app.request('/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: 'target', password: PASSWORD, _csrf: 'x'.repeat(32) }).toString(),
    });
    assert.equal(stranger.status, 403);
  });

  it('signs out, and the session is no longer good', async () => {
    const visitor = new Client(app);
    assert.equal((await visitor.signIn('clerk', PASSWORD)).headers.get('location'), '/');
    const session = visitor.cookie('mb_session')!;
    const html = (await visitor.page('/')).html;
    const out = await visitor.submit('/logout', new URLSearchParams({ _csrf: csrfOf(html) }));
    assert.equal(out.status, 303);
    const replay = await app.request(`${MEETING}/edit`, { headers: { Cookie: `mb_session=${session}` } });
    assert.equal(replay.status, 303, 'the old session cookie signs no one in');
  });

  it('shows administrators the audit trail, and exports it', async () => {
    await account(store, 'ada', 'admin');
    const admin = new Client(app);
    await admin.signIn('ada', PASSWORD);
    const { status, html } = await admin.page('/admin/audit');
    assert.equal(status, 200);
    const rows = findAll(parseHtml(html), (e) => e.tagName === 'tr').map(textOf);
    assert.ok(
      rows.some((r) => /Signed in.*ada/.test(r)),
      'the sign-in just made',
    );
    assert.ok(
      rows.some((r) => /Corrected.*igf-lp\/2024-11-01/.test(r)),
      'a correction made in these tests',
    );
    assert.ok(rows.some((r) => /Sign-in failed/.test(r)));
    const csv = await admin.request('/api/audit/export.csv');
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split('\n');
    assert.equal(lines[0], 'id,at,actor,action,subject,reason,detail');
    assert.ok(lines.length > 10);
    assert.equal((await clerk.request('/admin/audit')).status, 403, 'the secretariat does not read it');
    assert.equal((await clerk.request('/api/audit/export.csv')).status, 403);

    // The changes as a readable list, filtered by person, action and date.
    const rowsOf = async (path: string) =>
      findAll(parseHtml((await admin.page(path)).html), (e) => e.tagName === 'tr')
        .slice(1)
        .map(textOf);
    // A correction: each field changed, its value before and after; no JSON anywhere.
    const corrections = await rowsOf('/admin/audit?action=correct');
    assert.ok(corrections.length > 0);
    assert.ok(corrections.every((r) => /Corrected/.test(r)));
    assert.ok(
      corrections.some((r) => /→/.test(r)),
      corrections.join('\n'),
    );
    const all = (await admin.page('/admin/audit')).html;
    assert.doesNotMatch(all, /\{&quot;|\{"[a-z]+":/, 'no detail is shown as JSON');
    // By person: only what the clerk did.
    const clerks = await rowsOf('/admin/audit?actor=clerk');
    assert.ok(clerks.length > 0 && clerks.every((r) => /clerk/i.test(r)));
    // By date: nothing before the trail began, everything from it on.
    assert.deepEqual(await rowsOf('/admin/audit?to=2000-01-01'), []);
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(
      (await rowsOf(`/admin/audit?from=${today}&to=${today}`)).length,
      (await rowsOf('/admin/audit')).length,
    );
    // The same filters through the API.
    const api = (await (await admin.request('/api/audit?action=correct')).json()) as {
      entries: Array<{ action: string }>;
    };
    assert.ok(api.entries.length > 0 && api.entries.every((e) => e.action === 'correct'));
  });

  it('lets administrators add accounts in the browser, and no one else', async () => {
    const admin = new Client(app);
    await admin.signIn('ada', PASSWORD);
    const fields = formOf((await admin.page('/admin/accounts')).html, '/admin/accounts');
    fields.set('name', 'Carol Roach');
    fields.set('login', 'carol');
    fields.set('role', 'member');
    fields.append('body', 'igf-lp');
    fields.set('password', 'short');
    const refused = await admin.submit('/admin/accounts', fields);
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /a password needs at least 10 characters/);
    fields.set('password', 'a long enough password');
    const added = await admin.submit('/admin/accounts', fields);
    assert.equal(added.status, 303);
    const carol = new Client(app);
    assert.equal((await carol.signIn('carol', 'a long enough password')).status, 303);
    assert.match((await carol.page('/')).html, /Carol Roach \(member\)/);
    assert.deepEqual((await store.findUserByLogin('carol'))?.bodies, ['igf-lp']);
    assert.equal((await clerk.request('/admin/accounts')).status, 403);
    const forged = formOf((await admin.page('/admin/accounts')).html, '/admin/accounts');
    forged.set('login', 'mallory');
    assert.equal((await clerk.submit('/admin/accounts', forged)).status, 403);
  });

  it('lets administrators change an account, disable it, enable it and give it a new password', async () => {
    const admin = new Client(app);
    await admin.signIn('ada', PASSWORD);
    const list = await admin.page('/admin/accounts');
    const row = findAll(parseHtml(list.html), (e) => e.tagName === 'tr')
      .map(textOf)
      .find((r) => /carol/.test(r));
    assert.match(row ?? '', /may sign in/);
    const carol = new Client(app);
    await carol.signIn('carol', 'a long enough password');
    const page = '/admin/accounts/carol';

    const access = formOf((await admin.page(page)).html, `${page}/access`);
    assert.deepEqual(access.getAll('body'), ['igf-lp'], 'the form shows what the account has');
    access.delete('body');
    access.set('role', 'secretariat');
    const saved = await admin.submit(`${page}/access`, access);
    assert.equal(saved.status, 303);
    assert.match((await admin.page(saved.headers.get('location')!)).html, /The role and bodies were saved/);
    assert.match((await carol.page('/')).html, /Carol Roach \(secretariat\)/, 'her session sees it at once');

    const password = formOf((await admin.page(page)).html, `${page}/password`);
    password.set('password', 'a brand new password');
    password.set('repeat', 'another password');
    const mismatch = await admin.submit(`${page}/password`, password);
    assert.equal(mismatch.status, 422);
    assert.match(await mismatch.text(), /The two passwords differ/);
    password.set('repeat', 'a brand new password');
    assert.equal((await admin.submit(`${page}/password`, password)).status, 303);
    assert.doesNotMatch((await carol.page('/')).html, /Carol Roach/, 'her session ended');
    assert.equal((await carol.signIn('carol', 'a brand new password')).status, 303);

    const disable = formOf((await admin.page(page)).html, `${page}/sign-in`);
    assert.equal(disable.get('enabled'), 'no');
    assert.equal((await admin.submit(`${page}/sign-in`, disable)).status, 303);
    const disabled = await admin.page(page);
    assert.match(disabled.html, /This account is disabled/);
    assert.doesNotMatch((await carol.page('/')).html, /Carol Roach/);
    assert.notEqual((await new Client(app).signIn('carol', 'a brand new password')).status, 303);
    const enable = formOf(disabled.html, `${page}/sign-in`);
    assert.equal(enable.get('enabled'), 'yes');
    assert.equal((await admin.submit(`${page}/sign-in`, enable)).status, 303);
    assert.equal((await new Client(app).signIn('carol', 'a brand new password')).status, 303);

    const ownPage = await admin.page('/admin/accounts/ada');
    assert.match(ownPage.html, /This is your own account: only another administrator can disable it/);
    const own = formOf(ownPage.html, '/admin/accounts/ada/access');
    own.delete('role');
    own.delete('body');
    own.set('enabled', 'no');
    const refused = await admin.submit('/admin/accounts/ada/sign-in', own);
    assert.equal(refused.status, 422);
    assert.match(await refused.text(), /you cannot disable your own account/);
    assert.equal((await admin.page('/admin/accounts/nobody')).status, 404);
    assert.equal((await clerk.request(page)).status, 403);
    assert.equal((await clerk.submit(`${page}/sign-in`, disable)).status, 403);
    const trail = findAll(parseHtml((await admin.page('/admin/audit')).html), (e) => e.tagName === 'tr').map(
      textOf,
    );
    for (const what of [
      'Role changed',
      'Bodies changed',
      'Password set by an administrator',
      'Account disabled',
      'Account enabled',
    ])
      assert.ok(
        trail.some((r) => r.includes(what) && r.includes('carol')),
        what,
      );
  });

  it('lets someone signed in change their own password, given the current one', async () => {
    const carol = new Client(app);
    await carol.signIn('carol', 'a brand new password');
    const elsewhere = new Client(app);
    await elsewhere.signIn('carol', 'a brand new password');
    const home = await carol.page('/');
    assert.match(home.html, /<a href="\/account">Carol Roach/);
    const fields = formOf((await carol.page('/account')).html, '/account/password');
    fields.set('current', 'not my password');
    fields.set('password', 'my own new password');
    fields.set('repeat', 'my own new password');
    const wrong = await carol.submit('/account/password', fields);
    assert.equal(wrong.status, 422);
    assert.match(await wrong.text(), /the current password is wrong/);
    fields.set('current', 'a brand new password');
    fields.set('repeat', 'my own new passwort');
    assert.equal((await carol.submit('/account/password', fields)).status, 422);
    fields.set('repeat', 'my own new password');
    const changed = await carol.submit('/account/password', fields);
    assert.equal(changed.status, 303);
    assert.match(
      (await carol.page('/account?changed=password')).html,
      /Your password was changed/,
      'still signed in',
    );
    assert.doesNotMatch((await elsewhere.page('/')).html, /Carol Roach/, 'the other session ended');
    assert.equal((await new Client(app).signIn('carol', 'my own new password')).status, 303);
    assert.equal(
      (await new Client(app).page('/account')).status,
      303,
      'someone not signed in is sent to sign in',
    );
    const { entries } = await store.listAudit({ subject: 'carol', limit: 50, offset: 0 });
    assert.ok(entries.some((e) => e.action === 'password-change-failed'));
    assert.ok(entries.some((e) => e.action === 'password-change'));
  });

  it('creates the first administrator at the address the server printed, once', async () => {
    const fresh = await openStore({ url: ':memory:' });
    try {
      const printed = (await openFirstAdminSetup(fresh))!;
      const setup = createApp(fresh, { logError: () => undefined });
      const visitor = new Client(setup);
      assert.equal((await visitor.page('/setup/wrong-guess')).status, 404);
      const html = (await visitor.page(`/setup/${printed}`)).html;
      const fields = formOf(html, `/setup/${printed}`);
      fields.set('name', 'Ada Admin');
      fields.set('login', 'ada');
      fields.set('password', 'a long enough password');
      fields.set('repeat', 'a different password!');
      assert.equal((await visitor.submit(`/setup/${printed}`, fields)).status, 422);
      fields.set('repeat', 'a long enough password');
      const created = await visitor.submit(`/setup/${printed}`, fields);
      assert.equal(created.status, 303);
      assert.deepEqual(
        (await fresh.listUsers()).map((u) => [u.login, u.role]),
        [['ada', 'admin']],
      );
      assert.match((await visitor.page('/')).html, /Ada Admin \(administrator\)/);
      assert.equal((await visitor.page(`/setup/${printed}`)).status, 404, 'only while there is no account');
    } finally {
      await fresh.close();
    }
  });
});

/** The choice of which earlier outcome an outcome continues that offers `cite`, if a form has one. */
function continuesChoice(html: string, cite: string) {
  return findAll(
    parseHtml(html),
    (e) =>
      e.tagName === 'select' &&
      (attr(e, 'name') ?? '').endsWith('.continues') &&
      findAll(e, (o) => attr(o, 'value') === cite).length > 0,
  )[0];
}

function csrfOf(html: string): string {
  const field = findAll(parseHtml(html), (e) => attr(e, 'name') === '_csrf')[0];
  return field === undefined ? '' : (attr(field, 'value') ?? '');
}
