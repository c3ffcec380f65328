// The iCalendar feeds, read by an independent parser (ical.js, as calendar programs read them).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import type { Hono } from 'hono';
import { LOCAL_OPERATOR } from '../../src/app/access.js';
import { loadExampleIfEmpty } from '../../src/app/example.js';
import { EVERYTHING, type MeetingStore } from '../../src/app/ports.js';
import { addMembership } from '../../src/app/members.js';
import { importSummaries, readSummary } from '../../src/app/summaries.js';
import { readExampleSeries } from '../../src/cli/example.command.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { openStore } from '../../src/storage/store.js';
import { exampleBytes } from '../support/example.js';

const DECEMBER = `**IGF Leadership Panel
Virtual Meeting
6 December 2024 | 13:00-14:00 UTC**

Decisions, Action Items & Next Steps

- **WSIS+20:**
 - Lise Fuhr will circulate the revised “IGF LP Approach to WSIS+20” by 13 December 2024.
 - The Panel agreed to meet again in January.

Annex – Attendance

Panel Members

Ms. Lise Fuhr
Mr. Vint Cerf, Chair
`;

const DRAFT = DECEMBER.replace('6 December 2024', '20 December 2024').replace(
  '13 December 2024',
  '10 January 2025',
);

interface Item {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
}

function itemsOf(text: string): Item[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
    };
  });
}

describe('calendar feeds', () => {
  let store: MeetingStore;
  let app: Hono<AppEnv>;
  before(async () => {
    store = await openStore({ url: ':memory:' });
    await loadExampleIfEmpty(store, { bytes: exampleBytes(), name: 'igf-lp-2024-11-01.md' });
    await importSummaries(store, LOCAL_OPERATOR, [{ bytes: Buffer.from(DECEMBER), name: 'december.md' }], {
      published: true,
    });
    await importSummaries(store, LOCAL_OPERATOR, [{ bytes: Buffer.from(DRAFT), name: 'draft.md' }]);
    app = createApp(store, { logError: () => undefined });
  });
  after(() => store.close());

  it('gives a body’s published meetings at their time, and its actions on their due date', async () => {
    const response = await app.request('http://minutes.example.org/bodies/igf-lp/calendar.ics');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
    const items = itemsOf(await response.text());
    assert.deepEqual(
      items.map((i) => [i.uid, i.start, i.allDay]),
      [
        ['meeting:igf-lp/2024-12-06@minutes.example.org', '2024-12-06T13:00:00Z', false],
        ['meeting:igf-lp/2024-11-01@minutes.example.org', '2024-11-01T13:00:00Z', false],
        ['action:igf-lp/2024-12-06#a1@minutes.example.org', '2024-12-13', true],
      ],
      'the draft of 20 December is not there',
    );
    assert.match(items[2]!.summary, /^Due: Lise Fuhr will circulate/);
  });

  it('gives a person the meetings they attended and the actions given to them', async () => {
    const lise = (await store.listPeople({ text: 'fuhr', limit: 5, offset: 0 }, EVERYTHING)).people[0]!;
    const items = itemsOf(
      await (await app.request(`http://minutes.example.org/people/${lise.id}/calendar.ics`)).text(),
    );
    assert.deepEqual(
      items.map((i) => i.uid),
      [
        'meeting:igf-lp/2024-12-06@minutes.example.org',
        'meeting:igf-lp/2024-11-01@minutes.example.org',
        'action:igf-lp/2024-12-06#a1@minutes.example.org',
      ],
    );
    assert.equal((await app.request('/people/99999/calendar.ics')).status, 404);
    assert.equal((await app.request('/bodies/nobody/calendar.ics')).status, 404);
  });

  it('shows overdue actions on the body’s page and the person’s', async () => {
    const body = await (await app.request('/bodies/igf-lp')).text();
    assert.match(body, /Overdue actions[\s\S]*Lise Fuhr will circulate[\s\S]*overdue/);
    assert.doesNotMatch(body, /10 January 2025/, 'not the draft’s action');
    const lise = (await store.listPeople({ text: 'fuhr', limit: 5, offset: 0 }, EVERYTHING)).people[0]!;
    const person = await (await app.request(`/people/${lise.id}`)).text();
    assert.match(person, /Actions given to them[\s\S]*Lise Fuhr will circulate/);
  });
});

describe('a body’s calendar over a series of meetings', () => {
  let store: MeetingStore;
  let app: Hono<AppEnv>;
  before(async () => {
    store = await openStore({ url: ':memory:' });
    await loadExampleIfEmpty(store, await readExampleSeries());
    // The next meeting, scheduled and not yet published: its agenda is the secretariat's draft.
    const { records, parts } = await readSummary({
      bytes: Buffer.from(
        '# IGF Leadership Panel, 15 January 2099\n\nMeeting time: 13:00-14:00 UTC\n\n## Confidential item\n\n- The Panel will discuss the unannounced partnership.\n',
      ),
      name: 'next.md',
    });
    await store.saveMeetings(
      records.map((r) => ({ ...r, meeting: { ...r.meeting, status: 'scheduled' as const } })),
      parts,
      { state: 'draft', audit: [] },
    );
    app = createApp(store, { logError: () => undefined });
  });
  after(() => store.close());

  it('gives each task once, where it stands now, and none that is done', async () => {
    const items = itemsOf(
      await (await app.request('http://minutes.example.org/bodies/igf-lp/calendar.ics')).text(),
    );
    const due = items.filter((i) => i.uid.startsWith('action:'));
    // The one action still open after the series, at its latest step; its earlier steps and
    // every action done are not there.
    assert.deepEqual(
      due.map((i) => i.uid),
      ['action:igf-lp/2025-02-21#a4@minutes.example.org'],
    );
  });

  it('announces the next meeting, scheduled though not yet published, with nothing of its record', async () => {
    const text = await (await app.request('http://minutes.example.org/bodies/igf-lp/calendar.ics')).text();
    const next = itemsOf(text).find((i) => i.uid === 'meeting:igf-lp/2099-01-15@minutes.example.org');
    assert.ok(next !== undefined, 'the scheduled meeting is in the feed');
    assert.equal(next.start, '2099-01-15T13:00:00Z');
    assert.match(next.summary, /IGF Leadership Panel/);
    assert.doesNotMatch(text, /partnership|Confidential/);
    // Its page is still closed to whoever reads the feed.
    assert.equal((await app.request('/m/igf-lp/2099-01-15')).status, 404);
  });

  it('announces it to the members whose term it falls in, and to no one else', async () => {
    const { people } = await store.listPeople({ text: 'Fuhr', limit: 5, offset: 0 }, EVERYTHING);
    const { people: chairs } = await store.listPeople({ text: 'Cerf', limit: 5, offset: 0 }, EVERYTHING);
    const member = people[0]!.id;
    // A term that covers the next meeting; the Chair's term (the example's) ended in 2025.
    await addMembership(store, LOCAL_OPERATOR, {
      personId: member,
      body: 'igf-lp',
      role: 'Member',
      from: '2026-01-01',
    });
    const feed = async (id: number) =>
      itemsOf(await (await app.request(`http://minutes.example.org/people/${id}/calendar.ics`)).text());
    const next = 'meeting:igf-lp/2099-01-15@minutes.example.org';
    assert.ok(
      (await feed(member)).some((i) => i.uid === next),
      'the member is told of the next meeting',
    );
    assert.ok(!(await feed(chairs[0]!.id)).some((i) => i.uid === next), 'a past member is not');
  });
});
