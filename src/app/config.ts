/**
 * Where the data lives, decided once from the command line and the environment: an explicit
 * --db wins, then DATABASE_URL when it is a postgres URL, then MINUTEBOOK_DB, then
 * ./minutebook.db.
 */
export interface Config {
  /** An SQLite file path or a postgres:// URL. */
  readonly database: string;
  readonly engine: 'sqlite' | 'postgres';
}

export const DEFAULT_DATABASE = './minutebook.db';

const POSTGRES = /^postgres(?:ql)?:\/\//;

/** Reads the configuration; the result is frozen. */
export function loadConfig(env: NodeJS.ProcessEnv, flags: { db?: string | undefined } = {}): Config {
  const fromEnv =
    env.DATABASE_URL !== undefined && POSTGRES.test(env.DATABASE_URL) ? env.DATABASE_URL : undefined;
  const database = flags.db ?? fromEnv ?? env.MINUTEBOOK_DB ?? DEFAULT_DATABASE;
  return Object.freeze({ database, engine: POSTGRES.test(database) ? 'postgres' : 'sqlite' });
}

/** The database location with any password hidden, for messages. */
export function describeDatabase(config: Config): string {
  return config.database.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
