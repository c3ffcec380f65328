import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEntry, splitNames } from './names.js';

describe('readEntry', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['Mr. Vint Cerf, Chair', { name: 'Vint Cerf', honorific: 'Mr.', role: 'Chair', kind: 'person' }],
    ['Mr. ‘Gbenga Sesan', { name: '‘Gbenga Sesan', honorific: 'Mr.' }],
    ['Office of Minister Karoline Edtstadler', { kind: 'office', onBehalfOf: 'Karoline Edtstadler' }],
    ['H.E. Ambassador Amina Diallo', { name: 'Amina Diallo', honorific: 'H.E. Ambassador' }],
    ['President and CEO Jane Roe', { name: 'Jane Roe', role: 'President and CEO' }],
    ['Kofi Mensah-Bonsu (remotely)', { name: 'Kofi Mensah-Bonsu', remote: true }],
    ['Yuki Arakawa (sub for Aurélie Dumont)', { name: 'Yuki Arakawa', onBehalfOf: 'Aurélie Dumont' }],
    ['Aurélie Dumont – absent, apologies', { name: 'Aurélie Dumont', status: 'regrets' }],
    ['Chiara Lombardi – aplogies', { name: 'Chiara Lombardi', status: 'regrets' }],
    ['Olu Adeyemi – absent', { name: 'Olu Adeyemi', status: 'absent' }],
    ['Henrik Solberg (items 1-5)', { name: 'Henrik Solberg', note: 'items 1-5' }],
    ['Veridian Cloud Services', { kind: 'office' }],
    ['Cllr R. Okafor (Mayor)', { name: 'R. Okafor', honorific: 'Cllr', role: 'Mayor' }],
    // A channel nickname, then the full name, as chat-based minutes list people.
    ['TallTom // Tom Thibault (he/him)', { name: 'Tom Thibault', kind: 'person' }],
    // A name, then the handle it goes by in the project.
    ['Ana Ruiz @anaruiz (TSC)', { name: 'Ana Ruiz', note: 'TSC; @anaruiz' }],
    // Initials and an office each in brackets after a comma: no comma is left on the name.
    ['Ines Varga (IV), (Harbour Office)', { name: 'Ines Varga', note: 'IV; Harbour Office' }],
  ];
  for (const [written, expected] of cases) {
    it(`reads "${written}"`, () => {
      const entry = readEntry(written) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(expected)) assert.equal(entry[key], value, key);
    });
  }
});

describe('splitNames', () => {
  it('splits lists the way people write them', () => {
    assert.deepEqual(splitNames('Dan, Peter and Hadley'), ['Dan', 'Peter', 'Hadley']);
    assert.deepEqual(splitNames('A (Chair), B (Vice Chair), and C'), ['A (Chair)', 'B (Vice Chair)', 'C']);
    assert.deepEqual(splitNames('Vint Cerf, Chair, Lise Fuhr'), ['Vint Cerf, Chair', 'Lise Fuhr']);
  });

  it('keeps a title fused to a name as one person', () => {
    assert.deepEqual(splitNames('President and CEO Jane Roe, John Doe'), [
      'President and CEO Jane Roe',
      'John Doe',
    ]);
  });
});
