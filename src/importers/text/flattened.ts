/**
 * Lines that hold what was once many: a whole e-mail, or whole minutes as a page made from a PDF
 * gives them, run into one line. They are cut back into the lines they were, before the outline.
 */

// A whole e-mail flattened into one line: break it where its headers, labels, numbered
// points and sign-off begin. The parts keep the line's number.
const FLATTENED_BREAK =
  /\s+(?=(?:From|Sent|To|Cc|Subject|Date|Attendees|Present|Regrets|Apologies|Action items?|Next steps|Decisions?):\s)|\s+(?=(?:Hi|Hello|Dear)\b[^,.]{0,30},\s)|\s+(?=\d{1,2}\)\s+\p{Lu})|\s+(?=(?:Thanks|Regards|Best regards|Kind regards|Best|Cheers),\s)|\s+(?=--\s)|\s+(?=•\s)|\s+(?=Also present:\s)/u;

/** The lines a line that holds a whole message or whole minutes once was; the line itself when it holds one. */
export function unflatten(line: string): string[] {
  const headers = (line.match(/\b(?:From|Sent|To|Subject):\s/g) ?? []).length;
  const points = (line.match(/\s\d{1,2}\)\s+\p{Lu}/gu) ?? []).length;
  const items = numberedPoints(line);
  if (headers < 2 && points < 2 && items.length === 0) return [line];
  const parts: string[] = [];
  let from = 0;
  for (const at of [...items, line.length]) {
    const part = line.slice(from, at).trim();
    // The point's title ran into its text: it ends at a colon, or where a sentence begins; a
    // short point without a sentence is all title ("5. Reports"). It is set as the heading it
    // was, a point's part ("5.1") a level below.
    const title =
      from === 0 ? null : (POINT_TITLE.exec(part) ?? (POINT_ALONE.test(part) ? [part, part] : null));
    if (title === null) parts.push(...part.split(FLATTENED_BREAK));
    else {
      const level = /^\d{1,2}\.\d/.test(title[1]!) ? '###' : '##';
      parts.push(`${level} ${title[1]!}`, ...part.slice(title[0].length).split(FLATTENED_BREAK));
    }
    from = at;
  }
  return parts.filter((p) => p.trim() !== '');
}

// "… 3. Chairman and Vice Chairman It was agreed …": a numbered point of minutes run into one
// line, as a page made from a PDF gives them.
const POINT_ALONE = /^\d{1,2}(?:\.\d{1,2})?\.?\s+\p{Lu}[^.•]{2,70}$/u;
const POINT_TITLE =
  /^(\d{1,2}(?:\.\d{1,2})?\.?\s+\p{Lu}[^:.•]{2,70}?)(?::\s*|\s+(?=(?:It|The|This|That|There|These|Those|A|An|Noted|No|None|Nothing|Apologies|Councillors|Members|Cllr|We|Written|Resolved|Agreed|Proposed|All)\s))/u;
const POINT = /(?<=\s)(\d{1,2})(?:\.(\d{1,2}))?\.?\s+(?=\p{Lu})/gu;

/**
 * Where a line holds the numbered points of minutes in their order ("1. …", "2. …", "2.1 …",
 * "3. …"): the offsets each begins at, or none when fewer than three points follow in order.
 */
function numberedPoints(line: string): number[] {
  const cuts: number[] = [];
  let point = 0;
  let sub = 0;
  POINT.lastIndex = 0;
  for (let m = POINT.exec(line); m !== null; m = POINT.exec(line)) {
    const n = Number(m[1]);
    const k = m[2] === undefined ? null : Number(m[2]);
    if (k === null && n === point + 1 && m[0].includes('.')) {
      point = n;
      sub = 0;
    } else if (k !== null && n === point && k === sub + 1) sub = k;
    else continue;
    cuts.push(m.index);
  }
  return point >= 3 ? cuts : [];
}
