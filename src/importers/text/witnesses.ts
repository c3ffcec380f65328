/**
 * The facts the head of a summary gives about the meeting, each with the texts that witness it
 * (the title block, labelled lines, front matter, the opening paragraph), and how far each kind
 * of witness is trusted when they disagree.
 */
import type { Meeting, Warning } from '../../domain/record.js';

export interface Witness {
  /** Where the fact was read, for messages: "the title block", "the front matter". */
  from: string;
  text: string;
  line: number | null;
}

/** What the head says about the meeting, as far as it has been read. */
export interface Header {
  /** Index of the first block after the head. */
  next: number;
  body: string | null;
  title: string | null;
  /** Texts that may hold the date and time, most trusted first. */
  dates: Witness[];
  times: Witness[];
  /** "Called to order at …" / "Adjourned: …" when the head says so. */
  opened: Witness | null;
  closed: Witness | null;
  mode: Meeting['mode'];
  venue: string | null;
  purpose: string | null;
  /** The blocks the purpose was read from, in order. */
  purposeBlocks: number[];
  publication: Meeting['publication'];
  cancelled: boolean;
  line: number | null;
  warnings: Warning[];
}

/** A blog post's front matter dates the post, which is often days or months after the meeting. */
export const POST_DATE = 'the post date in the front matter';

/** A sentence of the opening paragraph saying when the meeting was held. */
export const HELD = 'the sentence saying when the meeting was held';

const TRUST = [
  HELD,
  'the title block',
  'line',
  'the meeting title',
  'the front matter',
  'the mail subject',
  'the mail header',
  'the opening paragraph',
  POST_DATE,
];

// The title block is what readers see; labelled lines and metadata come next; prose last.
export function trust(witness: Witness): number {
  const rank = TRUST.findIndex((from) => witness.from.startsWith(from));
  return rank === -1 ? TRUST.length : rank;
}
