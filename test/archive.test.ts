// The archive the scale benchmark generates: the same every time, valid records, and shaped as promised.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { archiveBodies, archiveMeetings, type ArchiveMeeting } from '../bench/archive.js';
import { meetingId } from '../src/domain/ids.js';
import { ROOT } from './support/example.js';

function first(count: number, seed?: number): ArchiveMeeting[] {
  const taken: ArchiveMeeting[] = [];
  for (const meeting of archiveMeetings(seed)) {
    taken.push(meeting);
    if (taken.length === count) break;
  }
  return taken;
}

describe('bench/archive.ts', () => {
  it('gives the same archive for the same seed, and another for another seed', () => {
    assert.deepEqual(first(50), first(50));
    assert.notDeepEqual(first(50, 2), first(50));
  });

  it('makes records the interchange schema accepts', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'interchange.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const { record } of first(100))
      assert.ok(validate(JSON.parse(JSON.stringify(record))), JSON.stringify(validate.errors));
  });

  it('names each meeting once, over 200 bodies, with people recurring and some meetings unpublished', () => {
    assert.equal(new Set(archiveBodies().map((b) => meetingId(b.name, null, '2000-01-01'))).size, 200);
    const meetings = first(2000);
    const ids = meetings.map(({ record: { meeting: m } }) => meetingId(m.body, m.title, m.date));
    assert.equal(new Set(ids).size, ids.length);
    const unpublished = meetings.filter((m) => m.state !== 'published').length / meetings.length;
    assert.ok(unpublished > 0.04 && unpublished < 0.1, `unpublished share ${unpublished}`);
    const attendances = meetings.flatMap((m) => m.record.attendance.map((a) => a.name));
    assert.ok(new Set(attendances).size < attendances.length / 5, 'people come back');
  });
});
