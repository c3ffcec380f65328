/**
 * Use cases of a meeting's versions and of the comments on its circulated draft. Before
 * publication, both are as confidential as the draft: someone who may read only what is
 * published sees the published versions, and no comment.
 */
import { MinutebookError } from '../domain/errors.js';
import { recordDifferences, type Difference } from '../domain/differences.js';
import type { MeetingRecord } from '../domain/record.js';
import { authorize, seesDraftsOfMeeting, type Actor } from './access.js';
import { meetingById } from './meetings.js';
import type { CommentEntry, MeetingStore, StoredMeeting, VersionListing } from './ports.js';

/** The longest comment taken. */
export const COMMENT_MAX = 4000;

async function visibleMeeting(
  store: MeetingStore,
  actor: Actor,
  id: string,
): Promise<{ stored: StoredMeeting; seesDrafts: boolean }> {
  const stored = await meetingById(store, actor, id);
  return { stored, seesDrafts: seesDraftsOfMeeting(actor, stored.record) };
}

/** A meeting's versions the actor may see, newest first. */
export async function meetingVersions(
  store: MeetingStore,
  actor: Actor,
  id: string,
): Promise<VersionListing[]> {
  const { seesDrafts } = await visibleMeeting(store, actor, id);
  const versions = await store.listVersions(id);
  return seesDrafts ? versions : versions.filter((v) => v.state === 'published');
}

/** One version of a meeting, and what the next version changed in it (nothing for the current one). */
export async function meetingVersion(
  store: MeetingStore,
  actor: Actor,
  id: string,
  version: number,
): Promise<{ record: MeetingRecord; listing: VersionListing; changedNext: Difference[] }> {
  const { stored } = await visibleMeeting(store, actor, id);
  const versions = await meetingVersions(store, actor, id);
  const listing = versions.find((v) => v.version === version);
  if (listing === undefined)
    throw new MinutebookError('not-found', `meeting ${id} has no version ${version}`);
  const record = listing.current ? stored.record : await store.getVersion(id, version);
  if (record === null) throw new MinutebookError('not-found', `meeting ${id} has no version ${version}`);
  const next = listing.current
    ? null
    : version + 1 === stored.version
      ? stored.record
      : await store.getVersion(id, version + 1);
  return { record, listing, changedNext: next === null ? [] : recordDifferences(record, next) };
}

/** The comments on a meeting, for those who see its deliberation; none for anyone else. */
export async function meetingComments(
  store: MeetingStore,
  actor: Actor,
  id: string,
): Promise<CommentEntry[]> {
  const { seesDrafts } = await visibleMeeting(store, actor, id);
  return seesDrafts ? store.listComments(id) : [];
}

/** Whether the actor may comment on the meeting now: it is circulated, and they see its deliberation. */
export function mayComment(actor: Actor, stored: StoredMeeting): boolean {
  return actor !== null && stored.state === 'circulated' && seesDraftsOfMeeting(actor, stored.record);
}

/** Comments on a circulated draft, on the version now circulated. */
export async function commentOn(
  store: MeetingStore,
  actor: Actor,
  id: string,
  text: string,
): Promise<CommentEntry> {
  if (actor === null) authorize(actor, 'record');
  const { stored } = await visibleMeeting(store, actor, id);
  if (!mayComment(actor, stored)) {
    throw new MinutebookError(
      'forbidden',
      stored.state === 'circulated'
        ? 'your account may not comment on this summary'
        : 'comments are made on a circulated draft',
    );
  }
  const words = text.trim();
  if (words === '')
    throw new MinutebookError('invalid-argument', 'a comment needs some words', { field: 'text' });
  if (words.length > COMMENT_MAX)
    throw new MinutebookError('invalid-argument', `a comment has at most ${COMMENT_MAX} characters`, {
      field: 'text',
    });
  const comment = await store.addComment({
    meetingId: id,
    version: stored.version,
    authorId: actor!.id,
    author: actor!.name,
    text: words,
  });
  await store.appendAudit([
    { actor, action: 'comment', subject: id, detail: { version: stored.version, comment: comment.id } },
  ]);
  return comment;
}
