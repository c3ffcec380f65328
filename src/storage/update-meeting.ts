/**
 * Saving an edited meeting over the version the editor started from. Optimistic concurrency:
 * when someone else saved the meeting in between, nothing is written and the caller is told,
 * so no one's change is silently lost.
 */
import type { AuditEntry, SaveResult, UpdateOptions } from '../app/ports.js';
import type { MeetingState } from '../domain/workflow.js';
import { appendAudit } from './audit.repository.js';
import { keepVersions } from './versions.repository.js';
import { MinutebookError } from '../domain/errors.js';
import { meetingRecordSchema, type MeetingRecord } from '../domain/record.js';
import type { Engine } from './engine.js';
import { writeMeetings } from './meeting-rows.js';
import { bumpRevision } from './revision.js';
import { deleteMeetings } from './save-meetings.js';
import { documentsNamedBy, retallyDocuments } from './document-tallies.js';
import { tallyMeetings } from './tallies.js';

/**
 * Saves `record` as the next version of its meeting, if that meeting is still at
 * `expectedVersion`. Its outcome identifiers are stored as given (see domain/ids assignEditIds).
 * An `edit` (of what the meeting's text says, not only a status) before publication is noted:
 * the text the meeting was read from no longer says what will be published.
 */
export async function updateMeeting(
  engine: Engine,
  record: MeetingRecord,
  expectedVersion: number,
  audit: AuditEntry[] = [],
  options: UpdateOptions = {},
): Promise<SaveResult> {
  const id = record.meeting.id;
  if (id === null)
    throw new MinutebookError('invalid-record', 'an edited meeting must keep its identifier', {
      field: 'meeting.id',
    });
  return engine.db.transaction().execute(async (trx) => {
    // Two edits of one version must not both pass the version check below.
    await engine.lockMeeting(trx, id);
    const stored = await trx
      .selectFrom('meetings')
      .select(['record', 'version', 'created_at', 'example', 'invented', 'state', 'edited_since_read'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (stored === undefined) throw new MinutebookError('not-found', `no meeting has the identifier ${id}`);
    if (stored.version !== expectedVersion) {
      throw new MinutebookError(
        'conflict',
        `meeting ${id} was saved by someone else (version ${stored.version}) after you opened version ${expectedVersion}; your changes were not saved`,
        {},
        { currentVersion: stored.version },
      );
    }
    const previous = meetingRecordSchema.parse(JSON.parse(stored.record));
    // Edits keep the link to the summary the meeting was read from.
    const next = { ...record, source: previous.source };
    const now = new Date().toISOString();
    await keepVersions(trx, [id]);
    await deleteMeetings(trx, engine, [id]);
    await bumpRevision(trx);
    const result: SaveResult = { id, outcome: 'replaced', version: stored.version + 1 };
    await writeMeetings(
      trx,
      engine,
      [
        {
          record: next,
          result,
          createdAt: stored.created_at,
          example: stored.example === 1,
          invented: stored.invented === 1,
          state: stored.state as MeetingState,
          editedSinceRead:
            stored.edited_since_read === 1 || (options.edit === true && stored.state !== 'published'),
        },
      ],
      now,
    );
    await appendAudit(trx, audit, now);
    return result;
  });
}

/** Moves a meeting from one workflow state to another, recording who did it; see MeetingStore.setMeetingState. */
export async function setMeetingState(
  engine: Engine,
  id: string,
  from: MeetingState,
  to: MeetingState,
  audit: AuditEntry[],
): Promise<void> {
  await engine.db.transaction().execute(async (trx) => {
    await engine.lockMeeting(trx, id);
    const stored = await trx.selectFrom('meetings').select('state').where('id', '=', id).executeTakeFirst();
    if (stored === undefined) throw new MinutebookError('not-found', `no meeting has the identifier ${id}`);
    if (stored.state !== from) {
      throw new MinutebookError(
        'conflict',
        `meeting ${id} is ${stored.state} now, no longer ${from}; nothing was changed`,
      );
    }
    const now = new Date().toISOString();
    await tallyMeetings(trx, engine, [id], -1);
    await trx.updateTable('meetings').set({ state: to, updated_at: now }).where('id', '=', id).execute();
    await tallyMeetings(trx, engine, [id], 1);
    await retallyDocuments(trx, engine, await documentsNamedBy(trx, engine, [id]));
    await trx.updateTable('search_entries').set({ state: to }).where('meeting_id', '=', id).execute();
    await bumpRevision(trx);
    await appendAudit(trx, audit, now);
  });
}
