/**
 * The shapes of following a body over time: memberships and participation, the document flow,
 * and the proposals that two spellings are one, with the answers to them.
 */
import { z } from '@hono/zod-openapi';
import { PARTICIPATION_STATUSES } from '../../../domain/participation.js';
import { DOCUMENT_STATES } from '../../../domain/record.js';

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
