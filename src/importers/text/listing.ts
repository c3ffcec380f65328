/**
 * A page that only lists meetings ("2024-11-20 — Teleconference — Agenda · Minutes") is not a
 * meeting: its lines must not become outcomes. Such a page is mostly list items or table rows
 * that start with a date.
 */
import { findDate } from './dates.js';
import type { Block } from './outline.js';

const DATE_START =
  /^(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/** Is this outline a list of meetings rather than the record of one? */
export function isListOfMeetings(blocks: Block[]): boolean {
  const entries: string[] = [];
  for (const block of blocks) {
    if (block.type === 'item') entries.push(block.text);
    if (block.type === 'table') entries.push(...block.rows.map((r) => r.cells.join(' ')));
  }
  const dated = entries.filter(
    (text) => DATE_START.test(text) && (findDate(text)?.index === 0 || /^\d{4}-\d{2}-\d{2}\b/.test(text)),
  ).length;
  return dated >= 3 && dated >= entries.length * 0.6;
}
