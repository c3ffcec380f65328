/**
 * Where the data lives, decided once from the command line and the environment: an explicit
 * --db wins, then DATABASE_URL when it is a postgres URL, then MINUTEBOOK_DB, then
 * ./minutebook.db. And how many PostgreSQL connections one process may hold.
 */
import { MinutebookError } from '../domain/errors.js';

export interface Config {
  /** An SQLite file path or a postgres:// URL. */
  readonly database: string;
  readonly engine: 'sqlite' | 'postgres';
  /**
   * The PostgreSQL connections this process keeps open at most (MINUTEBOOK_DB_CONNECTIONS): the
   * server's max_connections must hold those of every process sharing the database.
   */
  readonly connections: number;
}

export const DEFAULT_DATABASE = './minutebook.db';
export const DEFAULT_CONNECTIONS = 10;

const POSTGRES = /^postgres(?:ql)?:\/\//;

/** Reads the configuration; the result is frozen. */
export function loadConfig(env: NodeJS.ProcessEnv, flags: { db?: string | undefined } = {}): Config {
  const fromEnv =
    env.DATABASE_URL !== undefined && POSTGRES.test(env.DATABASE_URL) ? env.DATABASE_URL : undefined;
  const database = flags.db ?? fromEnv ?? env.MINUTEBOOK_DB ?? DEFAULT_DATABASE;
  return Object.freeze({
    database,
    engine: POSTGRES.test(database) ? 'postgres' : 'sqlite',
    connections: connectionsOf(env.MINUTEBOOK_DB_CONNECTIONS),
  });
}

// Two at least: work done once across processes (loading the example) holds its lock on one
// connection while it writes through another, and with one it would wait for itself for ever.
function connectionsOf(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_CONNECTIONS;
  if (!/^[1-9]\d{0,3}$/.test(value) || value === '1') {
    throw new MinutebookError(
      'invalid-argument',
      `MINUTEBOOK_DB_CONNECTIONS must be a whole number from 2 to 9999, not "${value}"`,
    );
  }
  return Number(value);
}

/** The database location with any password hidden, for messages. */
export function describeDatabase(config: Config): string {
  return config.database.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
