/**
 * Opens the store a deployment is configured for: an SQLite file by default, PostgreSQL when
 * given a postgres URL. The schema is brought up to date on opening.
 */
import { Migrator } from 'kysely';
import type { MeetingStore } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import type { Engine } from './engine.js';
import {
  addApiToken,
  addSession,
  addUser,
  countUsers,
  deleteSession,
  findSession,
  findUser,
  findUserByLogin,
  listUsers,
  useApiToken,
} from './accounts.repository.js';
import { findMeeting, findSource, listBodies, listMeetings } from './meeting.repository.js';
import { findPerson, listPeople, peopleOfMeeting } from './people.repository.js';
import { documentsOfMeeting, findDocument, listDocuments, listOutcomes } from './registers.repository.js';
import { saveMeetings } from './save-meetings.js';
import { updateMeeting } from './update-meeting.js';
import { revisionReader } from './revision.js';
import { migrationsFor } from './migrations/index.js';
import { searchEntries } from './search.repository.js';

export interface StoreLocation {
  /** A postgres:// URL, or an SQLite file path (":memory:" for a throwaway database). */
  url: string;
}

/** Opens and migrates a store. */
export async function openStore(location: StoreLocation): Promise<MeetingStore> {
  const engine = await openEngine(location.url);
  try {
    const { error, results } = await new Migrator({
      db: engine.db,
      provider: migrationsFor(engine),
    }).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error !== undefined) {
      throw new MinutebookError(
        'storage-failure',
        `the database could not be brought up to date${failed ? ` (migration ${failed.migrationName})` : ''}: ${String((error as Error).message ?? error)}`,
      );
    }
  } catch (error) {
    await engine.db.destroy();
    throw error instanceof MinutebookError
      ? error
      : new MinutebookError(
          'storage-failure',
          `the database could not be opened: ${(error as Error).message}`,
          {},
          { cause: error },
        );
  }
  return storeOn(engine);
}

async function openEngine(url: string): Promise<Engine> {
  if (/^postgres(?:ql)?:\/\//.test(url)) {
    const { openPostgres } = await import('./postgres/postgres.engine.js');
    return openPostgres(url);
  }
  const { openSqlite } = await import('./sqlite/sqlite.engine.js');
  return openSqlite(url);
}

function storeOn(engine: Engine): MeetingStore {
  const revisions = revisionReader(() => engine.revision());
  const writing = async <T>(write: Promise<T>): Promise<T> => {
    try {
      return await write;
    } finally {
      revisions.wrote();
    }
  };
  return {
    engine: engine.kind,
    saveMeetings: (records, sources, options) => writing(saveMeetings(engine, records, sources, options)),
    updateMeeting: (record, expectedVersion) => writing(updateMeeting(engine, record, expectedVersion)),
    listBodies: () => listBodies(engine.db),
    listOutcomes: (filter) => listOutcomes(engine.db, filter),
    listDocuments: (filter) => listDocuments(engine.db, filter),
    getDocument: (id) => findDocument(engine.db, id),
    listPeople: (filter) => listPeople(engine.db, filter),
    getPerson: (id) => findPerson(engine.db, id),
    documentsOfMeeting: (id) => documentsOfMeeting(engine.db, id),
    peopleOfMeeting: (id) => peopleOfMeeting(engine.db, id),
    revision: () => revisions.revision(),
    getMeeting: (id) => findMeeting(engine.db, id),
    listMeetings: (filter) => listMeetings(engine.db, filter),
    search: (query, limit, offset) => searchEntries(engine, query, limit, offset),
    getSource: (sha256) => findSource(engine.db, sha256),
    countUsers: () => countUsers(engine.db),
    addUser: (user) => addUser(engine.db, user),
    findUser: (id) => findUser(engine.db, id),
    findUserByLogin: (login) => findUserByLogin(engine.db, login),
    listUsers: () => listUsers(engine.db),
    addSession: (session) => addSession(engine.db, session),
    findSession: (tokenHash, now) => findSession(engine.db, tokenHash, now),
    deleteSession: (tokenHash) => deleteSession(engine.db, tokenHash),
    addApiToken: (token) => addApiToken(engine.db, token),
    useApiToken: (tokenHash, now) => useApiToken(engine.db, tokenHash, now),
    close: () => engine.db.destroy(),
  };
}
