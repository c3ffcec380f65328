/**
 * Opens the store a deployment is configured for: an SQLite file by default, PostgreSQL when
 * given a postgres URL. The schema is brought up to date on opening.
 */
import { Migrator } from 'kysely';
import type { MeetingStore } from '../app/ports.js';
import { MinutebookError } from '../domain/errors.js';
import type { Engine } from './engine.js';
import { bodiesSpelled } from './body-spellings.js';
import {
  addApiToken,
  addSession,
  addSetupToken,
  addUser,
  countUsers,
  deleteApiToken,
  deleteSession,
  deleteSessionsOf,
  findSession,
  findUser,
  findUserByLogin,
  isSetupToken,
  listApiTokens,
  listUsers,
  updateUser,
  useApiToken,
} from './accounts.repository.js';
import { findMeeting, findSource, listBodies, listMeetings } from './meeting.repository.js';
import { findPerson, listPeople, peopleOfMeeting } from './people.repository.js';
import {
  documentsOfMeeting,
  findDocument,
  findThread,
  listDocuments,
  listOutcomes,
} from './registers.repository.js';
import { actionsOwnedBy } from './owner-words.js';
import { saveMeetings } from './save-meetings.js';
import { setMeetingState, updateMeeting } from './update-meeting.js';
import { clearAttempts, countAttempt } from './sign-in-attempts.repository.js';
import { appendAudit, listAudit } from './audit.repository.js';
import { dumpDatabase, restoreDatabase } from './backup.js';
import { addComment, findVersion, listComments, listVersions } from './versions.repository.js';
import { revisionReader } from './revision.js';
import {
  addMembership,
  groupParticipation,
  membershipsOf,
  removeMembership,
  setDocumentFlow,
} from './members.repository.js';
import {
  distinctPairs,
  markDistinct,
  matchCandidates,
  merge,
  separate,
  spellingsOf,
} from './merges.repository.js';
import { migrationsFor } from './migrations/index.js';
import { searchEntries } from './search.repository.js';

export interface StoreLocation {
  /** A postgres:// URL, or an SQLite file path (":memory:" for a throwaway database). */
  url: string;
  /** On PostgreSQL, the connections of the pool at most (10 when not given; 2 at least, see exclusively). */
  connections?: number;
}

/** Opens and migrates a store. */
export async function openStore(location: StoreLocation): Promise<MeetingStore> {
  const engine = await openEngine(location);
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

async function openEngine({ url, connections }: StoreLocation): Promise<Engine> {
  if (/^postgres(?:ql)?:\/\//.test(url)) {
    const { openPostgres } = await import('./postgres/postgres.engine.js');
    return openPostgres(url, connections);
  }
  const { openSqlite } = await import('./sqlite/sqlite.engine.js');
  return openSqlite(url);
}

function storeOn(engine: Engine): MeetingStore {
  const revision = revisionReader(() => engine.revision());
  return {
    engine: engine.kind,
    saveMeetings: (records, sources, options) => saveMeetings(engine, records, sources, options),
    updateMeeting: (record, expectedVersion, audit, options) =>
      updateMeeting(engine, record, expectedVersion, audit, options),
    setMeetingState: (id, from, to, audit) => setMeetingState(engine, id, from, to, audit),
    listAudit: (filter) => listAudit(engine.db, filter),
    appendAudit: (entries) => appendAudit(engine.db, entries, new Date().toISOString()),
    countAttempt: (key, now, since) => countAttempt(engine.db, key, now, since),
    clearAttempts: (key) => clearAttempts(engine.db, key),
    listBodies: (scope) => listBodies(engine.db, scope),
    listOutcomes: (filter, scope) => listOutcomes(engine.db, filter, scope),
    actionsOwnedBy: (name, scope, limit) => actionsOwnedBy(engine.db, name, scope, limit),
    listDocuments: (filter, scope) => listDocuments(engine.db, filter, scope),
    getDocument: (id, scope) => findDocument(engine.db, id, scope),
    listPeople: (filter, scope) => listPeople(engine.db, filter, scope),
    getPerson: (id, scope, page) => findPerson(engine.db, id, scope, page),
    documentsOfMeeting: (id, scope) => documentsOfMeeting(engine.db, id, scope),
    peopleOfMeeting: (id, scope) => peopleOfMeeting(engine.db, id, scope),
    revision,
    getMeeting: (id, scope) => findMeeting(engine.db, id, scope),
    listMeetings: (filter, scope) => listMeetings(engine.db, filter, scope),
    search: (query, limit, offset, scope) => searchEntries(engine, query, limit, offset, scope),
    getSource: (meetingId, scope) => findSource(engine.db, meetingId, scope),
    countUsers: () => countUsers(engine.db),
    addSetupToken: (hash, now) => addSetupToken(engine.db, hash, now),
    isSetupToken: (hash) => isSetupToken(engine.db, hash),
    addUser: (user) => addUser(engine.db, user),
    findUser: (id) => findUser(engine.db, id),
    findUserByLogin: (login) => findUserByLogin(engine.db, login),
    listUsers: () => listUsers(engine.db),
    addSession: (session) => addSession(engine.db, session),
    findSession: (tokenHash, now) => findSession(engine.db, tokenHash, now),
    deleteSession: (tokenHash) => deleteSession(engine.db, tokenHash),
    updateUser: (id, change) => updateUser(engine.db, id, change),
    deleteSessionsOf: (userId) => deleteSessionsOf(engine.db, userId),
    addApiToken: (token) => addApiToken(engine.db, token),
    useApiToken: (tokenHash, now) => useApiToken(engine.db, tokenHash, now),
    listApiTokens: (userId) => listApiTokens(engine.db, userId),
    deleteApiToken: (userId, id, audit) => deleteApiToken(engine.db, userId, id, audit),
    getThread: (cite, scope) => findThread(engine.db, cite, scope),
    bodiesSpelled: (spellings) => bodiesSpelled(engine.db, engine, spellings),
    matchCandidates: (kind) => matchCandidates(engine.db, kind),
    distinctPairs: (kind) => distinctPairs(engine.db, kind),
    merge: (kind, fromId, intoId, audit) => merge(engine, kind, fromId, intoId, audit),
    markDistinct: (kind, ids, audit) => markDistinct(engine, kind, ids, audit),
    spellingsOf: (kind, id) => spellingsOf(engine.db, kind, id),
    separate: (kind, key, audit) => separate(engine, kind, key, audit),
    membershipsOf: (id, scope) => membershipsOf(engine.db, id, scope),
    addMembership: (membership, audit) => addMembership(engine, membership, audit),
    removeMembership: (id, audit) => removeMembership(engine, id, audit),
    groupParticipation: (body, scope, latest) => groupParticipation(engine.db, body, scope, latest),
    setDocumentFlow: (body, flow, audit) => setDocumentFlow(engine, body, flow, audit),
    listVersions: (id) => listVersions(engine.db, id),
    getVersion: (id, version) => findVersion(engine.db, id, version),
    addComment: (comment) => addComment(engine.db, comment),
    listComments: (id) => listComments(engine.db, id),
    exclusively: (name, work) => engine.exclusively(name, work),
    analyze: () => engine.analyze(),
    backup: () => dumpDatabase(engine),
    restore: (backup) => restoreDatabase(engine, backup),
    close: () => engine.db.destroy(),
  };
}
