/// <reference lib="dom" />
// What a person does in the browser, in a real Chromium against a real server: open the example
// meeting and follow a permalink, search, import a summary by upload, edit attendance, mark an
// action done, and the refused second save. Every page visited is saved as a screenshot in
// test-results/screenshots.
import { EVERYTHING } from '../../src/app/ports.js';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadExampleIfEmpty } from '../../src/app/example.js';
import { readExampleSeries } from '../../src/cli/example.command.js';
import type { MeetingStore } from '../../src/app/ports.js';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { openStore } from '../../src/storage/store.js';
import { account, PASSWORD } from '../support/accounts.js';
import { ROOT } from '../support/example.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const required = process.env.MINUTEBOOK_REQUIRE_BROWSER === '1';
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const MEETING = '/m/igf-lp/2024-11-01';

const missing = existsSync(CHROMIUM)
  ? null
  : `Chromium is not at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;

describe('in the browser', { skip: !required && missing !== null ? missing! : false }, () => {
  let dir: string;
  let store: MeetingStore;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    if (missing !== null) assert.fail(`the browser tests are required, but ${missing}`);
    dir = mkdtempSync(join(tmpdir(), 'minutebook-browser-'));
    store = await openStore({ url: join(dir, 'browser.db') });
    // The example series, as a new installation starts with it.
    await loadExampleIfEmpty(store, await readExampleSeries());
    await account(store, 'clerk', 'secretariat');
    server = await startServer(store, 0, '127.0.0.1');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = await newContext();
    page = await context.newPage();
    watch(page);
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  function newContext(): Promise<BrowserContext> {
    return browser.newContext({
      baseURL: server.url,
      viewport: { width: 1280, height: 900 },
      timezoneId: 'Asia/Tokyo',
      locale: 'en-GB',
    });
  }

  /** Records any script error or failed request a page reports; the last test fails on them. */
  function watch(p: Page): void {
    p.on('pageerror', (error) => errors.push(`${p.url()}: ${error.message}`));
    p.on('console', (message) => {
      // A refused save is answered 409, which the browser reports; that one is expected.
      const expected = /status of 409 \(Conflict\)/.test(message.text());
      if (message.type() === 'error' && !expected) errors.push(`${p.url()}: ${message.text()}`);
    });
    p.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));
  }

  /** Signs in through the sign-in page, as the secretariat's clerk. */
  async function signIn(p: Page): Promise<void> {
    await p.goto('/login');
    await p.getByLabel('Login').fill('clerk');
    await p.getByLabel('Password').fill(PASSWORD);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.waitForURL((url) => url.pathname !== '/login');
  }

  /**
   * The narrowest attendance field for a name, against the width a name of 30 characters
   * takes in that field's own font: each of a page's rows, at the window's width now.
   */
  async function nameRoom(p: Page): Promise<{ field: number; name: number; rows: number }> {
    return p.evaluate(() => {
      const inputs = Array.from(
        document.querySelectorAll<HTMLInputElement>('.attendance-row input[name$=".name"]'),
      );
      const canvas = document.createElement('canvas').getContext('2d')!;
      let field = Infinity;
      let name = 0;
      for (const input of inputs) {
        const style = getComputedStyle(input);
        canvas.font = style.font;
        name = Math.max(name, canvas.measureText('Maria Fernanda Garza Rodríguez').width);
        const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        field = Math.min(field, inner);
      }
      return { field, name, rows: inputs.length };
    });
  }

  /** Every attendance name field of the page is wide enough to read a name, on a screen and a phone. */
  async function namesReadable(p: Page, what: string): Promise<void> {
    for (const width of [1280, 1000, 390]) {
      await p.setViewportSize({ width, height: 900 });
      const room = await nameRoom(p);
      assert.ok(room.rows > 0, `${what}: no attendance rows`);
      assert.ok(
        room.field >= room.name,
        `${what} at ${width} px: a name field is ${Math.round(room.field)} px, a name of 30 characters ${Math.round(room.name)} px`,
      );
    }
    await p.setViewportSize({ width: 1280, height: 900 });
  }

  let shots = 0;
  async function shot(p: Page, name: string): Promise<void> {
    shots += 1;
    await p.screenshot({
      path: join(SCREENSHOTS, `${String(shots).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
  }

  it('opens the example meeting and follows a permalink', async () => {
    await page.goto('/');
    await shot(page, 'home');
    await page.locator(`a[href="${MEETING}"]`).click();
    await page.waitForURL(`**${MEETING}`);
    assert.equal(await page.locator('h1').innerText(), 'IGF Leadership Panel\nVirtual Meeting');
    // The reader in Tokyo sees the meeting's time in their own zone too.
    assert.match(await page.locator('.local-time').innerText(), /Your time: 22:00–23:00 GMT\+9/);
    assert.match(await page.locator('.notice').first().innerText(), /Example data/);
    await shot(page, 'meeting');
    await page.locator('#d1 a.cite').click();
    await page.waitForURL(`**${MEETING}/d1`);
    assert.match(await page.locator('h1').innerText(), /Decision igf-lp\/2024-11-01#d1/);
    await shot(page, 'outcome-permalink');
    await page.getByRole('link', { name: 'Read it in the meeting' }).click();
    await page.waitForURL(`**${MEETING}#d1`);
    assert.equal(await page.locator('#d1').evaluate((e) => e.matches(':target')), true);
    await page.getByRole('link', { name: 'IGF LP Approach to WSIS+20' }).first().click();
    await page.waitForURL('**/documents/*');
    assert.match(await page.locator('h1').innerText(), /IGF LP Approach to WSIS\+20/);
    await shot(page, 'document');
  });

  it('searches, with the matching words marked', async () => {
    await page.goto('/');
    await page
      .getByRole('searchbox', { name: 'Search meetings, decisions, actions, documents and people' })
      .fill('strategic outlook');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search?q=strategic+outlook');
    const marks = await page.locator('.results mark').allInnerTexts();
    assert.ok(marks.map((m) => m.toLowerCase()).includes('outlook'), `marked: ${marks.join(', ')}`);
    await shot(page, 'search');
    await page.locator(`.results a[href="${MEETING}/d3"]`).first().click();
    await page.waitForURL(`**${MEETING}/d3`);
  });

  it('asks for an account before anything can be changed, and signs in', async () => {
    await page.goto(`${MEETING}/edit`);
    await page.waitForURL('**/login?next=*');
    await shot(page, 'sign-in');
    await page.getByLabel('Login').fill('clerk');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`**${MEETING}/edit`);
    assert.match(await page.locator('header .account').innerText(), /Clerk Tester \(secretariat\)/);
  });

  it('imports a summary by upload, corrected before it is saved', async () => {
    await page.goto('/import');
    await shot(page, 'import');
    await page
      .getByLabel('Summary file (.md, .txt or .adoc)')
      .setInputFiles(join(ROOT, 'test/fixtures/variants/decisions-and-actions/oss-owners-everywhere.md'));
    await page.getByRole('button', { name: 'Read the summary' }).click();
    await page.waitForURL('**/import');
    assert.match(await page.locator('h1').innerText(), /Review before saving/);
    assert.ok((await page.locator('.source-lines li.extracted').count()) > 3);
    await shot(page, 'import-review');
    await namesReadable(page, 'the import review');
    const venue = page.getByLabel('Venue').first();
    await venue.fill('Online, corrected on review');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await page.waitForURL('**/m/**?notice=imported');
    assert.match(await page.locator('.notice.success').innerText(), /The summary was imported/);
    assert.match(await page.locator('.venue').innerText(), /Online, corrected on review/);
    await shot(page, 'imported-meeting');
  });

  it('takes the imported draft to publication, unseen until then, and corrects it with a reason', async () => {
    const imported = new URL(page.url()).pathname;
    const visitor = await browser.newContext({ baseURL: server.url });
    // Not watched: the 404 it gets for the draft is what this test expects.
    const outsider = await visitor.newPage();
    const response = await outsider.goto(imported);
    assert.equal(response?.status(), 404, 'a draft is not there for someone not signed in');
    await page.goto(imported);
    assert.match(await page.locator('.workflow').innerText(), /draft[\s\S]*Confidential until published/i);
    await page.getByRole('button', { name: 'Circulate to the members' }).click();
    await page.waitForURL('**?notice=moved');
    await page.getByLabel('Your comment on version 1').fill('Please add the date of the summit.');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await page.waitForURL('**?notice=commented*');
    assert.match(
      await page.locator('.comments').innerText(),
      /Clerk Tester[\s\S]*on version 1[\s\S]*Please add the date of the summit\./,
    );
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL('**?notice=moved');
    await shot(page, 'approved-draft');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL('**?notice=moved');
    assert.equal((await outsider.goto(imported))?.status(), 200, 'published, it is there for everyone');
    await visitor.close();
    await page.goto(`${imported}/edit`);
    await page.getByLabel('Venue').fill('Online, as corrected after publication');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    assert.equal(
      new URL(page.url()).pathname,
      `${imported}/edit`,
      'without its reason, the correction is not sent',
    );
    await page.getByLabel('Reason for the correction').fill('The venue was given wrongly.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL('**?notice=saved');
    const history = await page.locator('.history').innerText();
    for (const step of [
      'Imported',
      'Circulated to the members',
      'Approved',
      'Published',
      'Corrected',
      'The venue was given wrongly.',
    ]) {
      assert.ok(history.includes(step), `the history shows “${step}”: ${history}`);
    }
    await shot(page, 'history');
    await page.getByRole('link', { name: 'Version 1', exact: true }).click();
    await page.waitForURL('**/v/1');
    assert.match(await page.locator('.notice').first().innerText(), /This is version 1/);
    assert.match(await page.locator('.history').innerText(), /What version 2 changed[\s\S]*venue/);
    await shot(page, 'earlier-version');
  });

  it('keeps the edit page short, its long sections folded, on the page’s one clock', async () => {
    // A reader whose browser would show a 12-hour clock.
    const american = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      timezoneId: 'America/New_York',
    });
    const p = await american.newPage();
    watch(p);
    await signIn(p);
    await p.goto(`${MEETING}/edit`);
    const height = await p.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 3000, `the edit page is ${height} px long`);
    // The meeting began at 13:00 UTC: so the field says, as the meeting's page does.
    const start = p.getByLabel('Starts (UTC, 24-hour)');
    assert.equal(await start.inputValue(), '13:00');
    assert.notEqual(await start.getAttribute('type'), 'time');
    // A topic's outcomes and the attendance open where they are folded, and say what they hold.
    const attendance = p.locator('.attendance-fields summary');
    assert.match(await attendance.innerText(), /25 present, 1 with regrets, 0 absent/);
    assert.equal(await p.locator('.attendance-row').first().isVisible(), false);
    await attendance.click();
    assert.equal(await p.locator('.attendance-row').first().isVisible(), true);
    const firstTopic = p.locator('fieldset.topic-fields').first();
    assert.match(await firstTopic.locator('summary').innerText(), /: 1 decision, 1 action$/);
    await firstTopic.locator('summary').click();
    assert.equal(await firstTopic.getByLabel('Text').first().isVisible(), true);
    await shot(p, 'edit-folded');
    await american.close();
  });

  it('edits attendance', async () => {
    await page.goto(`${MEETING}/edit`);
    await shot(page, 'edit');
    await page.locator('.attendance-fields summary').click();
    await namesReadable(page, 'the edit page');
    const row = page.locator('.attendance-row', { has: page.locator('input[value="Lise Fuhr"]') });
    await row.getByLabel('Attendance').selectOption('regrets');
    // The example is published: the change is a correction, and its reason is asked for.
    await page.getByLabel('Reason for the correction').fill('Lise Fuhr sent her regrets.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(`**${MEETING}?notice=saved`);
    const entry = page.locator('.attendance li', { hasText: 'Lise Fuhr' });
    assert.match(await entry.innerText(), /Ms\. Lise Fuhr \(regrets\)/);
    await shot(page, 'attendance-saved');
  });

  it('adds a person with the add button, and records a new meeting', async () => {
    await page.goto('/new');
    await page.getByLabel('Body').fill('IGF Leadership Panel');
    await page.getByLabel('Date').fill('2025-03-21');
    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.waitForURL('**/new?body=*');
    const rows = page.locator('.attendance-row');
    const before = await rows.count();
    await page.locator('.attendance-fields summary').click();
    await page.getByRole('button', { name: 'Add a person' }).click();
    assert.equal(await rows.count(), before + 1);
    const added = rows.last();
    await added.getByLabel('Name').fill('Amandeep Singh Gill');
    await added.getByLabel('Role').fill('Envoy on Technology');
    // The meeting starts with the review of the Panel's open actions.
    assert.equal(await page.getByLabel('Topic title').first().inputValue(), 'Review of actions');
    const topic = page.locator('fieldset.topic-fields', {
      has: page.locator('legend', { hasText: 'New topic' }),
    });
    await topic.getByLabel('Topic title').fill('Riyadh debrief');
    await topic
      .getByLabel('Text of a new outcome')
      .first()
      .fill('The Panel agreed to publish a debrief note.');
    await shot(page, 'new-meeting');
    await page.getByRole('button', { name: 'Create the meeting' }).click();
    await page.waitForURL('**/m/igf-lp/2025-03-21?notice=created');
    assert.match(await page.locator('.attendance').innerText(), /Amandeep Singh Gill, Envoy on Technology/);
    assert.match(await page.locator('#d1').innerText(), /publish a debrief note/);
    // The one action still open after the example series is reviewed.
    assert.match(await page.locator('.topics').innerText(), /Review of actions:[\s\S]*second half of 2025/);
  });

  it('marks an action done', async () => {
    await page.goto('/m/igf-lp/2025-02-21');
    const action = page.locator('#a4');
    await action.getByLabel('New status of igf-lp/2025-02-21#a4').selectOption('done');
    await action.getByRole('button', { name: 'Set' }).click();
    await page.waitForURL('**/m/igf-lp/2025-02-21/a4?notice=status');
    assert.match(await page.locator('.action-facts').innerText(), /Status\s+done/);
    await shot(page, 'action-done');
    await page.goto('/actions?status=done');
    assert.match(await page.locator('table.register').innerText(), /igf-lp\/2025-02-21#a4/);
    await shot(page, 'actions-register');
  });

  it('refuses the second of two saves of the same version, and keeps what was entered', async () => {
    const other = await (await newContext()).newPage();
    watch(other);
    await signIn(other);
    await page.goto(`${MEETING}/edit`);
    await other.goto(`${MEETING}/edit`);
    await page.getByLabel('Venue').fill('Riyadh');
    await page.getByLabel('Reason for the correction').fill('The venue was missing.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(`**${MEETING}?notice=saved`);
    await other.getByLabel('Purpose').fill('Purpose as the second editor wrote it.');
    await other.getByLabel('Reason for the correction').fill('The purpose was incomplete.');
    await other.getByRole('button', { name: 'Save', exact: true }).click();
    await other.waitForSelector('#conflict');
    assert.match(
      await other.locator('#conflict').innerText(),
      /Someone else saved this meeting after you opened it/,
    );
    assert.match(await other.locator('#conflict table').innerText(), /Meeting: venue\s+Riyadh/);
    assert.equal(await other.getByLabel('Purpose').inputValue(), 'Purpose as the second editor wrote it.');
    assert.equal(await other.evaluate(() => document.activeElement?.id), 'conflict');
    await shot(other, 'edit-conflict');
    const stored = await store.getMeeting('igf-lp/2024-11-01', EVERYTHING);
    assert.equal(stored?.record.meeting.venue, 'Riyadh');
    assert.notEqual(stored?.record.meeting.purpose, 'Purpose as the second editor wrote it.');
    await other.context().close();
  });

  it('follows the panel across its meetings: a spelling confirmed, participation, a document’s states', async () => {
    await page.goto('/people?text=cerf');
    await page.getByRole('link', { name: 'Vint Cerf', exact: true }).click();
    await page.waitForURL('**/people/*');
    const tookPart = async () =>
      /Took part in (\d+) of (\d+) meetings/
        .exec(await page.locator('.membership').innerText())!
        .slice(1)
        .map(Number);
    const [before, term] = await tookPart();
    await shot(page, 'person-before-merge');
    const pair = page.locator('ul.matches li', { hasText: 'Vinton G. Cerf' });
    await pair.getByRole('button', { name: 'Same: keep “Vint Cerf”' }).click();
    await page.waitForURL('**/people/*?notice=merged');
    assert.match(await page.locator('.notice').first().innerText(), /Merged/);
    // The meeting recorded under "Vinton G. Cerf" now counts as his.
    assert.deepEqual(await tookPart(), [before! + 1, term]);
    assert.equal(await page.locator('svg.participation-chart a').count(), term);
    // Each mark is a link named by what it shows, for a keyboard and a screen reader alike.
    const marks = page
      .locator('svg.participation-chart')
      .getByRole('link', { name: /^\d+ \w+ \d{4}: present$/ });
    assert.ok((await marks.count()) >= 1);
    await shot(page, 'person-after-merge');
    await page.goto('/bodies/igf-lp');
    assert.match(
      (await page.locator('svg.group-chart').getAttribute('aria-label')) ?? '',
      /People present at each meeting of IGF Leadership Panel, by group/,
    );
    await shot(page, 'body-participation');
    await page.goto('/documents');
    await page.getByRole('link', { name: 'IGF LP Strategic Outlook' }).click();
    await page.waitForURL('**/documents/*');
    assert.match(
      await page.locator('tr.flagged').innerText(),
      /Not applied: it would move the document back/,
    );
    await shot(page, 'document-states');
    await page.goto('/matches/documents');
    assert.equal(await page.locator('ul.matches li').count(), 2);
    await shot(page, 'document-matches');
  });

  it('shows every other page, on a screen and on a phone, and a meeting in print', async () => {
    for (const [path, name] of [
      [`${MEETING}/source`, 'source'],
      ['/decisions?verb=endorsed', 'decisions'],
      ['/documents', 'documents'],
      ['/people', 'people'],
      ['/people/1', 'person'],
      ['/bodies/igf-lp', 'body'],
    ] as const) {
      await page.goto(path);
      await shot(page, name);
    }
    const phone = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const small = await phone.newPage();
    watch(small);
    for (const [path, name] of [
      [MEETING, 'phone-meeting'],
      ['/actions', 'phone-actions'],
      [`${MEETING}/edit`, 'phone-edit'],
    ] as const) {
      await small.goto(path);
      const overflow = await small.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 1, `${path} fits a phone's width (overflows by ${overflow}px)`);
      await shot(small, name);
    }
    await phone.close();
    await page.goto(MEETING);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.site').isVisible(), false);
    assert.equal(await page.locator('.status-form').first().isVisible(), false);
    await shot(page, 'meeting-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('is keyboard navigable, starting with a skip link', async () => {
    await page.goto(MEETING);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    await page.keyboard.press('Enter');
    assert.ok(page.url().endsWith('#content'));
  });

  it('reported no script error or failed request on any page', () => {
    assert.deepEqual(errors, []);
  });
});
