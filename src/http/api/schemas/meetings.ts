/**
 * The shapes of meetings: one meeting and its outcomes, a list of them, an edit, the workflow,
 * the history, versions and comments of a meeting, and the bodies that have meetings.
 */
import { z } from '@hono/zod-openapi';
import { MEETING_STATES } from '../../../domain/workflow.js';
import { THREAD_STEPS } from '../../../domain/thread.js';
import { ACTION_STATUSES, DOCUMENT_STATES, outcomeSchema, meetingSchema } from '../../../domain/record.js';
import { isoDate, LARGEST_ID, page, pageOf, Record } from './common.js';
import { OutcomeListing } from './registers.js';

// Rebuilt from the domain's shapes, as Record is (see common.ts).
const Outcome = z.object(outcomeSchema.shape).openapi('Outcome');
const Meeting = z.object(meetingSchema.shape).openapi('Meeting');

export const MeetingPath = z.object({
  body: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .openapi({ param: { name: 'body', in: 'path' }, example: 'igf-lp' }),
  date: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .openapi({ param: { name: 'date', in: 'path' }, example: '2024-11-01' }),
});
export const OutcomePath = MeetingPath.extend({
  outcome: z
    .string()
    .regex(/^[dan]\d+$/)
    .openapi({ param: { name: 'outcome', in: 'path' }, example: 'd1' }),
});

export const MeetingList = pageOf(
  'meetings',
  z.object({
    id: z.string(),
    body: z.string().nullable(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    start: z.string().nullable(),
    end: z.string().nullable(),
    status: z.string(),
    state: z.enum(MEETING_STATES),
    decisions: z.number().int(),
    actions: z.number().int(),
    present: z.number().int(),
    invented: z.boolean().openapi({ description: 'an example meeting that never took place' }),
  }),
).openapi('MeetingList');
export const MeetingQuery = z.object({
  body: z.string().optional().openapi({ description: 'a body’s slug or name' }),
  ...page,
});

export const StoredMeeting = z
  .object({
    record: Record,
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    example: z.boolean(),
    invented: z.boolean().openapi({
      description: 'example data that never took place, written to show following a body across meetings',
    }),
    state: z
      .enum(MEETING_STATES)
      .openapi({ description: 'where the summary is in its workflow; only published summaries are public' }),
  })
  .openapi('StoredMeeting');
export const SaveResult = z
  .object({
    id: z.string(),
    outcome: z.enum(['created', 'replaced', 'unchanged']),
    version: z.number().int(),
  })
  .openapi('SaveResult');
export const EditBody = z.object({
  record: Record,
  version: z.number().int().positive().openapi({ description: 'the version the edit started from' }),
  reason: z
    .string()
    .max(2000)
    .optional()
    .openapi({ description: 'why a published summary is corrected (required for a published one)' }),
});
export const TransitionBody = z
  .object({
    to: z
      .enum(MEETING_STATES)
      .openapi({ description: 'the state to move to: circulated, draft, approved or published' }),
  })
  .openapi('Transition');
export const TransitionResult = z
  .object({ from: z.enum(MEETING_STATES), to: z.enum(MEETING_STATES) })
  .openapi('TransitionResult');
export const History = z
  .object({
    entries: z.array(
      z.object({
        at: z.string(),
        actor: z.string(),
        action: z.string(),
        subject: z.string().nullable(),
        reason: z.string().nullable(),
        detail: z.unknown(),
      }),
    ),
  })
  .openapi('History');

export const StatusBody = z.object({ status: z.enum(ACTION_STATUSES) }).openapi('ActionStatus');
export const OutcomeInMeeting = z
  .object({ meeting: Meeting, topic: z.string().nullable(), outcome: Outcome })
  .openapi('OutcomeInMeeting');
export const SourceBody = z
  .object({
    name: z.string().nullable(),
    text: z.string(),
    firstLine: z.number().int().positive().openapi({
      description: 'the line of its file the text begins at (a file of several meetings is kept in parts)',
    }),
    rendered: z.boolean().openapi({
      description:
        'the text is the summary as first published, because the meeting was edited after it was read and before it was published',
    }),
  })
  .openapi('Source');

export const Bodies = z
  .object({
    bodies: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        documentFlow: z
          .array(z.enum(DOCUMENT_STATES))
          .nullable()
          .openapi({ description: 'the states its documents move through, when it set its own' }),
        meetings: z.number().int(),
        latest: z.string().nullable(),
      }),
    ),
  })
  .openapi('Bodies');

export const Thread = z
  .object({
    outcomes: z.array(OutcomeListing),
    total: z.number().int(),
    steps: z.array(z.enum(THREAD_STEPS).nullable()).openapi({
      description: 'what each meeting did to the action, by position: null for decisions and notes',
    }),
  })
  .openapi('Thread');
export const DraftQuery = z.object({ body: z.string().min(1), date: isoDate.optional() });

export const VersionPath = MeetingPath.extend({
  version: z.coerce
    .number()
    .int()
    .positive()
    .max(LARGEST_ID)
    .openapi({ param: { name: 'version', in: 'path' }, example: 1 }),
});
const VersionListing = z
  .object({
    version: z.number().int(),
    state: z.enum(MEETING_STATES),
    savedAt: z.string(),
    current: z.boolean(),
  })
  .openapi('VersionListing');
export const Versions = z.object({ versions: z.array(VersionListing) }).openapi('Versions');
export const VersionBody = z
  .object({
    record: Record,
    listing: VersionListing,
    changedNext: z.array(z.unknown()).openapi({ description: 'what the next version changed in this one' }),
  })
  .openapi('Version');
const Comment = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    author: z.string(),
    text: z.string(),
    at: z.string(),
  })
  .openapi('Comment');
export const Comments = z.object({ comments: z.array(Comment) }).openapi('Comments');
export const CommentBody = z.object({ text: z.string().min(1).max(4000) }).openapi('NewComment');
export const CommentResult = Comment;
