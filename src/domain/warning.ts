/**
 * What an importer may warn about. A warning never stops an import: it tells the person
 * reviewing the record where the source looks wrong or where nothing could be decided.
 */
export const WARNING_CODES = [
  'duplicate-item',
  'duplicate-ref',
  'glued-items',
  'placeholder',
  'mislabelled-item',
  'ambiguous-date',
  'contradictory-date',
  'date-without-year',
  'ambiguous-time',
  'contradictory-time',
  'time-without-zone',
  'conflicting-metadata',
  'missing-body',
  'missing-date',
  'attendance-summary',
  'represented-member-present',
  'duplicate-attendee',
  'several-meetings',
  'cancelled-meeting',
  'agenda-only',
  'truncated-text',
  'not-utf8',
  'replacement-character',
  'long-line',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];
