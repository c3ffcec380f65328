// Minutes whose text is HTML: pages a scribe tool wrote, kept in a repository under a .md or
// .txt name, and council minutes copied with their markup. Written here, after the shapes of
// such pages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordOf } from '../../../test/support/example.js';
import { htmlLines, isHtmlText } from './html-lines.js';
import { sourceLines } from './text.importer.js';

const SCRIBED = `<!DOCTYPE html>
<html>
<head>
  <title>Harbour WG -- 14 Mar 2023</title>
  <script>var tracker = 1;</script>
</head>
<body>
  <h1>Harbour Working Group</h1>
  <h2>14 Mar 2023</h2>
  <h2>Attendees</h2>
  <dl>
    <dt>Present</dt>
    <dd>ana_ruiz, Tomas_Berg,
    Lee_Chen</dd>
    <dt>Regrets</dt>
    <dd>Kai_Moana</dd>
    <dt>Chair</dt>
    <dd>ana_ruiz</dd>
  </dl>
  <h3 id="item01">Tide gauges</h3>
  <p class="phone"><cite>Ana:</cite> the gauges are calibrated.</p>
  <p class="resolution"><strong>RESOLUTION: the gauges stay where they are</strong></p>
  <h3 id="item02">Mooring fees</h3>
  <p class="phone"><cite>Tomas:</cite> fees were last set in 2019.</p>
  <p class="action"><strong>ACTION:</strong> Lee to update the <a href="https://example.org/fees-2023.pdf">Fee Schedule 2023</a></p>
  <nav><a href="/">Home</a> <a href="/minutes">All minutes</a></nav>
</body>
</html>
`;

describe('minutes whose text is HTML', () => {
  it('reads attendance from a definition list, topics from headings and outcomes from paragraphs', () => {
    const record = recordOf(SCRIBED, 'harbour-2023-03-14.md');
    assert.equal(record.meeting.date, '2023-03-14');
    assert.deepEqual(
      record.attendance.map((a) => [a.name, a.status]),
      [
        ['ana_ruiz', 'present'],
        ['Tomas_Berg', 'present'],
        ['Lee_Chen', 'present'],
        ['Kai_Moana', 'regrets'],
      ],
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Tide gauges', 'Mooring fees'],
    );
    const outcomes = record.topics.flatMap((t) => t.outcomes.filter((o) => o.kind !== 'note'));
    assert.deepEqual(
      outcomes.map((o) => [o.kind, o.owner, o.text]),
      [
        ['decision', null, 'the gauges stay where they are'],
        ['action', 'Lee', 'Lee to update the Fee Schedule 2023'],
      ],
    );
    assert.ok(
      record.documents.some((d) => d.title === 'Fee Schedule 2023'),
      'a titled link names its document',
    );
  });

  it('points each outcome at the source line its element starts on', () => {
    const record = recordOf(SCRIBED, 'harbour-2023-03-14.md');
    const action = record.topics.flatMap((t) => t.outcomes).find((o) => o.kind === 'action');
    assert.equal(action?.line, SCRIBED.split('\n').findIndex((l) => l.includes('ACTION:')) + 1);
  });

  it('shows nothing of scripts and navigation', () => {
    const text = htmlLines(SCRIBED)
      .map((l) => l.raw)
      .join('\n');
    assert.doesNotMatch(text, /tracker|All minutes/);
  });

  it('reads a list whose items hold headings as sections, and a name set apart at the right as who acts', () => {
    const record = recordOf(
      `<div class="minutes">
  <time datetime="2021-02-03">3 February 2021</time>
  <p>Harbour Community Council met at 7pm on 3 February 2021.</p>
  <ol class="matters">
    <li>
      <h4>MINUTES OF THE LAST MEETING</h4>
      <p>The minutes of the meeting held on 6 January 2021 were approved as correct.</p>
    </li>
    <li>
      <h4>MATTERS ARISING</h4>
      <p>2.1 The slipway repair was still awaited.\t\t\t<em>Clerk</em></p>
      <p>2.2 The notice board quote would be obtained.\t\t\t<em>Cllr. T. Berg</em></p>
    </li>
    <li>
      <h4>CORRESPONDENCE</h4>
      <ul>
        <li>Lifeboat newsletter\t\t\t<em>Noted</em></li>
      </ul>
    </li>
  </ol>
</div>
`,
      'harbour-council.txt',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['MINUTES OF THE LAST MEETING', 'MATTERS ARISING', 'CORRESPONDENCE'],
    );
    assert.deepEqual(
      record.topics
        .flatMap((t) => t.outcomes)
        .filter((o) => o.kind === 'action')
        .map((o) => o.owner),
      ['Clerk', 'Cllr. T. Berg'],
    );
  });

  it('reads an attendance table and keeps its rows as rows', () => {
    const lines = htmlLines(`<table>
<tr><th>Name</th><th>Organisation</th></tr>
<tr><td>Ana Ruiz</td><td>Port Authority</td></tr>
</table>`);
    assert.deepEqual(
      lines.map((l) => [l.n, l.raw]),
      [
        [2, '| Name | Organisation |'],
        [2, '| --- | --- |'],
        [3, '| Ana Ruiz | Port Authority |'],
        [3, ''],
      ],
    );
  });

  it('reads markup nested deeper than any page nests it without exhausting the stack', () => {
    const depth = 50_000;
    const text = `${'<p>Harbour Board, 3 May 2022.</p>\n'.repeat(6)}${'<div><em>'.repeat(depth)}The budget was approved.${'</em></div>'.repeat(depth)}\n`;
    const record = recordOf(text, 'deep.md');
    assert.ok(
      record.topics.flatMap((t) => t.outcomes).some((o) => o.text.includes('The budget was approved.')),
      'the innermost text is kept',
    );
  });

  it('leaves Markdown with a few tags in it as Markdown', () => {
    const text = `# Harbour Board, 3 May 2022

Present: Ana Ruiz, Tomas Berg<br>
Regrets: Lee Chen

## Budget

The budget was approved.<br>
<details><summary>Figures</summary>See the annex.</details>
`;
    assert.equal(isHtmlText(text, sourceLines(text).lines), false);
    const record = recordOf(text, 'harbour-board.md');
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Budget'],
    );
  });
});
