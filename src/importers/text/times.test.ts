import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTime } from './times.js';
import { wallToUtc, zoneOf } from './zones.js';

// The UTC start and end of a written time on a date, or the problem that stops it.
function utc(text: string, date: string): string[] | string {
  const found = findTime(text);
  if (found === null) return 'no time';
  if (found.problem) return found.problem.code;
  if (found.zone === null) return 'no zone';
  const at = (c: { hour: number; minute: number } | null) =>
    c === null ? null : wallToUtc(date, c.hour, c.minute, found.zone!);
  return [at(found.start), at(found.end)].map((r) => (r === null ? '-' : 'iso' in r ? r.iso : r.problem));
}

describe('findTime', () => {
  const cases: Array<[string, string, string[] | string]> = [
    ['13:00-14:00 UTC', '2024-11-01', ['2024-11-01T13:00:00Z', '2024-11-01T14:00:00Z']],
    ['14.00 UTC', '2024-11-01', ['2024-11-01T14:00:00Z', '-']],
    ['12noon (London time)', '2020-01-14', ['2020-01-14T12:00:00Z', '-']],
    ['12noon (London time)', '2020-07-14', ['2020-07-14T11:00:00Z', '-']],
    ['1.11 P.M. PDT', '2019-06-21', ['2019-06-21T20:11:00Z', '-']],
    ['1.11 P.M. PDT–2.05 P.M. PDT', '2019-06-21', ['2019-06-21T20:11:00Z', '2019-06-21T21:05:00Z']],
    ['3:02 pm ET', '2023-03-14', ['2023-03-14T19:02:00Z', '-']],
    ['09:00-16:00 (UTC +1)', '2022-06-08', ['2022-06-08T08:00:00Z', '2022-06-08T15:00:00Z']],
    ['9-11 am CET', '2024-01-10', ['2024-01-10T08:00:00Z', '2024-01-10T10:00:00Z']],
    ['0900-1000 hours', '2024-01-10', 'no zone'],
    ['6.30 pm', '2024-01-10', 'no zone'],
    ['14:00 p.m. UTC', '2024-01-10', 'contradictory-time'],
    ['11:00 IST', '2024-01-10', 'ambiguous-time'],
    ['the 19th IGF in Riyadh', '2024-01-10', 'no time'],
  ];
  for (const [text, date, expected] of cases) {
    it(`reads "${text}" on ${date}`, () => assert.deepEqual(utc(text, date), expected));
  }

  it('refuses a summer abbreviation in winter rather than guessing', () => {
    const zone = zoneOf('PDT')!;
    assert.deepEqual(wallToUtc('2024-01-15', 13, 0, zone), {
      problem: 'that zone abbreviation does not apply on 2024-01-15',
    });
  });

  it('writes instants as ISO 8601 in UTC to the second, across years, days and offsets', () => {
    const zone = zoneOf('UTC+05:30')!;
    for (const [date, hour, minute] of [
      ['2024-11-01', 13, 0],
      ['2024-02-29', 0, 5],
      ['2024-12-31', 23, 59],
      ['0999-06-01', 12, 0],
      ['9999-12-31', 22, 0],
    ] as const) {
      const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
      const expected = new Date(Date.UTC(y, mo - 1, d, hour, minute) - 330 * 60000).toISOString();
      assert.deepEqual(wallToUtc(date, hour, minute, zone), { iso: expected.replace('.000Z', 'Z') }, date);
    }
  });
});
