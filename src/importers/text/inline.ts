/**
 * Inline Markdown and the oddities of converted documents, reduced to the plain text a reader
 * sees: emphasis markers, links, escapes, HTML tags and entities go; the words stay.
 */
import { squash } from '../../domain/text.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

// Only real HTML tags: "<Fumiko>" in scribe minutes and "<owner>" in templates are words.
const HTML_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|br|center|cite|code|del|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul)\b[^<>]{0,200}>/gi;

// What plain text does not have: a markup character, white space other than a space, or two
// spaces together. One look for all of them spares most lines every other look.
const NOT_PLAIN = /[*_[\]<&`\\!~\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| \s/;

/** Plain text of one line of Markdown or text. */
export function plainText(source: string): string {
  if (!NOT_PLAIN.test(source)) return source.trim();
  let text = source;
  // Each replacement runs only where the characters it needs are there: most lines have none.
  if (text.includes('](')) {
    if (text.includes('![')) text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1');
    // "[[Feature #10199]](…)": a link's text may hold brackets of its own.
    text = text.replace(/\[((?:[^[\]]|\[[^[\]]*\])*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1');
  }
  if (text.includes('][')) text = text.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  // An AsciiDoc link, "https://example.org/issues/6[issue #6]": its text, or the address alone.
  if (text.includes('://') && text.includes('['))
    text = text.replace(
      /\b(https?:\/\/[^\s[\]]+)\[([^\]]*)\]/g,
      (_, url: string, label: string) => label || url,
    );
  if (text.includes('<')) {
    text = text.replace(/<(https?:\/\/[^>\s]+)>/g, '$1').replace(HTML_TAG, ' ');
  }
  if (text.includes('&') && text.includes(';')) {
    text = text.replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
  }
  if (text.includes('**') || text.includes('__') || text.includes('~~'))
    text = text.replace(/\*\*|__|~~/g, '');
  // Single markers are often gone with the double ones ("**Topic:**").
  if (text.includes('*')) text = text.replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=[\s).,;:!?]|$)/g, '$1$2');
  if (text.includes('_')) text = text.replace(/(^|[\s(])_(\S(?:[^_]*\S)?)_(?=[\s).,;:!?]|$)/g, '$1$2');
  if (text.includes('`')) text = text.replace(/`([^`]*)`/g, '$1');
  // "Attendees[edit]": a wiki page's edit link, saved with its text.
  if (text.includes('[edit]')) text = text.replace(/\s*\[edit\]/gi, '');
  // "[8]period-end dates": the reference numbers of a text export of a web page.
  if (text.includes(']')) text = text.replace(/\[\d{1,3}\](?=\S)/g, '');
  if (text.includes('\\')) text = text.replace(/\\([\\`*_{}[\]()#+\-.!|>~<"'])/g, '$1');
  return squash(text);
}

/** The text inside when the whole line is strong emphasis ("**Topic:**"), else null. */
export function wholeBold(source: string): string | null {
  const match = /^(\*\*|__)(.+?)\1\s*:?\s*$/.exec(source.trim());
  if (!match || match[2]!.includes(match[1]!)) return null;
  return match[2]!;
}

/**
 * A leading bold phrase followed by more text ("**Budget:** The Board approved …"); not the
 * bold subject of a sentence that goes on in lower case ("**@ana** to post the notes").
 */
export function boldLead(source: string): { lead: string; rest: string } | null {
  const match = /^(\*\*|__)([^*_]{2,120}?)\1(\s*[:.–—-]?)\s*(.+)$/.exec(source.trim());
  if (!match) return null;
  const lead = match[2]!.trim();
  const rest = match[4]!;
  if (match[3]!.trim() === '' && !/[:.]$/.test(lead) && /^\p{Ll}/u.test(rest)) return null;
  return { lead, rest };
}
