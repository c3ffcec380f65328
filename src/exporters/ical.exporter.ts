/**
 * Calendars in iCalendar (RFC 5545), for calendar programs to subscribe to: meetings as events
 * at their time (or on their day when the time is not known), and the due dates of actions as
 * all-day events. Each item keeps its identifier across versions of the feed.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';

export interface CalendarMeeting {
  id: string;
  title: string;
  date: string;
  start: string | null;
  end: string | null;
  url: string;
  description: string | null;
}

export interface CalendarAction {
  cite: string;
  text: string;
  owner: string | null;
  due: string;
  status: string;
  url: string;
}

/** The calendar's text; `host` names the site in each item's identifier. */
export function renderCalendar(
  name: string,
  host: string,
  meetings: CalendarMeeting[],
  actions: CalendarAction[],
  labels: {
    due: (text: string) => string;
    owner: (owner: string) => string;
    status: (status: string) => string;
  },
): string {
  const calendar = ical({
    name,
    prodId: { company: 'Minutebook', product: 'Minutebook', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const m of meetings) {
    const allDay = m.start === null;
    const start = allDay ? dayOf(m.date) : new Date(m.start!);
    const end = allDay
      ? dayOf(m.date, 1)
      : new Date(m.end ?? new Date(start.getTime() + 3_600_000).toISOString());
    calendar.createEvent({
      id: `meeting:${m.id}@${host}`,
      start,
      end,
      allDay,
      summary: m.title,
      description: m.description,
      url: m.url,
    });
  }
  for (const a of actions) {
    calendar.createEvent({
      id: `action:${a.cite}@${host}`,
      start: dayOf(a.due),
      end: dayOf(a.due, 1),
      allDay: true,
      summary: labels.due(a.text),
      description: [a.owner === null ? null : labels.owner(a.owner), labels.status(a.status), a.cite]
        .filter(Boolean)
        .join('\n'),
      url: a.url,
    });
  }
  return calendar.toString();
}

function dayOf(date: string, plusDays = 0): Date {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + plusDays);
  return day;
}
