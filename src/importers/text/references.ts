/**
 * Documents named by number or symbol rather than by title, as minutes of technical and
 * intergovernmental bodies mostly name them: issues and pull requests (`#123`,
 * `owner/repo#45`, "PR 1234", a GitHub address), standards and proposals (RFC, BIP, PEP, EIP,
 * Internet-Drafts), UN document symbols (A/RES/70/125, E/CN.16/2024/2) and a meeting's own
 * annexes ("Annex 2", "Appendix B"). Each is given as the minutes would cite it. Also the
 * drafts a standards group lists under "WG Documents", each by the title its item leads with.
 */
import { pieceCount } from '../../domain/text.js';
import { plainText } from './inline.js';

interface Pattern {
  find: RegExp;
  cite: (match: RegExpExecArray) => string;
  /**
   * What every match holds: a text without it is not searched. Given only where looking for
   * it costs less than the search: a plain string first, then an expression.
   */
  needs?: string;
  needsToo?: RegExp;
}

// The kinds of file a document is linked as.
const FILE_KIND = '(?:pdf|docx?|pptx?|xlsx?|odt|ods|odp|zip)';

// What any pattern needs: a digit, a "#", a file of a repository, an annex (named by letter
// or numeral too: "Appendix B", "Annex IV") or an Internet-Draft.
const ANY = /[#\d]|\.(?:md|txt|rst|pdf)\b|A(?:nnex|ppendix|ttachment)\s|Exhibit\s/;

const PATTERNS: Pattern[] = [
  {
    find: /https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:pull|issues)\/(\d+)/g,
    cite: (m) => `${m[1]}/${m[2]}#${m[3]}`,
    needs: '://',
  },
  // Looked for only where a number follows "#": a link to "#" alone makes the search costly.
  {
    find: /(?<![\w/.-])([A-Za-z][\w.-]*\/[\w.-]+)#(\d+)\b/g,
    cite: (m) => `${m[1]}#${m[2]}`,
    needs: '#',
    needsToo: /#\d/,
  },
  {
    find: /\b(RFC|BIP|PEP|EIP|ERC)[\s-]?(\d{1,5})\b/g,
    cite: (m) => `${m[1]} ${m[2]}`,
  },
  {
    find: /\b(PR|[Pp]ull [Rr]equest|[Ii]ssue)\s?#?(\d{1,6})\b/g,
    cite: (m) => `${m[1]} ${m[2]}`,
  },
  // A council's numbered resolution ("Resolution #01-20").
  { find: /\b([Rr]esolution)\s+#?(\d{1,4}-\d{1,4})\b/g, cite: (m) => `${m[1]} #${m[2]}`, needs: 'esolution' },
  // An issue of a tracker that numbers them so (ISSUE-140), a numbered proposal (DEP-010,
  // SCP-027). Three digits at least, or a leading zero, so that COVID-19 is not one; nor is a
  // cipher or an encoding.
  { find: /\bISSUE-(\d{1,6})\b/g, cite: (m) => m[0], needs: 'ISSUE-' },
  {
    find: /(?<![\w-])(?!(?:SHA|AES|RSA|UTF|ISO|MD|TLS|SSL|HTTP|IPV|COVID|GPT)-)[A-Z]{2,6}-(?:0\d{1,3}|\d{3,5})\b(?!-)/g,
    cite: (m) => m[0],
    needs: '-',
    needsToo: /[A-Z]-\d/,
  },
  // An issue of a Redmine tracker by its kind ("[Feature #10200]", "Bug #9880").
  {
    find: /\b(Feature|Bug|Misc|Task|Backport)\s#(\d{2,7})\b/g,
    cite: (m) => `${m[1]} #${m[2]}`,
    needs: '#',
    needsToo: /[a-z] #\d/,
  },
  // A bare number after "#": two digits at least, so that "item #1" is not taken for one.
  { find: /(?<![\w/&#])#(\d{2,7})\b/g, cite: (m) => `#${m[1]}`, needs: '#', needsToo: /#\d/ },
  { find: /\bdraft-[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g, cite: (m) => m[0], needs: 'draft-' },
  // A meeting's material in the IETF's datatracker by its name ("slides-115-dnsop-chairs-slides").
  {
    find: /\b(?:slides|minutes|agenda|bluesheets|chatlog)-\d{2,3}-[a-z0-9]+(?:-[a-z0-9]+)*\b/g,
    cite: (m) => m[0],
    needs: '-',
    needsToo: /[a-z]-\d{2,3}-[a-z]/,
  },
  // A repository's own document by its file name ("BUILDING.md", "CONTRIBUTING.md").
  {
    find: /(?<![\w/.-])[A-Z][A-Z0-9_-]{2,}\.(?:md|txt|rst|pdf)\b/g,
    cite: (m) => m[0],
    needs: '.',
    needsToo: /[A-Z]\.(?:md|txt|rst|pdf)\b/,
  },
  // A document or a motion by its code ("BV_20160911_A", "doc_1.1_participants"): letters, an
  // underscore, then a date or a dotted number; a file's name is the file's, not a code.
  {
    find: new RegExp(
      `(?<![\\w./-])(?![\\w.-]*\\.${FILE_KIND}\\b)[A-Za-z]{2,6}_(?:\\d{3,8}|\\d{1,2}\\.\\d{1,2})(?:_[A-Za-z0-9][\\w.-]*)?(?![\\w/])`,
      'g',
    ),
    cite: (m) => m[0].replace(/[.]+$/, ''),
    needs: '_',
  },
  // A merge request of GitLab ("merge request !12", "MR !12").
  { find: /\b(merge request|MR)\s?!(\d{1,6})\b/gi, cite: (m) => `${m[1]} !${m[2]}`, needs: '!' },
  // A numbered publication of an agency ("WMO-No. 1127").
  { find: /\b([A-Z]{2,6})-No\.\s?(\d{1,5})\b/g, cite: (m) => `${m[1]}-No. ${m[2]}`, needs: '-No' },
  // A document of a conference or a council by its number ("Document CWG-Internet 12/1",
  // "Document C19/45").
  {
    find: /\b[Dd]ocuments?\s+((?:[A-Z][A-Za-z]*-)*[A-Z][A-Za-z]*\s?\d{1,3}\/\d{1,4}(?:\s?\((?:Rev|Add|Corr)\.\s?\d{1,2}\))?)/g,
    cite: (m) => m[1]!,
    needs: '/',
  },
  // A planning application's reference ("20/00572/F").
  { find: /(?<![\w/])\d{2}\/\d{4,6}\/[A-Z]{1,4}(?![\w/])/g, cite: (m) => m[0], needs: '/' },
  // A UN symbol: an organ's letters, then two parts at least, one of them a number
  // ("A/RES/70/125", "LHE/23/EXP ART18/1 Rev.2"), with its revision, addendum or corrigendum.
  {
    find: /(?<![\w/:.-])(?:A|E|S|ST|UNEP|FCCC|TD|HRC|CCPR|CRC|CEDAW|ICCD|CBD|LHE|CLT|WHC|IOC)(?=\/[^\s,;]*\d)(?:\/[A-Za-z0-9.()]+(?:\s[A-Z]{2,}[A-Za-z0-9]*(?=\/))?){2,6}(?:\s(?:Rev|Add|Corr)\.\s?\d{0,2})?/g,
    cite: (m) => m[0].replace(/[.)]+$/, ''),
    needs: '/',
  },
  // A document of UNESCO's Executive Board by its session ("189 EX/16"), and a decision of a
  // convention's committee by its session ("Decision 17.COM 10", "16.COM 2.BUR 4").
  { find: /\b\d{3}\s?EX\/\d{1,3}(?:\.[A-Z]{1,3}(?:\.\d{1,2})?)?\b/g, cite: (m) => m[0], needs: 'EX/' },
  {
    find: /\b\d{1,2}\.(?:EXT\.)?(?:COM|GA|BUR)(?:\s\d{1,2}\.(?:BUR|COM))?\s\d{1,2}(?:\.[A-Z]?\d{0,2})?\b/g,
    cite: (m) => m[0],
    needs: '.',
    needsToo: /\.(?:COM|GA|BUR)\s/,
  },
  // A bill by its chamber's letters ("H.R. 1234", "S.B. 12") and a senate's act numbered by
  // its session ("41 U.A.S. 4.2").
  {
    find: /\b(?:(?:H\.R|H\.B|S\.B|A\.B|H\.\s?Res|S\.\s?Res)\.\s?\d{1,5}|\d{1,3}\s(?:[A-Z]\.){2,3}[A-Z]?\.?\s?\d{1,3}(?:\.\d{1,3})?)\b/g,
    cite: (m) => m[0],
    needs: '.',
    needsToo: /[A-Z]\.[A-Z]?\.?\s?\d/,
  },
  {
    find: /\b(Annex|Appendix|Exhibit|Attachment)\s+([A-Z]|\d{1,3}|[IVX]{1,5})\b(?!\s*[–—-])/g,
    cite: (m) => `${m[1]} ${m[2]}`,
  },
];

// What a link to a file says of it, at the end of an item: ": PDF", " .docx v0.4", " [pdf]".
const FILE_KIND_TAIL = new RegExp(`[\\s:–—-]*\\[?\\s*\\.?${FILE_KIND}\\b[^\\]()]{0,20}\\]?\\s*$`, 'i');
// Text, then a link whose words are only a kind of file ("[.pdf](…)", "[PDF](…)").
const FILE_LINK = new RegExp(`^(.*?\\S)\\s*\\[\\s*\\.?${FILE_KIND}\\b[^\\]]{0,20}\\]\\(`, 'i');
// What a list of a page's documents sets before each title: a heading's marks, a bullet, a number.
const LIST_MARK = /^(?:#+|[-*+•]|\d+[.)])\s+/;

/** An item of a list of documents without what kind of file its link says it is. */
export function withoutFileKind(text: string): string {
  const title = text.replace(FILE_KIND_TAIL, '').trim();
  return title === '' ? text : title;
}

/**
 * The document a line names before a link that only says what kind of file it is ("## Final
 * report [.pdf](…)", "* doc_1.1_participants (Ruiz) [.docx v0.4](…)"), or null.
 */
export function fileLinkTitle(raw: string): string | null {
  const filed = FILE_LINK.exec(raw);
  if (filed === null) return null;
  const title = plainText(filed[1]!)
    .replace(LIST_MARK, '')
    .replace(/[\s:–—-]+$/, '')
    .trim();
  return /\p{L}{3}/u.test(title) && title.length <= 120 ? title : null;
}

// A title, then the languages it is offered in, as UN pages list their documents.
const LANGUAGE = '(?:English|French|Spanish|Arabic|Chinese|Russian|Français|Español|Русский|العربية|中文)';
const IN_LANGUAGES = new RegExp(
  `^(?:[-*•]\\s+)?(\\p{Lu}[^:|]{2,100}?):\\s*${LANGUAGE}(?:\\s*[|/]\\s*${LANGUAGE})+`,
  'u',
);

/** The document a plain line offers in its languages ("Report: English|French"), or null. */
export function titleInLanguages(text: string): string | null {
  return IN_LANGUAGES.exec(text)?.[1]!.trim() ?? null;
}

/** The documents a text names by number or symbol, each once, in the order they appear. */
export function numberedReferences(text: string): string[] {
  // Most lines name none: a quick look for what every pattern needs.
  if (!ANY.test(text) && !text.includes('draft-')) return [];
  const found: Array<{ at: number; end: number; cite: string }> = [];
  for (const { find, cite, needs, needsToo } of PATTERNS) {
    if (needs !== undefined && !text.includes(needs)) continue;
    if (needsToo !== undefined && !needsToo.test(text)) continue;
    find.lastIndex = 0;
    for (let m = find.exec(text); m !== null; m = find.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      // What an earlier pattern took (a GitHub address) is not read again by a later one.
      if (found.some((f) => at < f.end && end > f.at)) continue;
      found.push({ at, end, cite: cite(m) });
    }
  }
  const cites = found.sort((a, b) => a.at - b.at).map((f) => f.cite);
  return [...new Set(cites)];
}

// Nouns that name a kind of document. A phrase ending in one is a document's title when a word
// before it makes it particular ("the DSF bylaws", "Q3 financial report", "Strategic Plan").
const DOCUMENT_NOUN =
  /^(?:reports?|plans?|polic(?:y|ies)|procedures?|by-?laws|charters?|statements?|minutes|agenda|memorandum|memo|proposals?|budgets?|guidelines|rules|ordinances?|roadmap|newsletter|explainer|constitution|handbook|manual|agreements?|declaration|specification|paper|rfp|workplan|toolkit|principles|certificate|pack|errata|conduct|reference|note|profile|guide|document|format|framework|bylaws|statutes|convention)$/i;
// Each of those nouns where it stands in a text, and how far around it a title may reach.
const NOUN_AT = new RegExp(`\\b(?:${DOCUMENT_NOUN.source.slice(4, -2)})\\b`, 'gi');
// Six words before the noun, and what it is of or for after it, are within these characters.
const BEFORE = 60;
// Nouns that name a kind of document only as part of a capitalised title: "OSS SSC Framework",
// not "the IWW framework" nor "a note".
const ONLY_CAPITALISED = /^(?:framework|note|format|guide|profile)$/;
const AFTER = 100;
const NOUN_IN = new RegExp(NOUN_AT.source, 'i');

/** Whether a text has a noun that names a kind of document, which any title of it ends in. */
export function namesKindOfDocument(text: string): boolean {
  return NOUN_IN.test(text);
}
// What a title of an agenda item says is done to a document, not part of its title.
const DOING =
  /^(?:changes?|review(?:ed|ing)?|approv(?:e|ed|al|ing)|adopt(?:ed|ion|ing)?|discuss(?:ed|ion|ing)?|update[ds]?|present(?:ed|ation)?|consider(?:ed|ation)?|receiv(?:e|ed)|accept(?:ed|ance)?|sign(?:ed|ing)?|amend(?:ed|ment|ing)?|draft(?:ing)?|new|revised|proposed|final|finalise|finalize|publish(?:ed)?|circulat(?:e|ed)|read|agree(?:d)?|vote|on|of|the|a|an|and|to|for|our|its|their|this|that|previous|last|next)$/i;
const JOINING = /^(?:of|for|on|and|the|in|from|to|&)$/i;
// Words that, first before a kind of document, make it no one in particular ("Meeting Minutes",
// "Written report"), and words of a sentence that no title holds ("So my proposal", "Why are
// you writing these minutes").
const GENERIC =
  /^(?:meetings?|previous|last|next|written|oral|other|short|brief|full|deferred|guidance|reviews?|wg|consent|main|regular)$/i;
const COMMON =
  /^(?:will|shall|would|should|can|could|must|to|these|this|those|my|our|your|his|her|their|its|we|so|why|where|what|when|how|all|any|each|some|please|add|after|early|ended|taking|see|here|there|it|is|are|was|were|be|has|have|had|not|no|yes|if|as|at|by|with|but|or|one|two|first|second|third)$/i;

// One word of running text and where it stands.
interface Word {
  text: string;
  at: number;
}

// Words of a part of a text that begins at `offset`, each with where it stands in the text.
function wordsOf(text: string, offset: number): Word[] {
  const words: Word[] = [];
  // Letters of ASCII alone are found by a simpler expression, about twice as fast.
  const find = /[^\t -~’]/.test(text)
    ? /[\p{L}\p{N}][\p{L}\p{N}.’'/&-]*[\p{L}\p{N}]|[\p{L}\p{N}&]/gu
    : /[A-Za-z0-9][A-Za-z0-9.’'/&-]*[A-Za-z0-9]|[A-Za-z0-9&]/g;
  for (let m = find.exec(text); m !== null; m = find.exec(text))
    words.push({ text: m[0], at: offset + m.index });
  return words;
}

// A word that makes a phrase particular: a capital after the sentence's start, an acronym, a digit.
function particular(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word) || /\d/.test(word);
}

/**
 * Documents a text names by a title without quotes: a phrase of capitalised words, an acronym or
 * a number, ending in a noun that names a kind of document ("Strategic Plan for 2017-2018",
 * "the DSF bylaws", "Q3 financial report", "GM’s Memorandum on Cessation of Membership"). A
 * phrase with nothing particular before its noun ("a short report", "the minutes") is no title,
 * nor is what an agenda item does to a document ("Approval of" the minutes).
 */
export function titledPhrases(text: string): string[] {
  // Most lines name no kind of document: the first look for one is all they cost.
  const found: string[] = [];
  let after = 0;
  NOUN_AT.lastIndex = 0;
  for (let m = NOUN_AT.exec(text); m !== null; m = NOUN_AT.exec(text)) {
    if (m.index < after) continue;
    // A noun in lower case makes a title only after a capital or a number close before it.
    const c = m[0].charCodeAt(0);
    if (
      c >= 97 &&
      c <= 122 &&
      (ONLY_CAPITALISED.test(m[0]) || !/[A-Z\d]/.test(text.slice(Math.max(0, m.index - 60), m.index)))
    )
      continue;
    // "Draft Special Report [Connecting Parliament with the Public: …]": the title in brackets
    // after the kind of document, as a parliament's minutes give it.
    const end = m.index + m[0].length;
    if (text.startsWith(' [', end)) {
      const close = text.indexOf(']', end + 2);
      const title = close === -1 || close - end > 240 ? '' : text.slice(end + 2, close).trim();
      if (/^\p{Lu}\S*\s+\S/u.test(title) && text[close + 1] !== '(') {
        found.push(title);
        after = close + 1;
        continue;
      }
    }
    // Only the words around the noun are read: a title is a few words before it and after.
    // What follows is read only after a capitalised noun ("Strategic Plan for 2017-2018").
    const from = Math.max(0, m.index - BEFORE);
    const words = wordsOf(text.slice(from, m.index + m[0].length + (c < 97 ? AFTER : 2)), from);
    const i = words.findIndex((w) => w.at === m!.index);
    if (i === -1 || !DOCUMENT_NOUN.test(words[i]!.text)) continue;
    const phrase = phraseAt(text, words, i, from === 0);
    if (phrase === null) continue;
    found.push(text.slice(phrase.from, phrase.to));
    after = phrase.to;
  }
  return found;
}

/**
 * The title around the noun `words[i]`, as where it starts and ends in `text`, or null when
 * the phrase is no title. `whole` says whether `words` starts at the start of the text.
 */
function phraseAt(
  text: string,
  words: Word[],
  i: number,
  whole: boolean,
): { from: number; to: number } | null {
  // "Code of Conduct", "Terms of Reference", "Rules of Procedure": the noun after "of".
  let end = i;
  // Back over the words that qualify the noun: capitals, acronyms, numbers, lower-case words
  // between them ("Q4 quarterly activity report"), and joining words inside ("Code of").
  let start = i;
  while (start > 0) {
    const before = words[start - 1]!;
    const gap = text.slice(before.at + before.text.length, words[start]!.at);
    if (!/^[\s’']*s?\s*$/.test(gap) && gap !== ' ') break;
    if (DOING.test(before.text) && !JOINING.test(before.text)) break;
    if (JOINING.test(before.text)) {
      if (!/^(?:of|and|&)$/i.test(before.text)) break;
      // A joining word stays only between two capitalised words ("Code of Conduct").
      const further = words[start - 2];
      if (further === undefined || !/^\p{Lu}/u.test(further.text) || !/^\p{Lu}/u.test(words[start]!.text))
        break;
    } else if (!particular(before.text) && !/^\p{Ll}+$/u.test(before.text)) break;
    start--;
  }
  // Lower-case words before the first particular one are not the title's ("the annual").
  while (start < i && !particular(words[start]!.text)) start++;
  if (start === i && !/^\p{Lu}/u.test(words[i]!.text)) return null;
  // After the noun, its number ("Ordinance 2025-1") and, when it is capitalised, what it is
  // of or for: "for 2017-2018", "of the Committee", "on Cessation of Membership".
  const number = words[end + 1];
  if (
    number !== undefined &&
    /^\d{4}(?:-\d+)?$|^\d+-\d+$/.test(number.text) &&
    text.slice(words[end]!.at + words[end]!.text.length, number.at) === ' '
  )
    end++;
  while (/^\p{Lu}/u.test(words[i]!.text)) {
    const join = words[end + 1];
    const next = words[end + 2];
    if (join === undefined || next === undefined || !/^(?:of|for|on|from)$/i.test(join.text)) break;
    const gap = text.slice(words[end]!.at + words[end]!.text.length, next.at);
    if (/[,.;:()–—]|\s-\s/.test(gap)) break;
    let last = end + 2;
    if (/^the$/i.test(next.text) && words[last + 1] !== undefined) last++;
    if (!particular(words[last]!.text)) break;
    while (
      words[last + 1] !== undefined &&
      particular(words[last + 1]!.text) &&
      !/[,.;:()–—]|\s-\s/.test(text.slice(words[last]!.at + words[last]!.text.length, words[last + 1]!.at))
    )
      last++;
    end = last;
  }
  if (i - start > 6) start = i - 6;
  // A section's number before a title is not part of it ("5.2 Clerk’s Report").
  while (start < i && /^\d{1,2}(?:\.\d+)*$/.test(words[start]!.text)) start++;
  // "Gary Mantay reports": a name and a verb, not a document.
  if (
    /^(?:reports|plans|proposals|budgets|statements|drafts)$/.test(words[i]!.text) &&
    i > 0 &&
    /^\p{Lu}\p{Ll}/u.test(words[i - 1]!.text)
  )
    return null;
  const qualifiers = words.slice(start, i).filter((w) => !JOINING.test(w.text));
  // "25 minutes" is a time and "610 proposals" a count; "2026 Budget" is a year's.
  const count = qualifiers.at(-1)?.text ?? '';
  if (
    /^\d+$/.test(count) &&
    (/^minutes$/i.test(words[i]!.text) || (!/^(?:19|20)\d\d$/.test(count) && /^\p{Ll}/u.test(words[i]!.text)))
  )
    return null;
  const at = words[start]!.at;
  const lead = text.slice(Math.max(0, at - 16), at);
  const sentenceStart =
    /[.!?:][\s\-*•–—#>|()\d.]*$/.test(lead) || (at <= 16 && whole && /^[\s\-*•–—#>|()\d.]*$/.test(lead));
  // What makes the phrase particular must be more than the capital that starts a sentence,
  // unless every word of it is capitalised ("Mission Statement").
  const evidence = qualifiers.filter(
    (w, n) => particular(w.text) && !(n === 0 && sentenceStart && /^\p{Lu}\p{Ll}*$/u.test(w.text)),
  );
  const titleCase = qualifiers.every((w) => particular(w.text)) && /^\p{Lu}/u.test(words[i]!.text);
  if (evidence.length === 0 && !titleCase && end === i) return null;
  if (GENERIC.test(qualifiers[0]?.text ?? '') || qualifiers.some((w) => COMMON.test(w.text))) return null;
  // "Adopt Bylaws", "Approve Charter": a body's own founding text, named by its kind alone.
  const founding =
    qualifiers.length === 0 &&
    /^(?:Bylaws|By-laws|Charter|Constitution|Statutes|Budget)$/.test(words[i]!.text) &&
    i > 0 &&
    DOING.test(words[i - 1]!.text) &&
    !JOINING.test(words[i - 1]!.text);
  if (qualifiers.length === 0 && end === i && !founding) return null;
  // "approved … as a Working Group Note": what a document becomes, not another document.
  if (/\bas\s+(?:an?\s+|the\s+)?$/i.test(text.slice(Math.max(0, words[start]!.at - 8), words[start]!.at)))
    return null;
  const title = text.slice(words[start]!.at, words[end]!.at + words[end]!.text.length);
  // A run of capitals is a heading shouting, not a title ("MINUTES OF THE PARISH COUNCIL").
  if ((title.match(/\b\p{Lu}{4,}\b/gu) ?? []).length >= 2) return null;
  return { from: words[start]!.at, to: words[end]!.at + words[end]!.text.length };
}

// A link to something a reader opens as a document, rather than to a person or a home page.
const DOCUMENT_ADDRESS =
  /docs\.google\.com\/(?:document|presentation|spreadsheets)|\.(?:pdf|docx?|odt|pptx?|md|html?)(?:[#?]|$)|\/(?:pull|issues|blob|wiki|doc|docs|drafts?|minutes|papers?)\//i;

// An address that is a document itself: a shared document, slides, a sheet, a PDF or office
// file, a ticket of an issue tracker.
const DOCUMENT_FILE =
  /^https?:\/\/(?:docs\.google\.com\/(?:document|presentation|spreadsheets)\/d\/|[^?#]+\.(?:pdf|docx?|odt|pptx?|xlsx?)(?:[?#]|$)|[^?#\s]+\/(?:issues|tickets?|bugs?|merge_requests)\/\d+(?:[?#/]|$)|[^?#\s]+\/show_bug\.cgi\?id=\d+)/i;

const GITHUB_NUMBERED = /^https?:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:pull|issues)\/\d+/i;

/** Documents a line names by a bare address of a shared document or a file. */
export function documentAddresses(raw: string): string[] {
  if (!raw.includes('://')) return [];
  const found: string[] = [];
  const address = /https?:\/\/[^\s<>()"]+/g;
  for (let m = address.exec(raw); m !== null; m = address.exec(raw)) {
    // An address in a Markdown link is the link's: its title names the document.
    if (raw[m.index - 1] === '(' && raw[m.index - 2] === ']') continue;
    const url = m[0].replace(/[.,;:!?'’]+$/, '');
    // GitHub's issues and pull requests are cited by number ("org/repo#45") as they are found.
    if (DOCUMENT_FILE.test(url) && !GITHUB_NUMBERED.test(url)) found.push(url);
  }
  return found;
}

/** Documents a line of Markdown links to by title: `[Identus Project Proposal](https://…)`. */
export function titledLinks(raw: string): string[] {
  if (!raw.includes('](')) return [];
  const found: string[] = [];
  const link = /\[([^\]\n]{3,160})\]\((\S+?)(?:\s+"[^"]*")?\)/g;
  for (let m = link.exec(raw); m !== null; m = link.exec(raw)) {
    const title = m[1]!.replace(/[*_`\\]/g, '').trim();
    if (!/\p{L}{3}/u.test(title) || /\d:\d\d/.test(title)) continue;
    const address = m[2]!;
    if (/^(?:https?:|www\.)|^[\w.-]+\/[\w.-]+#\d+$|^#?\d+$/.test(title)) continue;
    const words = title.split(/\s+/);
    if (!/^[\p{Lu}\p{N}]/u.test(title)) continue;
    const capitals = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
    const nouned = words.some((w) => DOCUMENT_NOUN.test(w));
    if (capitals * 2 < words.filter((w) => !JOINING.test(w)).length && !nouned) continue;
    if (nouned || (DOCUMENT_ADDRESS.test(address) && (words.length >= 2 || /\d/.test(title))))
      found.push(title);
  }
  return found;
}

// A section whose items are the drafts a standards group works on ("WG Documents - Status
// Update", "Proposed WG Documents").
const DRAFTS_SECTION =
  /\b(?:wg|working group|proposed|adopted|individual|other)\s+(?:documents?|drafts?)\b|\b(?:documents?|drafts?)\s+(?:presentations?|status)\b/i;
// What an item says of where a draft stands, after its title: "Submitted", "Waiting for …".
const DRAFT_STATE =
  /\s+(?:submitted|published|adopted|expired|approved|parked|done|waiting for\b.*|in (?:iesg|wglc|last call|review)\b.*|ready for\b.*)$/i;

/** The title an item over a draft leads with ("Byte Range Patch; Austin Wright"), or null. */
export function draftTitle(text: string): string | null {
  const lead = text
    .split(/;|\s[-–—]\s|\s\(|:\s/)[0]!
    .replace(DRAFT_STATE, '')
    .trim();
  if (lead.length < 3 || lead.length > 80 || /[.?!,]/.test(lead) || pieceCount(lead, 12) > 12) return null;
  // "Deprecated media-types were never registered": a note on the drafts, not one of them.
  if (/\b(?:is|are|was|were|be|been|should|will|would|can|could|we|you|they|it)\b/i.test(lead)) return null;
  return /^[\p{Lu}\p{N}]|^[a-z]+-[a-z]/u.test(lead) ? lead : null;
}

/** Whether a heading says that the items under it are drafts, each led by its title. */
export function namesDrafts(heading: string): boolean {
  return DRAFTS_SECTION.test(heading);
}
