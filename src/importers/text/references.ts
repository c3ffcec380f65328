/**
 * Documents named by number or symbol rather than by title, as minutes of technical and
 * intergovernmental bodies mostly name them: issues and pull requests (`#123`,
 * `owner/repo#45`, "PR 1234", a GitHub address), standards and proposals (RFC, BIP, PEP, EIP,
 * Internet-Drafts), UN document symbols (A/RES/70/125, E/CN.16/2024/2) and a meeting's own
 * annexes ("Annex 2", "Appendix B"). Each is given as the minutes would cite it.
 */

interface Pattern {
  find: RegExp;
  cite: (match: RegExpExecArray) => string;
}

const PATTERNS: Pattern[] = [
  {
    find: /https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/(?:pull|issues)\/(\d+)/g,
    cite: (m) => `${m[1]}/${m[2]}#${m[3]}`,
  },
  { find: /(?<![\w/.-])([A-Za-z][\w.-]*\/[\w.-]+)#(\d+)\b/g, cite: (m) => `${m[1]}#${m[2]}` },
  {
    find: /\b(RFC|BIP|PEP|EIP|ERC)[\s-]?(\d{1,5})\b/g,
    cite: (m) => `${m[1]} ${m[2]}`,
  },
  { find: /\b(PR|[Pp]ull [Rr]equest|[Ii]ssue)\s?#?(\d{1,6})\b/g, cite: (m) => `${m[1]} ${m[2]}` },
  // An issue of a tracker that numbers them so (ISSUE-140).
  { find: /\bISSUE-(\d{1,6})\b/g, cite: (m) => m[0] },
  // A bare number after "#": two digits at least, so that "item #1" is not taken for one.
  { find: /(?<![\w/&#])#(\d{2,7})\b/g, cite: (m) => `#${m[1]}` },
  { find: /\bdraft-[a-z0-9]+(?:-[a-z0-9]+){2,}\b/g, cite: (m) => m[0] },
  // A UN symbol: an organ's letters, then two parts at least, one of them a number.
  {
    find: /(?<![\w/:.-])(?:A|E|S|ST|UNEP|FCCC|TD|HRC|CCPR|CRC|CEDAW|ICCD|CBD)(?:\/[A-Z][A-Za-z0-9.]*){1,4}(?:\/[A-Za-z0-9.()]*\d[A-Za-z0-9.()]*)+/g,
    cite: (m) => m[0].replace(/[.)]+$/, ''),
  },
  {
    find: /\b(Annex|Appendix|Exhibit|Attachment)\s+([A-Z]|\d{1,3}|[IVX]{1,5})\b(?!\s*[–—-])/g,
    cite: (m) => `${m[1]} ${m[2]}`,
  },
];

const ISSUE = /^(?:[\w.-]+\/[\w.-]+)?#(\d+)$|^(?:PR|pull request|issue)\s(\d+)$/i;

/**
 * What two citations of one document share: "#315", "PR 315" and "owner/repo#315" in one
 * meeting's minutes are one pull request; any other citation is its own.
 */
export function referenceKey(cite: string, key: (text: string) => string): string {
  const issue = ISSUE.exec(cite);
  return issue === null ? key(cite) : `#${issue[1] ?? issue[2]}`;
}

/** The documents a text names by number or symbol, each once, in the order they appear. */
export function numberedReferences(text: string): string[] {
  // Most lines name none: a quick look for the characters every pattern needs.
  if (!/[#\d]/.test(text)) return [];
  const found: Array<{ at: number; end: number; cite: string }> = [];
  for (const { find, cite } of PATTERNS) {
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
