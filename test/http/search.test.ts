// Search past its bound: a common word in a large archive is ranked and counted up to the bound,
// and the page and the API say that there are more.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MeetingStore } from '../../src/app/ports.js';
import { createApp } from '../../src/http/app.js';
import { openStore } from '../../src/storage/store.js';
import { SEARCH_BOUND } from '../../src/storage/search.repository.js';
import { generatedMeeting } from '../../bench/generate.js';
import { parseSearchQuery } from '../../src/domain/search.js';
import { byTag, findAll, parseHtml, textOf } from '../support/html.js';

describe('search in a large archive', () => {
  let store: MeetingStore;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    store = await openStore({ url: ':memory:' });
    // 160 published meetings of seven entries each, and one draft that says a word of its own.
    const records = Array.from({ length: 160 }, (_, n) => generatedMeeting(n));
    const source = (r: (typeof records)[number]) => ({
      sha256: r.source!.sha256,
      name: r.source!.name,
      text: 'text',
      firstLine: 1,
    });
    await store.saveMeetings(records, records.map(source), { state: 'published' });
    const draft = generatedMeeting(7000);
    draft.topics[0]!.outcomes[0]!.text = 'The quokka count was postponed.';
    await store.saveMeetings([draft], [source(draft)], { state: 'draft' });
    app = createApp(store, { logError: () => undefined });
  });
  after(() => store.close());

  it('says there are more than the bound on the page', async () => {
    const response = await app.request('/search?q=the');
    assert.equal(response.status, 200);
    const count = findAll(parseHtml(await response.text()), byTag('p')).find((p) =>
      /results for/.test(textOf(p)),
    );
    assert.match(textOf(count!), /^More than 1,000 results for “the”/);
  });

  it('answers the bound and `more` in the API, and pages end at the bound', async () => {
    const first = await (await app.request('/api/search?q=the&limit=5')).json();
    assert.deepEqual([first.total, first.more, first.results.length], [SEARCH_BOUND, true, 5]);
    const last = await (await app.request(`/api/search?q=the&limit=50&offset=${SEARCH_BOUND - 10}`)).json();
    assert.equal(last.results.length, 10);
    const rare = await (await app.request('/api/search?q=%22Plan%2012%22')).json();
    assert.deepEqual([rare.total, rare.more], [2, false]);
  });

  it('counts no draft for a reader not signed in', async () => {
    const found = await (await app.request('/api/search?q=quokka')).json();
    assert.deepEqual([found.total, found.more, found.results], [0, false, []]);
    const all = await store.search(parseSearchQuery('quokka'), 5, 0, { all: true });
    assert.equal(all.total, 1, 'the draft is in the index');
  });
});
