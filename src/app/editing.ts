/**
 * Use cases of recording meetings by hand: start a new meeting of a body from the people who
 * attended its last one, create it, and save edits without overwriting anyone else's.
 */
import { MinutebookError } from '../domain/errors.js';
import { assignEditIds, meetingId, numberOutcomes, parseCite } from '../domain/ids.js';
import {
  meetingRecordSchema,
  outcomesOf,
  type ActionStatus,
  type Attendance,
  type MeetingRecord,
} from '../domain/record.js';
import { authorize, maySetActionStatus, type Actor } from './access.js';
import { recordDifferences } from '../domain/differences.js';
import { bodySlug } from '../domain/text.js';
import { carryAlong, openActionsToReview } from './follow.js';
import { meetingById } from './meetings.js';
import { EVERYTHING, type MeetingStore, type SaveResult } from './ports.js';

/**
 * Checks a record that came from a form or the API; the error names the first wrong field.
 * A document an outcome names joins the meeting's documents when it is not listed yet.
 */
export function validRecord(value: unknown): MeetingRecord {
  const parsed = meetingRecordSchema.safeParse(withPlaceholderIds(value));
  if (parsed.success) return withNamedDocuments(parsed.data);
  const issue = parsed.error.issues[0]!;
  const field = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  throw new MinutebookError('invalid-record', issue.message, { field });
}

/**
 * A new outcome may come without an identifier; it takes the placeholder d0, a0 or n0, which no
 * stored outcome has, so that assignEditIds or numberOutcomes gives it the next number.
 */
function withPlaceholderIds(value: unknown): unknown {
  if (!isObject(value) || !Array.isArray(value.topics)) return value;
  const topics = value.topics.map((topic: unknown) => {
    if (!isObject(topic) || !Array.isArray(topic.outcomes)) return topic;
    const outcomes = topic.outcomes.map((o: unknown) => {
      if (!isObject(o) || (o.id !== undefined && o.id !== null && o.id !== '')) return o;
      const prefix = o.kind === 'decision' ? 'd' : o.kind === 'action' ? 'a' : 'n';
      return { ...o, id: `${prefix}0` };
    });
    return { ...topic, outcomes };
  });
  return { ...value, topics };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withNamedDocuments(record: MeetingRecord): MeetingRecord {
  const listed = new Set(record.documents.map((d) => d.title));
  const missing = [...new Set(outcomesOf(record).flatMap(({ outcome }) => outcome.documents))].filter(
    (title) => !listed.has(title),
  );
  if (missing.length === 0) return record;
  return {
    ...record,
    documents: [
      ...record.documents,
      ...missing.map((title) => ({ title, state: null, author: null, line: null })),
    ],
  };
}

/** A new, unsaved meeting of a body on a date, its attendance started from the body's last meeting. */
export async function newMeetingDraft(
  store: MeetingStore,
  actor: Actor,
  body: string,
  date: string | null,
  reviewTitle: string | null = null,
): Promise<MeetingRecord> {
  authorize(actor, 'record');
  const { meetings } = await store.listMeetings({ body, limit: 1, offset: 0 }, EVERYTHING);
  const last = meetings[0] === undefined ? null : await store.getMeeting(meetings[0].id, EVERYTHING);
  const name = last?.record.meeting.body ?? body;
  const review = last === null ? [] : await openActionsToReview(store, bodySlug(name), date);
  const attendance = expectedAttendance(last?.record.attendance ?? []);
  return numberOutcomes({
    format: 'minutebook/1',
    meeting: {
      id: meetingId(name, null, date),
      body: name,
      title: last?.record.meeting.title ?? null,
      mode: last?.record.meeting.mode ?? null,
      date,
      endDate: null,
      start: null,
      end: null,
      dateText: null,
      timeText: null,
      venue: null,
      purpose: null,
      status: 'held',
      publication: null,
      line: null,
    },
    // The meeting starts by reviewing the body's open actions, each continuing its action.
    topics:
      review.length === 0 || reviewTitle === null
        ? []
        : [{ title: reviewTitle, line: null, outcomes: review }],
    attendance,
    documents: [],
    warnings: [],
    source: null,
  });
}

/**
 * Who is expected at a body's next meeting: everyone listed at its last, as present, with their
 * honorific and role. Who sent regrets or was absent is expected among the members, the first
 * group of those present, not in a group that only said they were not there.
 */
function expectedAttendance(last: Attendance[]): Attendance[] {
  const notThere = new Set(
    [...new Set(last.map((a) => a.group))].filter((group) =>
      last.every((a) => a.group !== group || a.status !== 'present'),
    ),
  );
  const members = last.find((a) => a.status === 'present')?.group ?? null;
  return last.map((a) => ({
    ...a,
    group: notThere.has(a.group) ? members : a.group,
    status: 'present',
    remote: null,
    note: null,
    line: null,
  }));
}

/** Creates a meeting recorded by hand; refuses one that would take an existing meeting's place. */
export async function createMeeting(store: MeetingStore, actor: Actor, value: unknown): Promise<SaveResult> {
  authorize(actor, 'record');
  const record = numberOutcomes(validRecord(value));
  if (record.meeting.body === null || record.meeting.body.trim() === '') {
    throw new MinutebookError('invalid-record', 'a meeting needs the body that met', {
      field: 'meeting.body',
    });
  }
  const id = meetingId(record.meeting.body, record.meeting.title, record.meeting.date);
  const existing = await store.getMeeting(id, EVERYTHING);
  if (existing !== null && (existing.record.meeting.title ?? '') === (record.meeting.title ?? '')) {
    throw new MinutebookError(
      'conflict',
      `a meeting of ${record.meeting.body} on ${record.meeting.date ?? 'that date'} already exists (${id})`,
    );
  }
  const saved = { ...record, meeting: { ...record.meeting, id } };
  const [result] = await store.saveMeetings([saved], [], {
    state: 'draft',
    audit: [{ actor, action: 'create', subject: id, detail: { state: 'draft' } }],
  });
  // A draft's statuses reach earlier meetings when it is published, not before.
  return result!;
}

/**
 * Saves an edited meeting over the version the editor opened; a later save by someone else wins
 * and this one is refused. A published meeting is corrected, not edited: the reason for the
 * correction is required, and kept in the audit trail with what changed.
 */
export async function saveEdit(
  store: MeetingStore,
  actor: Actor,
  value: unknown,
  version: number,
  reason: string | null = null,
): Promise<SaveResult> {
  authorize(actor, 'record');
  const edited = validRecord(value);
  const id = edited.meeting.id;
  if (id === null)
    throw new MinutebookError('invalid-record', 'an edited meeting must keep its identifier', {
      field: 'meeting.id',
    });
  const stored = await store.getMeeting(id, EVERYTHING);
  if (stored === null) throw new MinutebookError('not-found', `no meeting has the identifier ${id}`);
  const why = reason?.trim() || null;
  if (stored.state === 'published' && why === null) {
    throw new MinutebookError(
      'invalid-argument',
      'a published summary is corrected with the reason for the correction',
      {
        field: 'reason',
      },
    );
  }
  const next = assignEditIds(stored.record, edited);
  const differences = recordDifferences(stored.record, next);
  const result = await store.updateMeeting(
    next,
    version,
    [
      {
        actor,
        action: stored.state === 'published' ? 'correct' : 'edit',
        subject: id,
        reason: why,
        detail: { version, differences },
      },
    ],
    { edit: true },
  );
  // A correction of a published meeting is public at once, and so are the statuses it gives.
  if (stored.state === 'published') await carryAlong(store, actor, next);
  return result;
}

/**
 * Sets the status of one action (igf-lp/2024-11-01#a1) on the meeting as it is stored now. Only
 * that field changes, so no one's edit is overwritten; a save that lands in between is still
 * caught as a conflict.
 */
export async function setActionStatus(
  store: MeetingStore,
  actor: Actor,
  cite: string,
  status: ActionStatus,
): Promise<SaveResult> {
  const { meetingId: id, outcomeId } = parseCite(cite);
  const stored = await meetingById(store, actor, id);
  const outcome = outcomesOf(stored.record).find((o) => o.outcome.id === outcomeId)?.outcome;
  if (outcome === undefined)
    throw new MinutebookError('not-found', `meeting ${id} has no outcome ${outcomeId ?? ''}`);
  if (outcome.kind !== 'action')
    throw new MinutebookError(
      'invalid-argument',
      `${cite} is a ${outcome.kind}; only actions have a status`,
      { field: 'status' },
    );
  // The secretariat, or the person the action is for.
  if (!maySetActionStatus(actor, outcome.owner)) authorize(actor, 'record');
  if (outcome.status === status) return { id, outcome: 'unchanged', version: stored.version };
  const record: MeetingRecord = {
    ...stored.record,
    topics: stored.record.topics.map((t) => ({
      ...t,
      outcomes: t.outcomes.map((o) => (o.id === outcomeId ? { ...o, status } : o)),
    })),
  };
  return store.updateMeeting(record, stored.version, [
    {
      actor,
      action: 'status',
      subject: id,
      detail: { outcome: outcomeId, before: outcome.status, after: status },
    },
  ]);
}
