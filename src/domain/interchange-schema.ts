/**
 * The JSON Schema of the interchange format, generated from the record's zod schema so that the
 * published document and the validation can never disagree. docs/interchange.schema.json is
 * this, written by `npm run schema`; a test checks that the file is up to date.
 */
import { z } from 'zod';
import { meetingRecordSchema } from './record.js';

/** The schema document: one meeting record, or an array of them for a file of several meetings. */
export function interchangeSchema(): Record<string, unknown> {
  const record = z.toJSONSchema(meetingRecordSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema: _schema, ...definition } = record;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:minutebook:interchange:1',
    title: 'Minutebook meeting record',
    description:
      'One meeting as Minutebook reads it from a summary: the meeting, its topics and outcomes, its attendance, the documents it names and the warnings raised while reading it. A file that holds several meetings is an array of records.',
    anyOf: [{ $ref: '#/$defs/record' }, { type: 'array', items: { $ref: '#/$defs/record' } }],
    $defs: { record: definition },
  };
}
