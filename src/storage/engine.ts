/**
 * What differs between the engines, and only that: how a database is opened, how an
 * auto-numbered key and an index of dates latest first are declared, and how the full-text index is built and queried.
 */
import type { Kysely, RawBuilder, SqlBool, Transaction } from 'kysely';
import type { SearchQuery } from '../domain/search.js';
import type { Database } from './schema.js';

export type EngineKind = 'sqlite' | 'postgres';

/** How an engine finds the entries that match a query: the parts of a statement it differs in. */
export interface SearchMatch {
  /** search_entries as `e`, with what the engine matches them by. */
  from: RawBuilder<unknown>;
  /** The condition a matching entry meets. */
  where: RawBuilder<SqlBool>;
  /** The order of matching entries, most recently indexed first, that the index yields at no cost. */
  newest: RawBuilder<unknown>;
  /**
   * The most recently indexed entries as `e`, to look in first, where the index cannot yield
   * its matches newest first: when they hold enough matches, nothing else is read.
   */
  recent?: RawBuilder<unknown>;
  /** How well an entry matches, lower better, when the engine scores an entry by itself alone. */
  score?: RawBuilder<number>;
}

export type { SearchQuery } from '../domain/search.js';

export interface Engine {
  readonly kind: EngineKind;
  readonly db: Kysely<Database>;
  /** The column type of an auto-numbered primary key. */
  readonly serial: 'integer' | 'serial';
  /** What ends the definition of a table keyed by its composite primary key alone. */
  readonly keyedTable: RawBuilder<unknown> | null;
  /**
   * The order an index column is declared in to give the lists' `ORDER BY date DESC NULLS LAST`
   * as it stands, latest first and unknown dates last.
   */
  readonly latestFirst: RawBuilder<unknown>;
  /** Creates the full-text index over search_entries (called by the first migration). */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  /**
   * Makes the index cut text into words as the other engine does: every word kept, common ones
   * ("the") too, each cut to its Porter stem (called by the migration 0009-search-words).
   */
  alignSearchWords(db: Kysely<unknown>): Promise<void>;
  /** How entries matching a query are found; null when the query can match nothing. */
  searchMatch(query: SearchQuery): SearchMatch | null;
  /**
   * How well each of some entries that match a query matches it, lower better, for an engine
   * whose score of an entry depends on the others (no `score` in its SearchMatch); an entry
   * left out scores after every scored one. `common` is how many entries make a phrase common:
   * an engine may leave such phrases out of the score rather than read every entry holding them.
   */
  rankMatches?(query: SearchQuery, ids: number[], common: number): Promise<Map<number, number>>;
  /**
   * Makes other transactions that lock the same meeting wait until this one ends, so that
   * a check-then-write (an edit's version check) cannot interleave with another.
   */
  lockMeeting(trx: Transaction<Database>, meetingId: string): Promise<void>;
  /**
   * Runs `work` while no other work of the same name runs: on PostgreSQL in any process sharing
   * the database (an advisory lock held by one connection of the pool while `work` uses others),
   * on SQLite in this process (a file is served by one process).
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Gathers the statistics the query planner chooses by (see MeetingStore.analyze). */
  analyze(): Promise<void>;
  /** The store's revision (see revision.ts), read as cheaply as the engine allows. */
  revision(): Promise<string>;
  /** Largest number of bound parameters one statement may carry. */
  readonly maxParameters: number;
  /** Rows one multi-row INSERT carries at most. */
  readonly rowsPerInsert: number;
}
