/**
 * Sign-in attempts counted per key (a login from an address, or an address) in fixed windows
 * of time. Each count is one statement that adds the attempt and answers the new count, so
 * attempts made at the same moment, by one server process or several sharing the database,
 * are each counted once and never pass the check together.
 */
import { sql, type Kysely } from 'kysely';
import type { AttemptCount } from '../app/ports.js';
import type { Database } from './schema.js';

/** Counts one attempt under `key` in the window that began after `since`; a window before that starts anew at `now`. */
export async function countAttempt(
  db: Kysely<Database>,
  key: string,
  now: string,
  since: string,
): Promise<AttemptCount> {
  // The windows that ended are forgotten; the index on window_start makes this a short look.
  await db.deleteFrom('sign_in_attempts').where('window_start', '<', since).execute();
  const expired = sql<boolean>`sign_in_attempts.window_start < ${since}`;
  const row = await db
    .insertInto('sign_in_attempts')
    .values({ key, window_start: now, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`CASE WHEN ${expired} THEN 1 ELSE sign_in_attempts.count + 1 END`,
        window_start: sql<string>`CASE WHEN ${expired} THEN ${now} ELSE sign_in_attempts.window_start END`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), windowStart: row.window_start };
}

/** Forgets the attempts counted under `key`. */
export async function clearAttempts(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
}
