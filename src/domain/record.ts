/**
 * The meeting record: the interchange format and the domain's central aggregate.
 * A record is what one meeting's summary says, as structured data. The zod schemas here are
 * the single source of the types, of validation at every boundary and of the published
 * JSON Schema (docs/interchange.schema.json).
 */
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { WARNING_CODES } from './warning.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/, 'expected an ISO 8601 time in UTC');
const line = z.number().int().positive().nullable().describe('1-based line in the source text');
/** A name or title: a body, a person, a topic, a document, a role. */
const name = z.string().max(LIMITS.name, `at most ${LIMITS.name.toLocaleString('en')} characters`);
/** A text: an outcome, the purpose, a note. */
const text = z.string().max(LIMITS.text, `at most ${LIMITS.text.toLocaleString('en')} characters`);
const atMost = (count: number, what: string) => `a meeting has at most ${count.toLocaleString('en')} ${what}`;

export const MEETING_MODES = ['virtual', 'in-person', 'hybrid'] as const;
export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export const PUBLICATION_STATES = ['draft', 'circulated', 'approved', 'published'] as const;
export const OUTCOME_KINDS = ['decision', 'action', 'note'] as const;
export const ACTION_STATUSES = ['open', 'in progress', 'done', 'dropped'] as const;
export const ATTENDANCE_KINDS = ['person', 'office'] as const;
export const ATTENDANCE_STATUSES = ['present', 'regrets', 'absent'] as const;
export const DOCUMENT_STATES = [
  'planned',
  'draft',
  'under review',
  'endorsed',
  'finalized',
  'published',
] as const;

export const meetingSchema = z.object({
  id: z.string().nullable().describe('citable identifier: body slug and date, e.g. igf-lp/2024-11-01'),
  body: name.nullable(),
  title: name.nullable(),
  mode: z.enum(MEETING_MODES).nullable(),
  date: isoDate.nullable(),
  endDate: isoDate.nullable().describe('last day of a meeting that spans several days'),
  start: isoInstant.nullable(),
  end: isoInstant.nullable(),
  dateText: name.nullable().describe('the date as written in the source'),
  timeText: name.nullable().describe('the time as written in the source'),
  venue: name.nullable(),
  purpose: text.nullable(),
  status: z.enum(MEETING_STATUSES),
  publication: z
    .enum(PUBLICATION_STATES)
    .nullable()
    .describe('state of the summary, when the source states it'),
  line,
});

export const motionSchema = z.object({
  movedBy: name.nullable(),
  secondedBy: name.nullable(),
  votesFor: z.number().int().nonnegative().nullable(),
  votesAgainst: z.number().int().nonnegative().nullable(),
  abstentions: z.number().int().nonnegative().nullable(),
});

export const outcomeSchema = z.object({
  id: z
    .string()
    .regex(/^[dan]\d+$/, 'expected d1, a1 or n1 …')
    .describe('stable within the meeting'),
  kind: z.enum(OUTCOME_KINDS),
  verb: name.nullable().describe('the verb as written: agreed, endorsed, reaffirmed …'),
  text: text.min(1),
  owner: name.nullable(),
  due: isoDate.nullable(),
  dueText: name.nullable(),
  status: z.enum(ACTION_STATUSES).nullable().describe('actions only'),
  ref: name.nullable().describe('the number the source gives the item, e.g. 2010.10.28.01'),
  documents: z
    .array(name)
    .max(LIMITS.documentsPerOutcome, `an outcome names at most ${LIMITS.documentsPerOutcome} documents`)
    .describe('titles of the documents the outcome names'),
  motion: motionSchema.nullable(),
  line,
});

export const topicSchema = z.object({
  title: name
    .min(1)
    .nullable()
    .describe(
      'the agenda item or section as titled; null for outcomes the text gives under no item of its own (before any heading, or in a "Decisions" or "Action items" section that names no item)',
    ),
  line,
  outcomes: z.array(outcomeSchema).max(LIMITS.outcomes, atMost(LIMITS.outcomes, 'outcomes')),
});

export const attendanceSchema = z.object({
  name: name.min(1).describe('as written, without honorific, role or annotations'),
  honorific: name.nullable(),
  kind: z.enum(ATTENDANCE_KINDS),
  group: name.nullable().describe('the group heading as published'),
  role: name.nullable().describe('role in the meeting, e.g. Chair'),
  status: z.enum(ATTENDANCE_STATUSES),
  onBehalfOf: name.nullable(),
  remote: z.boolean().nullable(),
  note: text.nullable().describe('any other annotation, e.g. "items 1-5"'),
  line,
});

export const documentSchema = z.object({
  title: name.min(1),
  state: z.enum(DOCUMENT_STATES).nullable(),
  author: name.nullable().describe('the body that wrote it, when named'),
  line,
});

export const warningSchema = z.object({
  code: z.enum(WARNING_CODES),
  line,
  message: text,
});

export const sourceSchema = z.object({
  name: name.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  lines: z.number().int().nonnegative(),
  encoding: z.string(),
});

export const meetingRecordSchema = z
  .object({
    format: z.literal('minutebook/1'),
    meeting: meetingSchema,
    topics: z.array(topicSchema).max(LIMITS.topics, atMost(LIMITS.topics, 'topics')),
    attendance: z
      .array(attendanceSchema)
      .max(LIMITS.attendance, atMost(LIMITS.attendance, 'attendance entries')),
    documents: z.array(documentSchema).max(LIMITS.documents, atMost(LIMITS.documents, 'documents')),
    warnings: z.array(warningSchema).max(LIMITS.warnings, atMost(LIMITS.warnings, 'warnings')),
    source: sourceSchema.nullable(),
  })
  .superRefine((record, context) => {
    const outcomes = record.topics.reduce((n, topic) => n + topic.outcomes.length, 0);
    if (outcomes > LIMITS.outcomes)
      context.addIssue({ code: 'custom', path: ['topics'], message: atMost(LIMITS.outcomes, 'outcomes') });
  });

export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingMode = Meeting['mode'];
export type Motion = z.infer<typeof motionSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type OutcomeKind = Outcome['kind'];
export type ActionStatus = NonNullable<Outcome['status']>;
export type Topic = z.infer<typeof topicSchema>;
export type Attendance = z.infer<typeof attendanceSchema>;
export type AttendanceStatus = Attendance['status'];
export type DocumentRef = z.infer<typeof documentSchema>;
export type DocumentState = NonNullable<DocumentRef['state']>;
export type Warning = z.infer<typeof warningSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;

/** Every outcome of a record in reading order, with the topic it sits under. */
export function outcomesOf(record: MeetingRecord): Array<{ topic: Topic; outcome: Outcome }> {
  return record.topics.flatMap((topic) => topic.outcomes.map((outcome) => ({ topic, outcome })));
}
