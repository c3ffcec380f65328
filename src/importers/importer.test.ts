// The importer on the example summary (every fact PRODUCT.md reads from it) and on bad input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MinutebookError } from '../domain/errors.js';
import { outcomesOf } from '../domain/record.js';
import { exampleRecord, recordOf } from '../../test/support/example.js';
import { parseSummary } from './importer.js';
import { MAX_TEXT_CHARACTERS } from './decode.js';

describe('the example summary', () => {
  const record = exampleRecord();
  const outcomes = outcomesOf(record).map((x) => x.outcome);

  it('reads the title block: body, mode, date and times in UTC', () => {
    const m = record.meeting;
    assert.deepEqual(
      { id: m.id, body: m.body, title: m.title, mode: m.mode, date: m.date, start: m.start, end: m.end },
      {
        id: 'igf-lp/2024-11-01',
        body: 'IGF Leadership Panel',
        title: 'Virtual Meeting',
        mode: 'virtual',
        date: '2024-11-01',
        start: '2024-11-01T13:00:00Z',
        end: '2024-11-01T14:00:00Z',
      },
    );
    assert.match(
      m.purpose ?? '',
      /^The Internet Governance Forum \(IGF\) Leadership Panel met virtually.*organizational matters\.$/,
    );
  });

  it('reads the four topics with their exact titles', () => {
    assert.deepEqual(
      record.topics.map((t) => t.title),
      [
        'Leadership Panel Approach to WSIS+20 & Future of IGF',
        'Leadership Panel Output: Future of the ‘Internet We Want’',
        'Strategic Priorities until the End of Leadership Panel Mandate',
        'Leadership Panel at IGF 2024 in Riyadh',
      ],
    );
  });

  it('reads four decisions with their verbs and two actions the body owns', () => {
    assert.deepEqual(
      outcomes.map((o) => [o.id, o.kind, o.verb, o.line]),
      [
        ['a1', 'action', 'agreed to develop', 12],
        ['d1', 'decision', 'endorsed', 13],
        ['d2', 'decision', 'reaffirmed', 15],
        ['a2', 'action', 'will be finalized', 16],
        ['d3', 'decision', 'endorsed', 18],
        ['d4', 'decision', 'agreed upon', 22],
      ],
    );
    for (const action of outcomes.filter((o) => o.kind === 'action')) {
      assert.deepEqual([action.owner, action.due, action.status], [null, null, 'open']);
    }
    assert.match(outcomes[4]!.text, /endorsed: A focused effort on institutional strengthening/);
  });

  it('names the documents each outcome acts on, with their state', () => {
    assert.deepEqual(
      outcomes.map((o) => o.documents),
      [
        ['Vision of the IGF Beyond 2025'],
        ['IGF LP Approach to WSIS+20'],
        [],
        ['Draft Recommendations on Making Use of the IWW'],
        ['IGF LP Strategic Outlook'],
        [],
      ],
    );
    assert.deepEqual(
      record.documents.map((d) => [d.title, d.state, d.author]),
      [
        ['Vision of the IGF Beyond 2025', null, 'MAG'],
        ['IGF LP Approach to WSIS+20', 'draft', 'IGF Leadership Panel'],
        ['Draft Recommendations on Making Use of the IWW', 'draft', null],
        ['IGF LP Strategic Outlook', 'draft', null],
      ],
    );
  });

  it('reads 25 present entries in four groups and one regret', () => {
    const present = record.attendance.filter((a) => a.status === 'present');
    assert.equal(present.length, 25);
    assert.equal(present.filter((a) => a.kind === 'person').length, 23);
    assert.deepEqual(
      [...new Set(present.map((a) => a.group))],
      [
        'Panel Members',
        'Panel Advisors, Representatives & Support Persons',
        'MAG Working Group on Strategy',
        'IGF Secretariat/ UN DESA',
      ],
    );
    assert.deepEqual(
      record.attendance
        .filter((a) => a.status !== 'present')
        .map((a) => [a.name, a.honorific, a.group, a.status]),
      [['Toomas Hendrik Ilves', 'Mr.', 'Regrets', 'regrets']],
    );
  });

  it('keeps names as written and reads the Chair and the offices', () => {
    const names = record.attendance.map((a) => a.name);
    assert.ok(names.includes('‘Gbenga Sesan') && names.includes('Céline Bal'));
    assert.deepEqual(
      record.attendance.filter((a) => a.role !== null).map((a) => [a.honorific, a.name, a.role]),
      [['Mr.', 'Vint Cerf', 'Chair']],
    );
    assert.deepEqual(
      record.attendance.filter((a) => a.kind === 'office').map((a) => [a.name, a.onBehalfOf]),
      [
        ['Office of Minister Karoline Edtstadler', 'Karoline Edtstadler'],
        ['Office of Vice-Minister Takuo Imagawa', 'Takuo Imagawa'],
      ],
    );
  });

  it('warns about the repeated bullet and the office of a member who is present, with their lines', () => {
    assert.deepEqual(
      record.warnings.map((w) => [w.code, w.line]),
      [
        ['duplicate-item', 20],
        ['represented-member-present', 46],
      ],
    );
  });

  it('points every item at the line it came from', () => {
    const lines = [
      record.meeting.line,
      ...record.topics.map((t) => t.line),
      ...outcomes.map((o) => o.line),
      ...record.attendance.map((a) => a.line),
      ...record.documents.map((d) => d.line),
    ];
    assert.ok(lines.every((line) => typeof line === 'number' && line > 0));
  });
});

describe('reading other summaries', () => {
  it('reads an item whose tail gives a status as an action, even in words that report it', () => {
    const record = recordOf(
      [
        '# Ocean Panel, 3 March 2025',
        '',
        '## Review of actions',
        '',
        '- The reef survey was drafted and circulated to members for comment. [owner: Ana Ruiz; due: 2025-04-01; status: in progress]',
        '- Members noted the survey. [owner: Ana Ruiz]',
      ].join('\n'),
    );
    assert.deepEqual(
      outcomesOf(record).map(({ outcome }) => [outcome.kind, outcome.owner, outcome.due, outcome.status]),
      [
        ['action', 'Ana Ruiz', '2025-04-01', 'in progress'],
        ['note', null, null, null],
      ],
    );
  });

  it('invents no outcome for a summary that records none', () => {
    const record = recordOf(
      '**Example Board\nMeeting\n3 March 2025**\n\nAttendance\n\nPresent\n\nMs. Ada Obi\nMr. Li Wei\n',
    );
    assert.deepEqual(record.topics, []);
    assert.equal(record.attendance.length, 2);
  });

  it('keeps an ambiguous date as written and warns instead of guessing', () => {
    const record = recordOf(
      '**Example Board\nMeeting of 11/12/2014, 10:00 UTC**\n\n- **Budget:**\n - The Board approved the budget.\n',
    );
    assert.equal(record.meeting.date, null);
    assert.equal(record.meeting.start, null);
    assert.equal(record.meeting.dateText, '11/12/2014');
    assert.deepEqual(
      record.warnings.map((w) => w.code),
      ['ambiguous-date'],
    );
  });

  it('reads a file that holds two meetings as two records', () => {
    const text =
      '# Example Board\n\n## Meeting of 3 March 2025\n\nPresent: Ada Obi, Li Wei\n\n### Budget\n\n- The Board approved the budget.\n\n' +
      '## Meeting of 7 April 2025\n\nPresent: Ada Obi\n\n### Audit\n\n- The Board appointed an auditor.\n';
    const { records } = parseSummary({ bytes: Buffer.from(text), name: 'two.md' });
    assert.deepEqual(
      records.map((r) => [r.meeting.date, r.attendance.length, r.topics.map((t) => t.title)]),
      [
        ['2025-03-03', 2, ['Budget']],
        ['2025-04-07', 1, ['Audit']],
      ],
    );
    // Each meeting keeps its own part of the file, and the parts are the file.
    const { parts } = parseSummary({ bytes: Buffer.from(text), name: 'two.md' });
    assert.equal(parts.map((p) => p.text).join(''), text);
    assert.deepEqual(
      parts.map((p) => [p.firstLine, p.text.split('\n')[0]]),
      [
        [1, '# Example Board'],
        [11, '## Meeting of 7 April 2025'],
      ],
    );
    assert.deepEqual(
      records.map((r) => r.source?.sha256),
      parts.map((p) => p.sha256),
    );
    assert.ok(!parts[0]!.text.includes('auditor') && !parts[1]!.text.includes('budget'));
  });
});

describe('bad input', () => {
  const fails = (bytes: Uint8Array, name: string, code: string): void => {
    assert.throws(
      () => parseSummary({ bytes, name }),
      (error: unknown) =>
        error instanceof MinutebookError && error.code === code && error.location.file === name,
    );
  };

  it('refuses an empty file and a file of white space', () => {
    fails(new Uint8Array(), 'empty.md', 'empty-input');
    fails(Buffer.from(' \n\t\n'), 'blank.md', 'empty-input');
  });

  it('refuses binary data, naming the line', () => {
    const bytes = Buffer.concat([Buffer.from('# Title\n\nline two\n'), Buffer.from([0, 1, 2, 3])]);
    assert.throws(
      () => parseSummary({ bytes, name: 'data.md' }),
      (error: unknown) =>
        error instanceof MinutebookError && error.code === 'binary-input' && error.location.line === 4,
    );
  });

  it('refuses a PDF or Word file, whatever its name says', () => {
    fails(Buffer.from('%PDF-1.7\n...'), 'summary.md', 'unsupported-format');
    fails(Buffer.from('PK\u0003\u0004...'), 'summary.txt', 'unsupported-format');
    fails(Buffer.from('text'), 'summary.docx', 'unsupported-format');
  });

  it('refuses a 50 MB file without reading it as a summary', () => {
    fails(Buffer.alloc(50 * 1024 * 1024, 'a'), 'huge.md', 'input-too-large');
  });

  it('reads a file that is not UTF-8 as Windows-1252, with a warning at the line', () => {
    const bytes = Buffer.concat([
      Buffer.from('**Example Board\nMeeting\n3 March 2025**\n\nPresent: Beno'),
      Buffer.from([0xee]),
      Buffer.from('t Lacasse\n'),
    ]);
    const record = parseSummary({ bytes, name: 'latin.txt' }).records[0]!;
    assert.equal(record.attendance[0]?.name, 'Benoît Lacasse');
    assert.deepEqual(
      record.warnings.map((w) => [w.code, w.line]),
      [['not-utf8', 5]],
    );
  });

  it('reads one enormous line in part, with a warning, without hanging', { timeout: 20_000 }, () => {
    const line = 'The Board approved the budget and '.repeat(50_000);
    const record = parseSummary({ bytes: Buffer.from(`# Example Board\n\n${line}\n`), name: 'long.md' })
      .records[0]!;
    assert.ok(record.warnings.some((w) => w.code === 'long-line' && w.line === 3));
  });

  it('refuses a text longer than any summary, naming the line it stops at', () => {
    const paragraph = `${'The Board approved the budget and '.repeat(20)}\n\n`;
    const text = `# Example Board\n\n${paragraph.repeat(Math.ceil(MAX_TEXT_CHARACTERS / paragraph.length) + 1)}`;
    assert.throws(
      () => parseSummary({ bytes: Buffer.from(text), name: 'long.md' }),
      (error: unknown) =>
        error instanceof MinutebookError &&
        error.code === 'input-too-large' &&
        error.location.file === 'long.md' &&
        error.location.line === text.slice(0, MAX_TEXT_CHARACTERS).split('\n').length,
    );
  });

  it('reads many lines of noise without hanging', { timeout: 20_000 }, () => {
    const noise = Array.from(
      { length: 20_000 },
      (_, i) => `${'*-#|>'[i % 5]}${'(['.repeat(i % 7)} ${i}: “${'a'.repeat(i % 50)}`,
    ).join('\n');
    // Read, or refused with a reason and a line when the noise reads as more than a meeting holds.
    try {
      const { records } = parseSummary({ bytes: Buffer.from(noise), name: 'noise.md' });
      assert.ok(records.length >= 1);
    } catch (error) {
      assert.ok(error instanceof MinutebookError && error.code === 'input-too-large', String(error));
      assert.ok(error.location.line !== undefined && error.location.file === 'noise.md');
    }
  });
});
