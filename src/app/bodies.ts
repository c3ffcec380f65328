/**
 * One body written several ways stays one body. When a summary names its body in a way no
 * known body is named, the bodies the reader may see with a name like it are proposed (first a
 * body this spelling was confirmed to be before); the person reviewing the import confirms one,
 * and the spelling is remembered with the save, so that the next summary written so is put
 * under that body at once.
 */
import { MinutebookError } from '../domain/errors.js';
import { meetingId } from '../domain/ids.js';
import { sameBodyLikely } from '../domain/matching.js';
import type { MeetingRecord } from '../domain/record.js';
import { bodySlug } from '../domain/text.js';
import { scopeOf, type Actor } from './access.js';
import type { MeetingStore } from './ports.js';

/** How many bodies are proposed for one spelling, most likely first. */
const PROPOSED = 3;

/** The known bodies, by name, that a body written so may be; none when it is one already. */
export async function proposeBodies(
  store: MeetingStore,
  actor: Actor,
  written: string | null,
): Promise<string[]> {
  if (written === null || written.trim() === '') return [];
  const bodies = await store.listBodies(scopeOf(actor));
  const slug = bodySlug(written);
  if (bodies.some((b) => b.slug === slug)) return [];
  const confirmed = (await store.bodiesSpelled([written])).get(written);
  const visible = new Set(bodies.map((b) => b.name));
  const like = bodies.filter((b) => sameBodyLikely(written, b.name)).map((b) => b.name);
  const names = confirmed !== undefined && visible.has(confirmed) ? [confirmed, ...like] : like;
  return [...new Set(names)].slice(0, PROPOSED);
}

/**
 * Puts each record whose reviewer confirmed its body to be a known one (`chosen[i]`, a body's
 * name) under that body, and returns the spellings to remember. A body the reviewer may not
 * see is refused, naming the field.
 */
export async function confirmBodies(
  store: MeetingStore,
  actor: Actor,
  records: MeetingRecord[],
  chosen: Array<string | null>,
): Promise<Array<{ written: string; body: string }>> {
  if (!chosen.some((name) => name !== null && name !== '')) return [];
  const visible = new Set((await store.listBodies(scopeOf(actor))).map((b) => b.name));
  const spellings: Array<{ written: string; body: string }> = [];
  records.forEach((record, i) => {
    const name = chosen[i];
    const written = record.meeting.body;
    if (name === null || name === undefined || name === '' || written === null || name === written) return;
    if (!visible.has(name))
      throw new MinutebookError('invalid-argument', `there is no body named “${name}”`, {
        field: `records[${i}].sameBody`,
      });
    spellings.push({ written, body: name });
    record.meeting.body = name;
    record.meeting.id = meetingId(name, record.meeting.title, record.meeting.date);
  });
  return spellings;
}

/** Puts records whose body is a spelling confirmed before under the body it was confirmed to be. */
export async function applyBodySpellings(
  store: MeetingStore,
  actor: Actor,
  records: MeetingRecord[],
): Promise<void> {
  const written = [...new Set(records.flatMap((r) => (r.meeting.body === null ? [] : [r.meeting.body])))];
  if (written.length === 0) return;
  const spelled = await store.bodiesSpelled(written);
  if (spelled.size === 0) return;
  const visible = new Set((await store.listBodies(scopeOf(actor))).map((b) => b.name));
  for (const record of records) {
    const name = record.meeting.body === null ? undefined : spelled.get(record.meeting.body);
    if (name === undefined || !visible.has(name)) continue;
    record.meeting.body = name;
    record.meeting.id = meetingId(name, record.meeting.title, record.meeting.date);
  }
}
