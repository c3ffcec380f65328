/**
 * The body of a summary, after its head: topics with their outcomes, and the attendance.
 * A walk over the outline keeps track of the section it is in (topics, attendance or a part
 * to skip), the current topic and the current attendance group.
 */
import type { OutcomeKind, Warning } from '../../domain/record.js';
import { keyOf } from '../../domain/text.js';
import { AttendanceBook, isGroupHeading, statusOfGroup, type Group } from './attendance.js';
import type { Witness } from './header.js';
import { isNarrative } from './header.js';
import { boldLead, plainText, wholeBold } from './inline.js';
import { labelOf } from './labels.js';
import { readEntry } from './names.js';
import type { Block } from './outline.js';
import { isHeadingText, joinWrapped } from './outline.js';
import { readItem, type ReadOutcome } from './outcomes.js';
import { defaultKindOf, headingIsGroup, headingKind } from './sections.js';
import { readTable } from './tables.js';

export interface OutcomeDraft extends ReadOutcome {
  line: number;
  depth: number;
  /** The item ended with a colon: the items after it complete its sentence. */
  leadIn: boolean;
}

export interface TopicDraft {
  title: string;
  line: number | null;
  outcomes: OutcomeDraft[];
}

export interface Body {
  topics: TopicDraft[];
  book: AttendanceBook;
  warnings: Warning[];
  /** "called to order at …" and "adjourned at …", when the text says so. */
  opened: Witness | null;
  closed: Witness | null;
  cancelled: boolean;
  draft: boolean;
}

export interface BodyContext {
  body: string | null;
  year: number | undefined;
}

const NAME_PARTICLES =
  /^(?:de|van|von|der|den|da|di|du|del|della|dos|das|bin|binti|al|el|la|le|y|e|zu|ter|ten|ibn|abu|of|the|and|for|on)$/;

/** Walks the outline from `start` and returns what the body holds. */
export function readBody(blocks: Block[], start: number, context: BodyContext): Body {
  const book = new AttendanceBook();
  const warnings: Warning[] = [];
  const topics: TopicDraft[] = [];
  const seen = new Map<string, number>();
  const result: Body = { topics, book, warnings, opened: null, closed: null, cancelled: false, draft: false };
  const state = { section: 'topics' as 'topics' | 'attendance' | 'skip' };
  let attendanceLevel = 0;
  let group: Group = { name: null, status: 'present', role: null };
  let container: { title: string; kind: OutcomeKind } | null = null;
  let topic: TopicDraft | null = null;
  let defaultKind: OutcomeKind = 'note';
  let last: OutcomeDraft | null = null;

  const startTopic = (title: string, line: number | null): void => {
    topic = { title: title.replace(/\s*:$/, ''), line, outcomes: [] };
    topics.push(topic);
    defaultKind = defaultKindOf(title, container?.kind ?? 'note');
    last = null;
  };

  const onHeading = (text: string, line: number, level: number, style: string): void => {
    const kind = headingKind(text);
    if (
      state.section === 'attendance' &&
      kind === 'topic' &&
      !(style === 'atx' && level <= attendanceLevel) &&
      style !== 'numbered' &&
      isGroupHeading(text)
    ) {
      group = { name: text.replace(/:$/, ''), status: statusOfGroup(text), role: null };
      return;
    }
    last = null;
    if (kind === 'attendance') {
      state.section = 'attendance';
      attendanceLevel = style === 'atx' ? level : 9;
      group = {
        name: headingIsGroup(text) ? text.replace(/:$/, '') : null,
        status: statusOfGroup(text),
        role: null,
      };
    } else if (kind === 'container') {
      state.section = 'topics';
      container = { title: text, kind: defaultKindOf(text, 'note') };
      defaultKind = container.kind;
      topic = null;
    } else if (kind === 'skip') {
      state.section = 'skip';
    } else {
      state.section = 'topics';
      startTopic(text, line);
    }
  };

  const addOutcome = (written: string, line: number, depth: number, checked: boolean | null): void => {
    if (written.includes(' • ')) {
      written.split(/\s+•\s+/).forEach((piece) => addOutcome(piece, line, depth, checked));
      return;
    }
    noteTimes(written, line);
    const reading = readItem(written, { defaultKind, body: context.body, year: context.year }, checked);
    if (reading.placeholder) {
      warnings.push({
        code: 'placeholder',
        line,
        message: `"${reading.text}" is a placeholder, not an outcome`,
      });
      return;
    }
    const key = keyOf(reading.text);
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.push({
        code: 'duplicate-item',
        line,
        message: `line ${line} repeats line ${first}; it was kept once`,
      });
      return;
    }
    seen.set(key, line);
    if (reading.mislabelled) {
      warnings.push({
        code: 'mislabelled-item',
        line,
        message: `"${reading.text.slice(0, 60)}" is labelled as an action but reads as a question or a status`,
      });
    }
    if (/\p{Ll}[.;][\p{Lu}][\p{Ll}]/u.test(reading.text)) {
      warnings.push({
        code: 'glued-items',
        line,
        message: `line ${line} may hold two items joined by a lost line break`,
      });
    }
    const own =
      reading.verb !== null ||
      reading.ref !== null ||
      reading.motion !== null ||
      reading.kind !== defaultKind;
    const prev = last as OutcomeDraft | null;
    if (prev !== null && !own && ((prev.leadIn && depth >= prev.depth) || depth > prev.depth)) {
      prev.text = prev.leadIn
        ? `${prev.text}${prev.text.endsWith(':') ? ' ' : '; '}${reading.text}`
        : joinWrapped(prev.text, reading.text);
      return;
    }
    if (topic === null) startTopic(container?.title ?? 'General', container === null ? line : null);
    const draft: OutcomeDraft = { ...reading, line, depth, leadIn: reading.text.endsWith(':') };
    topic!.outcomes.push(draft);
    last = draft;
  };

  const noteTimes = (text: string, line: number): void => {
    if (
      result.opened === null &&
      /\b(?:called to order|opened|began|started|commenced|convened)\b.{0,40}?\bat\s+\d/i.test(text)
    ) {
      result.opened = { from: `line ${line}`, text: text.slice(text.search(/\bat\s+\d/i) + 3), line };
    }
    if (result.closed === null && /\b(?:adjourned|closed|ended|concluded)\b.{0,40}?\bat\s+\d/i.test(text)) {
      const at = text.search(/\b(?:adjourned|closed|ended|concluded)\b/i);
      const rest = text.slice(at);
      result.closed = { from: `line ${line}`, text: rest.slice(rest.search(/\bat\s+\d/i) + 3), line };
    }
    if (
      /^(?:this|the) meeting (?:was|has been|is) (?:cancel+ed|called off)/i.test(text) ||
      /^cancel+ed\.?$/i.test(text)
    )
      result.cancelled = true;
  };

  const addEntry = (text: string, line: number): boolean => {
    const parts = readEntry(text);
    if (parts === null || !plausibleEntry(parts.name, parts.kind)) return false;
    return book.add(text, line, group);
  };

  for (let i = start; i < blocks.length; i++) {
    const block = blocks[i]!;
    const nextBlock = nextNonBlank(blocks, i);
    switch (block.type) {
      case 'blank':
      case 'rule':
        break;
      case 'heading':
        onHeading(block.text, block.line, block.level, block.style);
        break;
      case 'label': {
        const { label, value } = block;
        if (label.kind === 'attendance') {
          if (/^https?:\/\//.test(value)) break;
          const labelGroup: Group = {
            name: block.source.replace(/\s*:.*$/, '').replace(/^[*_]+|[*_]+$/g, ''),
            status: label.status,
            role: label.role,
          };
          if (value === '') {
            state.section = 'attendance';
            attendanceLevel = 9;
            group = labelGroup;
          } else {
            const saved = group;
            group = labelGroup;
            book.addList(value, block.line, group);
            group = saved;
          }
        } else if (label.kind === 'topic') {
          state.section = 'topics';
          if (value !== '') startTopic(value, block.line);
        } else if (label.kind === 'outcome') {
          if (state.section === 'attendance') state.section = 'topics';
          if (value === '') defaultKind = label.outcome;
          else addOutcome(block.source.replace(/^[*_]+|[*_]+(?=\s*:)/g, ''), block.line, 0, null);
        } else if (label.kind === 'next-meeting') {
          if (topic === null) startTopic('Next meeting', block.line);
          addOutcome(plainText(block.source), block.line, 0, null);
        } else if (label.kind === 'meta' && label.field === 'status') {
          if (/draft|unapproved/i.test(value)) result.draft = true;
          if (/cancel+ed/i.test(value)) result.cancelled = true;
        }
        break;
      }
      case 'para': {
        if (state.section === 'skip') break;
        const first = block.lines[0]!;
        const single = block.lines.length === 1;
        if (state.section === 'attendance') {
          let k = 0;
          if (isGroupHeading(first.text) && !plausibleEntry(first.text, 'person')) {
            group = { name: first.text.replace(/:$/, ''), status: statusOfGroup(first.text), role: null };
            k = 1;
          } else if (isGroupHeading(first.text) && single && nextBlock?.type === 'para') {
            group = { name: first.text.replace(/:$/, ''), status: statusOfGroup(first.text), role: null };
            break;
          }
          let read = k;
          for (; read < block.lines.length; read++) {
            const line = block.lines[read]!;
            if (!addEntry(line.text, line.n) && !book.addSentence(line.text, line.n)) break;
          }
          if (read === block.lines.length) break;
          if (read === 0 && single && isHeadingText(first.text) && nextBlock !== null) {
            onHeading(first.text, first.n, 9, 'position');
            break;
          }
          state.section = 'topics';
        }
        if (
          single &&
          isHeadingText(first.text) &&
          nextBlock !== null &&
          nextBlock.type !== 'heading' &&
          !isNarrative(block.lines)
        ) {
          onHeading(first.text, first.n, 9, 'position');
          break;
        }
        const text = block.lines.reduce((acc, l) => joinWrapped(acc, l.text), '');
        if (book.addSentence(text, block.line)) break;
        addOutcome(text, block.line, 0, null);
        break;
      }
      case 'item': {
        if (state.section === 'skip') break;
        const bold = wholeBold(block.source);
        if (state.section === 'attendance') {
          if (bold !== null && isGroupHeading(plainText(bold))) {
            group = { name: plainText(bold).replace(/:$/, ''), status: statusOfGroup(bold), role: null };
            break;
          }
          if (addEntry(block.text, block.line) || book.addSentence(block.text, block.line)) break;
          state.section = 'topics';
        }
        const label = labelOf(block.text);
        if (label?.label.kind === 'attendance') {
          book.addList(label.value, block.line, {
            name: label.name,
            status: label.label.status,
            role: label.label.role,
          });
          break;
        }
        if (label?.label.kind === 'topic' && label.value !== '') {
          startTopic(label.value, block.line);
          break;
        }
        const child = nextBlock?.type === 'item' && nextBlock.indent > block.indent;
        if (
          bold !== null ||
          (child &&
            block.text.endsWith(':') &&
            isHeadingText(block.text.slice(0, -1)) &&
            readItem(block.text, { defaultKind, body: context.body, year: context.year }).placeholder ===
              false &&
            !hasOwnWords(block.text, defaultKind, context))
        ) {
          startTopic(plainText(bold ?? block.text), block.line);
          break;
        }
        const lead = boldLead(block.source);
        if (lead !== null && !labelOf(`${lead.lead}:`) && lead.lead.split(/\s+/).length <= 10) {
          startTopic(plainText(lead.lead), block.line);
          addOutcome(plainText(lead.rest), block.line, block.indent + 1, block.checked);
          break;
        }
        addOutcome(block.text, block.line, block.indent, block.checked);
        break;
      }
      case 'table': {
        if (state.section === 'skip') break;
        const table = readTable(block);
        if (table.kind === 'attendance') {
          for (const row of table.entries)
            book.add(row.text, row.line, {
              name: row.group ?? group.name,
              status: row.status ?? 'present',
              role: null,
            });
        } else {
          for (const row of table.rows) addOutcome(row.text, row.line, 0, row.checked);
        }
        break;
      }
    }
  }
  warnings.push(...book.finish());
  return result;
}

function hasOwnWords(text: string, defaultKind: OutcomeKind, context: BodyContext): boolean {
  const reading = readItem(text, { defaultKind, body: context.body, year: context.year });
  return !reading.placeholder && (reading.verb !== null || reading.kind !== defaultKind);
}

function nextNonBlank(blocks: Block[], i: number): Block | null {
  for (let k = i + 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type !== 'blank' && block.type !== 'rule') return block;
  }
  return null;
}

/** Could this be the name of someone (or some office) attending? */
export function plausibleEntry(name: string, kind: 'person' | 'office'): boolean {
  const words = name.trim().split(/\s+/);
  if (name.length > 120 || /[.!?]\s+\p{Lu}/u.test(name) || /[!?]$/.test(name)) return false;
  if (kind === 'office') return words.length <= 14;
  if (words.length > 7) return false;
  return words.every(
    (w) => /^[\p{Lu}‘'’“"(@\p{N}]/u.test(w) || NAME_PARTICLES.test(w.toLowerCase()) || /^\p{Lu}?\.$/u.test(w),
  );
}
