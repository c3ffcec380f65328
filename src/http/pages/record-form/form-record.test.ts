// Reading a record back from the fields of the record form.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../i18n/en.js';
import type { FormValues } from '../kit/route.js';
import { keptOfOutcome, keptOfRecord, recordFromForm } from './form-record.js';
import { exampleRecord } from '../../../../test/support/example.js';

const form = (entries: Record<string, string>): FormValues => new Map(Object.entries(entries));

describe('recordFromForm', () => {
  it('reads times in UTC on the meeting’s date, an end before the start on the next day', () => {
    const { record, error } = recordFromForm(
      form({
        'meeting.body': 'Board',
        'meeting.date': '2025-03-04',
        'meeting.start': '22:30',
        'meeting.end': '01:00',
      }),
      '',
      'derive',
      en,
    );
    assert.equal(error, null);
    assert.equal(record.meeting.id, 'board/2025-03-04');
    assert.equal(record.meeting.start, '2025-03-04T22:30:00Z');
    assert.equal(record.meeting.end, '2025-03-05T01:00:00Z');
  });

  it('reads a time typed on the 24-hour clock, and names one it cannot read', () => {
    const read = (start: string) =>
      recordFromForm(
        form({ 'meeting.body': 'Board', 'meeting.date': '2025-03-04', 'meeting.start': start }),
        '',
        'derive',
        en,
      );
    assert.equal(read('9:05').record.meeting.start, '2025-03-04T09:05:00Z');
    assert.equal(read('1330').record.meeting.start, '2025-03-04T13:30:00Z');
    assert.equal(read(' 13:30 ').record.meeting.start, '2025-03-04T13:30:00Z');
    for (const wrong of ['1:30 PM', '25:00', 'noon']) {
      const { record, error } = read(wrong);
      assert.deepEqual(error, { field: 'meeting.start', message: en.edit.clockTime }, wrong);
      assert.equal(record.meeting.start, null);
    }
  });

  it('names a time given without a date, and keeps the rest', () => {
    const { record, error } = recordFromForm(
      form({ 'meeting.body': 'Board', 'meeting.start': '10:00' }),
      '',
      'derive',
      en,
    );
    assert.deepEqual(error, { field: 'meeting.start', message: en.edit.timeNeedsDate });
    assert.equal(record.meeting.body, 'Board');
  });

  it('drops blank and removed rows, and numbers what is left in order', () => {
    const { record } = recordFromForm(
      form({
        'meeting.body': 'Board',
        'topics[0].title': 'Budget',
        'topics[0].outcomes[0].kind': 'action',
        'topics[0].outcomes[0].text': 'Draft the budget',
        'topics[0].outcomes[0].status': '',
        'topics[0].outcomes[1].kind': 'decision',
        'topics[0].outcomes[1].text': 'Dropped',
        'topics[0].outcomes[1].id': 'd1',
        'topics[0].outcomes[1].remove': '1',
        'topics[0].outcomes[2].kind': 'decision',
        'topics[0].outcomes[2].text': '',
        'topics[1].title': '',
        'topics[1].outcomes[0].kind': 'decision',
        'topics[1].outcomes[0].text': '',
        'attendance[0].name': 'Ana Ruiz',
        'attendance[0].status': 'regrets',
        'attendance[3].name': '',
        'attendance[3].status': 'present',
      }),
      '',
      'keep',
      en,
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => [o.kind, o.text, o.status])]),
      [['Budget', [['action', 'Draft the budget', 'open']]]],
    );
    assert.deepEqual(
      record.attendance.map((a) => [a.name, a.status]),
      [['Ana Ruiz', 'regrets']],
    );
  });

  it('keeps what the form does not show, and the date as written only while the date stands', () => {
    const example = exampleRecord();
    const a1 = { ...example.topics[0]!.outcomes[0]!, due: '2024-12-13', dueText: '13 December' };
    const fields = (due: string, date: string): FormValues =>
      form({
        keep: JSON.stringify(keptOfRecord(example)),
        'meeting.body': example.meeting.body!,
        'meeting.date': date,
        'meeting.start': '13:00',
        'topics[0].title': 'T',
        'topics[0].outcomes[0].id': 'a1',
        'topics[0].outcomes[0].kind': 'action',
        'topics[0].outcomes[0].text': a1.text,
        'topics[0].outcomes[0].due': due,
        'topics[0].outcomes[0].keep': JSON.stringify(keptOfOutcome(a1)),
      });
    const same = recordFromForm(fields('2024-12-13', '2024-11-01'), '', 'keep', en).record;
    assert.equal(same.meeting.id, 'igf-lp/2024-11-01');
    assert.equal(same.meeting.dateText, '1 November 2024');
    assert.equal(same.meeting.start, '2024-11-01T13:00:00Z');
    assert.equal(same.topics[0]!.outcomes[0]!.dueText, '13 December');
    assert.equal(same.topics[0]!.outcomes[0]!.line, a1.line);
    assert.deepEqual(same.warnings, example.warnings);
    const moved = recordFromForm(fields('2024-12-20', '2024-11-02'), '', 'keep', en).record;
    assert.equal(moved.meeting.dateText, null);
    assert.equal(moved.meeting.start, '2024-11-02T13:00:00Z');
    assert.equal(moved.topics[0]!.outcomes[0]!.dueText, null);
  });

  it('sets, changes and clears the earlier outcome an outcome continues, and keeps a source number', () => {
    const outcome = (ref: string | null, continues: string | undefined) =>
      recordFromForm(
        form({
          'meeting.body': 'Board',
          'meeting.date': '2025-02-07',
          'topics[0].title': 'Budget',
          'topics[0].outcomes[0].id': 'a1',
          'topics[0].outcomes[0].kind': 'action',
          'topics[0].outcomes[0].text': 'Circulate the budget',
          'topics[0].outcomes[0].keep': JSON.stringify({
            due: null,
            dueText: null,
            ref,
            motion: null,
            line: 4,
          }),
          ...(continues === undefined ? {} : { 'topics[0].outcomes[0].continues': continues }),
        }),
        '',
        'keep',
        en,
      ).record.topics[0]!.outcomes[0]!.ref;
    assert.equal(outcome(null, 'board/2025-01-10#a2'), 'board/2025-01-10#a2');
    assert.equal(outcome('board/2025-01-10#a2', 'board/2024-12-06#a1'), 'board/2024-12-06#a1');
    assert.equal(outcome('board/2025-01-10#a2', ''), null);
    assert.equal(outcome('board/2025-01-10#a2', undefined), 'board/2025-01-10#a2');
    // A number the source gave the item is not a link: choosing nothing earlier keeps it.
    assert.equal(outcome('2025.02.07.01', ''), '2025.02.07.01');
  });

  it('survives hidden fields that were tampered with', () => {
    const { record } = recordFromForm(
      form({
        keep: '{not json',
        'meeting.body': 'Board',
        'attendance[0].name': 'X',
        'attendance[0].keep': '[1,2]',
      }),
      '',
      'keep',
      en,
    );
    assert.equal(record.meeting.id, null);
    assert.equal(record.attendance[0]!.line, null);
  });
});
