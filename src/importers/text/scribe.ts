/**
 * Scribe minutes as IRC logs write them: "<ana_p> the spec says …" lines, each its own note,
 * and "present+ Hugo" lines that add someone to the attendance.
 */
import type { AttendanceBook } from './attendance.js';
import type { TextLine } from './outline.js';

const SAID = /^<[^>\s]{1,40}>\s/;
const PRESENCE = /^(present|regrets)([+-])\s*(.*)$/i;
const TOPIC = /^<[^>\s]{1,40}>\s+topic\s*:\s*(\S.*)$/i;
// "<rehrar> 2. What's been completed since the previous meeting": the chair calls an agenda item.
const CALLED_ITEM = /^<[^>\s]{1,40}>\s+\d{1,2}[.)]\s+(\p{Lu}.{1,100})$/u;

/** Is this paragraph a stretch of an IRC log? */
export function isScribeLog(lines: TextLine[]): boolean {
  return lines.some((l) => SAID.test(l.text) || PRESENCE.test(l.text));
}

/** Reads an IRC log paragraph: attendance changes into the book, every other line as an item. */
export function readScribeLines(
  lines: TextLine[],
  book: AttendanceBook,
  addItem: (text: string, line: number) => void,
  startTopic: (title: string, line: number) => void,
): void {
  for (const l of joinContinued(lines)) {
    // "<manu> Topic: Use Cases": the scribe opens a topic.
    const topic = TOPIC.exec(l.text) ?? CALLED_ITEM.exec(l.text);
    if (topic !== null) {
      startTopic(topic[1]!.trim(), l.n);
      continue;
    }
    const presence = PRESENCE.exec(l.text);
    if (presence === null) addItem(l.text, l.n);
    else if (presence[2] === '+') {
      const present = presence[1]!.toLowerCase() === 'present';
      book.addList(presence[3]!, l.n, {
        name: present ? 'Present' : 'Regrets',
        status: present ? 'present' : 'regrets',
        role: null,
      });
    }
  }
}

// "Nis Jespersen :  We are short on people today, so we will have a" over "  pretty short
// meeting.": a scribe tool wraps what was said onto indented lines.
function joinContinued(lines: TextLine[]): TextLine[] {
  const joined: TextLine[] = [];
  for (const l of lines) {
    const last = joined.at(-1);
    if (last !== undefined && l.indented === true && last.indented !== true && !PRESENCE.test(l.text))
      joined[joined.length - 1] = { ...last, text: `${last.text} ${l.text}` };
    else joined.push(l);
  }
  return joined;
}
