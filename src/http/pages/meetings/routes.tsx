/**
 * Reading meetings: the list of meetings, a meeting's page (kept while nothing changes, for
 * those not signed in), its versions, its source, an outcome's permalink, and the small forms
 * of a meeting's page: a comment, a move through the workflow, an action's status.
 */
import { scopeOf } from '../../../app/access.js';
import { setActionStatus } from '../../../app/editing.js';
import { outcomeThread } from '../../../app/follow.js';
import {
  getMeeting,
  getMeetingWithLinks,
  getOutcome,
  listMeetings,
  meetingSource,
} from '../../../app/meetings.js';
import { listBodies } from '../../../app/registers.js';
import {
  commentOn,
  mayComment,
  meetingComments,
  meetingVersion,
  meetingVersions,
} from '../../../app/versions.js';
import { meetingHistory, moveMeeting, nextStatesFor } from '../../../app/workflow.js';
import { MinutebookError } from '../../../domain/errors.js';
import { ACTION_STATUSES, type ActionStatus } from '../../../domain/record.js';
import { MEETING_STATES, type MeetingState } from '../../../domain/workflow.js';
import { PageQuery } from '../../api/schemas.js';
import { sameOriginPath } from '../../paths.js';
import {
  form,
  keptForReaders,
  page,
  seeOther,
  textOf,
  type PageRequest,
  type PageRoute,
} from '../kit/route.js';
import { meetingHref, outcomeHref } from '../kit/view.js';
import { HomePage } from './home.page.js';
import { MeetingPage, VersionPage } from './meeting.page.js';
import { OutcomePage } from './outcome.page.js';
import { SourcePage } from './source.page.js';

/** The address of a meeting: its body, then its date. */
export const MEETING = '/m/:body/:date';
const OUTCOME = `${MEETING}/:outcome{[dan][0-9]+}`;

/** The citable identifier of the meeting the address names (igf-lp/2024-11-01). */
export const meetingOf = (r: PageRequest): string => `${r.param('body')}/${r.param('date')}`;
const citeOf = (r: PageRequest): string => `${meetingOf(r)}#${r.param('outcome')}`;

/** One of `choices`, or a refusal that names the field. */
function oneOf<T extends string>(choices: readonly T[], value: string, field: string, message: string): T {
  if (!(choices as readonly string[]).includes(value))
    throw new MinutebookError('invalid-argument', message, { field });
  return value as T;
}

export const meetingRoutes: readonly PageRoute[] = [
  page('/', {
    kept: keptForReaders,
    async load(r) {
      const { limit, offset } = r.queryBy(PageQuery);
      const [bodies, { meetings, total }] = await Promise.all([
        listBodies(r.store, r.user),
        listMeetings(r.store, r.user, { limit, offset }),
      ]);
      return { bodies, meetings, total, offset, limit };
    },
    render: (view, data) => <HomePage view={view} {...data} />,
  }),

  page(MEETING, {
    async load(r) {
      const id = meetingOf(r);
      const stored = await getMeetingWithLinks(r.store, r.user, id);
      const [history, versions, comments] = await Promise.all([
        meetingHistory(r.store, r.user, id),
        meetingVersions(r.store, r.user, id),
        meetingComments(r.store, r.user, id),
      ]);
      const next = nextStatesFor(r.user, stored.state, stored.record.meeting.body);
      const canComment = mayComment(r.user, stored);
      return { stored, notice: r.notice(), today: r.today, next, history, versions, comments, canComment };
    },
    render: (view, data) => <MeetingPage view={view} {...data} />,
    kept: keptForReaders,
  }),

  page(`${MEETING}/v/:version{[0-9]{1,9}}`, {
    kept: keptForReaders,
    async load(r) {
      const version = await meetingVersion(r.store, r.user, meetingOf(r), Number(r.param('version')));
      return { ...version, id: meetingOf(r), today: r.today };
    },
    render: (view, data) => <VersionPage view={view} {...data} />,
  }),

  form(`${MEETING}/comments`, {
    async handle(r) {
      await commentOn(r.store, r.user, meetingOf(r), textOf(r.values, 'text'));
      return seeOther(`${meetingHref(meetingOf(r))}?notice=commented#comments-heading`);
    },
  }),

  form(`${MEETING}/state`, {
    async handle(r) {
      const to = textOf(r.values, 'to');
      const state = oneOf<MeetingState>(MEETING_STATES, to, 'to', r.view.m.errors.badState(to));
      await moveMeeting(r.store, r.user, meetingOf(r), state);
      return seeOther(`${meetingHref(meetingOf(r))}?notice=moved`);
    },
  }),

  page(`${MEETING}/source`, {
    kept: keptForReaders,
    async load(r) {
      const { record } = await getMeeting(r.store, r.user, meetingOf(r));
      return { record, source: await meetingSource(r.store, r.user, meetingOf(r)) };
    },
    render: (view, data) => <SourcePage view={view} {...data} />,
  }),

  page(OUTCOME, {
    kept: keptForReaders,
    async load(r) {
      const found = await getOutcome(r.store, r.user, citeOf(r));
      const documents = (await r.store.documentsOfMeeting(meetingOf(r), scopeOf(r.user)))
        .filter((d) => d.outcomeId === found.outcome.id)
        .map((d) => ({ id: d.documentId, title: d.title }));
      const thread = await outcomeThread(r.store, r.user, citeOf(r));
      return { ...found, documents, today: r.today, notice: r.notice(), thread };
    },
    render: (view, data) => <OutcomePage view={view} {...data} />,
  }),

  form(`${OUTCOME}/status`, {
    async handle(r) {
      const given = textOf(r.values, 'status');
      const status = oneOf<ActionStatus>(ACTION_STATUSES, given, 'status', r.view.m.errors.badStatus(given));
      await setActionStatus(r.store, r.user, citeOf(r), status);
      const target = sameOriginPath(r.values.get('back')) ?? outcomeHref(citeOf(r));
      return seeOther(`${target}${target.includes('?') ? '&' : '?'}notice=status`);
    },
  }),
];
