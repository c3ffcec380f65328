/**
 * Proposals that two spellings are one person, or two titles one document, and what a person
 * answers: merge them (everywhere, remembered for later imports) or keep them apart (not
 * proposed again). Only the secretariat sees proposals and answers them: a merge changes every
 * meeting that names either.
 */
import { MinutebookError } from '../domain/errors.js';
import {
  nameLikeness,
  nameWords,
  pairKey,
  PROPOSAL_THRESHOLD,
  titleLikeness,
  titleWords,
} from '../domain/matching.js';
import { authorize, type Actor } from './access.js';
import type { MatchCandidate, MatchProposal, MergeKind, MeetingStore } from './ports.js';

// A word shared by this many titles says nothing about which of them are one.
const COMMON_WORD = 200;

/** Every proposal of a kind, most confident first; or only those involving `only`. */
export async function proposeMatches(
  store: MeetingStore,
  actor: Actor,
  kind: MergeKind,
  only?: number,
): Promise<MatchProposal[]> {
  authorize(actor, 'record');
  const [candidates, distinct] = await Promise.all([store.matchCandidates(kind), store.distinctPairs(kind)]);
  const likeness = kind === 'person' ? nameLikeness : titleLikeness;
  const proposals: MatchProposal[] = [];
  for (const [a, b] of pairsToCompare(kind, candidates)) {
    if (only !== undefined && a.id !== only && b.id !== only) continue;
    if (distinct.has(pairKey(a.key, b.key))) continue;
    const confidence = likeness(a.name, b.name);
    if (confidence < PROPOSAL_THRESHOLD) continue;
    // The spelling used more often is offered as the one to keep.
    const [keep, other] = b.uses > a.uses || (b.uses === a.uses && b.id < a.id) ? [b, a] : [a, b];
    proposals.push({
      kind,
      confidence,
      a: { id: keep.id, name: keep.name, uses: keep.uses },
      b: { id: other.id, name: other.name, uses: other.uses },
    });
  }
  return proposals.sort(
    (x, y) =>
      y.confidence - x.confidence || x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name),
  );
}

// Pairs that could match: people of the same kind and family name; documents of the same body
// sharing a word that matters.
function* pairsToCompare(
  kind: MergeKind,
  candidates: MatchCandidate[],
): Generator<[MatchCandidate, MatchCandidate]> {
  const buckets = new Map<string, MatchCandidate[]>();
  for (const c of candidates) {
    const words = kind === 'person' ? [nameWords(c.name).at(-1) ?? ''] : [...titleWords(c.name)];
    for (const word of words) {
      const key = `${c.group} ${word}`;
      const bucket = buckets.get(key) ?? [];
      bucket.push(c);
      buckets.set(key, bucket);
    }
  }
  const seen = new Set<string>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > COMMON_WORD) continue;
    for (let i = 0; i < bucket.length; i++)
      for (let j = i + 1; j < bucket.length; j++) {
        const key = `${bucket[i]!.id} ${bucket[j]!.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        yield [bucket[i]!, bucket[j]!];
      }
  }
}

/** Spellings proposed as one, joined through the proposals: each group, most named first. */
export interface MatchGroup {
  kind: MergeKind;
  members: Array<{ id: number; name: string; uses: number }>;
}

/**
 * The proposals joined into groups: "Vint Cerf" alike "V. Cerf" and "Vinton G. Cerf" is one
 * group of three, to be merged at once rather than pair by pair.
 */
export function matchGroups(proposals: MatchProposal[]): MatchGroup[] {
  const parent = new Map<number, number>();
  const root = (id: number): number => {
    let r = id;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const members = new Map<number, MatchGroup['members'][number]>();
  for (const p of proposals) {
    for (const side of [p.a, p.b]) if (!parent.has(side.id)) parent.set(side.id, side.id);
    members.set(p.a.id, p.a);
    members.set(p.b.id, p.b);
    parent.set(root(p.b.id), root(p.a.id));
  }
  const groups = new Map<number, MatchGroup['members']>();
  for (const member of members.values()) {
    const group = groups.get(root(member.id)) ?? [];
    group.push(member);
    groups.set(root(member.id), group);
  }
  const kind = proposals[0]?.kind ?? 'person';
  return [...groups.values()].map((group) => ({
    kind,
    members: group.sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name)),
  }));
}

/** Merges each of `fromIds` into `intoId`, the spelling kept: a group confirmed at once. */
export async function mergeGroup(
  store: MeetingStore,
  actor: Actor,
  kind: MergeKind,
  intoId: number,
  fromIds: number[],
): Promise<void> {
  authorize(actor, 'record');
  const from = fromIds.filter((id) => id !== intoId);
  if (from.length === 0)
    throw new MinutebookError('invalid-argument', 'check at least one spelling to merge into the one kept', {
      field: 'from',
    });
  for (const id of from) await mergeMatch(store, actor, kind, id, intoId);
}

/** Merges `fromId` into `intoId` (the one whose spelling is kept). */
export async function mergeMatch(
  store: MeetingStore,
  actor: Actor,
  kind: MergeKind,
  fromId: number,
  intoId: number,
): Promise<void> {
  authorize(actor, 'record');
  if (!isStoredId(fromId) || !isStoredId(intoId))
    throw new MinutebookError('invalid-argument', 'give the numbers of the two to merge', { field: 'from' });
  await store.merge(kind, fromId, intoId, {
    actor,
    action: `merge-${kind}`,
    subject: String(intoId),
    detail: null,
  });
}

/** Whether a number can name a stored person or document: a whole number a database column holds. */
function isStoredId(id: number): boolean {
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647;
}

/** Records that two are different, so that they are not proposed again. */
export async function keepApart(
  store: MeetingStore,
  actor: Actor,
  kind: MergeKind,
  a: number,
  b: number,
): Promise<void> {
  authorize(actor, 'record');
  if (!isStoredId(a) || !isStoredId(b))
    throw new MinutebookError('invalid-argument', 'give the numbers of the two to keep apart', {
      field: 'a',
    });
  if (a === b)
    throw new MinutebookError('invalid-argument', `a ${kind} is always the same as itself`, { field: 'b' });
  await store.markDistinct(kind, [a, b], {
    actor,
    action: `distinct-${kind}`,
    subject: `${a} ${b}`,
    detail: null,
  });
}

/** The spellings (or titles) merged into a person (or document): only the secretariat sees them. */
export async function spellingsOf(store: MeetingStore, actor: Actor, kind: MergeKind, id: number) {
  authorize(actor, 'record');
  return store.spellingsOf(kind, id);
}

/** Undoes the merge of one spelling, which is then its own again and kept apart. */
export async function separateSpelling(
  store: MeetingStore,
  actor: Actor,
  kind: MergeKind,
  key: string,
): Promise<void> {
  authorize(actor, 'record');
  if (key.trim() === '')
    throw new MinutebookError('invalid-argument', 'name the spelling to separate', { field: 'key' });
  await store.separate(kind, key, { actor, action: `separate-${kind}`, subject: key, detail: null });
}
