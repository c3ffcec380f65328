import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDate } from './dates.js';

describe('findDate', () => {
  const cases: Array<[string, string | null, string | null, string | null]> = [
    // written, date, last day, problem
    ['1 November 2024', '2024-11-01', null, null],
    ['November 1, 2024', '2024-11-01', null, null],
    ['Friday, June 21, 2019', '2019-06-21', null, null],
    ['MONDAY 4 MARCH 2024', '2024-03-04', null, null],
    ['2023-06-15', '2023-06-15', null, null],
    ['2023/12/19', '2023-12-19', null, null],
    ['3/17/2017', '2017-03-17', null, null],
    ['17/3/2017', '2017-03-17', null, null],
    ['1.11.2024', '2024-11-01', null, null],
    ['the 30th of May 2022', '2022-05-30', null, null],
    ['14 - 16 January 2020', '2020-01-14', '2020-01-16', null],
    ['8th and 9th of June 2022', '2022-06-08', '2022-06-09', null],
    // A range written as two dates, the year only after the second; two meetings stay two.
    ['Lisbon, March 4 - March 6, 2025', '2025-03-04', '2025-03-06', null],
    ['30 June – 2 July 2025', '2025-06-30', '2025-07-02', null],
    ['December 30 to January 2, 2025', '2024-12-30', '2025-01-02', null],
    ['April 9 and April 10 2025', '2025-04-09', '2025-04-10', null],
    ['March 3 and April 2, 2025', null, null, 'date-without-year'],
    ['11/12/2014', null, null, 'ambiguous-date'],
    // A weekday that does not fit: the date as written is kept, and the reviewer told.
    ['Thursday, June 21, 2019', '2019-06-21', null, 'contradictory-date'],
    ['30 February 2024', null, null, 'contradictory-date'],
    ['15-19 June', null, null, 'date-without-year'],
    // Other languages' month names, with the year written.
    ['vom 11. Juli 2017', '2017-07-11', null, null],
    ['réunion du 5 mars 2024', '2024-03-05', null, null],
    ['3 de mayo de 2021', '2021-05-03', null, null],
    ['Board meeting Minutes/5 January 2009', '2009-01-05', null, null],
    // The year first, then the month's name: how some projects name their notes.
    ['2018-August-30 TSC Meeting Notes', '2018-08-30', null, null],
    ['2019-Jan-07', '2019-01-07', null, null],
    ['General Meeting 17:00 15-Sep-2018', '2018-09-15', null, null],
    // A meeting's number before the date is no day of it.
    ['CSAF TC Meeting #14 March 28, 2018', '2018-03-28', null, null],
  ];
  for (const [written, date, endDate, problem] of cases) {
    it(`reads "${written}"`, () => {
      const found = findDate(written);
      assert.deepEqual([found?.date, found?.endDate, found?.problem?.code ?? null], [date, endDate, problem]);
    });
  }

  it('takes a missing year from elsewhere, and says where from', () => {
    const found = findDate('Tuesday 14 January', { year: 2020, yearFrom: 'the title' });
    assert.equal(found?.date, '2020-01-14');
    assert.match(found?.problem?.message ?? '', /2020 was taken from the title/);
  });

  it('does not read numbers that are not dates', () => {
    for (const text of [
      'RESOLVED (2010.10.28.01)',
      'the 19th IGF',
      'June 2024',
      '13:00-14:00 UTC',
      'Meeting 2025/1',
    ]) {
      assert.equal(findDate(text), null, text);
    }
  });
});
