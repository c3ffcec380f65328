/**
 * What is not the summary: leftovers of the web page, PDF viewer or mail archive it was copied
 * from (navigation, page numbers, archive headers), mail sign-offs and signatures, signature
 * blocks, and the lines bots write into scribe minutes.
 */

// Leftovers of web pages, PDF viewers and mail archives, each matched from the line's start.
const JUNK =
  /^(?:skip to (?:main )?content|skip navigation|download(?:\s.*)?|you are here.*|home(?:\s*[>›»/|].*)?|print(?: this page)?|share(?: this(?: page)?)?|menu|search|back to .*|jump to .*|page \d+(?: of \d+)?|\d+\s*\/\s*\d+|zoom (?:in|out)|[-+]|open (?:in|with)\b.*|toggle .*|sign in|log ?in|english|français|español|العربية|中文|русский|main navigation|breadcrumb.*|related (?:links|content)|cookies?.*|accept|pdf|docx?|\(?pdf,? [\d.]+ ?[km]b\)?|(?:\[\d+\]\s*\S[^[]*?\s*)+|\((?:irc log|log)[^)]*\)|irc log\b[^)]*\)?|view (?:as|in) .*|previous message.*|next message.*|messages sorted by.*|\[ date \].*|(?:agenda|irc log|log|minutes)\.(?:\s+(?:agenda|irc log|log|minutes)\.?)+|[\w.-]+\.(?:pdf|docx?|odt|html?|txt|md)|(?:mon|tue|wed|thu|fri|sat|sun)\w* (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* +\d{1,2} \d\d:\d\d:\d\d(?: \w+)? \d{4}|(?:dear|hi|hello|good (?:morning|afternoon|evening))\b.{0,40}|\d+\s*%(?:\s*[-–+]\s*)*|(?:agenda|minutes|irc|irc log|log|slides|recording)\s*:\s*https?:\/\/\S+)$/i;
// …and the ones known by how they end: a running footer, an archive's byline, an obfuscated address.
const JUNK_ENDING = /\bpage \d+ of \d+$|·\s*\d+\s+messages?$|\s[\w.-]+ at [\w-]+(?:\.[\w-]+)+$/i;
// An archive that cut the address after "at" leaves the sender as "Melissa Draper melissa at".
const CUT_SENDER = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+[\w.-]+\s+at$/u;
// A line of a signature that gives a way to reach someone: "Phone: 0404 595 395", "P.O Box 1412".
const CONTACT =
  /^(?:(?:phone|tel|telephone|mobile|cell|fax)\.?\s*:?\s*\+?\d[\d\s().-]{5,}|p\.?\s?o\.?\s?box\s+\d+)$/i;
const NAVIGATION =
  /^(?:(?:menu|search|home|print|share|download|contact|sitemap|site map|login|log in|sign in|accessibility|help|back|top|next|previous|feedback|subscribe|rss|reply|forward|view thread|\d+ messages?)\b\s*)+$|^(?:download|print|save|export)\b.{0,40}$/i;
// "Home › Meetings › Minutes", "Main Page -> Meetings", and a trail's second line ("-> Minutes").
const BREADCRUMB = /^(?:(?:-+>|[>›»→])\s)?[^.!?]{1,80}(?:\s(?:-+>|[>›»→])\s[^.!?]{1,80}){1,}$/;
const TRAILER_START =
  /^(?:minutes (?:manually )?(?:created|formatted)|formatted by|\$date:|diagnostics|(?:page )?last (?:updated|modified)|back to top|©|copyright|\(c\) \d{4}|-+ ?next part ?-+|_{5,}|unsubscribe|list info|mailing list|more information about the \S+ mailing list|this record is subject to correction)/i;
const SIGN_OFF =
  /^(?:(?:kind|best|warm|with best)\s+regards|regards|best wishes|best|cheers|thanks|many thanks|thank you|sincerely|yours(?: sincerely| faithfully| truly)?)\s*[,.!]?(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$|^--(?:\s.*)?$/iu;
const BOT_START = new Set(['<', 's', 'q', 'a']);
const BOT_LINE =
  /^<(?:zakim|rrsagent|trackbot|github-bot|agendabot|ghurlbot)>|^(?:<[^>\s]+>\s*)?(?:scribe-?nick|q[+-?]|ack)\b\s*[:+-]?/i;

/** Text left over from the web page, PDF viewer or mail archive the summary was copied from. */
export function isLeftover(text: string): boolean {
  const t = text.trim();
  if (t.length > 200) return false;
  if (JUNK.test(t)) return true;
  if (t.endsWith(' at') ? CUT_SENDER.test(t) : isContactLine(t)) return true;
  const marked = MARKS.test(t);
  if ((endsLikeJunk(t, marked) && JUNK_ENDING.test(t)) || (marked && SEPARATOR.test(t) && BREADCRUMB.test(t)))
    return true;
  // "Menu Search", "Download as PDF (212 KB) | Print this page": navigation, one piece at a time.
  const pieces = marked && PIECE_MARK.test(t) ? t.split(/\s*[|·•]\s*/).filter(Boolean) : [t];
  return pieces.length > 1 ? pieces.every((p) => JUNK.test(p) || NAVIGATION.test(p)) : NAVIGATION.test(t);
}

// Cheap looks that spare the expressions above on the lines they cannot match: breadcrumbs,
// piece separators and an archive's message count all need one of these marks.
const MARKS = /[>›»→|·•]/;
const SEPARATOR = /[>›»→]/;
const PIECE_MARK = /[|·•]/;
function endsLikeJunk(t: string, marked: boolean): boolean {
  const last = t.charCodeAt(t.length - 1);
  return (
    (last >= 48 && last <= 57) ||
    (marked && /messages?$/i.test(t.slice(-8))) ||
    (t.includes('.') && / at /i.test(t))
  );
}

/** A line of a signature that gives a phone number or a post box. */
export function isContactLine(text: string): boolean {
  // Every such line starts with one of these letters.
  const c = text.charCodeAt(0) | 32;
  return (c === 112 || c === 116 || c === 109 || c === 99 || c === 102) && CONTACT.test(text);
}

/** A footer or signature block line: "Page last updated", "Approved: ______". */
export function isTrailer(source: string): boolean {
  return source.includes('____') || TRAILER_START.test(source);
}

/** "Kind regards," or "--": where a mail's summary ends and its signature begins. */
export function isSignOff(text: string): boolean {
  return SIGN_OFF.test(text);
}

/** A line written by a bot in scribe minutes, or a queue command ("q+", "ack"). */
export function isBotLine(text: string): boolean {
  // Every bot line and queue command starts with one of these.
  return BOT_START.has(text.charAt(0).toLowerCase()) && BOT_LINE.test(text);
}
