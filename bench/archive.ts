/**
 * A generated archive shaped like a real deployment's, for `npm run bench -- --scale N`: 200
 * bodies of 20 organisations meeting at their own rhythm (weekly to quarterly), members who
 * recur across a body's meetings and change every few years, officials shared by an
 * organisation's bodies, text with a Zipf-like word distribution, 0–12 outcomes of each kind,
 * documents that come back from meeting to meeting, and about 7 % of meetings not yet published.
 * Deterministic: the same seed gives the same archive. Meetings come one at a time, in date
 * order, so that an archive of any size is made in bounded memory.
 */
import { createHash } from 'node:crypto';
import { numberOutcomes } from '../src/domain/ids.js';
import type { Attendance, MeetingRecord, Outcome, Topic } from '../src/domain/record.js';
import type { MeetingState } from '../src/domain/workflow.js';
import { pick, seeded, titleWords, words, type Random } from './archive-words.js';

// Upper-case acronyms and body names whose initials differ: every body has its own slug.
const ORGANISATIONS = `NBT HTA RWA CSF MDB ICA PWG LGA EFA TSO UHN GPC WRB ACF SPB DCA FHI NMR OCS KLT`.split(
  ' ',
);
const BODY_KINDS = [
  'Board of Trustees',
  'Finance Committee',
  'Audit and Risk Committee',
  'Steering Committee',
  'Advisory Council',
  'Working Group on Data',
  'Executive Committee',
  'Programme Committee',
  'Nominations Committee',
  'Standards Board',
];
/** Days between two meetings of a body, by its kind (the order of BODY_KINDS). */
const RHYTHMS = [28, 30, 91, 14, 60, 7, 14, 30, 91, 21];

const GIVEN =
  `Amina Lars Mei Tomás Ngozi Priya Jonas Céline Omar Sofia Kwame Yuki Elena Rafael Hana Ivan Aisha
Pedro Leila Ben Ana Lee Mina Kofi Ingrid Ravi Zainab Mateo Chloé Hiroshi Fatima Erik Lucia Samir Nadia
Oscar Tariq Greta Jamal Irina Diego Sana Felix Marta Yusuf Clara Arjun Lena Kenji Rosa`.split(/\s+/);
const FAMILY =
  `Okafor Lindqvist Chen García Mensah Rao Berg Dubois Haddad Rossi Boateng Sato Petrova Silva Kim
Novak Diallo Costa Farah Ode Ruiz Nakamura Schmidt Adeyemi Kowalski Moreau Ibrahim Jensen Tanaka Okeke
Varga Hussain Popescu Nilsson Achebe Moretti Kaur Suzuki Lehmann Oyelaran Bianchi Horvat Mbeki Laurent
Yilmaz Castillo Andersen Osei Fischer Delgado Ito Kariuki Sousa Walsh Abadi Nguyen Byrne Ferrari Gupta
Nowak Mahlangu Pereira Koch Sandoval Ahmed Kruger Hoffmann Lungu Ortiz Jovanovic`.split(/\s+/);

/** How many distinct people the archive names. */
export const PEOPLE = GIVEN.length * FAMILY.length;

const personName = (p: number): string =>
  `${GIVEN[p % GIVEN.length]} ${FAMILY[Math.floor(p / GIVEN.length) % FAMILY.length]}`;

export interface ArchiveBody {
  name: string;
  organisation: number;
  rhythm: number;
  /** The first day it meets, counted from the archive's start. */
  offset: number;
  /** Its members over time (a window of seats slides along it every few years). */
  pool: number[];
  seats: number;
}

/** The 200 bodies, 10 for each of the 20 organisations. */
export function archiveBodies(seed = 1): ArchiveBody[] {
  const random = seeded(seed);
  return ORGANISATIONS.flatMap((acronym, organisation) =>
    BODY_KINDS.map((kind, k): ArchiveBody => {
      const seats = 6 + Math.floor(random() * 20);
      return {
        name: `${acronym} ${kind}`,
        organisation,
        rhythm: RHYTHMS[k]!,
        offset: Math.floor(random() * RHYTHMS[k]!),
        // Members come mostly from their organisation's part of the people, some from anywhere.
        pool: Array.from({ length: seats * 3 }, () =>
          random() < 0.8
            ? organisation * Math.floor(PEOPLE / ORGANISATIONS.length) +
              Math.floor(random() * Math.floor(PEOPLE / ORGANISATIONS.length))
            : Math.floor(random() * PEOPLE),
        ),
        seats,
      };
    }),
  );
}

/** A meeting of the archive, and the state it is saved in. */
export interface ArchiveMeeting {
  record: MeetingRecord;
  state: MeetingState;
}

const START = Date.UTC(1990, 0, 1);

/** The archive's meetings in date order, without end; take as many as wanted. */
export function* archiveMeetings(seed = 1): Generator<ArchiveMeeting> {
  const bodies = archiveBodies(seed);
  const held = new Map<ArchiveBody, number>();
  let n = 0;
  for (let day = 0; ; day++) {
    for (const body of bodies) {
      if (day < body.offset || (day - body.offset) % body.rhythm !== 0) continue;
      const k = held.get(body) ?? 0;
      held.set(body, k + 1);
      yield archiveMeeting(seeded(seed * 1_000_003 + n), body, k, day);
      n += 1;
    }
  }
}

const DECISION_VERBS = [
  'approved',
  'endorsed',
  'adopted',
  'agreed',
  'decided',
  'resolved',
  'reaffirmed',
  'noted',
];
const ACTION_VERBS = ['will circulate', 'will prepare', 'will report on', 'agreed to review', 'will draft'];
const DOCUMENT_KINDS = [
  'Annual Report',
  'Budget',
  'Terms of Reference',
  'Strategic Plan',
  'Risk Register',
  'Policy',
];

function archiveMeeting(random: Random, body: ArchiveBody, k: number, day: number): ArchiveMeeting {
  const date = new Date(START + day * 86_400_000).toISOString().slice(0, 10);
  const year = date.slice(0, 4);
  // The seats move along the pool: every 20 meetings a third of the members change.
  const members = Array.from(
    { length: body.seats },
    (_, s) => body.pool[(s + Math.floor(k / 20) * Math.ceil(body.seats / 3)) % body.pool.length]!,
  );
  // An organisation's three officials attend all its bodies; two people from outside (an
  // auditor, a regulator's liaison) attend bodies of every organisation now and then.
  const officials = [0, 1, 2].map((o) => PEOPLE - 1 - (body.organisation * 3 + o));
  if (random() < 0.2) officials.push(PEOPLE - 61 - Math.floor(random() * 2));
  const observers = Array.from({ length: Math.floor(random() * 4) }, () => Math.floor(random() * PEOPLE));
  const attendance: Attendance[] = [];
  const named = new Set<number>();
  const attend = (person: number, group: string, role: string | null, status: Attendance['status']): void => {
    if (named.has(person)) return;
    named.add(person);
    attendance.push({
      name: personName(person),
      honorific: null,
      kind: 'person',
      group,
      role,
      status,
      onBehalfOf: null,
      remote: random() < 0.2 ? true : null,
      note: null,
      line: 20 + attendance.length,
    });
  };
  members.forEach((p, s) => {
    const r = random();
    attend(p, 'Members', s === 0 ? 'Chair' : null, r < 0.85 ? 'present' : r < 0.95 ? 'regrets' : 'absent');
  });
  officials.forEach((p) => attend(p, 'Secretariat', null, 'present'));
  observers.forEach((p) => attend(p, 'Observers', null, 'present'));

  const present = attendance.filter((a) => a.status === 'present').map((a) => a.name);
  const documents = new Map<string, MeetingRecord['documents'][number]>();
  const outcomeCount = Math.floor(random() * 13);
  const topicCount = 1 + Math.floor(random() * 6);
  const topics: Topic[] = Array.from({ length: topicCount }, (_, t) => ({
    title: titleWords(random, 2 + Math.floor(random() * 4)),
    line: 40 + t * 20,
    outcomes: [],
  }));
  for (let o = 0; o < outcomeCount; o++) {
    const t = Math.floor(random() * topicCount);
    const topic = topics[t]!;
    const outcome = archiveOutcome(random, body, date, year, present, 41 + t * 20 + topic.outcomes.length);
    for (const title of outcome.documents)
      documents.set(title, {
        title,
        state: pick(random, ['draft', 'endorsed', 'published'] as const),
        author: body.name,
        line: outcome.line,
      });
    topic.outcomes.push(outcome);
  }
  const record: MeetingRecord = {
    format: 'minutebook/1',
    meeting: {
      id: null,
      body: body.name,
      title: `Meeting ${k + 1}`,
      mode: pick(random, ['virtual', 'in-person', 'hybrid'] as const),
      date,
      endDate: null,
      start: `${date}T09:00:00Z`,
      end: `${date}T11:00:00Z`,
      dateText: null,
      timeText: null,
      venue: null,
      purpose: sentence(words(random, 12 + Math.floor(random() * 30))),
      status: 'held',
      publication: null,
      line: 1,
    },
    topics,
    attendance,
    documents: [...documents.values()],
    warnings: [],
    source: {
      name: `${body.name} ${date}.md`,
      sha256: createHash('sha256').update(`${body.name} ${date}`).digest('hex'),
      lines: 40 + topicCount * 20,
      encoding: 'utf-8',
    },
  };
  const r = random();
  return {
    record: numberOutcomes(record),
    state: r < 0.05 ? 'draft' : r < 0.07 ? 'circulated' : 'published',
  };
}

function archiveOutcome(
  random: Random,
  body: ArchiveBody,
  date: string,
  year: string,
  present: string[],
  line: number,
): Outcome {
  const r = random();
  const kind = r < 0.4 ? 'decision' : r < 0.75 ? 'action' : 'note';
  // Documents are a body's own and come back: the same few titles each year.
  const documents =
    random() < 0.3
      ? [
          `${body.name.split(' ')[0]} ${pick(random, DOCUMENT_KINDS)} ${year}${random() < 0.3 ? ` v${1 + Math.floor(random() * 3)}` : ''}`,
        ]
      : [];
  const verb =
    kind === 'decision'
      ? pick(random, DECISION_VERBS)
      : kind === 'action'
        ? pick(random, ACTION_VERBS)
        : null;
  const owner =
    kind === 'action'
      ? random() < 0.3
        ? 'Secretariat'
        : pick(random, present.length > 0 ? present : ['Secretariat'])
      : null;
  const subject = kind === 'action' ? owner! : `The ${body.name.split(' ').slice(1).join(' ')}`;
  const due = kind === 'action' && random() < 0.7 ? addDays(date, 14 + Math.floor(random() * 90)) : null;
  const statuses = ['open', 'in progress', 'done', 'dropped'] as const;
  return {
    id: 'x',
    kind,
    verb,
    text: sentence(
      `${subject} ${verb ?? 'discussed'} ${documents[0] !== undefined ? `the “${documents[0]}” and ` : ''}${words(random, 8 + Math.floor(random() * 40))}`,
    ),
    owner,
    due,
    dueText: null,
    status: kind === 'action' ? pick(random, statuses) : null,
    ref: null,
    documents,
    motion:
      kind === 'decision' && random() < 0.15
        ? {
            movedBy: pick(random, present.length > 0 ? present : ['Chair']),
            secondedBy: null,
            votesFor: 3 + Math.floor(random() * 10),
            votesAgainst: Math.floor(random() * 3),
            abstentions: Math.floor(random() * 2),
          }
        : null,
    line,
  };
}

const sentence = (text: string): string => `${text[0]!.toUpperCase()}${text.slice(1)}.`;

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
