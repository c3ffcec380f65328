/**
 * What the application needs from storage, as the application names it. The storage folder
 * implements this once, for both engines.
 */
import type {
  ActionStatus,
  AttendanceStatus,
  DocumentState,
  MeetingRecord,
  OutcomeKind,
} from '../domain/record.js';
import type { SearchQuery } from '../domain/search.js';
import type { Role, User } from '../domain/account.js';
import type { MeetingState } from '../domain/workflow.js';
import type { ParticipationStatus } from '../domain/participation.js';

export interface StoredMeeting {
  record: MeetingRecord;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Loaded as example data, to show what Minutebook does; not a real meeting. */
  example: boolean;
  /** Example data that never took place: written to show following a body across meetings. */
  invented: boolean;
  state: MeetingState;
}

/** One line of a list of meetings. */
export interface MeetingListing {
  id: string;
  body: string | null;
  title: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  status: string;
  state: MeetingState;
  decisions: number;
  actions: number;
  present: number;
  /** An example meeting that never took place. */
  invented: boolean;
}

export interface MeetingFilter {
  /** A body's slug or name. */
  body?: string;
  limit: number;
  offset: number;
}

/** What saving one record did. */
export interface SaveResult {
  id: string;
  outcome: 'created' | 'replaced' | 'unchanged';
  version: number;
}

/**
 * The text a record was read from, kept so that nothing a user gave is lost: a whole file, or
 * the part of a file of several meetings that holds one of them.
 */
export interface SourceText {
  sha256: string;
  name: string | null;
  text: string;
  /** The line of its file the text begins at. */
  firstLine: number;
}

/** A meeting's source, with whether the meeting was edited after it was read and before it was published. */
export interface MeetingSource extends SourceText {
  editedSinceRead: boolean;
}

export interface UpdateOptions {
  /** The change edits what the meeting says (not only an action's status). */
  edit?: boolean;
}

export interface SearchHit {
  kind: 'meeting' | OutcomeKind | 'document' | 'person';
  /** Citable id for meetings and outcomes; the numeric id for documents and people. */
  ref: string;
  meetingId: string | null;
  title: string;
  body: string;
  date: string | null;
}

/** A body and how many meetings it holds. */
export interface BodyListing {
  slug: string;
  name: string;
  /** The states its documents move through, when the body set its own. */
  documentFlow: DocumentState[] | null;
  meetings: number;
  latest: string | null;
}

/** Which outcomes a register shows. */
export interface OutcomeFilter {
  kind?: OutcomeKind;
  /** A body's slug. */
  body?: string;
  verb?: string;
  /** Meeting dates from and to, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Words the text contains. */
  text?: string;
  owner?: string;
  status?: ActionStatus;
  /** Actions still open or in progress that no later meeting continued: each task where it stands now. */
  pending?: boolean;
  /** Pending actions (as above) whose due date is before this day. */
  overdueOn?: string;
  limit: number;
  offset: number;
}

/** One outcome in a register, with the meeting it belongs to. */
export interface OutcomeListing {
  /** The citable identifier, e.g. igf-lp/2024-11-01#d1. */
  id: string;
  meetingId: string;
  body: string | null;
  date: string | null;
  /** Null for an outcome under no titled item. */
  topic: string | null;
  kind: OutcomeKind;
  verb: string | null;
  text: string;
  owner: string | null;
  due: string | null;
  status: ActionStatus | null;
}

export interface DocumentFilter {
  state?: DocumentState;
  text?: string;
  limit: number;
  offset: number;
}

export interface DocumentListing {
  id: number;
  title: string;
  state: DocumentState | null;
  author: string | null;
  /** How many outcomes name it, and the date of the latest meeting that did. */
  outcomes: number;
  latest: string | null;
}

/** A person's membership of a body: role and term (dates inclusive; open when null). */
export interface Membership {
  id: number;
  /** The body's slug, and its name. */
  body: string;
  bodyName: string;
  role: string;
  from: string | null;
  to: string | null;
}

export interface MembershipRecord extends Membership {
  /** The meetings of the body within the term, oldest first. */
  meetings: Array<{ meetingId: string; date: string; status: ParticipationStatus }>;
}

/** One meeting's attendance by group heading as published. */
export interface GroupParticipation {
  meetingId: string;
  date: string | null;
  groups: Array<{ group: string | null; present: number; regrets: number; absent: number }>;
}

/** What may be merged: people (and offices) or documents. */
export type MergeKind = 'person' | 'document';

/** A person or document as matching sees it. */
export interface MatchCandidate {
  id: number;
  key: string;
  /** The name, or the document's title. */
  name: string;
  /** What it is compared within: person or office; a document's body. */
  group: string;
  /** How many attendance entries or outcomes name it. */
  uses: number;
}

/** Two that may be one, with the confidence of matching (0–1). */
export interface MatchProposal {
  kind: MergeKind;
  confidence: number;
  a: { id: number; name: string; uses: number };
  b: { id: number; name: string; uses: number };
}

/** One meeting in a document's history: the state it gave, and the state the rules let it reach. */
export interface DocumentHistoryStep {
  meetingId: string;
  date: string | null;
  given: DocumentState | null;
  state: DocumentState | null;
  moved: boolean;
  /** Why the given state was not applied: it would move the document back, or the body's flow lacks it. */
  flag:
    | { code: 'backwards'; from: DocumentState; to: DocumentState }
    | { code: 'not-in-flow'; to: DocumentState }
    | null;
  /** The outcomes of that meeting that name the document. */
  outcomes: string[];
}

export interface DocumentDetail extends DocumentListing {
  named: OutcomeListing[];
  /** The states the body's documents move through, in order. */
  flow: DocumentState[];
  history: DocumentHistoryStep[];
}

export interface PersonFilter {
  text?: string;
  limit: number;
  offset: number;
}

export interface PersonListing {
  id: number;
  name: string;
  kind: 'person' | 'office';
  present: number;
  regrets: number;
  absent: number;
}

/**
 * A person's or office's attendance across meetings (one page of it, newest first, of
 * `attendanceTotal` entries), and who attended on their behalf.
 */
export interface PersonRecord extends PersonListing {
  attendanceTotal: number;
  attendance: Array<{
    meetingId: string;
    body: string | null;
    date: string | null;
    title: string | null;
    status: AttendanceStatus;
    group: string | null;
    role: string | null;
    onBehalfOf: string | null;
  }>;
  representedBy: Array<{ meetingId: string; date: string | null; personId: number; name: string }>;
}

/** An account as stored, with its password hash. */
export interface StoredUser extends User {
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
}

/** An API token as its holder and administrators see it: never the token, nor its hash. */
export interface ApiTokenListing {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Accounts, sessions and API tokens. Tokens are passed and kept as their SHA-256 hashes. */
export interface AccountStore {
  countUsers(): Promise<number>;
  /** Keeps the hash of the secret part of an address at which the first administrator may be made. */
  addSetupToken(tokenHash: string, now: string): Promise<void>;
  /** Whether an address with this hash was kept by addSetupToken (by this process or another). */
  isSetupToken(tokenHash: string): Promise<boolean>;
  /** Adds an account; the bodies are slugs of existing bodies. */
  addUser(user: {
    login: string;
    name: string;
    role: Role;
    passwordHash: string;
    bodies: string[];
  }): Promise<User>;
  findUser(id: number): Promise<StoredUser | null>;
  findUserByLogin(login: string): Promise<StoredUser | null>;
  listUsers(): Promise<StoredUser[]>;
  /** Changes what is given of an account; the bodies, when given, replace its bodies. */
  updateUser(
    id: number,
    change: { role?: Role; bodies?: string[]; disabled?: boolean; passwordHash?: string },
  ): Promise<void>;
  /** Ends every session of an account. */
  deleteSessionsOf(userId: number): Promise<void>;
  addSession(session: { tokenHash: string; userId: number; csrf: string; expiresAt: string }): Promise<void>;
  /** The session and its user, when the session has not expired at `now`. */
  findSession(tokenHash: string, now: string): Promise<{ user: StoredUser; csrf: string } | null>;
  deleteSession(tokenHash: string): Promise<void>;
  addApiToken(token: { tokenHash: string; userId: number; name: string }): Promise<void>;
  /** An account's API tokens, oldest first: what they are for and when used, never their hashes. */
  listApiTokens(userId: number): Promise<ApiTokenListing[]>;
  /**
   * Revokes an API token of an account, recording `audit` in the same transaction (its detail
   * is the token's number and name); false when the account has no token of that number.
   */
  deleteApiToken(userId: number, id: number, audit: AuditEntry): Promise<boolean>;
  /** The token's user and name, noting the token's use at `now`; with the use before this one. */
  useApiToken(
    tokenHash: string,
    now: string,
  ): Promise<{ user: StoredUser; name: string; previousUse: string | null } | null>;
  /** Appends entries to the audit trail on their own (for what writes nothing else: sign-ins, token use). */
  appendAudit(entries: AuditEntry[]): Promise<void>;
  /**
   * Counts one sign-in attempt under `key` (ISO times): in the window that began after `since`,
   * or in a new window beginning `now`. Attempts at the same moment are each counted once.
   */
  countAttempt(key: string, now: string, since: string): Promise<AttemptCount>;
  /** Forgets the attempts counted under `key`. */
  clearAttempts(key: string): Promise<void>;
}

/** How many attempts a key has made in its window, and when the window began. */
export interface AttemptCount {
  count: number;
  windowStart: string;
}

/**
 * Which meetings a reader may see, and so which outcomes, documents, people and search hits:
 * everything (the secretariat), or the published meetings and every meeting of some bodies (a
 * member sees the drafts of their bodies; someone not signed in, none).
 */
export type Scope = { all: true } | { all: false; bodies: readonly string[] };

/** Everything: for the secretariat, the command line and the storage's own tests. */
export const EVERYTHING: Scope = { all: true };

/** One entry of the audit trail, written in the same transaction as the change it records. */
export interface AuditEntry {
  actor: User | null;
  /** What was done: import, create, edit, correct, status, circulate, approve, publish … */
  action: string;
  /** What it was done to: a meeting's identifier, an account's login. */
  subject: string | null;
  reason?: string | null;
  /** The values before and after, or what else tells what happened. */
  detail: unknown;
}

export interface StoredAuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actor: string;
  action: string;
  subject: string | null;
  reason: string | null;
  detail: unknown;
}

export interface SaveOptions {
  example?: boolean;
  /** Example meetings that never took place (marked so in the interface). */
  invented?: boolean;
  /** The state of meetings saved for the first time; a stored meeting keeps its own. Draft unless said. */
  state?: MeetingState;
  audit?: AuditEntry[];
  /** Spellings of bodies confirmed in review to be these bodies, remembered with the save. */
  bodySpellings?: Array<{ written: string; body: string }>;
}

/** Which entries of the audit trail to read, newest first. */
export interface AuditFilter {
  /** What was acted on: a meeting's identifier, an account's login … */
  subject?: string;
  /** Words of who acted, as the trail names them ("Clerk Tester (clerk)"). */
  actor?: string;
  /** The action, as the trail names it ("correct", "sign-in"). */
  action?: string;
  /** Days from and to, inclusive (YYYY-MM-DD, UTC). */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** One version of a meeting: the current one, or one kept from before a change. */
export interface VersionListing {
  version: number;
  state: MeetingState;
  savedAt: string;
  current: boolean;
}

/** A comment on a circulated draft, on the version it was made on. */
export interface CommentEntry {
  id: number;
  version: number;
  author: string;
  text: string;
  at: string;
}

/** A whole database as portable JSON: every table's rows (see storage/backup.ts). */
export interface Backup {
  format: string;
  createdAt: string;
  tables: Record<string, Array<Record<string, unknown>>>;
}

export interface MeetingStore extends AccountStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Saves records and their sources in one transaction: all are saved or none. */
  saveMeetings(records: MeetingRecord[], sources: SourceText[], options?: SaveOptions): Promise<SaveResult[]>;
  /**
   * Saves an edited record over version `expectedVersion` of its meeting. When another save came
   * first, nothing is written and the error is a conflict.
   */
  updateMeeting(
    record: MeetingRecord,
    expectedVersion: number,
    audit?: AuditEntry[],
    options?: UpdateOptions,
  ): Promise<SaveResult>;
  /** Moves a meeting from one state to another; a conflict when it is no longer in `from`. */
  setMeetingState(id: string, from: MeetingState, to: MeetingState, audit: AuditEntry[]): Promise<void>;
  listAudit(filter: AuditFilter): Promise<{ entries: StoredAuditEntry[]; total: number }>;
  listBodies(scope: Scope): Promise<BodyListing[]>;
  listOutcomes(filter: OutcomeFilter, scope: Scope): Promise<{ outcomes: OutcomeListing[]; total: number }>;
  /** The latest `limit` actions in scope whose owner names the person called `name` (`namesOwner`). */
  actionsOwnedBy(name: string, scope: Scope, limit: number): Promise<OutcomeListing[]>;
  listDocuments(
    filter: DocumentFilter,
    scope: Scope,
  ): Promise<{ documents: DocumentListing[]; total: number }>;
  getDocument(id: number, scope: Scope): Promise<DocumentDetail | null>;
  listPeople(filter: PersonFilter, scope: Scope): Promise<{ people: PersonListing[]; total: number }>;
  /** The documents a meeting's outcomes name, with their identifiers. */
  documentsOfMeeting(
    meetingId: string,
    scope: Scope,
  ): Promise<Array<{ outcomeId: string; documentId: number; title: string }>>;
  getPerson(id: number, scope: Scope, page: { limit: number; offset: number }): Promise<PersonRecord | null>;
  /** The person or office each attendance entry of a meeting refers to, by the entry's index. */
  peopleOfMeeting(meetingId: string, scope: Scope): Promise<number[]>;
  getMeeting(id: string, scope: Scope): Promise<StoredMeeting | null>;
  listMeetings(filter: MeetingFilter, scope: Scope): Promise<{ meetings: MeetingListing[]; total: number }>;
  /**
   * Hits for a query, best first. Past SEARCH_BOUND matches, `total` is the bound and `more` is
   * true: the hits are then the best of the most recently indexed matches.
   */
  search(
    query: SearchQuery,
    limit: number,
    offset: number,
    scope: Scope,
  ): Promise<{ hits: SearchHit[]; total: number; more: boolean }>;
  /**
   * A value that changes whenever anything stored changes, read after the call began: a write
   * that ended before it, through this store or another process, is seen. Cheap enough to ask
   * on every request.
   */
  revision(): Promise<string>;
  /**
   * The text a meeting was read from; null when it was recorded by hand, when it is out of
   * scope, or when any other meeting read from the same text is.
   */
  getSource(meetingId: string, scope: Scope): Promise<MeetingSource | null>;
  /** The outcomes linked to one across meetings (it continues them, or they continue it), oldest first. */
  getThread(cite: string, scope: Scope): Promise<OutcomeListing[]>;
  /** For each spelling confirmed to be a body's, the name of that body. */
  bodiesSpelled(spellings: string[]): Promise<Map<string, string>>;
  /** Everything of a kind a meeting names, to match spellings against each other. */
  matchCandidates(kind: MergeKind): Promise<MatchCandidate[]>;
  /** Pairs confirmed to be different, as keys joined by a line feed, smaller first. */
  distinctPairs(kind: MergeKind): Promise<Set<string>>;
  /** Merges one person or document into another, everywhere, remembering the spelling. */
  merge(kind: MergeKind, fromId: number, intoId: number, audit: AuditEntry): Promise<void>;
  /** The spellings (or titles) merged into a person (or document), as written. */
  spellingsOf(kind: MergeKind, id: number): Promise<Array<{ key: string; name: string }>>;
  /** Undoes the merge of one spelling: it is its own again everywhere, and kept apart. */
  separate(kind: MergeKind, key: string, audit: AuditEntry): Promise<void>;
  /** Records that two people or documents are not the same. */
  markDistinct(kind: MergeKind, ids: [number, number], audit: AuditEntry): Promise<void>;
  /** A person's memberships with the meetings of each term (meetings in scope). */
  membershipsOf(personId: number, scope: Scope): Promise<MembershipRecord[]>;
  addMembership(
    membership: { personId: number; body: string; role: string; from: string | null; to: string | null },
    audit: AuditEntry,
  ): Promise<Membership>;
  removeMembership(id: number, audit: AuditEntry): Promise<void>;
  /** A body's meetings in scope, oldest first, with attendance counted by group. */
  groupParticipation(body: string, scope: Scope, latest: number): Promise<GroupParticipation[]>;
  /** Sets the states a body's documents move through; null for the usual ones. */
  setDocumentFlow(body: string, flow: DocumentState[] | null, audit: AuditEntry): Promise<void>;
  /** A meeting's versions, newest first (the caller has checked the meeting is in scope). */
  listVersions(meetingId: string): Promise<VersionListing[]>;
  /** An earlier version of a meeting's record. */
  getVersion(meetingId: string, version: number): Promise<MeetingRecord | null>;
  addComment(comment: {
    meetingId: string;
    version: number;
    authorId: number;
    author: string;
    text: string;
  }): Promise<CommentEntry>;
  listComments(meetingId: string): Promise<CommentEntry[]>;
  /**
   * Runs `work` while no other work of the same name runs, in this process or, on PostgreSQL, in
   * any server process sharing the database: for what must be done once however many processes
   * start (loading the example into an empty database).
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T>;
  /**
   * Brings what the database knows of its tables' contents up to date, after a large write (a
   * bulk import, a restore), so that it reads them the fast way at once instead of once it
   * next gathers them by itself.
   */
  analyze(): Promise<void>;
  /** Everything stored, as one document. */
  backup(): Promise<Backup>;
  /** Writes a backup into this store, which must be empty; all of it or nothing. */
  restore(backup: Backup): Promise<void>;
  close(): Promise<void>;
}
