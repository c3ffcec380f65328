/**
 * How much one meeting may hold. Each limit is far beyond what a real meeting records (the
 * largest parliaments seat under 3,000 members; a summary of a day's sitting has tens of topics,
 * not hundreds) and keeps every page, form and request about one meeting bounded. A record over
 * a limit is refused whole, naming the field, never cut.
 */
export const LIMITS = {
  /** Meetings read from one file, or saved from one import form. */
  meetingsPerFile: 100,
  /** Attendance entries of one meeting. */
  attendance: 3000,
  /** Topics of one meeting. */
  topics: 500,
  /** Decisions, actions and notes of one meeting, under all its topics. */
  outcomes: 2000,
  /** Documents one meeting names. */
  documents: 1000,
  /** Documents one outcome names. */
  documentsPerOutcome: 50,
  /** Warnings kept of one meeting: an importer stops warning there. */
  warnings: 1000,
  /** Characters of one text: an outcome, the purpose, a note. */
  text: 100_000,
  /** Characters of one name or title: a body, a person, a topic, a document, a role. */
  name: 2000,
} as const;
