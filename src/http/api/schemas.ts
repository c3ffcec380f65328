/**
 * The shapes the API takes and gives, as zod schemas: they validate every request, and the
 * OpenAPI document at /api/openapi.json is generated from them, so the two cannot disagree.
 */
import { z } from '@hono/zod-openapi';
import { ERROR_CODES } from '../../domain/errors.js';
import { MEETING_STATES } from '../../domain/workflow.js';
import { PARTICIPATION_STATUSES } from '../../domain/participation.js';
import { THREAD_STEPS } from '../../domain/thread.js';
import {
  ACTION_STATUSES,
  ATTENDANCE_KINDS,
  ATTENDANCE_STATUSES,
  DOCUMENT_STATES,
  OUTCOME_KINDS,
  meetingRecordSchema,
  outcomeSchema,
  meetingSchema,
} from '../../domain/record.js';

// The domain's schemas may be built before this module extends zod with `.openapi`, so the named
// ones are rebuilt here from their shapes.
export const Record = z.object(meetingRecordSchema.shape).openapi('MeetingRecord');
const Outcome = z.object(outcomeSchema.shape).openapi('Outcome');
const Meeting = z.object(meetingSchema.shape).openapi('Meeting');

export const ErrorBody = z
  .object({
    code: z.enum([...ERROR_CODES, 'internal']),
    message: z.string(),
    field: z.string().optional().openapi({ description: 'the field of the input that is wrong' }),
    line: z.number().int().optional().openapi({ description: 'the line of the input that is wrong' }),
    version: z.number().int().optional().openapi({ description: 'on a conflict: the version now stored' }),
  })
  .openapi('Error');

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'how many to return' }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'how many to skip' }),
};
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

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
/** The largest number a stored row is given (the databases' integer columns). */
const LARGEST_ID = 2_147_483_647;

export const IdPath = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(LARGEST_ID)
    .openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const MeetingList = z
  .object({
    meetings: z.array(
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
    ),
    total: z.number().int(),
  })
  .openapi('MeetingList');
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

const OutcomeListing = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    body: z.string().nullable(),
    date: z.string().nullable(),
    topic: z.string().nullable(),
    kind: z.enum(OUTCOME_KINDS),
    verb: z.string().nullable(),
    text: z.string(),
    owner: z.string().nullable(),
    due: z.string().nullable(),
    status: z.enum(ACTION_STATUSES).nullable(),
  })
  .openapi('OutcomeListing');
export const OutcomeList = z
  .object({ outcomes: z.array(OutcomeListing), total: z.number().int() })
  .openapi('OutcomeList');
export const DecisionQuery = z.object({
  body: z.string().optional(),
  verb: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  text: z.string().optional(),
  ...page,
});
export const ActionQuery = z.object({
  body: z.string().optional(),
  owner: z.string().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .openapi({ description: 'only actions still open whose due date has passed' }),
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .openapi({ description: 'only the actions the summaries give to the signed-in person' }),
  text: z.string().optional(),
  ...page,
});

/** The attendance of the meetings a register keeps, taken away as CSV. */
export const AttendanceQuery = z.object({
  body: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  text: z.string().optional().openapi({ description: 'words the person’s or office’s name contains' }),
});

const DocumentListing = z
  .object({
    id: z.number().int(),
    title: z.string(),
    state: z.enum(DOCUMENT_STATES).nullable(),
    author: z.string().nullable(),
    outcomes: z.number().int(),
    latest: z.string().nullable(),
  })
  .openapi('DocumentListing');
export const DocumentList = z
  .object({ documents: z.array(DocumentListing), total: z.number().int() })
  .openapi('DocumentList');
const DocumentState = z.enum(DOCUMENT_STATES);
export const DocumentDetail = DocumentListing.extend({
  named: z.array(OutcomeListing),
  flow: z
    .array(DocumentState)
    .openapi({ description: 'the states the body’s documents move through, in order' }),
  history: z
    .array(
      z.object({
        meetingId: z.string(),
        date: z.string().nullable(),
        given: DocumentState.nullable().openapi({ description: 'the state the meeting gave the document' }),
        state: DocumentState.nullable().openapi({ description: 'the state the rules let it reach' }),
        moved: z.boolean(),
        flag: z
          .union([
            z.object({ code: z.literal('backwards'), from: DocumentState, to: DocumentState }),
            z.object({ code: z.literal('not-in-flow'), to: DocumentState }),
          ])
          .nullable()
          .openapi({ description: 'why the given state was not applied' }),
        outcomes: z.array(z.string()),
      }),
    )
    .openapi({ description: 'what each meeting said of the document, oldest first' }),
}).openapi('Document');
export const Thread = z
  .object({
    outcomes: z.array(OutcomeListing),
    total: z.number().int(),
    steps: z.array(z.enum(THREAD_STEPS).nullable()).openapi({
      description: 'what each meeting did to the action, by position: null for decisions and notes',
    }),
  })
  .openapi('Thread');
export const DocumentQuery = z.object({
  state: z.enum(DOCUMENT_STATES).optional(),
  text: z.string().optional(),
  ...page,
});

const PersonListing = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(ATTENDANCE_KINDS),
    present: z.number().int(),
    regrets: z.number().int(),
    absent: z.number().int(),
  })
  .openapi('PersonListing');
export const PersonList = z
  .object({ people: z.array(PersonListing), total: z.number().int() })
  .openapi('PersonList');
export const PersonDetail = PersonListing.extend({
  attendance: z.array(
    z.object({
      meetingId: z.string(),
      body: z.string().nullable(),
      date: z.string().nullable(),
      title: z.string().nullable(),
      status: z.enum(ATTENDANCE_STATUSES),
      group: z.string().nullable(),
      role: z.string().nullable(),
      onBehalfOf: z.string().nullable(),
    }),
  ),
  representedBy: z.array(
    z.object({
      meetingId: z.string(),
      date: z.string().nullable(),
      personId: z.number().int(),
      name: z.string(),
    }),
  ),
}).openapi('Person');
export const PersonQuery = z.object({ text: z.string().optional(), ...page });

const Membership = z
  .object({
    id: z.number().int(),
    body: z.string(),
    bodyName: z.string(),
    role: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .openapi('Membership');
const ParticipationStatus = z.enum(PARTICIPATION_STATUSES);
export const Memberships = z
  .object({
    memberships: z.array(
      Membership.extend({
        meetings: z.array(z.object({ meetingId: z.string(), date: z.string(), status: ParticipationStatus })),
        participation: z.object({
          meetings: z.number().int(),
          counts: z.record(ParticipationStatus, z.number().int()),
          rate: z
            .number()
            .nullable()
            .openapi({ description: 'present or represented, as a share of the term’s meetings' }),
        }),
      }),
    ),
  })
  .openapi('Memberships');
export const MembershipBody = z
  .object({
    body: z.string().min(1).openapi({ description: 'the body’s slug', example: 'igf-lp' }),
    role: z.string().min(1).max(120).openapi({ example: 'Member' }),
    from: z.string().nullable().optional().openapi({ description: 'first day of the term (YYYY-MM-DD)' }),
    to: z.string().nullable().optional().openapi({ description: 'last day of the term (YYYY-MM-DD)' }),
  })
  .openapi('NewMembership');
export { Membership };
export const MatchKindPath = z.object({
  kind: z.enum(['people', 'documents']).openapi({ param: { name: 'kind', in: 'path' }, example: 'people' }),
});
export const Matches = z
  .object({
    proposals: z.array(
      z.object({
        kind: z.enum(['person', 'document']),
        confidence: z.number().openapi({ description: 'between 0 and 1' }),
        a: z.object({ id: z.number().int(), name: z.string(), uses: z.number().int() }),
        b: z.object({ id: z.number().int(), name: z.string(), uses: z.number().int() }),
      }),
    ),
  })
  .openapi('Matches');
export const MergeBody = z
  .object({
    from: z.number().int().openapi({ description: 'the one merged away' }),
    into: z.number().int().openapi({ description: 'the one kept, whose spelling stays' }),
  })
  .openapi('Merge');
export const Spellings = z
  .object({ spellings: z.array(z.object({ key: z.string(), name: z.string() })) })
  .openapi('Spellings');
export const SeparateBody = z
  .object({
    key: z.string().min(1).openapi({ description: 'the key of a merged spelling, as Spellings gives it' }),
  })
  .openapi('Separate');
export const DistinctBody = z.object({ a: z.number().int(), b: z.number().int() }).openapi('Distinct');
export const Participation = z
  .object({
    meetings: z.array(
      z.object({
        meetingId: z.string(),
        date: z.string().nullable(),
        groups: z.array(
          z.object({
            group: z.string().nullable(),
            present: z.number().int(),
            regrets: z.number().int(),
            absent: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .openapi('GroupParticipation');
export const FlowBody = z
  .object({
    flow: z
      .array(z.enum(DOCUMENT_STATES))
      .nullable()
      .openapi({ description: 'the states in order; null for the usual flow' }),
  })
  .openapi('DocumentFlow');
export const BodyPath = z.object({
  slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'igf-lp' }),
});
export const PageQuery = z.object({ ...page });

export const SearchQuery = z.object({
  q: z.string().min(1).max(500).openapi({ description: 'words, "a phrase", -excluded, OR', example: 'WSIS' }),
  ...page,
});
export const SearchResults = z
  .object({
    results: z.array(
      z.object({
        kind: z.enum(['meeting', 'decision', 'action', 'note', 'document', 'person']),
        ref: z.string(),
        meetingId: z.string().nullable(),
        title: z.string(),
        body: z.string(),
        date: z.string().nullable(),
        fragments: z.array(z.object({ text: z.string(), match: z.boolean() })),
      }),
    ),
    total: z.number().int(),
  })
  .openapi('SearchResults');

export const ImportText = z
  .object({
    name: z
      .string()
      .max(300)
      .nullable()
      .openapi({ description: 'the file name, which says the format (.md, .txt, .adoc, .json)' }),
    text: z
      .string()
      .min(1)
      .max(10 * 1024 * 1024),
  })
  .openapi('ImportText');
export const Preview = z
  .object({ records: z.array(Record), source: z.object({ name: z.string().nullable(), text: z.string() }) })
  .openapi('ImportPreview');
export const ImportBody = ImportText.extend({
  records: z
    .array(Record)
    .optional()
    .openapi({ description: 'the records as reviewed; when absent, the text is read and saved as it is' }),
  published: z.boolean().optional().openapi({
    description: 'the summary is published already: everyone may read it (otherwise it is a draft)',
  }),
});
export const ImportResult = z.object({ meetings: z.array(SaveResult) }).openapi('ImportResult');
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
