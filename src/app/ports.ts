/**
 * What the application needs from storage, as the application names it. The storage folder
 * implements this once, for both engines.
 */
import type { MeetingRecord, OutcomeKind } from '../domain/record.js';
import type { SearchQuery } from '../domain/search.js';

export interface StoredMeeting {
  record: MeetingRecord;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One line of a list of meetings. */
export interface MeetingListing {
  id: string;
  body: string | null;
  title: string | null;
  date: string | null;
  start: string | null;
  status: string;
  decisions: number;
  actions: number;
  present: number;
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

/** The text a record was read from, kept whole so that nothing a user gave is lost. */
export interface SourceText {
  sha256: string;
  name: string | null;
  text: string;
}

export interface SearchHit {
  kind: 'meeting' | OutcomeKind | 'document' | 'person';
  /** Citable id for meetings and outcomes; the title or name for documents and people. */
  ref: string;
  meetingId: string | null;
  title: string;
  body: string;
  date: string | null;
}

export interface MeetingStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Saves records and their sources in one transaction: all are saved or none. */
  saveMeetings(records: MeetingRecord[], sources: SourceText[]): Promise<SaveResult[]>;
  getMeeting(id: string): Promise<StoredMeeting | null>;
  listMeetings(filter: MeetingFilter): Promise<{ meetings: MeetingListing[]; total: number }>;
  search(query: SearchQuery, limit: number, offset: number): Promise<{ hits: SearchHit[]; total: number }>;
  /** The text a record was imported from, by its SHA-256. */
  getSource(sha256: string): Promise<SourceText | null>;
  close(): Promise<void>;
}
