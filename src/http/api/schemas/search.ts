/**
 * The shapes of search, and of importing summaries.
 */
import { z } from '@hono/zod-openapi';
import { page, pageOf, Record } from './common.js';
import { SaveResult } from './meetings.js';

export const SearchQuery = z.object({
  q: z.string().min(1).max(500).openapi({ description: 'words, "a phrase", -excluded, OR', example: 'WSIS' }),
  ...page,
});
export const SearchResults = pageOf(
  'results',
  z.object({
    kind: z.enum(['meeting', 'decision', 'action', 'note', 'document', 'person']),
    ref: z.string(),
    meetingId: z.string().nullable(),
    title: z.string(),
    body: z.string(),
    date: z.string().nullable(),
    fragments: z.array(z.object({ text: z.string(), match: z.boolean() })),
  }),
)
  .extend({
    more: z.boolean().openapi({
      description:
        'true when more entries match than `total` counts: a search ranks and counts at most the 1,000 most recently recorded matches',
    }),
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
