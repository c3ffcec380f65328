/**
 * The tables as Kysely sees them. What registers, search and lists need is in columns; the
 * whole record (lines, honorifics, warnings …) is in meetings.record. Both engines hold the same tables with the same columns;
 * times are ISO 8601 text and flags are 0/1 integers so that rows read back alike everywhere.
 */
import type { Generated, Selectable } from 'kysely';

export interface BodyTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** JSON: the states the body's documents move through, in order, when not the usual ones. */
  document_flow: string | null;
}

export interface MeetingTable {
  /** The citable identifier, e.g. igf-lp/2024-11-01. */
  id: string;
  body_id: number | null;
  title: string | null;
  mode: string | null;
  date: string | null;
  end_date: string | null;
  start_utc: string | null;
  end_utc: string | null;
  venue: string | null;
  status: string;
  publication: string | null;
  decision_count: number;
  action_count: number;
  present_count: number;
  source_sha256: string | null;
  /** 1 when the meeting was edited after it was read and before it was published. */
  edited_since_read: Generated<number>;
  /** The whole record as interchange JSON, written with the rows below in one transaction. */
  record: string;
  version: number;
  /** 1 for example data loaded to show what Minutebook does. */
  example: number;
  /** 1 for an example meeting that never took place, written to show what Minutebook does. */
  invented: Generated<number>;
  /** Where the summary is in its workflow: draft, circulated, approved or published. */
  state: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface OutcomeTable {
  /** The citable identifier, e.g. igf-lp/2024-11-01#d1. */
  id: string;
  meeting_id: string;
  topic_position: number;
  /** The title of the topic the outcome sits under. */
  topic: string;
  position: number;
  kind: string;
  verb: string | null;
  text: string;
  owner: string | null;
  due: string | null;
  status: string | null;
  ref: string | null;
}

export interface PersonTable {
  id: Generated<number>;
  /** kind and folded name: "person:gbenga sesan". */
  key: string;
  kind: string;
  name: string;
}

export interface AttendanceTable {
  meeting_id: string;
  position: number;
  person_id: number;
  group_name: string | null;
  role: string | null;
  status: string;
  on_behalf_of: string | null;
  /** The key of the person attended for, as in people.key, to find whom an office represented. */
  on_behalf_of_key: string | null;
}

export interface DocumentTable {
  id: Generated<number>;
  /** The slug of the body whose meetings named it, and the folded title. */
  key: string;
  title: string;
  state: string | null;
  author: string | null;
}

export interface OutcomeDocumentTable {
  outcome_id: string;
  document_id: number;
  meeting_id: string;
}

export interface SourceTable {
  sha256: string;
  name: string | null;
  text: string;
  imported_at: string;
  /** The line of its file the text begins at: a file of several meetings is kept as one part each. */
  first_line: Generated<number>;
}

export interface SearchEntryTable {
  id: Generated<number>;
  meeting_id: string | null;
  kind: string;
  ref: string;
  title: string;
  body: string;
  /** title and body folded (lower case, no diacritics): what the full-text index reads. */
  folded: string;
  date: string | null;
  /** For a meeting's and its outcomes' entries: the meeting's workflow state and body. */
  state: string | null;
  body_id: number | null;
}

export interface Database {
  bodies: BodyTable;
  meetings: MeetingTable;
  outcomes: OutcomeTable;
  people: PersonTable;
  attendance: AttendanceTable;
  documents: DocumentTable;
  outcome_documents: OutcomeDocumentTable;
  sources: SourceTable;
  search_entries: SearchEntryTable;
  store_revision: RevisionTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  sign_in_attempts: SignInAttemptTable;
  setup_tokens: SetupTokenTable;
  meeting_documents: MeetingDocumentTable;
  audit: AuditTable;
  meeting_versions: MeetingVersionTable;
  comments: CommentTable;
  outcome_links: OutcomeLinkTable;
  aliases: AliasTable;
  distinct_pairs: DistinctPairTable;
  body_members: BodyMemberTable;
  body_tallies: BodyTallyTable;
  person_tallies: PersonTallyTable;
  document_tallies: DocumentTallyTable;
  owner_words: OwnerWordTable;
}

/** Kept on write (tallies.ts): a body's meetings in one workflow state, and their outcomes. */
export interface BodyTallyTable {
  /** 0 for meetings of no body. */
  body_id: number;
  state: string;
  meetings: number;
  decisions: number;
  actions: number;
}

/** A word of an outcome's owner (owner-words.ts), written with the outcome. */
export interface OwnerWordTable {
  word: string;
  outcome_id: string;
  meeting_id: string;
  /** The meeting's date, to walk a word's actions latest first. */
  date: string | null;
  /** How many words the owner has. */
  words: number;
}

/** Kept on write (document-tallies.ts): outcomes naming a document in a body's meetings of one state. */
export interface DocumentTallyTable {
  document_id: number;
  /** 0 for meetings of no body. */
  body_id: number;
  state: string;
  outcomes: number;
  /** The latest date of those meetings; null when none has a date. */
  latest: string | null;
}

/** Kept on write (tallies.ts): a person's attendance entries in a body's meetings of one state. */
export interface PersonTallyTable {
  person_id: number;
  /** 0 for meetings of no body. */
  body_id: number;
  state: string;
  entries: number;
  present: number;
  regrets: number;
  absent: number;
}

/**
 * A spelling of a person's name or a document's title confirmed to be another one: rows saved
 * later under `key` are saved under `target_key` instead. Kind is person or document.
 */
export interface AliasTable {
  kind: string;
  key: string;
  target_key: string;
  /** The spelling or title as it was written, to show and to separate again. */
  name: string;
}

/** Two people or documents a person confirmed are not the same: not proposed again. */
export interface DistinctPairTable {
  kind: string;
  /** The smaller of the two keys. */
  a_key: string;
  b_key: string;
}

/** A person's membership of a body: their role and the term it runs for (dates, inclusive). */
export interface BodyMemberTable {
  id: Generated<number>;
  body_id: number;
  person_id: number;
  role: string;
  term_from: string | null;
  term_to: string | null;
}

/** An outcome (from) that continues an earlier one (to), both by citable identifier. */
export interface OutcomeLinkTable {
  from_cite: string;
  to_cite: string;
  /** The meeting of `from`: the links are rewritten with its rows. */
  meeting_id: string;
}

/** A meeting as it was before a change: the whole record of that version. */
export interface MeetingVersionTable {
  meeting_id: string;
  version: number;
  state: string;
  record: string;
  saved_at: string;
}

/** A member's comment on a circulated draft, on the version they read. */
export interface CommentTable {
  id: Generated<number>;
  meeting_id: string;
  version: number;
  author_id: number;
  author: string;
  text: string;
  created_at: string;
}

/** The state a meeting gave a document it names, and who it said wrote it. */
export interface MeetingDocumentTable {
  meeting_id: string;
  document_id: number;
  state: string | null;
  author: string | null;
}

/** One entry of the audit trail: appended, never changed. */
export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor: string;
  action: string;
  /** What was acted on: a meeting's identifier, an account's login … */
  subject: string | null;
  reason: string | null;
  /** JSON: the values before and after. */
  detail: string;
}

export interface UserTable {
  id: Generated<number>;
  /** Folded (lower case, trimmed): logins are matched without regard to case. */
  login: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
  disabled: Generated<number>;
}

export interface MembershipTable {
  user_id: number;
  body_id: number;
}

/** A signed-in browser; the token itself is only in the cookie, its SHA-256 here. */
export interface SessionTable {
  token_hash: string;
  user_id: number;
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

/** One row, id 1: increased by every write transaction. */
export interface RevisionTable {
  id: number;
  revision: number | string;
}

export type SearchEntryRow = Selectable<SearchEntryTable>;

/** Sign-in attempts counted in a window of time, per login and address and per address. */
export interface SetupTokenTable {
  token_hash: string;
  created_at: string;
}

export interface SignInAttemptTable {
  key: string;
  window_start: string;
  count: number;
}
