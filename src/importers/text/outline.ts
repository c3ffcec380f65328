/**
 * Lines to an outline: headings, list items, labelled lines, paragraphs and tables, each with
 * the line it starts on. Only syntax is decided here; what a block means (a topic, an
 * attendance group, a decision) is decided by the readers that walk the outline.
 */
import { pieceCount } from '../../domain/text.js';
import { plainText, wholeBold } from './inline.js';
import { labelOf, type Label } from './labels.js';

export interface SourceLine {
  /** 1-based line number in the source. */
  n: number;
  /** The line as written, with spaces normalized and trailing space removed. */
  raw: string;
}

export interface TextLine {
  n: number;
  /** Plain text (inline Markdown removed). */
  text: string;
  /** The line as written, trimmed, for emphasis and marker checks. */
  source: string;
  /** The line was indented: where lines are otherwise flush, it goes on from the one above. */
  indented?: boolean;
}

export type HeadingStyle = 'atx' | 'setext' | 'bold' | 'numbered' | 'caps';

export type Block =
  | { type: 'heading'; line: number; text: string; level: number; style: HeadingStyle; number: string | null }
  | {
      type: 'item';
      line: number;
      indent: number;
      marker: string;
      checked: boolean | null;
      text: string;
      source: string;
      lines: TextLine[];
    }
  | { type: 'label'; line: number; label: Label; value: string; source: string }
  | { type: 'para'; line: number; lines: TextLine[] }
  | { type: 'table'; line: number; header: string[]; rows: Array<{ n: number; cells: string[] }> }
  | { type: 'blank'; line: number }
  | { type: 'rule'; line: number };

const BULLET =
  /^(\s*)([-*+•·▪◦‣●○■□➢►–]|\d{1,3}[.)](?!\d)|[a-z][.)]|[A-Z]\)|\([a-z0-9]{1,3}\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])(?:\s+|(?=\*\*))(.*)$/;
const BULLET_START = /^(?:[-*+•·▪◦‣●○■□➢►–(\d]|[a-zA-Z][.)]|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
// AsciiDoc, as some repositories keep their minutes: "== Section", "** nested item", ". numbered item".
const ASCIIDOC_HEADING = /^(={1,6})\s+(\S.*)$/;
const ASCIIDOC_ITEM = /^(\*{2,5}|\.{1,2})\s+(\S.*)$/;
const ORG_HEADING = /^\*{2,4} +[^*\s]/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const DOTTED_HEADING = /^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.{0,100})$/;
// "Agenda item 3.1: …", and "Agenda item 22/23: …" as some bodies number items by year.
const ITEM_HEADING = /^\s*(?:agenda\s+)?item\s+(\d{1,3}(?:\.\d{1,3})*)(?:\/\d{1,3})?\s*[:.\-–—]?\s*(.+)$/i;
// Two words at least: "23 Yes" under a show of hands is a count.
const PLAIN_NUMBER_HEADING = /^(\d{1,2})\s+(\p{Lu}[^.!?\s]*\s+[^.!?]{2,100})$/u;
const PARAGRAPH_NUMBER = /^\d{1,2}(?:\.\d{1,3})+\.?\s+(?=\p{Lu})/u;
const ROMAN_HEADING = /^(?=[IVX])(X{0,3}(?:IX|IV|V?I{0,3}))\.\s+(\p{Lu}.{0,100})$/u;
const FUSED_NUMBER_HEADING = /^\s*(\d{1,2})\.([A-Z][A-Z &/'’-]{2,}):?\s*(.*)$/;
const IMAGE_ONLY = /^(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$/;
const CHECKBOX = /^\[([ xX])\]\s+/;

const STAMP_ONLY = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s+\[[^\]\s]{1,40}\]\s*$/;
const STAMP_BEFORE = /^\[(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+)?\d{1,2}:\d{2}(?::\d{2})?\]\s+/i;
const JOINED = /^\*\s+\S+\s.*\bhas (?:joined|quit|left)\b/;

/** Builds the outline of the given lines. */
export function outline(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let para: Extract<Block, { type: 'para' }> | null = null;
  let item: Extract<Block, { type: 'item' }> | null = null;
  let table: Extract<Block, { type: 'table' }> | null = null;
  const close = (): void => {
    para = null;
    item = null;
    table = null;
  };

  // Inside an HTML comment over several lines: nothing a reader of the page sees.
  let comment = false;
  for (let i = 0; i < lines.length; i++) {
    const { n } = lines[i]!;
    let raw = lines[i]!.raw;
    // "> The minutes … are approved": a quotation's marks are no part of its text.
    // "### :bust_in_silhouette: Participants", ":writing_hand: **Scribe:** Ana": emoji, as
    // shortcodes or as characters, before a heading's or a field's words say nothing.
    const opening = raw.charCodeAt(raw.search(/[^\s#]|$/));
    if (opening === 58 || opening >= 0x2000) raw = withoutLeadingEmoji(raw);
    const c0 = raw.charCodeAt(0);
    if ((c0 === 62 || (c0 === 32 && raw.includes('>'))) && /^\s{0,3}>/.test(raw))
      raw = raw.replace(/^(?:\s{0,3}>)+ ?/, '');
    if (comment || (raw.includes('<!--') && /^\s*<!--/.test(raw) && !raw.includes('-->'))) {
      comment = !raw.includes('-->');
      blocks.push({ type: 'blank', line: n });
      close();
      continue;
    }
    // An IRC log's time stamps: "15:04:07 [cpn]" alone on its line (what was said is on the next
    // one), "[Tue 11:22:46] " before what was said, and who joined or left.
    const stamped = raw.includes(':');
    if (stamped && raw.length < 80 && STAMP_ONLY.test(raw)) continue;
    // "1\\. Present: …": a number a converter escaped so that it would not start a list.
    if (raw.charCodeAt(1) === 92 || raw.charCodeAt(2) === 92 || raw.charCodeAt(3) === 92)
      raw = raw.replace(/^(\s*\d{1,3})\\([.)])/, '$1$2');
    if (stamped && raw.charCodeAt(0) === 91 && STAMP_BEFORE.test(raw)) {
      raw = raw.replace(STAMP_BEFORE, '');
      if (JOINED.test(raw)) continue;
      // "* elf-pavlik roger!": what someone did in the channel, said as theirs, not a list item.
      raw = raw.replace(/^\*\s+(\S+)\s+/, '<$1> ');
    }
    // A definition list ("Present" over ": Ana Ruiz, Tomas Berg"), as scribe tools write the
    // attendance: one labelled line.
    const definition = lines[i + 1]?.raw;
    if (definition !== undefined && definition.startsWith(': ') && raw.length <= 40 && !raw.includes(':')) {
      raw = `${raw.trim()}: ${definition.slice(2).trim()}`;
      i++;
    }
    // Minutes that keep who acts in a column at the right ("… in question.<tabs>Clerk").
    if (raw.includes('\t\t') || raw.includes('      ')) raw = markActionColumn(raw);
    const trimmed = raw.trim();
    // An HTML comment alone on its line ("<!--more-->") is nothing a reader sees.
    if (trimmed.startsWith('<!--') && trimmed.endsWith('-->')) continue;
    if (trimmed === '') {
      blocks.push({ type: 'blank', line: n });
      close();
      continue;
    }
    // The first character says which of the tests below can match at all.
    const first = trimmed[0]!;
    // A picture alone on its line ("![Harbour logo](logo.png)", linked or not) says nothing.
    if ((first === '!' || first === '[') && IMAGE_ONLY.test(trimmed)) {
      close();
      continue;
    }
    const next = lines[i + 1]?.raw ?? '';
    const underline = next.trimStart()[0];
    if (
      (underline === '=' || underline === '-') &&
      para === null &&
      item === null &&
      SETEXT.test(next) &&
      !BULLET.test(raw) &&
      first !== '|'
    ) {
      blocks.push(heading(n, plainText(trimmed), next.trim()[0] === '=' ? 1 : 2, 'setext', null));
      i++;
      close();
      continue;
    }
    if ((first === '-' || first === '*' || first === '_') && RULE.test(raw)) {
      blocks.push({ type: 'rule', line: n });
      close();
      continue;
    }
    // "** Review outstanding actions" alone between blank lines: a heading, as Emacs's Org
    // mode writes them; AsciiDoc's "** item" stands among the items of its list.
    if (
      first === '*' &&
      raw[0] === '*' &&
      ORG_HEADING.test(raw) &&
      !lines[i - 1]?.raw.trim() &&
      !lines[i + 1]?.raw.trim()
    ) {
      const stars = raw.indexOf(' ');
      blocks.push(heading(n, plainText(raw.slice(stars).trim()), stars, 'atx', null));
      close();
      continue;
    }
    const adocItem = first === '.' || first === '*' ? ASCIIDOC_ITEM.exec(trimmed) : null;
    if (adocItem) {
      const marker = adocItem[1]!;
      item = itemOf(n, (marker.length - 1) * 2, marker[0] === '.' ? '1.' : '*', null, adocItem[2]!);
      blocks.push(item);
      para = null;
      continue;
    }
    const atx = first === '#' ? ATX.exec(raw) : first === '=' ? ASCIIDOC_HEADING.exec(trimmed) : null;
    if (atx) {
      // "### Meeting Date/Time: Friday 3 April 2020", "### Moderator: Hudson Jay": a field set
      // as a heading.
      const field = atx[2]!.includes(':') ? headingField(plainText(atx[2]!)) : null;
      if (field !== null) {
        blocks.push({
          type: 'label',
          line: n,
          label: field.label,
          value: field.value,
          source: atx[2]!.trim(),
        });
        close();
        continue;
      }
      const numbered = stripNumber(atx[2]!);
      blocks.push(heading(n, plainText(numbered.text), atx[1]!.length, 'atx', numbered.number));
      close();
      continue;
    }
    if (trimmed === '|===') {
      // An AsciiDoc table; the attribute line over it ("[cols=\"3,2,1\"]") gives its columns.
      const last = blocks.at(-1);
      const attributes =
        last?.type === 'para' && last.lines.length === 1 && /^\[.*\]$/.test(last.lines[0]!.source)
          ? last.lines[0]!.source
          : null;
      if (attributes !== null) blocks.pop();
      const read = asciidocTable(lines, i, attributes);
      blocks.push(read.table);
      i = read.end;
      close();
      continue;
    }
    // "Country | Name | Role" without the outer pipes: a table when the lines around it have
    // as many cells ("Portugal | Ana Ruiz | Chair").
    const bare = first !== '|' && trimmed.includes(' | ') && (table !== null || bareRows(lines, i) >= 3);
    if ((first === '|' && trimmed.length > 1) || bare) {
      const cells = splitRow(trimmed);
      if (cells.every((c) => /^:?-{2,}:?$/.test(c))) continue;
      if (table === null) {
        table = { type: 'table', line: n, header: cells, rows: [] };
        blocks.push(table);
        para = null;
        item = null;
      } else {
        table.rows.push({ n, cells });
      }
      continue;
    }
    table = null;
    const bullet = BULLET_START.test(trimmed) ? BULLET.exec(raw) : null;
    if (bullet && bullet[3]!.trim() !== '') {
      let content = bullet[3]!.trim();
      let checked: boolean | null = null;
      const box = CHECKBOX.exec(content);
      if (box) {
        checked = box[1] !== ' ';
        content = content.slice(box[0].length);
      }
      item = itemOf(n, bullet[1]!.length, bullet[2]!, checked, content);
      blocks.push(item);
      para = null;
      continue;
    }
    const current: TextLine = { n, text: plainText(trimmed), source: trimmed };
    // "3.2 The Group agreed …": a report's paragraph number, not part of what it says.
    if (para === null && item === null && first >= '1' && first <= '9') {
      const numbered = PARAGRAPH_NUMBER.exec(current.text);
      if (numbered !== null && numbered[0].length < current.text.length - 40)
        current.text = current.text.slice(numbered[0].length);
    }
    if (first !== raw[0]) current.indented = true;
    if (
      item !== null &&
      !(titlesNext(item, current.text) && raw.search(/\S/) <= item.indent) &&
      !endsShort(item, raw, current.text) &&
      !(raw.search(/\S/) < item.indent && (labelOf(current.text) !== null || FIELD_ALONE.test(current.text)))
    ) {
      // A line right under a list item belongs to it (a hard-wrapped or lazy continuation),
      // unless the item is an agenda heading in capitals ("1. PUBLIC COMMENT"), or a label
      // left of the item's marker starts the next field ("  1. Kerri to …" then "Present:").
      item.lines.push(current);
      item.text = joinWrapped(item.text, current.text);
      continue;
    }
    const previous = blocks.at(-1);
    if (previous?.type === 'label' && /,$/.test(previous.value) && para === null) {
      // "Present: A, B, C," wrapped onto the next line.
      previous.value = `${previous.value} ${current.text}`;
      continue;
    }
    const label = labelOf(current.text) ?? numberedAttendance(current.text);
    // A label's value wrapped onto the next line, which is no label of its own.
    if (
      previous?.type === 'label' &&
      para === null &&
      label === null &&
      // "ACTION: Kerri to collaborate on issue" wrapped onto an indented "tags/labels for sorting".
      ((previous.value !== '' && current.indented === true) ||
        // "Motion: that the minutes are a true and accurate record of the previous" hard-wrapped
        // onto "Annual General Meeting": a long line that stops mid-sentence goes on below.
        (previous.label.kind === 'outcome' &&
          previous.source.length >= 60 &&
          /[\p{L}\d,]$/u.test(previous.value)))
    ) {
      previous.value = joinWrapped(previous.value, current.text);
      previous.source = joinWrapped(previous.source, current.source);
      continue;
    }
    if (
      previous?.type === 'label' &&
      previous.label.kind === 'attendance' &&
      para === null &&
      label === null &&
      previous.value.includes(',') &&
      current.text.includes(',') &&
      !/[.:]$/.test(current.text)
    ) {
      // "Present: A, B, Paula" wrapped mid-name onto "Andrea Martinez, C, D".
      previous.value = `${previous.value} ${current.text}`;
      continue;
    }
    // Labels other than mail headers start a block of their own even inside a paragraph, so
    // that "RESOLUTION: …" in the middle of scribe notes is not lost in the discussion.
    if (label && (para === null || label.label.kind !== 'mail')) {
      blocks.push({ type: 'label', line: n, label: label.label, value: label.value, source: trimmed });
      para = null;
      item = null;
      continue;
    }
    if (item !== null) item = null;
    // A text copied without blank lines gives a paragraph a line: a line longer than any
    // hard-wrapped one, ended by a sentence's stop, ends its paragraph when the next is as long.
    if (para !== null && current.text.length > UNWRAPPED && /[.!?]$/.test(para.lines.at(-1)!.text)) {
      const last = para.lines.at(-1)!.text;
      if (last.length > UNWRAPPED) para = null;
    }
    const numbered = para === null && /^[\dIiAaVX]/.test(first) ? numberedHeading(trimmed) : null;
    if (numbered) {
      blocks.push(numbered(n));
      continue;
    }
    if (para === null && isCaps(current.text) && lines[i + 1]?.raw.trim()) {
      // "ROLL CALL" over its first line of text: a heading in capitals.
      blocks.push(heading(n, current.text, 2, 'caps', null));
      continue;
    }
    // "[Outcome Document]" alone on its line over a list, as a page's section titles were
    // copied: a heading. "[End of minutes]" over a rule is none.
    const bracketed = para === null && first === '[' ? BRACKETED_HEADING.exec(trimmed) : null;
    if (
      bracketed !== null &&
      LIST_NEXT.test(lines.slice(i + 1, i + 4).find((l) => l.raw.trim() !== '')?.raw ?? '')
    ) {
      blocks.push(heading(n, bracketed[1]!.trim(), 3, 'bold', null));
      continue;
    }
    if (para === null) {
      const bold = first === '*' || first === '_' ? wholeBold(trimmed) : null;
      // A whole sentence in bold ("**Voting: I move to approve …**", "**Chairs will request
      // an early review.**") is said, not a heading.
      if (
        bold !== null &&
        pieceCount(bold, 14) <= 14 &&
        !BOLD_SENTENCE.test(bold) &&
        !BOLD_OUTCOME.test(bold)
      ) {
        // "**2. Presentations**" numbers its topic as a numbered heading does, for "2.1" below.
        const numbered = stripNumber(plainText(bold).replace(/:$/, ''));
        // "**TSC Question**:" under a Markdown heading: a field of the item, below any heading.
        const field = /:\s*$/.test(trimmed) && blocks.some((b) => b.type === 'heading' && b.style === 'atx');
        blocks.push(heading(n, numbered.text, field ? 7 : 3, 'bold', numbered.number));
        continue;
      }
      para = { type: 'para', line: n, lines: [] };
      blocks.push(para);
    }
    para.lines.push(current);
    // A paragraph of HTML ends with its tag, whatever follows on the next line.
    if (trimmed.endsWith('</p>') || trimmed.endsWith('</li>')) para = null;
  }
  return continueNumbering(blocks.map(promoteNumberedHeading));
}

/**
 * "3. Review of the draft (section 5 of" between the agenda's headings "2." and "4.": items
 * that go on with the numbering of the agenda's items, up to the next of its headings, are
 * items of the agenda too, however their words or their want of notes made them look like a
 * list. A list numbered anew under a heading ("1.", "2." under "3. Finances") stays a list.
 */
function continueNumbering(blocks: Block[]): Block[] {
  const numbered: Array<{ i: number; n: number; heading: boolean }> = [];
  blocks.forEach((block, i) => {
    const n = agendaNumberOf(block);
    if (n !== null) numbered.push({ i, n, heading: block.type === 'heading' });
  });
  for (let k = 0; k < numbered.length; k++) {
    if (numbered[k]!.heading) continue;
    // The items from here to the next heading, numbered on from the heading before (or from 1).
    let end = k;
    while (end < numbered.length && !numbered[end]!.heading) end++;
    const before = numbered[k - 1];
    const run = numbered.slice(k, end);
    const next = numbered[end];
    if (
      before !== undefined &&
      next !== undefined &&
      run.every((e, j) => e.n === before.n + 1 + j) &&
      next.n > run.at(-1)!.n
    ) {
      for (const { i, n } of run) {
        const item = blocks[i]!;
        // "2. Apologies were received from …" is read with the attendance it goes on with.
        if (item.type === 'item' && !TELLS_ATTENDANCE.test(item.text))
          blocks[i] = heading(item.line, item.text, 2, 'numbered', String(n));
      }
    }
    k = end;
  }
  return blocks;
}

const TELLS_ATTENDANCE = /\b(?:apologies|regrets|absent|present|attending|attended)\b/i;

// The number of an agenda's item: a numbered heading's of one part, or a list item's at the margin.
function agendaNumberOf(block: Block): number | null {
  if (block.type === 'heading')
    return block.style === 'numbered' && /^\d{1,2}$/.test(block.number ?? '') ? Number(block.number) : null;
  if (block.type !== 'item' || block.indent > 1) return null;
  const marker = /^(\d{1,2})[.)]$/.exec(block.marker);
  return marker === null ? null : Number(marker[1]);
}

/** The field a heading sets ("Moderator: Hudson Jay", "Notes: Pooja Rao"), if it sets one. */
function headingField(text: string): ReturnType<typeof labelOf> {
  const field = labelOf(text);
  if (field === null || field.value === '') return null;
  if (field.label.kind === 'meta' || field.label.kind === 'attendance') return field;
  // "Notes: Pooja Rao": who took the notes.
  if (
    field.label.kind === 'outcome' &&
    /^notes?$/i.test(field.name) &&
    /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(field.value)
  )
    return {
      label: { kind: 'attendance', status: 'present', group: field.name, role: 'Scribe', remote: null },
      value: field.value,
      name: field.name,
    };
  return null;
}

function heading(
  line: number,
  text: string,
  level: number,
  style: HeadingStyle,
  number: string | null,
): Block {
  // "## [Title](…) - " over the presenter's name on the next line: the dash leads nowhere.
  return { type: 'heading', line, text: text.replace(/\s*:$|\s+[-–—]$/, ''), level, style, number };
}

// A title in brackets: two words at least, capitalised, with no link after it and no colon.
const BRACKETED_HEADING = /^\[\s*(\p{Lu}[^[\]:]{2,80}?\s[^[\]:]{1,80}?)\s*\]$/u;

// A list item: a bullet or a number at the start of the line.
const LIST_NEXT = /^\s*(?:[-*+•·▪◦]|\d{1,2}[.)])\s/;

// Four words at least, and the stop that ends a sentence.
// Longer than any line a person or a tool wraps text at.
const UNWRAPPED = 160;
const BOLD_SENTENCE = /^(?:\S+\s+){3,}\S*[^\s.]\.$/;
// "**Action - LG to update profile**": an outcome marked by its label, set in bold, no heading.
const BOLD_OUTCOME = /^(?:action|decision|resolution|resolved|agreed)\s*[:\-–—]\s*\S/i;

// A field's name alone on its line, over its value indented below ("Organizer:", "Audio:").
const FIELD_ALONE = /^\p{Lu}[\p{L} ]{1,28}:$/u;

// "1. Present: Miss Richardson, Mrs. Fisher": the attendance as an agenda's first item.
function numberedAttendance(text: string): ReturnType<typeof labelOf> {
  const numbered = /^\d{1,2}[.)]\s+/.exec(text);
  if (numbered === null) return null;
  const label = labelOf(text.slice(numbered[0].length));
  return label?.label.kind === 'attendance' && label.value !== '' ? label : null;
}

// A day before its month ("10 June 2024 …", "3. März"): a date, not an item's number.
// A month's name or its abbreviation, whole: "2. Declarations of Interest" names no December.
const DAY_OF_MONTH =
  /^\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mär(?:z)?|mai|okt(?:ober)?|dez(?:ember)?|janv(?:ier)?|févr(?:ier)?|avr(?:il)?|juil(?:let)?|août|déc(?:embre)?)(?![a-zäéû])/i;

function stripNumber(written: string): { text: string; number: string | null } {
  // "8\\. A.O.B.": a number a converter escaped so that it would not start a list.
  const text =
    written.charCodeAt(1) === 92 || written.charCodeAt(2) === 92
      ? written.replace(/^(\d{1,3})\\([.)])/, '$1$2')
      : written;
  if (DAY_OF_MONTH.test(text)) return { text, number: null };
  const match =
    /^(\d{1,3}(?:\.\d{1,3})*)(?:\s+[.)]\s*|[.)]?\s+)(\S.*)$/.exec(text) ??
    /^(?:agenda\s+)?item\s+(\d{1,3}(?:\.\d{1,3})*)(?:\/\d{1,3})?\s*[:.\-–—]?\s*(.+)$/i.exec(text);
  if (match) return { text: match[2]!, number: match[1]! };
  // A German agenda's "TOP 4." and its sub-item "TOP 4a." (Tagesordnungspunkt).
  const top = /^TOP\s+(\d{1,2})([a-z])?[.:)]?\s+(\S.*)$/.exec(text);
  if (top) return { text: top[3]!, number: top[2] === undefined ? top[1]! : `${top[1]!}.${top[2]}` };
  return { text, number: null };
}

function numberedHeading(trimmed: string): ((n: number) => Block) | null {
  const item = ITEM_HEADING.exec(trimmed);
  if (item) return (n) => heading(n, plainText(item[2]!), 2, 'numbered', item[1]!);
  const fused = FUSED_NUMBER_HEADING.exec(trimmed);
  if (fused) {
    const title = plainText(fused[2]!).replace(/\s*:$/, '');
    return (n) => heading(n, title, 2, 'numbered', fused[1]!);
  }
  // "II. Workshop evaluation process": a section numbered in Roman numerals, as UN reports are.
  const roman = trimmed.charCodeAt(0) < 96 ? ROMAN_HEADING.exec(trimmed) : null;
  if (roman && isHeadingText(plainText(roman[2]!)))
    return (n) => heading(n, plainText(roman[2]!), 2, 'numbered', roman[1]!);
  // "2 Adoption of the agenda": a section numbered without a stop, as ITU and UN reports are.
  const plain = PLAIN_NUMBER_HEADING.exec(trimmed);
  if (plain && !DAY_OF_MONTH.test(trimmed) && isHeadingText(plainText(plain[2]!)))
    return (n) => heading(n, plainText(plain[2]!), 2, 'numbered', plain[1]!);
  const dotted = DOTTED_HEADING.exec(trimmed);
  if (dotted && isHeadingText(plainText(dotted[2]!))) {
    return (n) => heading(n, plainText(dotted[2]!), dotted[1]!.split('.').length + 1, 'numbered', dotted[1]!);
  }
  return null;
}

// "1. Minutes" over "The minutes of …": a numbered agenda heading, not a list item going on.
/**
 * Whether a line at the list's margin after a short item starts anew: "- Next call" over
 * "11 January 2016" in a text without blank lines. A hard-wrapped item's line is long, or stops
 * on a word that joins it to the next.
 */
function endsShort(item: Extract<Block, { type: 'item' }>, raw: string, next: string): boolean {
  if (raw.search(/\S/) > item.indent) return false;
  const last = item.lines.at(-1)!.source;
  return (
    last.length < 45 &&
    /^[\p{Lu}\d]/u.test(next) &&
    !/[,;:(\-–]$|\b(?:and|or|of|the|to|a|an|in|for|with|by)$/i.test(last)
  );
}

function titlesNext(item: Extract<Block, { type: 'item' }>, next: string): boolean {
  if (isCaps(item.text)) return true;
  return (
    /^\d/.test(item.marker) &&
    item.text.length <= 60 &&
    isHeadingText(item.text) &&
    /^[\p{Lu}\d]/u.test(next) &&
    !/\b(?:the|a|an|of|to|and|or|for|in|on|with|by|that|at)$/i.test(item.text)
  );
}

/** A short line in capitals ("ROLL CALL", "DATE OF NEXT MEETING"). */
export function isCaps(text: string): boolean {
  if (/\p{Ll}/u.test(text.slice(0, 12))) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 3 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase() &&
    isHeadingText(text) &&
    !/:\s*\S/.test(text)
  );
}

/** Short, unpunctuated text that can stand as a heading. */
export function isHeadingText(written: string): boolean {
  // The fields an item carries at its end ("[owner: Clerk; status: open]") are no part of a title.
  const text = written.endsWith(']') ? written.replace(FIELDS_AT_END, '') : written;
  if (text.length > 100 || '.;,!?'.includes(text.at(-1) ?? ' ') || !/^[\p{Lu}\p{N}‘“"@]/u.test(text))
    return false;
  // "… put any items you wish discussed up at": a sentence cut short, not a heading.
  if (/\s(?:the|a|an|of|to|and|or|for|with|by|that|at|from)$/i.test(text)) return false;
  // "Fumiko: can we publish?" is someone speaking, not a heading.
  if (/^[\p{L}\d_.-]{1,30}:\s+\p{Ll}/u.test(text)) return false;
  // "The actions from this discussion were as follows:" leads into a list; it titles nothing.
  if (/\b(?:as follows|the following)\s*:$/i.test(text)) return false;
  // "Details are below and in the activity report:": a sentence that leads into a list.
  if (text.endsWith(':') && /\s(?:is|are|was|were|will|has|have|had)\s/i.test(text)) return false;
  return pieceCount(text, 14) <= 14;
}

const FIELDS_AT_END = /\s*\[(?:continues|owner|due|status)\s*:[^\]]*\]$/i;

// "1. Welcome" followed by its own content is an agenda heading, not a list item.
function promoteNumberedHeading(block: Block, index: number, blocks: Block[]): Block {
  if (block.type !== 'item' || !/^\d{1,3}[.)]$/.test(block.marker) || block.lines.length > 1) return block;
  if (block.indent > 1 || !isHeadingText(block.text) || /^(\*\*|__)/.test(block.source)) return block;
  let next = blocks[index + 1];
  for (let k = index + 2; next?.type === 'blank'; k++) next = blocks[k];
  const number = block.marker.slice(0, -1);
  // "3. Administrivia" over "3.1 Approval of minutes": the section its sub-sections belong to.
  // Not inside a list of such items ("2. …" just above): there it is one item of an agenda.
  let previous = blocks[index - 1];
  for (let k = index - 2; previous?.type === 'blank'; k--) previous = blocks[k];
  const listed = previous?.type === 'item' && /^\d/.test(previous.marker) && previous.indent === block.indent;
  const parent = !listed && next?.type === 'heading' && next.number?.startsWith(`${number}.`) === true;
  if (next === undefined || (next.type === 'heading' && !parent)) return block;
  if (next.type === 'item' && next.indent <= block.indent && /^\d/.test(next.marker)) return block;
  return heading(block.line, block.text, 2, 'numbered', number);
}

// A list item of one line: its marker, how deep it stands, and its text as written.
function itemOf(
  n: number,
  indent: number,
  marker: string,
  checked: boolean | null,
  source: string,
): Extract<Block, { type: 'item' }> {
  const text = plainText(source);
  return { type: 'item', line: n, indent, marker, checked, text, source, lines: [{ n, text, source }] };
}

/**
 * The AsciiDoc table whose opening "|===" is at `start`: each cell begins with "|", one or
 * several to a line, and a line without one goes on with the cell before it; a row is as many
 * cells as the table has columns, which the attribute line gives ("[cols=\"3,2,1\"]",
 * "[cols=3*]") or else the first line's cells. Its first row is its header. Returns the table
 * and the index of its closing line.
 */
function asciidocTable(
  lines: readonly SourceLine[],
  start: number,
  attributes: string | null,
): { table: Extract<Block, { type: 'table' }>; end: number } {
  const cells: Array<{ n: number; text: string }> = [];
  let firstLine: number | null = null;
  let end = start + 1;
  for (; end < lines.length; end++) {
    const { n, raw } = lines[end]!;
    const trimmed = raw.trim();
    if (trimmed === '|===') break;
    if (trimmed === '') continue;
    if (trimmed.startsWith('|')) {
      const parts = trimmed.slice(1).split(/(?<!\\)\|/);
      firstLine ??= parts.length;
      for (const part of parts) cells.push({ n, text: part.trim() });
    } else if (cells.length > 0) {
      const cell = cells[cells.length - 1]!;
      cell.text = joinWrapped(cell.text, trimmed);
    }
  }
  const spec = /cols\s*=\s*"?(\d+)\*|cols\s*=\s*"([^"]*)"/.exec(attributes ?? '');
  const columns = Math.max(
    1,
    spec === null ? (firstLine ?? 1) : spec[1] !== undefined ? Number(spec[1]) : spec[2]!.split(',').length,
  );
  const rows: Array<{ n: number; cells: string[] }> = [];
  for (let k = 0; k < cells.length; k += columns) {
    const row = cells.slice(k, k + columns);
    rows.push({ n: row[0]!.n, cells: row.map((c) => plainText(c.text)) });
  }
  const header = rows.shift() ?? { n: lines[start]!.n, cells: [] };
  return { table: { type: 'table', line: header.n, header: header.cells, rows }, end };
}

// How many lines from `at` on hold the same number of " | " as the line at `at`, two at least.
function bareRows(lines: readonly SourceLine[], at: number): number {
  const count = (raw: string): number => raw.split(' | ').length - 1;
  const cells = count(lines[at]!.raw);
  if (cells < 2) return 0;
  let rows = 1;
  while (at + rows < lines.length && rows < 3) {
    const next = lines[at + rows]!.raw;
    if (/^\s*:?-{2,}:?(?:\s*\|\s*:?-{2,}:?)+\s*$/.test(next)) {
      rows++;
      continue;
    }
    if (count(next) !== cells || next.trim().startsWith('|')) break;
    rows++;
  }
  return rows;
}

function splitRow(row: string): string[] {
  return row
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => plainText(cell.trim()));
}

// A sentence's end, a wide gap of tabs or spaces, and a short name or office standing alone at
// the right, perhaps in emphasis: "… the damaged fencing.<tabs><em>Cllr. H. Gwynne</em></p>",
// "… in question.<tabs>*Clerk*".
const ACTION_COLUMN =
  /([.!?)])(?:\t{2,}| {6,}|\t+ {2,}| {2,}\t+)[\t ]*(?:<(?:em|i|b|strong)>|\*{1,2}|_{1,2})?[\t ]*(\p{Lu}[\p{L}.’' /&-]{1,58}?)[\t ]*(?:<\/(?:em|i|b|strong)>|\*{1,2}|_{1,2})?[\t ]*((?:<\/(?:p|li|td)>)?)[\t ]*$/u;

// What the right column says when no one acts: "Noted", "Done", "Agreed".
const COLUMN_STATUS =
  /^(?:noted|done|completed?|received|agreed|approved|resolved|info(?:rmation)?|n\/?a|tbc|tbd|closed|open|pending|ongoing|carried|deferred|action|none)\.?$/i;

/**
 * A line whose right column names who acts is that person's action: the name is written as the
 * owner field the Markdown export uses ("[owner: Clerk; status: open]").
 */
function markActionColumn(raw: string): string {
  const m = ACTION_COLUMN.exec(raw);
  if (m === null || m[2]!.trim().split(/\s+/).length > 6 || COLUMN_STATUS.test(m[2]!.trim())) return raw;
  return `${raw.slice(0, m.index)}${m[1]} [owner: ${m[2]!.trim()}; status: open]${m[3]}`;
}

/** Joins a wrapped line to the text before it, mending words hyphenated at the break. */
export function joinWrapped(before: string, after: string): string {
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  // A link broken across lines: "…/docs/version" + "ing-guidelines/2024".
  if (/\bhttps?:\/\/\S*[\w/-]$/.test(before) && /^[\w%/.-]+(?:\s|$)/.test(after) && !/^\p{Lu}/u.test(after))
    return before + after;
  return before === '' ? after : `${before} ${after}`;
}

/** Is this short first line the heading of the paragraph under it (a plain-text heading)? */
export function headsParagraph(first: string, second: string): boolean {
  if (
    first.length > 60 ||
    !isHeadingText(first) ||
    /\b(?:the|a|an|of|to|and|or|for|in|on|with|by|that|at)$/i.test(first)
  )
    return false;
  return /^[\p{Lu}\d]/u.test(second) && second.length > first.length;
}

/** The next block that is not blank or a rule. */
export function nextNonBlank(blocks: Block[], i: number): Block | null {
  for (let k = i + 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type !== 'blank' && block.type !== 'rule') return block;
  }
  return null;
}

const LEADING_EMOJI =
  /^(\s*(?:#{1,6}\s+)?)(?:(?::[a-z0-9_+-]*[a-z][a-z0-9_+-]*:|\p{Extended_Pictographic}\uFE0F?)\s*)+(?=\S)/u;

function withoutLeadingEmoji(raw: string): string {
  return raw.replace(LEADING_EMOJI, '$1');
}
