/**
 * What differs between the engines, and only that: how a database is opened, how an
 * auto-numbered key is declared, and how the full-text index is built and queried.
 */
import type { Kysely, RawBuilder, Transaction } from 'kysely';
import type { SearchQuery } from '../domain/search.js';
import type { Scope } from '../app/ports.js';
import type { Database, SearchEntryRow } from './schema.js';

export type EngineKind = 'sqlite' | 'postgres';

export interface SearchPage {
  rows: Array<SearchEntryRow & { rank: number }>;
  total: number;
}

export type { SearchQuery } from '../domain/search.js';

export interface Engine {
  readonly kind: EngineKind;
  readonly db: Kysely<Database>;
  /** The column type of an auto-numbered primary key. */
  readonly serial: 'integer' | 'serial';
  /** What ends the definition of a table keyed by its composite primary key alone. */
  readonly keyedTable: RawBuilder<unknown> | null;
  /** Creates the full-text index over search_entries (called by the first migration). */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  /** Ranked entries matching a query. */
  search(
    db: Kysely<Database>,
    query: SearchQuery,
    limit: number,
    offset: number,
    scope: Scope,
  ): Promise<SearchPage>;
  /**
   * Makes other transactions that lock the same meeting wait until this one ends, so that
   * a check-then-write (an edit's version check) cannot interleave with another.
   */
  lockMeeting(trx: Transaction<Database>, meetingId: string): Promise<void>;
  /** The store's revision (see revision.ts), read as cheaply as the engine allows. */
  revision(): Promise<string>;
  /** Largest number of bound parameters one statement may carry. */
  readonly maxParameters: number;
  /** Rows one multi-row INSERT carries at most. */
  readonly rowsPerInsert: number;
}
