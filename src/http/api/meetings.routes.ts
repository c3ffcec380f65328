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

/** The cache key of a meeting's JSON, for a reader: the same for everyone with the same scope. */
const meetingKey = (id: string, user: Parameters<typeof scopeOf>[0]): string =>
  `api meeting ${id} ${scopeKey(scopeOf(user))}`;

export function meetingRoutes(api: OpenAPIHono<AppEnv>, store: MeetingStore, cache: ResponseCache): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/bodies',
      tags,
      summary: 'The bodies that have meetings',
      responses: jsonResponses(Bodies),
    }),
    async (c) => c.json({ bodies: await listBodies(store, c.get('user')) }, 200),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings',
      tags,
      summary: 'Meetings, newest first',
      request: { query: MeetingQuery },
      responses: jsonResponses(MeetingList),
    }),
    async (c) => c.json(await listMeetings(store, c.get('user'), c.req.valid('query')), 200),
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/draft',
      tags,
      summary: 'A new, unsaved meeting of a body, its attendance started from the body’s last meeting',
      request: { query: DraftQuery },
      responses: jsonResponses(Record, 200, [403]),
      security: TOKEN,
    }),
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
    createRoute({
      method: 'post',
      path: '/api/meetings',
      tags,
      summary: 'Create a meeting recorded by hand',
      request: { body: { content: { 'application/json': { schema: Record } }, required: true } },
      responses: jsonResponses(SaveResult, 201, [403, 409, 422]),
      security: TOKEN,
    }),
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
      const { body, date } = c.req.valid('param');
      const id = `${body}/${date}`;
      const response = await cache.respond(c, meetingKey(id, c.get('user')), 'application/json', async () =>
        JSON.stringify(await getMeeting(store, c.get('user'), id)),
      );
      // The kept answer is the same JSON as c.json would send, held as text.
      return response as never;
    },
  );
  api.openapi(
    createRoute({
      method: 'put',
      path: '/api/meetings/{body}/{date}',
      tags,
      summary: 'Save an edit over the version it started from; refused (409) when someone else saved first',
      request: {
        params: MeetingPath,
        body: { content: { 'application/json': { schema: EditBody } }, required: true },
      },
      responses: jsonResponses(SaveResult, 200, [403, 404, 409, 422]),
      security: TOKEN,
    }),
    async (c) => {
      const { body, date } = c.req.valid('param');
      const { record, version, reason } = c.req.valid('json');
      const id = `${body}/${date}`;
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
    createRoute({
      method: 'get',
      path: '/api/meetings/{body}/{date}/outcomes/{outcome}',
      tags,
      summary: 'One decision, action or note by its citable identifier',
      request: { params: OutcomePath },
      responses: jsonResponses(OutcomeInMeeting, 200, [404]),
    }),
    async (c) => {
      const { body, date, outcome } = c.req.valid('param');
      const found = await getOutcome(store, c.get('user'), `${body}/${date}#${outcome}`);
      return c.json(
        { meeting: found.meeting.meeting, topic: found.topic.title, outcome: found.outcome },
        200,
      );
    },
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/{body}/{date}/outcomes/{outcome}/thread',
      tags,
      summary:
        'An outcome across meetings: the outcomes it continues and those that continue it, oldest first',
      request: { params: OutcomePath },
      responses: jsonResponses(Thread, 200, [404]),
    }),
    async (c) => {
      const { body, date, outcome } = c.req.valid('param');
      const thread = await outcomeThread(store, c.get('user'), `${body}/${date}#${outcome}`);
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
    createRoute({
      method: 'patch',
      path: '/api/meetings/{body}/{date}/outcomes/{outcome}',
      tags,
      summary: 'Set an action’s status on the meeting as it is stored now',
      request: {
        params: OutcomePath,
        body: { content: { 'application/json': { schema: StatusBody } }, required: true },
      },
      responses: jsonResponses(SaveResult, 200, [403, 404, 409]),
      security: TOKEN,
    }),
    async (c) => {
      const { body, date, outcome } = c.req.valid('param');
      return c.json(
        await setActionStatus(store, c.get('user'), `${body}/${date}#${outcome}`, c.req.valid('json').status),
        200,
      );
    },
  );
  api.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings/{body}/{date}/transitions',
      tags,
      summary: 'Move a summary on in its workflow: circulate it, take it back, approve it, publish it',
      request: {
        params: MeetingPath,
        body: { content: { 'application/json': { schema: TransitionBody } }, required: true },
      },
      responses: jsonResponses(TransitionResult, 200, [403, 404, 409]),
      security: TOKEN,
    }),
    async (c) => {
      const { body, date } = c.req.valid('param');
      return c.json(await moveMeeting(store, c.get('user'), `${body}/${date}`, c.req.valid('json').to), 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/{body}/{date}/history',
      tags,
      summary:
        'What happened to a meeting, newest first: who imported, edited, corrected, circulated, approved or published it, and when',
      request: { params: MeetingPath },
      responses: jsonResponses(History, 200, [404]),
    }),
    async (c) => {
      const { body, date } = c.req.valid('param');
      const entries = await meetingHistory(store, c.get('user'), `${body}/${date}`);
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
    createRoute({
      method: 'get',
      path: '/api/meetings/{body}/{date}/versions',
      tags,
      summary: 'A meeting’s versions, newest first (before publication, only for those who see the draft)',
      request: { params: MeetingPath },
      responses: jsonResponses(Versions, 200, [404]),
    }),
    async (c) => {
      const { body, date } = c.req.valid('param');
      return c.json({ versions: await meetingVersions(store, c.get('user'), `${body}/${date}`) }, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/{body}/{date}/versions/{version}',
      tags,
      summary: 'One version of a meeting, and what the next version changed in it',
      request: { params: VersionPath },
      responses: jsonResponses(VersionBody, 200, [404]),
    }),
    async (c) => {
      const { body, date, version } = c.req.valid('param');
      return c.json(await meetingVersion(store, c.get('user'), `${body}/${date}`, version), 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/{body}/{date}/comments',
      tags,
      summary:
        'The comments on a meeting’s circulated draft, for the secretariat and the members of its body',
      request: { params: MeetingPath },
      responses: jsonResponses(Comments, 200, [404]),
    }),
    async (c) => {
      const { body, date } = c.req.valid('param');
      return c.json({ comments: await meetingComments(store, c.get('user'), `${body}/${date}`) }, 200);
    },
  );
  api.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings/{body}/{date}/comments',
      tags,
      summary: 'Comment on a circulated draft; the comment belongs to the version now circulated',
      request: {
        params: MeetingPath,
        body: { content: { 'application/json': { schema: CommentBody } }, required: true },
      },
      responses: jsonResponses(CommentResult, 201, [403, 404]),
      security: TOKEN,
    }),
    async (c) => {
      const { body, date } = c.req.valid('param');
      return c.json(await commentOn(store, c.get('user'), `${body}/${date}`, c.req.valid('json').text), 201);
    },
  );
  api.openapi(
    createRoute({
      method: 'get',
      path: '/api/meetings/{body}/{date}/source',
      tags,
      summary:
        'The text a meeting was read from (to readers who did not see its draft, the summary as first published when it was edited before publication)',
      request: { params: MeetingPath },
      responses: jsonResponses(SourceBody, 200, [404]),
    }),
    async (c) => {
      const { body, date } = c.req.valid('param');
      const source = await meetingSource(store, c.get('user'), `${body}/${date}`);
      if (source === null)
        throw new MinutebookError('not-found', `no source text of meeting ${body}/${date} is available`);
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
      const { body, date } = c.req.valid('param');
      const { record } = await getMeeting(store, c.get('user'), `${body}/${date}`);
      c.header('Content-Type', 'text/markdown; charset=utf-8');
      return c.body(renderRecord(record, 'md'), 200);
    },
  );
}
