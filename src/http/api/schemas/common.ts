/**
 * The shapes every area of the API shares: the record of a meeting, the error body, paging,
 * and the identifiers in paths.
 */
import { z } from '@hono/zod-openapi';
import type { ZodArray, ZodNumber, ZodType } from 'zod';
import { ERROR_CODES } from '../../../domain/errors.js';
import { meetingRecordSchema } from '../../../domain/record.js';

// The domain's schemas may be built before this module extends zod with `.openapi`, so the named
// ones are rebuilt here from their shapes.
export const Record = z.object(meetingRecordSchema.shape).openapi('MeetingRecord');

export const ErrorBody = z
  .object({
    code: z.enum([...ERROR_CODES, 'internal']),
    message: z.string(),
    field: z.string().optional().openapi({ description: 'the field of the input that is wrong' }),
    line: z.number().int().optional().openapi({ description: 'the line of the input that is wrong' }),
    version: z.number().int().optional().openapi({ description: 'on a conflict: the version now stored' }),
  })
  .openapi('Error');

/** The paging every list takes, in its query. */
export const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'how many to return' }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'how many to skip' }),
};
/** A page of a list: its rows under `key`, and how many rows the list has in all. */
export const pageOf = <K extends string, T extends ZodType>(key: K, row: T) =>
  // TypeScript types a computed key as any string; the cast says it is `key`.
  z.object({ [key]: z.array(row), total: z.number().int() } as Record<K, ZodArray<T>> & { total: ZodNumber });
/** A day, as a query gives it. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** The largest number a stored row is given (the databases' integer columns). */
export const LARGEST_ID = 2_147_483_647;

export const IdPath = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(LARGEST_ID)
    .openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const BodyPath = z.object({
  slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'igf-lp' }),
});
export const PageQuery = z.object({ ...page });
/** How many of the latest rows a list gives. */
export const LatestQuery = z.object({ limit: page.limit });
