/**
 * Generated meetings for benchmarks: records shaped like the example summary (four topics, six
 * outcomes, about 25 attendees drawn from a pool, a few documents), spread over bodies and years.
 */
import { createHash } from 'node:crypto';
import { numberOutcomes } from '../src/domain/ids.js';
import type { Attendance, MeetingRecord, Outcome } from '../src/domain/record.js';

const BODIES = [
  'Leadership Panel',
  'Advisory Council',
  'Steering Committee',
  'Board of Trustees',
  'Finance Committee',
  'Working Group on Data',
  'Expert Panel on Climate',
  'Standards Board',
];
const VERBS = [
  ['decision', 'endorsed', 'The Panel endorsed the timeline set out in the draft “Plan {n}”.'],
  ['decision', 'approved', 'Members approved the budget for {year} with one amendment.'],
  ['decision', 'reaffirmed', 'The Panel reaffirmed the framework as a guiding document for reporting.'],
  [
    'action',
    'will circulate',
    'The Secretariat will circulate the revised “Terms of Reference {n}” by the next meeting.',
  ],
  [
    'action',
    'agreed to develop',
    'The Panel agreed to develop a two-page note on institutional strengthening.',
  ],
  ['note', null, 'Members discussed the consultation and the comments received from {n} delegations.'],
] as const;
const GIVEN = [
  'Amina',
  'Lars',
  'Mei',
  'Tomás',
  'Ngozi',
  'Priya',
  'Jonas',
  'Céline',
  'Omar',
  'Sofia',
  'Kwame',
  'Yuki',
  'Elena',
  'Rafael',
  'Hana',
  'Ivan',
  'Aisha',
  'Pedro',
  'Leila',
  'Ben',
];
const FAMILY = [
  'Okafor',
  'Lindqvist',
  'Chen',
  'García',
  'Mensah',
  'Rao',
  'Berg',
  'Dubois',
  'Haddad',
  'Rossi',
  'Boateng',
  'Sato',
  'Petrova',
  'Silva',
  'Kim',
  'Novak',
  'Diallo',
  'Costa',
  'Farah',
  'Ode',
];

/** The n-th generated meeting (deterministic). */
export function generatedMeeting(n: number): MeetingRecord {
  const body = `${['IGF', 'UNEP', 'WHO', 'ITU', 'ICANN'][n % 5]} ${BODIES[n % BODIES.length]}`;
  const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(n / 40) * 86400000);
  const date = day.toISOString().slice(0, 10);
  const topics = [0, 1, 2, 3].map((t) => ({
    title: `Topic ${t + 1} of meeting ${n}: ${['Strategy', 'Budget', 'Partnerships', 'Next steps'][t]}`,
    line: 10 + t * 4,
    outcomes: VERBS.filter((_, k) => k % 4 === t || (t === 3 && k === 5)).map(
      ([kind, verb, text], k): Outcome => ({
        id: 'x',
        kind,
        verb,
        text: text.replace('{n}', String(n)).replace('{year}', date.slice(0, 4)),
        owner: kind === 'action' ? 'Secretariat' : null,
        due: null,
        dueText: null,
        status: kind === 'action' ? 'open' : null,
        ref: null,
        documents: text.includes('“') ? [text.match(/“([^”]+)”/)![1]!.replace('{n}', String(n))] : [],
        motion: null,
        line: 11 + t * 4 + k,
      }),
    ),
  }));
  const attendance = Array.from({ length: 25 }, (_, k): Attendance => {
    const person = (n * 7 + k * 13) % 400;
    return {
      name: `${GIVEN[person % 20]} ${FAMILY[Math.floor(person / 20) % 20]}`,
      honorific: k % 2 === 0 ? 'Ms.' : 'Mr.',
      kind: 'person',
      group: k < 8 ? 'Members' : k < 20 ? 'Advisors' : 'Secretariat',
      role: k === 0 ? 'Chair' : null,
      status: k === 24 ? 'regrets' : 'present',
      onBehalfOf: null,
      remote: null,
      note: null,
      line: 30 + k,
    };
  });
  const record: MeetingRecord = {
    format: 'minutebook/1',
    meeting: {
      id: null,
      body,
      title: 'Virtual Meeting',
      mode: 'virtual',
      date,
      endDate: null,
      start: `${date}T13:00:00Z`,
      end: `${date}T14:00:00Z`,
      dateText: null,
      timeText: null,
      venue: null,
      purpose: `The ${body} met virtually to discuss its work programme, meeting number ${n}.`,
      status: 'held',
      publication: null,
      line: 1,
    },
    topics,
    attendance: attendance.filter((a, k) => attendance.findIndex((b) => b.name === a.name) === k),
    documents: topics.flatMap((t) =>
      t.outcomes.flatMap((o) =>
        o.documents.map((title) => ({ title, state: 'draft' as const, author: null, line: o.line })),
      ),
    ),
    warnings: [],
    source: {
      name: `generated-${n}.md`,
      sha256: createHash('sha256').update(String(n)).digest('hex'),
      lines: 60,
      encoding: 'utf-8',
    },
  };
  return numberOutcomes(record);
}
