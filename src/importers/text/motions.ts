/**
 * Formal motions: who moved and seconded, and the tally ("Moved by A, seconded by B. Carried
 * 7-0-1." or "5 in favour, 2 against, 1 abstention").
 */
import type { Motion } from '../../domain/record.js';

// A name, which ends before the next word of the motion ("Moved: Dana Lowe Seconded: …").
const NAME =
  "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?!(?:Seconded|Moved|Proposed|Passed|Carried|PASSED|CARRIED)\\b)\\p{Lu}[\\p{L}'’.-]*){0,3})";
// "Moved Dana Lowe Seconded Craig Bex": the name right after the word, at a sentence's start.
const AFTER_STOP = '(?:^|(?<=[.;:"”)]\\s+))';
// "proposed Mrs. Fisher and seconded Mrs. Cairn": by whom, with "by" left out, when a title says so.
const TITLED = '(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\\.?\\s)';
const MOVED = new RegExp(
  `\\b(?:[Mm]oved by|[Mm]otion by|[Pp]roposed by|[Pp]roposed:|[Mm]oved:|[Mm]over:|[Mm]aker:|MOVED:?|(?:[Pp]roposed|[Mm]oved)\\s+${TITLED})\\s*${NAME}|${AFTER_STOP}(?:Moved|Proposed)\\s+(?=\\p{Lu})${NAME}|${NAME}\\s+(?:presented|made|introduced)\\s+the\\s+motion\\b|${NAME}\\s+moved\\s+(?:that|to\\s+(?:approve|adopt|accept|reject|defer|amend|adjourn|table|postpone|ratify|elect|appoint)|the motion|the following|adoption|approval|acceptance|and\\s+(?=\\p{Lu}[^.;]{0,60}\\sseconded\\b))\\b`,
  'u',
);
const SECONDED = new RegExp(
  `\\b(?:[Ss]econded by|[Ss]econd(?:ed)?:|[Ss]econder:|SECONDED:?|[Ss]econded\\s+${TITLED})\\s*${NAME}|\\bSeconded\\s+(?=\\p{Lu})${NAME}|${NAME}\\s+seconded\\b`,
  'u',
);
// Every motion names one of these words; most items name none and need no further look.
const MAYBE =
  /mov|motion|second|carried|passed|vote|tally|ayes|yeas|noes|nays|favou?r|against|abstain|for:|result/i;
const OUTCOME = /\b(carried|passed|adopted|approved|failed|defeated|rejected|lost)\b/i;
const TALLY =
  /\b(?:carried|passed|adopted|approved|failed|defeated|vote[sd]?|tally|result)\b[^0-9]{0,20}(\d{1,3})\s*[-–/:]\s*(\d{1,3})(?:\s*[-–/:]\s*(\d{1,3}))?/i;
// A count of votes is a number of its own ("5 in favor", not the "500" of "$2500 for
// expenses"); "for" counts only where a tally goes on after it ("5 for, 2 against").
const FOR =
  /(?<![\d$£€.,])(\d{1,3})\s+(?:in favou?r|yes|ayes?|yeas?|for(?=\s*[,;.)]|\s+(?:and\s+)?\d|\s*$))\b|\b(?:in favou?r|for|yes|ayes|yeas)\s*:\s*(\d{1,3})/i;
const AGAINST =
  /(?<![\d$£€.,])(\d{1,3})\s+(?:against|no|nays?|noes|opposed)\b|\b(?:against|no|nays|noes|opposed)\s*:\s*(\d{1,3})/i;
const ABSTAIN =
  /(?<![\d$£€.,])(\d{1,3})\s+(?:abstentions?|abstain(?:ed|ing)?|abstained)\b|\b(?:abstentions?|abstain\w*)\s*:\s*(\d{1,3})/i;

/** The motion an item records, with the verb of its result, or null when it records none. */
export function readMotion(text: string): (Motion & { verb: string | null }) | null {
  if (!MAYBE.test(text)) return null;
  const moved = MOVED.exec(text);
  const seconded = SECONDED.exec(text);
  const tally = TALLY.exec(text);
  const count = (re: RegExp): string | undefined => {
    const m = re.exec(text);
    return m?.[1] ?? m?.[2];
  };
  const votesFor = tally?.[1] ?? count(FOR);
  const votesAgainst = tally?.[2] ?? count(AGAINST);
  const abstentions = tally?.[3] ?? count(ABSTAIN);
  const isMotion = moved !== null || seconded !== null || /\bmotion\b|\bI move (?:to|that)\b/i.test(text);
  if (!isMotion && votesFor === undefined) return null;
  const result = OUTCOME.exec(text);
  return {
    movedBy: moved ? nameOf(moved.slice(1).find((g) => g !== undefined)) : null,
    secondedBy: seconded ? nameOf(seconded.slice(1).find((g) => g !== undefined)) : null,
    votesFor: votesFor === undefined ? null : Number(votesFor),
    votesAgainst: votesAgainst === undefined ? null : Number(votesAgainst),
    abstentions: abstentions === undefined ? null : Number(abstentions),
    verb: result ? result[0] : null,
  };
}

// A name as the motion gives it, without the stop of the sentence it ends ("Tom Berg.").
function nameOf(name: string | undefined): string | null {
  return name === undefined ? null : name.replace(/(?<=\p{Ll})\.$/u, '');
}
