/**
 * Following bodies, people and documents over time: the people list, a body's page (meetings,
 * overdue actions, attendance by group, document flow), a person's (attendance, memberships,
 * possible other spellings), a document's (its state history, possible other titles), the
 * proposals that spellings are one and the forms that answer them, and the calendar feeds.
 */
import { may } from '../../../app/access.js';
import {
  actionsOfPerson,
  bodyCalendar,
  calendarText,
  personCalendar,
  type CalendarData,
} from '../../../app/calendar.js';
import { listMeetings } from '../../../app/meetings.js';
import {
  keepApart,
  matchGroups,
  mergeGroup,
  mergeMatch,
  proposeMatches,
  separateSpelling,
  spellingsOf,
} from '../../../app/matching.js';
import {
  addMembership,
  groupParticipation,
  membershipsOf,
  removeMembership,
  setDocumentFlow,
} from '../../../app/members.js';
import type { MergeKind } from '../../../app/ports.js';
import { actionRegister, getDocument, getPerson, listBodies, listPeople } from '../../../app/registers.js';
import { MinutebookError } from '../../../domain/errors.js';
import { PageQuery, PersonQuery } from '../../api/schemas.js';
import { sameOriginPath } from '../../paths.js';
import { keptForReaders, file, form, page, refusal, seeOther, shown, textOf } from '../kit/route.js';
import type { PageRequest, PageRoute } from '../kit/route.js';
import { meetingHref, outcomeHref, type View } from '../kit/view.js';
import { CHART_MEETINGS } from '../kit/charts.js';
import { BodyPage } from './body.page.js';
import { DocumentPage } from './document.page.js';
import { MatchesPage } from './matches.page.js';
import type { MembershipRefusal } from './follow.page.js';
import { PeoplePage, PersonPage } from './people.page.js';

const PERSON = '/people/:id{[0-9]{1,9}}';
const DOCUMENT = '/documents/:id{[0-9]{1,9}}';
const MATCHES = '/matches/:kind{people|documents}';
const KINDS: Record<string, MergeKind> = { people: 'person', documents: 'document' };

const idOf = (r: PageRequest): number => Number(r.param('id'));
const kindOf = (r: PageRequest): MergeKind => KINDS[r.param('kind')]!;
/** Where a form sent from another page goes back to; `fallback` when it names none of this site. */
const backOr = (r: { values: Map<string, string> }, fallback: string): string =>
  sameOriginPath(r.values.get('back')) ?? fallback;

async function bodyData(r: PageRequest, flow?: { error: string; value: string }) {
  const slug = r.param('slug');
  const body = (await listBodies(r.store, r.user)).find((b) => b.slug === slug);
  if (body === undefined) throw new MinutebookError('not-found', r.view.m.errors.noBody(slug));
  const { limit, offset } = r.queryBy(PageQuery);
  const [{ meetings, total }, overdue, participation] = await Promise.all([
    listMeetings(r.store, r.user, { body: slug, limit, offset }),
    actionRegister(r.store, r.user, { body: slug, overdue: true, today: r.today, limit: 200 }),
    groupParticipation(r.store, r.user, slug, CHART_MEETINGS),
  ]);
  return {
    slug,
    name: body.name,
    meetings,
    total,
    offset,
    limit,
    overdue: overdue.outcomes,
    today: r.today,
    participation,
    flow: body.documentFlow,
    flowRefused: flow,
    notice: r.notice()?.text,
  };
}

async function personData(r: PageRequest, refused?: MembershipRefusal) {
  const id = idOf(r);
  const { limit, offset } = r.queryBy(PageQuery);
  const person = await getPerson(r.store, r.user, id, { limit, offset });
  const secretariat = may(r.user, 'record');
  const [actions, memberships, bodies, proposals, spellings] = await Promise.all([
    actionsOfPerson(r.store, r.user, person.name),
    membershipsOf(r.store, r.user, id),
    listBodies(r.store, r.user),
    secretariat ? proposeMatches(r.store, r.user, 'person', id) : Promise.resolve([]),
    secretariat ? spellingsOf(r.store, r.user, 'person', id) : Promise.resolve([]),
  ]);
  const notice = r.notice()?.text;
  return {
    person,
    offset,
    limit,
    actions,
    today: r.today,
    memberships,
    bodies,
    proposals,
    spellings,
    membershipRefused: refused,
    notice,
  };
}

/** A calendar feed, as a calendar program reads it. */
function calendarFile(view: View, base: string, data: CalendarData) {
  const { m } = view;
  const url = new URL(base);
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
  return { type: 'text/calendar; charset=utf-8', text };
}

export const followRoutes: readonly PageRoute[] = [
  page('/people', {
    kept: keptForReaders,
    async load(r) {
      const { limit, offset, text } = r.queryBy(PersonQuery);
      const { people, total } = await listPeople(r.store, r.user, { text, limit, offset });
      return { text, people, total, offset, limit };
    },
    render: (view, data) => <PeoplePage view={view} {...data} />,
  }),

  file('/bodies/:slug/calendar.ics', {
    load: async (r) => ({ url: r.c.req.url, data: await bodyCalendar(r.store, r.user, r.param('slug')) }),
    file: (view, { url, data }) => calendarFile(view, url, data),
  }),

  file(`${PERSON}/calendar.ics`, {
    load: async (r) => ({ url: r.c.req.url, data: await personCalendar(r.store, r.user, idOf(r)) }),
    file: (view, { url, data }) => calendarFile(view, url, data),
  }),

  page('/bodies/:slug', {
    kept: keptForReaders,
    load: (r) => bodyData(r),
    render: (view, data) => <BodyPage view={view} {...data} />,
  }),

  form('/bodies/:slug/flow', {
    async handle(r) {
      const flow = textOf(r.values, 'flow');
      try {
        await setDocumentFlow(r.store, r.user, r.param('slug'), flow);
      } catch (thrown) {
        const data = await bodyData(r, { error: refusal(thrown, 'invalid-argument'), value: flow });
        return shown(<BodyPage view={r.view} {...data} />, 422);
      }
      return seeOther(`/bodies/${r.param('slug')}?notice=flow`);
    },
  }),

  page(PERSON, {
    kept: keptForReaders,
    load: (r) => personData(r),
    render: (view, data) => <PersonPage view={view} {...data} />,
  }),

  form(`${PERSON}/memberships`, {
    async handle(r) {
      const id = idOf(r);
      const values = {
        body: textOf(r.values, 'body'),
        role: textOf(r.values, 'role'),
        from: textOf(r.values, 'from'),
        to: textOf(r.values, 'to'),
      };
      try {
        await getPerson(r.store, r.user, id);
        await addMembership(r.store, r.user, { ...values, personId: id });
      } catch (thrown) {
        const message = refusal(thrown, 'invalid-argument');
        const field = (thrown as MinutebookError).location.field ?? 'role';
        const data = await personData(r, { error: { field, message }, values });
        return shown(<PersonPage view={r.view} {...data} />, 422);
      }
      return seeOther(`/people/${id}?notice=membership#memberships-heading`);
    },
  }),

  form('/memberships/:id{[0-9]{1,9}}/remove', {
    async handle(r) {
      await removeMembership(r.store, r.user, idOf(r));
      return seeOther(`${backOr(r, '/people')}?notice=membershipRemoved`);
    },
  }),

  page(DOCUMENT, {
    kept: keptForReaders,
    async load(r) {
      const document = await getDocument(r.store, r.user, idOf(r));
      const secretariat = may(r.user, 'record');
      const proposals = secretariat ? await proposeMatches(r.store, r.user, 'document', idOf(r)) : [];
      const spellings = secretariat ? await spellingsOf(r.store, r.user, 'document', idOf(r)) : [];
      return { document, proposals, spellings, notice: r.notice()?.text };
    },
    render: (view, data) => <DocumentPage view={view} {...data} />,
  }),

  page(MATCHES, {
    async load(r) {
      const proposals = await proposeMatches(r.store, r.user, kindOf(r));
      return { kind: kindOf(r), proposals, groups: matchGroups(proposals) };
    },
    render: (view, data) => <MatchesPage view={view} {...data} />,
  }),

  form(`${MATCHES}/merge`, {
    async handle(r) {
      const path = r.param('kind');
      const from = Number(r.values.get('from'));
      const into = Number(r.values.get('into'));
      await mergeMatch(r.store, r.user, kindOf(r), from, into);
      // The page of the one merged away is gone: go to the one kept.
      const back = sameOriginPath(r.values.get('back'));
      const target = back === null || back === `/${path}/${from}` ? `/${path}/${into}` : back;
      return seeOther(`${target}?notice=merged`);
    },
  }),

  form(`${MATCHES}/merge-group`, {
    async handle(r) {
      const into = Number(r.values.get('into'));
      const from = [...r.values.keys()]
        .filter((k) => /^from-\d{1,10}$/.test(k))
        .map((k) => Number(k.slice(5)));
      await mergeGroup(r.store, r.user, kindOf(r), into, from);
      return seeOther(`/${r.param('kind')}/${into}?notice=merged`);
    },
  }),

  form(`${MATCHES}/separate`, {
    async handle(r) {
      await separateSpelling(r.store, r.user, kindOf(r), textOf(r.values, 'key'));
      return seeOther(`${backOr(r, `/matches/${r.param('kind')}`)}?notice=separated`);
    },
  }),

  form(`${MATCHES}/distinct`, {
    async handle(r) {
      await keepApart(r.store, r.user, kindOf(r), Number(r.values.get('a')), Number(r.values.get('b')));
      return seeOther(`${backOr(r, `/matches/${r.param('kind')}`)}?notice=distinct`);
    },
  }),
];
