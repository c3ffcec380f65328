/**
 * The shapes of the registers: decisions, actions, documents and people across meetings, and the
 * filters they are read with.
 */
import { z } from '@hono/zod-openapi';
import {
  ACTION_STATUSES,
  ATTENDANCE_KINDS,
  ATTENDANCE_STATUSES,
  DOCUMENT_STATES,
  OUTCOME_KINDS,
} from '../../../domain/record.js';
import { isoDate, page, pageOf } from './common.js';

export const OutcomeListing = z
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
export const OutcomeList = pageOf('outcomes', OutcomeListing).openapi('OutcomeList');
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
export const DocumentList = pageOf('documents', DocumentListing).openapi('DocumentList');
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
export const PersonList = pageOf('people', PersonListing).openapi('PersonList');
export const PersonDetail = PersonListing.extend({
  attendanceTotal: z
    .number()
    .int()
    .openapi({ description: 'how many attendance entries there are; `attendance` is one page of them' }),
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
