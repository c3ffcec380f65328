// Following a body over time in the pages: the invented meetings say so, a body's page charts
// attendance by group and keeps its document flow, a person's page charts participation over a
// term and offers the spellings that may be them, a document's page shows how its state moved.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { loadExampleIfEmpty } from '../../src/app/example.js';
import type { MeetingStore } from '../../src/app/ports.js';
import { readExampleSeries } from '../../src/cli/example.command.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { openStore } from '../../src/storage/store.js';
import { account, PASSWORD } from '../support/accounts.js';
import { Client } from '../support/client.js';
import { attr, findAll, formOf, parseHtml, textOf } from '../support/html.js';

describe('following a body over time, in the pages', () => {
  let store: MeetingStore;
  let app: Hono<AppEnv>;
  let clerk: Client;
  let anonymous: Client;
  const idOf = async (name: string) =>
    (await store.matchCandidates('person')).find((p) => p.name === name)!.id;

  before(async () => {
    store = await openStore({ url: ':memory:' });
    await loadExampleIfEmpty(store, await readExampleSeries());
    app = createApp(store, { logError: () => undefined });
    await account(store, 'clerk', 'secretariat');
    clerk = new Client(app);
    assert.equal((await clerk.signIn('clerk', PASSWORD)).status, 303);
    anonymous = new Client(app);
  });
  after(() => store.close());

  const text = (html: string) => textOf(parseHtml(html)).replace(/\s+/g, ' ');

  it('says which example meetings are invented', async () => {
    const invented = await anonymous.page('/m/igf-lp/2025-01-24');
    assert.match(text(invented.html), /Invented example: this meeting never took place/);
    const real = await anonymous.page('/m/igf-lp/2024-11-01');
    assert.match(text(real.html), /this is a real published summary/);
    assert.doesNotMatch(text(real.html), /Invented example/);
    // Lists of meetings mark the invented ones too.
    const marked = findAll(
      parseHtml((await anonymous.page('/')).html),
      (e) => attr(e, 'class') === 'invented-mark',
    );
    assert.equal(marked.length, 3);
  });

  it('names, through the API, what each meeting did to an action', async () => {
    const response = await anonymous.request('/api/meetings/igf-lp/2024-11-01/outcomes/a2/thread');
    const thread = (await response.json()) as {
      outcomes: Array<{ id: string; owner: string | null }>;
      steps: string[];
    };
    assert.deepEqual(
      thread.outcomes.map((o, i) => [o.id, o.owner, thread.steps[i]]),
      [
        ['igf-lp/2024-11-01#a2', null, 'raised'],
        ['igf-lp/2024-12-06#a2', 'Lise Fuhr', 'assigned'],
        ['igf-lp/2025-01-24#a4', 'Lise Fuhr', 'discussed'],
        ['igf-lp/2025-02-21#a3', 'Lise Fuhr', 'done'],
      ],
    );
  });

  it('gives an action the latest owner its thread names, at the top of its page as in its thread', async () => {
    // Raised at the first meeting with no one named; the next gave it to the Secretariat.
    const page = text((await anonymous.page('/m/igf-lp/2024-11-01/a1')).html);
    assert.match(page, /Owner\s*IGF Secretariat \(named at the meeting of 6 December 2024\)/);
    assert.match(page, /Assigned to IGF Secretariat:/);
    assert.doesNotMatch(page, /not named|the body as a whole/);
  });

  it('charts a body’s attendance by group, each bar with its number', async () => {
    const { html } = await anonymous.page('/bodies/igf-lp');
    const chart = findAll(
      parseHtml(html),
      (e) => e.tagName === 'svg' && attr(e, 'class') === 'group-chart',
    )[0]!;
    assert.match(attr(chart, 'aria-label') ?? '', /People present at each meeting of IGF Leadership Panel/);
    const bars = findAll(chart, (e) => e.tagName === 'title').map(textOf);
    assert.ok(bars.includes('Panel Members, 1 November 2024: 8'), bars.join('; '));
    assert.ok(bars.includes('Regrets or absent, 24 January 2025: 2'), bars.join('; '));
    // Someone who has not signed in sees no form.
    assert.equal(
      findAll(parseHtml(html), (e) => e.tagName === 'form' && attr(e, 'action') === '/bodies/igf-lp/flow')
        .length,
      0,
    );
  });

  it('keeps a body’s document flow, refusing a wrong one with what was entered', async () => {
    const fields = formOf((await clerk.page('/bodies/igf-lp')).html, '/bodies/igf-lp/flow');
    fields.set('flow', 'draft, approved');
    const refused = await clerk.submit('/bodies/igf-lp/flow', fields);
    assert.equal(refused.status, 422);
    const page = await refused.text();
    assert.match(text(page), /"approved" is not a document state/);
    assert.match(page, /value="draft, approved"/);
    assert.match(page, /aria-invalid="true"/);
    fields.set('flow', 'draft, endorsed, published');
    const saved = await clerk.submit('/bodies/igf-lp/flow', fields);
    assert.equal(saved.status, 303);
    assert.match(
      text((await clerk.page(saved.headers.get('location')!)).html),
      /draft → endorsed → published/,
    );
    fields.set('flow', '');
    assert.equal((await clerk.submit('/bodies/igf-lp/flow', fields)).status, 303);
  });

  it('shows a person’s attendance a page at a time, with their counts over every meeting', async () => {
    const id = await idOf('Lise Fuhr');
    const rowsOf = (html: string) =>
      findAll(parseHtml(html), (e) => e.tagName === 'tr' && (attr(e, 'class') ?? '').startsWith('attendee'));
    const whole = await clerk.page(`/people/${id}`);
    const all = rowsOf(whole.html).map(textOf);
    assert.ok(all.length >= 3);
    const first = await clerk.page(`/people/${id}?limit=2`);
    assert.deepEqual(rowsOf(first.html).map(textOf), all.slice(0, 2));
    // The counts are of every meeting, not of the page.
    assert.equal(
      findAll(parseHtml(first.html), (e) => attr(e, 'class') === 'facts-line').map(textOf)[0],
      findAll(parseHtml(whole.html), (e) => attr(e, 'class') === 'facts-line').map(textOf)[0],
    );
    const next = findAll(parseHtml(first.html), (e) => e.tagName === 'a' && attr(e, 'rel') === 'next')[0]!;
    const second = await clerk.page(`/people/${id}${attr(next, 'href')}`);
    assert.deepEqual(rowsOf(second.html).map(textOf), all.slice(2, 4));
    const api = (await (await clerk.request(`/api/people/${id}?limit=2&offset=2`)).json()) as {
      attendanceTotal: number;
      attendance: unknown[];
    };
    assert.equal(api.attendanceTotal, all.length);
    assert.equal(api.attendance.length, Math.min(2, all.length - 2));
  });

  it('charts a member’s participation over the term, readable without colour', async () => {
    const { html } = await anonymous.page(`/people/${await idOf('Takuo Imagawa')}`);
    assert.match(text(html), /Took part in 3 of 4 meetings of the term \(75%\)/);
    const chart = findAll(
      parseHtml(html),
      (e) => e.tagName === 'svg' && attr(e, 'class') === 'participation-chart',
    )[0]!;
    assert.deepEqual(
      findAll(chart, (e) => e.tagName === 'title')
        .slice(1)
        .map(textOf),
      [
        '1 November 2024: present',
        '6 December 2024: represented',
        '24 January 2025: absent',
        '21 February 2025: represented',
      ],
    );
    // Each status is a different shape, and the key names them.
    assert.match(text(html), /present represented regrets absent not recorded/);
    assert.equal(
      findAll(parseHtml(html), (e) => e.tagName === 'form' && /memberships/.test(attr(e, 'action') ?? ''))
        .length,
      0,
    );
  });

  it('adds a membership, refusing a wrong date with the entry kept', async () => {
    const id = await idOf('Abdulrahman Almutairi');
    const fields = formOf((await clerk.page(`/people/${id}`)).html, `/people/${id}/memberships`);
    fields.set('role', 'Advisor');
    fields.set('from', '2024-02-30');
    const refused = await clerk.submit(`/people/${id}/memberships`, fields);
    assert.equal(refused.status, 422);
    const page = await refused.text();
    assert.match(text(page), /"2024-02-30" is not a date/);
    assert.match(page, /id="membership-from" name="from" type="date" value="2024-02-30" aria-invalid="true"/);
    assert.match(page, /value="Advisor"/);
    fields.set('from', '2024-01-01');
    const added = await clerk.submit(`/people/${id}/memberships`, fields);
    assert.equal(added.status, 303);
    const shown = text((await clerk.page(added.headers.get('location')!)).html);
    assert.match(shown, /The membership was added/);
    assert.match(shown, /IGF Leadership Panel: Advisor 1 January 2024 – …/);
    assert.match(shown, /Took part in 1 of 4 meetings/);
  });

  it('offers the spellings that may be the same person, and merges the one confirmed', async () => {
    const vint = await idOf('Vint Cerf');
    const vinton = await idOf('Vinton G. Cerf');
    const { html } = await clerk.page(`/people/${vint}`);
    assert.match(text(html), /Possibly the same person/);
    assert.match(text(html), /Vinton G\. Cerf \(named 1 time\)/);
    assert.doesNotMatch(text((await anonymous.page(`/people/${vint}`)).html), /Possibly the same person/);
    const fields = new URLSearchParams({
      _csrf: formOf(html, '/matches/people/merge').get('_csrf')!,
      from: String(vinton),
      into: String(vint),
      back: `/people/${vinton}`,
    });
    const merged = await clerk.submit('/matches/people/merge', fields);
    assert.equal(merged.status, 303);
    // The page of the spelling merged away is gone: the answer goes to the one kept.
    assert.equal(merged.headers.get('location'), `/people/${vint}?notice=merged`);
    const after = text((await clerk.page(merged.headers.get('location')!)).html);
    assert.match(after, /Merged: every meeting now names them as one/);
    assert.match(after, /Took part in 3 of 4 meetings/);
    assert.equal((await anonymous.page(`/people/${vinton}`)).status, 404);
    const all = text((await clerk.page('/matches/people')).html);
    assert.match(all, /V\. Cerf/);
    assert.doesNotMatch(all, /Vinton/);
    assert.notEqual((await anonymous.page('/matches/people')).status, 200);
    // A merge made by mistake is undone from the page of the one kept.
    const kept = await clerk.page(`/people/${vint}`);
    assert.match(text(kept.html), /Also written as.*Vinton G\. Cerf Separate/);
    const separate = formOf(kept.html, '/matches/people/separate');
    const separated = await clerk.submit('/matches/people/separate', separate);
    assert.equal(separated.status, 303);
    assert.match(
      text((await clerk.page(separated.headers.get('location')!)).html),
      /Separated: that spelling is its own again/,
    );
    assert.match(text((await anonymous.page(`/people/${vint}`)).html), /Took part in 2 of 4 meetings/);
  });

  it('merges every spelling of one person at once, and leads the secretariat to the proposals', async () => {
    // In the navigation for those who may answer proposals, not for anyone else.
    const navOf = async (client: Client) =>
      findAll(parseHtml((await client.page('/')).html), (e) => e.tagName === 'nav')
        .flatMap((nav) => findAll(nav, (e) => e.tagName === 'a'))
        .map((a) => attr(a, 'href'));
    assert.ok((await navOf(clerk)).includes('/matches/people'));
    assert.ok(!(await navOf(anonymous)).includes('/matches/people'));
    // The three spellings of the Chair are one group, offered as one merge.
    const page = (await clerk.page('/matches/people')).html;
    const group = findAll(
      parseHtml(page),
      (e) => e.tagName === 'form' && attr(e, 'action') === '/matches/people/merge-group',
    )
      .map((f) => ({ form: f, text: textOf(f) }))
      .find((f) => /Vint Cerf/.test(f.text));
    assert.ok(group !== undefined, 'a group for the Chair');
    assert.match(group.text, /V\. Cerf/);
    assert.match(group.text, /Vinton G\. Cerf/);
    const vint = await idOf('Vint Cerf');
    const fields = new URLSearchParams({
      _csrf: formOf(page, '/matches/people/merge-group').get('_csrf')!,
      into: String(vint),
    });
    for (const name of ['V. Cerf', 'Vinton G. Cerf']) fields.set(`from-${await idOf(name)}`, 'on');
    const merged = await clerk.submit('/matches/people/merge-group', fields);
    assert.equal(merged.status, 303);
    assert.equal(merged.headers.get('location'), `/people/${vint}?notice=merged`);
    // Everyone now reads one Chair, who took part in all four meetings.
    assert.match(text((await anonymous.page(`/people/${vint}`)).html), /Took part in 4 of 4 meetings/);
    const people = text((await anonymous.page('/people')).html);
    assert.doesNotMatch(people, /V\. Cerf|Vinton/);
  });

  it('shows how a document’s state moved, and the step it did not apply', async () => {
    const id = (await store.matchCandidates('document')).find(
      (d) => d.name === 'IGF LP Strategic Outlook',
    )!.id;
    const { html } = await anonymous.page(`/documents/${id}`);
    const rows = findAll(parseHtml(html), (e) => e.tagName === 'tr' && attr(e, 'class') === 'flagged');
    assert.equal(rows.length, 1);
    assert.match(textOf(rows[0]!), /Not applied: it would move the document back from endorsed to draft/);
    assert.match(text(html), /Stateendorsed/);
  });

  it('answers a wrong form with an error that says what, and changes nothing', async () => {
    const csrf =
      formOf((await clerk.page('/matches/people')).html, '/matches/people/merge').get('_csrf') ?? '';
    const before = await store.matchCandidates('person');
    const post = (action: string, fields: Record<string, string>) =>
      clerk.submit(action, new URLSearchParams({ _csrf: csrf, ...fields }));
    const merge = await post('/matches/people/merge', { from: 'someone', into: '1' });
    assert.equal(merge.status, 400);
    assert.match(text(await merge.text()), /give the numbers of the two to merge/);
    const missing = await post('/matches/people/merge', { from: '999999', into: '1' });
    assert.equal(missing.status, 404);
    assert.equal((await post('/matches/people/separate', { key: 'person:no one' })).status, 404);
    assert.equal((await post('/memberships/999999/remove', {})).status, 404);
    assert.deepEqual(await store.matchCandidates('person'), before);
  });
});
