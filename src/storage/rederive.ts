/** Deriving a stored meeting's rows again from its record. */
import type { Transaction } from 'kysely';
import { meetingRecordSchema } from '../domain/record.js';
import type { MeetingState } from '../domain/workflow.js';
import type { Engine } from './engine.js';
import { writeMeetings } from './meeting-rows.js';
import { deleteMeetings } from './save-meetings.js';
import type { Database } from './schema.js';

/**
 * Writes the rows of stored meetings again from their records, as they are, keeping their
 * version and times: after a merge is undone, the rows follow the spellings again.
 */
export async function rederive(trx: Transaction<Database>, engine: Engine, ids: string[]): Promise<void> {
  for (const id of ids) {
    const stored = await trx
      .selectFrom('meetings')
      .select([
        'record',
        'version',
        'created_at',
        'updated_at',
        'example',
        'invented',
        'state',
        'edited_since_read',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
    if (stored === undefined) continue;
    await deleteMeetings(trx, engine, [id]);
    await writeMeetings(
      trx,
      engine,
      [
        {
          record: meetingRecordSchema.parse(JSON.parse(stored.record)),
          result: { id, outcome: 'replaced', version: stored.version },
          createdAt: stored.created_at,
          example: stored.example === 1,
          invented: stored.invented === 1,
          state: stored.state as MeetingState,
          editedSinceRead: stored.edited_since_read === 1,
        },
      ],
      stored.updated_at,
    );
  }
}
