/** /api/meetings and /api/bodies: read meetings and outcomes, create and edit meetings. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { createMeeting, newMeetingDraft, saveEdit, setActionStatus } from '../../app/editing.js';
import { getMeeting, getOutcome, listMeetings, meetingSource, renderRecord } from '../../app/meetings.js';
import { scopeOf } from '../../app/access.js';
import { localeFor } from '../i18n/locale.js';
import { outcomeThread } from '../../app/follow.js';
import { threadSteps } from '../../domain/thread.js';
import { meetingHistory, moveMeeting } from '../../app/workflow.js';
import { commentOn, meetingComments, meetingVersion, meetingVersions } from '../../app/versions.js';
import { scopeKey } from '../cache.js';
import type { MeetingStore } from '../../app/ports.js';
import type { AppEnv } from '../env.js';
import type { ResponseCache } from '../cache.js';
import { listBodies } from '../../app/registers.js';
import { MinutebookError } from '../../domain/errors.js';
import { jsonResponses, NOT_MODIFIED, TOKEN } from './responses.js';
import { jsonBody, routesOf } from './route.js';
import { ErrorBody, Record } from './schemas/common.js';
import {
  Bodies,
  CommentBody,
  CommentResult,
  Comments,
  DraftQuery,
  EditBody,
  History,
  MeetingList,
  MeetingPath,
  MeetingQuery,
  OutcomeInMeeting,
  OutcomePath,
  SaveResult,
  SourceBody,
  StatusBody,
  StoredMeeting,
  Thread,
  TransitionBody,
  TransitionResult,
  VersionBody,
  VersionPath,
  Versions,
} from './schemas/meetings.js';

const tags = ['Meetings'];
const route = routesOf(tags);

/** The cache key of a meeting's JSON, for a reader: the same for everyone with the same scope. */
const meetingKey = (id: string, user: Parameters<typeof scopeOf>[0]): string =>
  `api meeting ${id} ${scopeKey(scopeOf(user))}`;
/** "igf-lp/2024-11-01": the meeting a path names. */
const meetingId = (path: { body: string; date: string }): string => `${path.body}/${path.date}`;
/** "igf-lp/2024-11-01#d1": the outcome a path names. */
const outcomeId = (path: { body: string; date: string; outcome: string }): string =>
  `${meetingId(path)}#${path.outcome}`;

export function meetingRoutes(api: OpenAPIHono<AppEnv>, store: MeetingStore, cache: ResponseCache): void {
  api.openapi(route.get('/api/bodies', 'The bodies that have meetings', {}, Bodies), async (c) =>
    c.json({ bodies: await listBodies(store, c.get('user')) }, 200),
  );
  api.openapi(
    route.get('/api/meetings', 'Meetings, newest first', { query: MeetingQuery }, MeetingList),
    async (c) => c.json(await listMeetings(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    route.get(
      '/api/meetings/draft',
      'A new, unsaved meeting of a body, its attendance started from the body’s last meeting',
      { query: DraftQuery },
      Record,
      [403],
      TOKEN,
    ),
    async (c) => {
      const { body, date } = c.req.valid('query');
      return c.json(
        await newMeetingDraft(
          store,
          c.get('user'),
          body,
          date ?? null,
          localeFor(c.req.header('Accept-Language')).messages.edit.reviewTopic,
        ),
        200,
      );
    },
  );
  api.openapi(
    route.post(
      '/api/meetings',
      'Create a meeting recorded by hand',
      { body: jsonBody(Record) },
      SaveResult,
      [403, 409, 422],
      201,
    ),
    async (c) => c.json(await createMeeting(store, c.get('user'), c.req.valid('json')), 201),
  );
  // A meeting read again while it has not changed is answered from the cache at once: its key
  // was made by the route below, after its parameters were validated.
  api.use('/api/meetings/:body/:date', async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const kept = await cache.kept(
      c,
      meetingKey(`${c.req.param('body')}/${c.req.param('date')}`, c.get('user')),
      'application/json',
    );
    return kept ?? next();
  });
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/{body}/{date}',
      tags,
      summary: 'One meeting by its citable identifier',
      request: { params: MeetingPath },
      responses: { ...jsonResponses(StoredMeeting, 200, [404]), 304: NOT_MODIFIED },
    }),
    async (c) => {
      const id = meetingId(c.req.valid('param'));
      const response = await cache.respond(c, meetingKey(id, c.get('user')), 'application/json', async () =>
        JSON.stringify(await getMeeting(store, c.get('user'), id)),
      );
      // The kept answer is the same JSON as c.json would send, held as text.
      return response as never;
    },
  );
  api.openapi(
    route.put(
      '/api/meetings/{body}/{date}',
      'Save an edit over the version it started from; refused (409) when someone else saved first',
      { params: MeetingPath, body: jsonBody(EditBody) },
      SaveResult,
      [403, 404, 409, 422],
    ),
    async (c) => {
      const id = meetingId(c.req.valid('param'));
      const { record, version, reason } = c.req.valid('json');
      if (record.meeting.id !== id) {
        throw new MinutebookError(
          'invalid-record',
          `the record is meeting ${record.meeting.id ?? '(none)'}, not ${id}`,
          { field: 'record.meeting.id' },
        );
      }
      return c.json(await saveEdit(store, c.get('user'), record, version, reason ?? null), 200);
    },
  );
  api.openapi(
    route.get(
      '/api/meetings/{body}/{date}/outcomes/{outcome}',
      'One decision, action or note by its citable identifier',
      { params: OutcomePath },
      OutcomeInMeeting,
      [404],
    ),
    async (c) => {
      const found = await getOutcome(store, c.get('user'), outcomeId(c.req.valid('param')));
      return c.json(
        { meeting: found.meeting.meeting, topic: found.topic.title, outcome: found.outcome },
        200,
      );
    },
  );
  api.openapi(
    route.get(
      '/api/meetings/{body}/{date}/outcomes/{outcome}/thread',
      'An outcome across meetings: the outcomes it continues and those that continue it, oldest first',
      { params: OutcomePath },
      Thread,
      [404],
    ),
    async (c) => {
      const thread = await outcomeThread(store, c.get('user'), outcomeId(c.req.valid('param')));
      const steps = threadSteps(thread);
      return c.json(
        {
          outcomes: thread,
          total: thread.length,
          steps: thread.map((o, i) => (o.kind === 'action' ? steps[i]! : null)),
        },
        200,
      );
    },
  );
  api.openapi(
    route.patch(
      '/api/meetings/{body}/{date}/outcomes/{outcome}',
      'Set an action’s status on the meeting as it is stored now',
      { params: OutcomePath, body: jsonBody(StatusBody) },
      SaveResult,
      [403, 404, 409],
    ),
    async (c) => {
      const id = outcomeId(c.req.valid('param'));
      return c.json(await setActionStatus(store, c.get('user'), id, c.req.valid('json').status), 200);
    },
  );
  api.openapi(
    route.post(
      '/api/meetings/{body}/{date}/transitions',
      'Move a summary on in its workflow: circulate it, take it back, approve it, publish it',
      { params: MeetingPath, body: jsonBody(TransitionBody) },
      TransitionResult,
      [403, 404, 409],
    ),
    async (c) => {
      const id = meetingId(c.req.valid('param'));
      return c.json(await moveMeeting(store, c.get('user'), id, c.req.valid('json').to), 200);
    },
  );
  api.openapi(
    route.get(
      '/api/meetings/{body}/{date}/history',
      'What happened to a meeting, newest first: who imported, edited, corrected, circulated, approved or published it, and when',
      { params: MeetingPath },
      History,
      [404],
    ),
    async (c) => {
      const entries = await meetingHistory(store, c.get('user'), meetingId(c.req.valid('param')));
      // The audit trail's own numbers stay out: they count what everyone did, drafts included.
      return c.json(
        {
          entries: entries.map(({ at, actor, action, subject, reason, detail }) => ({
            at,
            actor,
            action,
            subject,
            reason,
            detail,
          })),
        },
        200,
      );
    },
  );
  api.openapi(
    route.get(
      '/api/meetings/{body}/{date}/versions',
      'A meeting’s versions, newest first (before publication, only for those who see the draft)',
      { params: MeetingPath },
      Versions,
      [404],
    ),
    async (c) =>
      c.json({ versions: await meetingVersions(store, c.get('user'), meetingId(c.req.valid('param'))) }, 200),
  );
  api.openapi(
    route.get(
      '/api/meetings/{body}/{date}/versions/{version}',
      'One version of a meeting, and what the next version changed in it',
      { params: VersionPath },
      VersionBody,
      [404],
    ),
    async (c) => {
      const path = c.req.valid('param');
      return c.json(await meetingVersion(store, c.get('user'), meetingId(path), path.version), 200);
    },
  );
  api.openapi(
    route.get(
      '/api/meetings/{body}/{date}/comments',
      'The comments on a meeting’s circulated draft, for the secretariat and the members of its body',
      { params: MeetingPath },
      Comments,
      [404],
    ),
    async (c) =>
      c.json({ comments: await meetingComments(store, c.get('user'), meetingId(c.req.valid('param'))) }, 200),
  );
  api.openapi(
    route.post(
      '/api/meetings/{body}/{date}/comments',
      'Comment on a circulated draft; the comment belongs to the version now circulated',
      { params: MeetingPath, body: jsonBody(CommentBody) },
      CommentResult,
      [403, 404],
      201,
    ),
    async (c) => {
      const id = meetingId(c.req.valid('param'));
      return c.json(await commentOn(store, c.get('user'), id, c.req.valid('json').text), 201);
    },
  );
  api.openapi(
    route.get(
      '/api/meetings/{body}/{date}/source',
      'The text a meeting was read from (to readers who did not see its draft, the summary as first published when it was edited before publication)',
      { params: MeetingPath },
      SourceBody,
      [404],
    ),
    async (c) => {
      const id = meetingId(c.req.valid('param'));
      const source = await meetingSource(store, c.get('user'), id);
      if (source === null)
        throw new MinutebookError('not-found', `no source text of meeting ${id} is available`);
      return c.json(source, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/{body}/{date}/summary.md',
      tags,
      summary: 'The meeting as its summary, in the published Markdown layout',
      request: { params: MeetingPath },
      responses: {
        200: { description: 'the summary', content: { 'text/markdown': { schema: { type: 'string' } } } },
        404: {
          description: 'nothing has that identifier',
          content: { 'application/json': { schema: ErrorBody } },
        },
      },
    }),
    async (c) => {
      const { record } = await getMeeting(store, c.get('user'), meetingId(c.req.valid('param')));
      c.header('Content-Type', 'text/markdown; charset=utf-8');
      return c.body(await renderRecord(record, 'md'), 200);
    },
  );
}
