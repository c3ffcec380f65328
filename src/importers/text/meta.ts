/**
 * Facts about the meeting outside its title block: labelled lines ("Date: …", "Venue: …"),
 * key/value tables, and "called to order at …" / "adjourned at …".
 */
import type { Block } from './outline.js';
import { labelOf } from './labels.js';
import type { Header, Witness } from './witnesses.js';
import { CANCELLED, isPlace, modeOf, partsOf } from './title-block.js';

/** Does this text say the meeting was cancelled? */
export function saysCancelled(text: string): boolean {
  return /cancel|called off/i.test(text) && CANCELLED_SENTENCE.test(text);
}

const CANCELLED_SENTENCE =
  /\bmeeting\b.{0,160}?\b(?:has been|was|is|will be)\s+(?:cancel+ed|called off)\b|^cancel+ed\.?$/i;
const OPENED = /\b(?:called to order|opened|began|started|commenced|convened)\b\W{0,3}(?:at\s+)?(?=\d)/i;
const CLOSED = /\b(?:adjourned|closed|ended|concluded)\b\W{0,3}(?:at\s+)?(?=\d)/i;

/** Notes "called to order at 3:02 pm" and "adjourned at 4:15 pm" as witnesses of start and end. */
export function noteClock(
  text: string,
  line: number,
  into: { opened: Witness | null; closed: Witness | null },
): void {
  // Both need a clock time, and so a digit.
  if (!/\d/.test(text)) return;
  const opened = OPENED.exec(text);
  if (opened && into.opened === null)
    into.opened = { from: `line ${line}`, text: text.slice(opened.index + opened[0].length), line };
  const closed = CLOSED.exec(text);
  if (closed && into.closed === null)
    into.closed = { from: `line ${line}`, text: text.slice(closed.index + closed[0].length), line };
}

/** Reads a labelled line of the head into the header. */
export function readMeta(block: Extract<Block, { type: 'label' }>, header: Header): void {
  const value = block.value;
  const label = block.label;
  if (label.kind === 'mail') {
    if (label.field === 'subject')
      header.dates.push({ from: 'the mail subject', text: value, line: block.line });
    if (label.field === 'sent') header.dates.push({ from: 'the mail header', text: value, line: block.line });
    return;
  }
  if (label.kind !== 'meta') return;
  switch (label.field) {
    case 'date':
      header.dates.push({ from: `line ${block.line}`, text: value, line: block.line });
      header.times.push({ from: `line ${block.line}`, text: value, line: block.line });
      break;
    case 'time':
      header.times.push({ from: `line ${block.line}`, text: value, line: block.line });
      break;
    case 'venue': {
      // "Wexcombe Manor — in person": the place, and the mode said beside it.
      const place = partsOf(value, block.line).filter((p) => modeOf(p.text) === null || isPlace(p.text));
      header.venue = header.venue ?? (place.map((p) => p.text).join(', ') || null);
      if (header.mode === null) header.mode = modeOf(value);
      break;
    }
    case 'status':
      if (/draft|unapproved|not approved/i.test(value)) header.publication = 'draft';
      if (CANCELLED.test(value)) header.cancelled = true;
      break;
    case 'title':
      header.title = header.title ?? (value || null);
      header.dates.push({ from: 'the meeting title', text: value, line: block.line });
      break;
    case 'body':
      header.body = header.body ?? (value || null);
      break;
    case 'mode':
      header.mode = header.mode ?? modeOf(value);
      break;
  }
}

// A two-column table of labels and values ("| Date | 10 December 2024 |") before the first section.
export function readMetaTable(block: Extract<Block, { type: 'table' }>, header: Header): boolean {
  const rows = [{ n: block.line, cells: block.header }, ...block.rows].filter((r) =>
    r.cells.some((c) => c !== ''),
  );
  const labelled = rows.map((r) => ({
    row: r,
    label: labelOf(`${r.cells[0] ?? ''}: ${r.cells.slice(1).join(' ')}`),
  }));
  if (labelled.filter((x) => x.label?.label.kind === 'meta').length < Math.max(1, rows.length / 2))
    return false;
  for (const { row, label } of labelled) {
    if (label?.label.kind === 'meta')
      readMeta({ type: 'label', line: row.n, label: label.label, value: label.value, source: '' }, header);
  }
  return true;
}
