/**
 * What differs between the engines, and only that: how a database is opened, how an
 * auto-numbered key is declared, and how the full-text index is built and queried.
 */
import type { Kysely, RawBuilder } from 'kysely';
import type { SearchQuery } from '../domain/search.js';
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
  search(db: Kysely<Database>, query: SearchQuery, limit: number, offset: number): Promise<SearchPage>;
  /** Largest number of bound parameters one statement may carry. */
  readonly maxParameters: number;
  /** Rows one multi-row INSERT carries at most. */
  readonly rowsPerInsert: number;
}
