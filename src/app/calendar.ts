/**
 * What a calendar feed holds: a body's meetings and the due dates of its actions, or a person's
 * meetings and the due dates of the actions given to them; only what the reader may see.
 */
import { found, MinutebookError } from '../domain/errors.js';
import { renderCalendar } from '../exporters/ical.exporter.js';
import { namesOwner, scopeOf, type Actor } from './access.js';
import {
  EVERYTHING,
  type MeetingListing,
  type MeetingStore,
  type OutcomeListing,
  type Scope,
} from './ports.js';

export interface CalendarData {
  name: string;
  meetings: MeetingListing[];
  /**
   * Meetings the secretariat has scheduled and not yet published: announced by their body, day
   * and time alone, nothing of their record.
   */
  scheduled: Array<Pick<MeetingListing, 'id' | 'body' | 'date' | 'start' | 'end'>>;
  /** Each task once, where it stands now: actions still open that no later meeting continued. */
  actions: OutcomeListing[];
}

/** The most meetings or actions a feed carries. */
const FEED_LIMIT = 1000;
/** How many of a person's actions their page lists, the latest. */
const PERSON_ACTIONS = 200;

export async function bodyCalendar(store: MeetingStore, actor: Actor, slug: string): Promise<CalendarData> {
  const scope = scopeOf(actor);
  const body = (await store.listBodies(scope)).find((b) => b.slug === slug);
  if (body === undefined) throw new MinutebookError('not-found', `no body has the short name ${slug}`);
  const { meetings } = await store.listMeetings({ body: slug, limit: FEED_LIMIT, offset: 0 }, scope);
  const { outcomes } = await store.listOutcomes(
    { kind: 'action', body: slug, pending: true, limit: FEED_LIMIT, offset: 0 },
    scope,
  );
  return {
    name: body.name,
    meetings,
    scheduled: await scheduledMeetings(store, slug, new Set(meetings.map((m) => m.id))),
    actions: outcomes.filter((a) => a.due !== null),
  };
}

/**
 * A body's meetings scheduled from today on that the reader cannot see yet: when a meeting will
 * be is announced before its record is published.
 */
async function scheduledMeetings(
  store: MeetingStore,
  slug: string,
  seen: Set<string>,
): Promise<CalendarData['scheduled']> {
  const today = new Date().toISOString().slice(0, 10);
  const { meetings } = await store.listMeetings({ body: slug, limit: FEED_LIMIT, offset: 0 }, EVERYTHING);
  return meetings
    .filter((m) => m.status === 'scheduled' && m.date !== null && m.date >= today && !seen.has(m.id))
    .map(({ id, body, date, start, end }) => ({ id, body, date, start, end }));
}

export async function personCalendar(store: MeetingStore, actor: Actor, id: number): Promise<CalendarData> {
  const scope = scopeOf(actor);
  // The feed's meetings are among the latest FEED_LIMIT: so are those of them the person attended.
  const person = found(
    await store.getPerson(id, scope, { limit: FEED_LIMIT, offset: 0 }),
    `no person has the identifier ${id}`,
  );
  const attended = new Set(person.attendance.map((a) => a.meetingId));
  const { meetings } = await store.listMeetings({ limit: FEED_LIMIT, offset: 0 }, scope);
  const { outcomes } = await store.listOutcomes(
    { kind: 'action', pending: true, limit: FEED_LIMIT * 5, offset: 0 },
    scope,
  );
  const shown = meetings.filter((m) => attended.has(m.id));
  return {
    name: person.name,
    meetings: shown,
    scheduled: await scheduledForMember(store, id, scope, new Set(shown.map((m) => m.id))),
    actions: outcomes.filter((a) => a.due !== null && a.owner !== null && namesOwner(person.name, a.owner)),
  };
}

/** The meetings scheduled from today on of the bodies a person is a member of, on days their term covers. */
async function scheduledForMember(
  store: MeetingStore,
  personId: number,
  scope: Scope,
  seen: Set<string>,
): Promise<CalendarData['scheduled']> {
  const today = new Date().toISOString().slice(0, 10);
  const terms = (await store.membershipsOf(personId, scope)).filter((m) => m.to === null || m.to >= today);
  const scheduled: CalendarData['scheduled'] = [];
  for (const slug of new Set(terms.map((m) => m.body))) {
    const within = (date: string | null) =>
      date !== null &&
      terms.some(
        (m) => m.body === slug && (m.from === null || m.from <= date) && (m.to === null || date <= m.to),
      );
    for (const meeting of await scheduledMeetings(store, slug, seen))
      if (within(meeting.date) && !scheduled.some((s) => s.id === meeting.id)) scheduled.push(meeting);
  }
  return scheduled;
}

/** The latest actions the summaries give to a person, newest meeting first. */
export async function actionsOfPerson(
  store: MeetingStore,
  actor: Actor,
  name: string,
): Promise<OutcomeListing[]> {
  return store.actionsOwnedBy(name, scopeOf(actor), PERSON_ACTIONS);
}

/** How a feed's items are written: addresses on this site, and the words of the reader's language. */
export interface FeedStyle {
  origin: string;
  host: string;
  meetingUrl: (id: string) => string;
  outcomeUrl: (cite: string) => string;
  /** The page of the body a meeting is scheduled for (its own page is not open yet). */
  bodyUrl: (id: string) => string;
  /** How a scheduled meeting is called: its body's name, said to be scheduled. */
  scheduled: (body: string) => string;
  labels: {
    due: (text: string) => string;
    owner: (owner: string) => string;
    status: (status: string) => string;
  };
  statusName: (status: string) => string;
}

/** The iCalendar text of a feed. */
export function calendarText(data: CalendarData, style: FeedStyle): string {
  return renderCalendar(
    data.name,
    style.host,
    [
      ...data.meetings
        .filter((meeting) => meeting.date !== null)
        .map((meeting) => ({
          id: meeting.id,
          title: [meeting.body, meeting.title].filter(Boolean).join(' — ') || meeting.id,
          date: meeting.date!,
          start: meeting.start,
          end: meeting.end,
          url: `${style.origin}${style.meetingUrl(meeting.id)}`,
          description: meeting.id,
        })),
      ...data.scheduled.map((meeting) => ({
        id: meeting.id,
        title: style.scheduled(meeting.body ?? data.name),
        date: meeting.date!,
        start: meeting.start,
        end: meeting.end,
        url: `${style.origin}${style.bodyUrl(meeting.id)}`,
        description: null,
      })),
    ],
    data.actions.map((action) => ({
      cite: action.id,
      text: action.text,
      owner: action.owner,
      due: action.due!,
      status: style.statusName(action.status ?? 'open'),
      url: `${style.origin}${style.outcomeUrl(action.id)}`,
    })),
    style.labels,
  );
}
