import { openStore } from '/work/main/src/storage/store.ts';
import { loadExampleIfEmpty } from '/work/main/src/app/example.ts';
import { readExampleSeries } from '/work/main/src/cli/example.command.ts';
import { proposeMatches } from '/work/main/src/app/matching.ts';
import { membershipsOf } from '/work/main/src/app/members.ts';
import { LOCAL_OPERATOR } from '/work/main/src/app/access.ts';
import { EVERYTHING } from '/work/main/src/app/ports.ts';
const store = await openStore({ url: ':memory:' });
await loadExampleIfEmpty(store, await readExampleSeries());
const { documents } = await store.listDocuments({ limit: 50, offset: 0 }, EVERYTHING);
for (const d of documents) console.log(d.id, d.title, d.state, d.outcomes);
const doc = await store.getDocument(
  documents.find((d) => d.title === 'IGF LP Strategic Outlook')!.id,
  EVERYTHING,
);
console.log(JSON.stringify(doc!.history));
const a = await store.getDocument(
  documents.find((d) => d.title === 'IGF LP Approach to WSIS+20')!.id,
  EVERYTHING,
);
console.log(JSON.stringify(a!.history));
console.log(await proposeMatches(store, LOCAL_OPERATOR, 'person'));
console.log(await proposeMatches(store, LOCAL_OPERATOR, 'document'));
const people = await store.matchCandidates('person');
const t = people.find((p) => p.name === 'Takuo Imagawa')!;
console.log(JSON.stringify(await membershipsOf(store, LOCAL_OPERATOR, t.id)));
console.log(JSON.stringify(await store.getThread('igf-lp/2024-11-01#a2', EVERYTHING)).slice(0, 600));
const m = await store.getMeeting('igf-lp/2024-11-01', EVERYTHING);
console.log(
  m!.record.topics
    .flatMap((t) => t.outcomes)
    .map((o) => o.id + ':' + o.status)
    .join(' '),
);
console.log(JSON.stringify(await store.groupParticipation('igf-lp', EVERYTHING)).slice(0, 500));
