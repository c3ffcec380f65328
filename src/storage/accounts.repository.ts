/** Accounts, memberships, sessions and API tokens. */
import type { Kysely } from 'kysely';
import type { ApiTokenListing, AuditEntry, StoredUser } from '../app/ports.js';
import { loginKey, type Role, type User } from '../domain/account.js';
import { MinutebookError } from '../domain/errors.js';
import { appendAudit } from './audit.repository.js';
import type { Database } from './schema.js';

type UserRow = {
  id: number;
  login: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
  disabled: number;
};

async function withBodies(db: Kysely<Database>, rows: UserRow[]): Promise<StoredUser[]> {
  if (rows.length === 0) return [];
  const memberships = await db
    .selectFrom('memberships as m')
    .innerJoin('bodies as b', 'b.id', 'm.body_id')
    .select(['m.user_id', 'b.slug'])
    .where(
      'm.user_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('b.slug')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    login: r.login,
    name: r.name,
    role: r.role as Role,
    bodies: memberships.filter((m) => m.user_id === r.id).map((m) => m.slug),
    passwordHash: r.password_hash,
    disabled: Number(r.disabled) === 1,
    createdAt: r.created_at,
  }));
}

const USER_COLUMNS = ['id', 'login', 'name', 'role', 'password_hash', 'created_at', 'disabled'] as const;

/** Keeps the hash of an address's secret part at which the first administrator may be made. */
export async function addSetupToken(db: Kysely<Database>, tokenHash: string, now: string): Promise<void> {
  await db.insertInto('setup_tokens').values({ token_hash: tokenHash, created_at: now }).execute();
}

/** Whether a server process sharing this database printed the address with this hash. */
export async function isSetupToken(db: Kysely<Database>, tokenHash: string): Promise<boolean> {
  const row = await db
    .selectFrom('setup_tokens')
    .select('token_hash')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// The bodies with these short names; an unknown one is refused, naming the field.
async function bodiesNamed(
  db: Kysely<Database>,
  slugs: string[],
): Promise<Array<{ id: number; slug: string }>> {
  if (slugs.length === 0) return [];
  const bodies = await db.selectFrom('bodies').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  const unknown = slugs.filter((slug) => !bodies.some((b) => b.slug === slug));
  if (unknown.length > 0)
    throw new MinutebookError('invalid-argument', `no body has the short name ${unknown.join(', ')}`, {
      field: 'bodies',
    });
  return bodies;
}

export async function addUser(
  db: Kysely<Database>,
  user: { login: string; name: string; role: Role; passwordHash: string; bodies: string[] },
): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const login = loginKey(user.login);
    const taken = await trx.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst();
    if (taken !== undefined)
      throw new MinutebookError('conflict', `an account with the login ${login} exists already`, {
        field: 'login',
      });
    const bodies = await bodiesNamed(trx, user.bodies);
    const { id } = await trx
      .insertInto('users')
      .values({
        login,
        name: user.name.trim(),
        role: user.role,
        password_hash: user.passwordHash,
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (bodies.length > 0)
      await trx
        .insertInto('memberships')
        .values(bodies.map((b) => ({ user_id: id, body_id: b.id })))
        .execute();
    return { id, login, name: user.name.trim(), role: user.role, bodies: bodies.map((b) => b.slug).sort() };
  });
}

/** Changes what is given of an account: role, bodies (replaced whole), disabled, password. */
export async function updateUser(
  db: Kysely<Database>,
  id: number,
  change: { role?: Role; bodies?: string[]; disabled?: boolean; passwordHash?: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const columns = {
      ...(change.role === undefined ? {} : { role: change.role }),
      ...(change.disabled === undefined ? {} : { disabled: change.disabled ? 1 : 0 }),
      ...(change.passwordHash === undefined ? {} : { password_hash: change.passwordHash }),
    };
    if (Object.keys(columns).length > 0)
      await trx.updateTable('users').set(columns).where('id', '=', id).execute();
    if (change.bodies === undefined) return;
    const bodies = await bodiesNamed(trx, change.bodies);
    await trx.deleteFrom('memberships').where('user_id', '=', id).execute();
    if (bodies.length > 0)
      await trx
        .insertInto('memberships')
        .values(bodies.map((b) => ({ user_id: id, body_id: b.id })))
        .execute();
  });
}

/** Ends every session of an account (its API tokens stay, refused while it is disabled). */
export async function deleteSessionsOf(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function findUser(db: Kysely<Database>, id: number): Promise<StoredUser | null> {
  const rows = await db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).execute();
  return (await withBodies(db, rows))[0] ?? null;
}

export async function findUserByLogin(db: Kysely<Database>, login: string): Promise<StoredUser | null> {
  const rows = await db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('login', '=', loginKey(login))
    .execute();
  return (await withBodies(db, rows))[0] ?? null;
}

export async function listUsers(db: Kysely<Database>): Promise<StoredUser[]> {
  return withBodies(db, await db.selectFrom('users').select(USER_COLUMNS).orderBy('login').execute());
}

export async function addSession(
  db: Kysely<Database>,
  session: { tokenHash: string; userId: number; csrf: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf: session.csrf,
      created_at: new Date().toISOString(),
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function findSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<{ user: StoredUser; csrf: string } | null> {
  const session = await db
    .selectFrom('sessions')
    .select(['user_id', 'csrf'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (session === undefined) return null;
  const user = await findUser(db, session.user_id);
  return user === null ? null : { user, csrf: session.csrf };
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function addApiToken(
  db: Kysely<Database>,
  token: { tokenHash: string; userId: number; name: string },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      token_hash: token.tokenHash,
      user_id: token.userId,
      name: token.name,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export async function useApiToken(
  db: Kysely<Database>,
  tokenHash: string,
  now: string,
): Promise<{ user: StoredUser; name: string; previousUse: string | null } | null> {
  const token = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'name', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (token === undefined) return null;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', token.id).execute();
  const user = await findUser(db, token.user_id);
  return user === null ? null : { user, name: token.name, previousUse: token.last_used_at };
}

export async function listApiTokens(db: Kysely<Database>, userId: number): Promise<ApiTokenListing[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    name: r.name,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  }));
}

/** Deletes an account's token: it is refused from the next request on. */
export async function deleteApiToken(
  db: Kysely<Database>,
  userId: number,
  id: number,
  audit: AuditEntry,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom('api_tokens')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .returning(['id', 'name'])
      .executeTakeFirst();
    if (gone === undefined) return false;
    await appendAudit(
      trx,
      [{ ...audit, detail: { id: Number(gone.id), name: gone.name } }],
      new Date().toISOString(),
    );
    return true;
  });
}
