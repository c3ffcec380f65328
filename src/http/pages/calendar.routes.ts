/**
 * iCalendar feeds for calendar programs: a body's meetings and action due dates, and a person's.
 * A program that subscribes signs in as nobody, so a feed holds what is published.
 */
import type { Context, Hono } from 'hono';
import { bodyCalendar, calendarText, personCalendar, type CalendarData } from '../../app/calendar.js';
import type { MeetingStore } from '../../app/ports.js';
import type { AppEnv } from '../env.js';
import { meetingHref, outcomeHref, viewOf } from './view.js';

function feed(c: Context<AppEnv>, data: CalendarData): Response {
  const { m } = viewOf(c);
  const url = new URL(c.req.url);
  const text = calendarText(data, {
    origin: url.origin,
    host: url.host,
    meetingUrl: meetingHref,
    outcomeUrl: outcomeHref,
    // A meeting's identifier begins with its body's short name.
    bodyUrl: (id) => `/bodies/${encodeURIComponent(id.split('/')[0]!)}`,
    scheduled: m.calendar.scheduled,
    labels: { due: m.calendar.due, owner: m.calendar.owner, status: m.calendar.status },
    statusName: (status) => m.statuses[status as keyof typeof m.statuses] ?? status,
  });
  c.header('Content-Type', 'text/calendar; charset=utf-8');
  return c.body(text, 200);
}

export function calendarRoutes(app: Hono<AppEnv>, store: MeetingStore): void {
  app.get('/bodies/:slug/calendar.ics', async (c) =>
    feed(c, await bodyCalendar(store, c.get('user'), c.req.param('slug'))),
  );
  app.get('/people/:id{[0-9]{1,9}}/calendar.ics', async (c) =>
    feed(c, await personCalendar(store, c.get('user'), Number(c.req.param('id')))),
  );
}
