/**
 * A text that is HTML rather than Markdown (minutes a scribe tool wrote as a page, a page kept in
 * a repository under a .md name, a council's minutes copied with their markup) read as the lines
 * the text importer understands. parse5 parses the markup as a browser would; its elements become
 * the Markdown they stand for: headings as headings, paragraphs apart, list items as items, a
 * definition list's term as the label of its definitions ("Present: …"), table rows as pipe rows,
 * bold and italics kept as emphasis, links as Markdown links. Scripts, styles, forms, buttons and
 * navigation show nothing. Each line keeps the number of the source line its text starts on.
 */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { SourceLine } from './outline.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// A line that opens with an element that makes a block of a page.
const BLOCK_TAG =
  /^\s*<\/?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|section|article|header|footer|main|blockquote|pre|br|hr)\b[^>]*>/i;

// Nothing of these is text a reader sees.
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'svg',
  'iframe',
  'object',
]);

const HEADING = /^h([1-6])$/;
const WIDE_GAP = /^[^\n]*(?:\t|[ \u00a0]{3})[^\n]*$/;
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'blockquote',
  'body',
  'html',
  'center',
  'figure',
  'details',
  'summary',
  'fieldset',
]);

/**
 * Whether a text is HTML: at least five of its lines, and a third of those that hold anything,
 * open with an element that makes a block. A Markdown file with a few tags in it stays Markdown.
 */
export function isHtmlText(text: string, lines: SourceLine[]): boolean {
  if (!text.includes('</')) return false;
  let filled = 0;
  let tagged = 0;
  for (const line of lines) {
    if (line.raw.trim() === '') continue;
    filled += 1;
    if (line.raw.includes('<') && BLOCK_TAG.test(line.raw)) tagged += 1;
  }
  return tagged >= 5 && tagged * 3 >= filled;
}

/** The lines of an HTML text as Markdown, each numbered by the source line it comes from. */
export function htmlLines(html: string, firstLine = 1): SourceLine[] {
  const writer = new LineWriter(firstLine - 1);
  const root = parseFragment(html, { sourceCodeLocationInfo: true });
  for (const node of root.childNodes) writer.node(node, 0);
  writer.paragraphEnd();
  return writer.lines;
}

const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot']);

// Deeper than this, an element's text is taken whole.
const MAX_NESTING = 200;

/** The text under an element, walked without recursion; hidden elements show nothing. */
function textContent(root: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterMap['textNode']).value);
    else if (isElement(node) && !HIDDEN.has(node.tagName))
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return parts.join(' ');
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function lineOf(node: Node, offset: number): number | null {
  const at = (node as { sourceCodeLocation?: { startLine: number } | null }).sourceCodeLocation;
  return at == null ? null : at.startLine + offset;
}

/** Builds lines: inline text gathers into the current line until a block ends it. */
class LineWriter {
  readonly lines: SourceLine[] = [];
  private text = '';
  private n: number | null = null;
  private prefix = '';

  constructor(
    private readonly offset: number,
    private nesting = 0,
  ) {}

  node(node: Node, depth: number): void {
    if (node.nodeName === '#text') {
      this.add((node as DefaultTreeAdapterMap['textNode']).value, lineOf(node, this.offset));
      return;
    }
    if (!isElement(node) || HIDDEN.has(node.tagName)) return;
    // Elements nested deeper than any page nests them are read for their text alone, without
    // going deeper for each: no markup can exhaust the stack.
    if (this.nesting >= MAX_NESTING) {
      this.add(textContent(node), lineOf(node, this.offset));
      return;
    }
    this.nesting += 1;
    try {
      this.element(node, depth);
    } finally {
      this.nesting -= 1;
    }
  }

  private element(node: Element, depth: number): void {
    const tag = node.tagName;
    const heading = HEADING.exec(tag);
    if (heading !== null) {
      this.block(`${'#'.repeat(Number(heading[1]))} `, () => this.inline(node, depth), node);
    } else if (tag === 'p' || tag === 'pre' || tag === 'address' || tag === 'caption') {
      this.block('', () => this.children(node, depth), node);
    } else if (tag === 'br') {
      this.lineEnd();
    } else if (tag === 'hr') {
      this.paragraphEnd();
      this.push('---', lineOf(node, this.offset));
      this.blank();
    } else if (tag === 'ul' || tag === 'ol') {
      this.list(node, depth);
    } else if (tag === 'dl') {
      this.definitions(node, depth);
    } else if (tag === 'table') {
      this.table(node);
    } else if (tag === 'title') {
      this.block('# ', () => this.children(node, depth), node);
    } else if (CONTAINERS.has(tag) || tag === 'li' || tag === 'dd' || tag === 'dt') {
      this.paragraphEnd();
      this.children(node, depth);
      this.paragraphEnd();
    } else {
      this.inline(node, depth);
    }
  }

  private children(node: Element, depth: number): void {
    for (const child of node.childNodes) this.node(child, depth);
  }

  /** Text-level markup: emphasis and links keep their Markdown; the rest is its text. */
  private inline(node: Element, depth: number): void {
    const tag = node.tagName;
    const mark =
      tag === 'strong' || tag === 'b' ? '**' : tag === 'em' || tag === 'i' ? '*' : tag === 'code' ? '`' : '';
    const href = tag === 'a' ? (node.attrs.find((a) => a.name === 'href')?.value ?? '') : '';
    const link = /^https?:\/\//.test(href);
    if (mark === '' && !link) {
      this.children(node, depth);
      return;
    }
    // Emphasis around nothing but spaces would be stray asterisks.
    const inner = new LineWriter(this.offset, this.nesting);
    inner.children(node, depth);
    inner.lineEnd();
    const text = inner.lines
      .map((l) => l.raw)
      .join(' ')
      .trim();
    if (text === '') return;
    const n = inner.lines[0]?.n ?? lineOf(node, this.offset);
    if (link) this.add(text === href ? href : `[${text}](${href})`, n, true);
    else this.add(`${mark}${text}${mark}`, n, true);
  }

  /** A block of its own: a blank line before it and after it. */
  private block(prefix: string, body: () => void, node: Element): void {
    this.paragraphEnd();
    this.prefix = prefix;
    this.n = lineOf(node, this.offset);
    body();
    this.paragraphEnd();
  }

  private list(node: Element, depth: number): void {
    this.paragraphEnd();
    let number = 0;
    const ordered = node.tagName === 'ol';
    const indent = '  '.repeat(depth);
    for (const item of node.childNodes) {
      if (!isElement(item)) continue;
      if (item.tagName !== 'li') {
        this.node(item, depth + 1);
        continue;
      }
      number += 1;
      // An item that holds blocks of its own (a heading, paragraphs) is a part of the page,
      // not an item of a list: its blocks are read as blocks.
      if (item.childNodes.some((c) => isElement(c) && (HEADING.test(c.tagName) || c.tagName === 'p'))) {
        this.children(item, depth + 1);
        this.paragraphEnd();
        continue;
      }
      this.prefix = `${indent}${ordered ? `${number}.` : '-'} `;
      this.n = lineOf(item, this.offset);
      this.children(item, depth + 1);
      this.lineEnd();
    }
    this.blank();
  }

  /** "Present" over its names is "Present: names", as minutes write it in text. */
  private definitions(node: Element, depth: number): void {
    this.paragraphEnd();
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'dt') {
        this.lineEnd();
        this.n = lineOf(child, this.offset);
        this.children(child, depth);
        this.text = `${this.text.trim()}: `;
      } else if (child.tagName === 'dd') {
        if (this.text !== '' && !this.text.endsWith(': ')) this.text += '; ';
        this.children(child, depth);
      } else this.node(child, depth);
    }
    this.lineEnd();
    this.blank();
  }

  private table(node: Element): void {
    this.paragraphEnd();
    const rows: Array<{ cells: string[]; n: number | null }> = [];
    const walk = (element: Element): void => {
      for (const child of element.childNodes) {
        if (!isElement(child)) continue;
        if (child.tagName === 'tr') {
          const cells = child.childNodes
            .filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
            .map((cell) => {
              const inner = new LineWriter(this.offset, this.nesting);
              inner.children(cell, 0);
              inner.lineEnd();
              return inner.lines
                .map((l) => l.raw)
                .join(' ')
                .replace(/\|/g, '\\|')
                .trim();
            });
          rows.push({ cells, n: lineOf(child, this.offset) });
        } else if (TABLE_PARTS.has(child.tagName)) walk(child);
      }
    };
    walk(node);
    rows.forEach((row, i) => {
      this.push(`| ${row.cells.join(' | ')} |`, row.n);
      if (i === 0) this.push(`|${row.cells.map(() => ' --- |').join('')}`, row.n);
    });
    this.blank();
  }

  private add(value: string, n: number | null, verbatim = false): void {
    // Spaces collapse as a browser collapses them, but a gap of tabs or many spaces within a
    // line stays wide: it sets a column apart ("… still ongoing.<tab><tab><em>Clerk</em>").
    const text = verbatim ? value : value.replace(/\s+/g, (gap) => (WIDE_GAP.test(gap) ? '\t\t' : ' '));
    if (text.trim() === '' && this.text === '') return;
    if (this.text === '' && this.n === null) this.n = n;
    this.text += this.text === '' ? text.trimStart() : text;
  }

  /** Ends the current line, if it holds anything; the paragraph goes on. */
  lineEnd(): void {
    const text = this.text.trim();
    if (text !== '') this.push(`${this.prefix}${text}`, this.n);
    this.text = '';
    this.n = null;
    this.prefix = '';
  }

  /** Ends the current line and the paragraph. */
  paragraphEnd(): void {
    this.lineEnd();
    this.blank();
  }

  private blank(): void {
    const last = this.lines.at(-1);
    if (last !== undefined && last.raw !== '') this.lines.push({ n: last.n, raw: '' });
  }

  private push(raw: string, n: number | null): void {
    this.lines.push({ n: n ?? this.lines.at(-1)?.n ?? this.offset + 1, raw });
  }
}
