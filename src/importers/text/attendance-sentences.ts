/**
 * Attendance written as prose: "The following Directors participated in the meeting: A,
 * B (Vice Chair), and C.", "Teuila Faleolo took part remotely.", "Alofa Leota sent apologies.",
 * "Also participating were …", "Representatives of X and Y attended as observers."
 */
import type { Group } from './attendance-groups.js';

export { sentencesOf } from './sentences.js';

export interface SentenceReading {
  list: string;
  group: Group;
  remote: boolean | null;
}

const group = (name: string, status: Group['status'] = 'present'): Group => ({ name, status, role: null });

const HINT =
  /following|present|attend|participat|taking part|took part|joined|apolog|regrets|absent|the meeting|chaired by/i;

const FOLLOWING =
  /^(?:[^,:]{1,60},\s+)?(?:the\s+)?following\s+(.+?)\s+(participated|attended|were present|joined|took parts?|sent (?:their )?(?:apologies|regrets)|(?:were|was) (?:absent|excused|not present|unable to attend))\b([^:]*):\s*(.+)$/i;

const OPENED_BY =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+((?:Vice[- ])?(?:Chair|Chairman|Chairwoman|Chairperson|President)(?:\s+of\s+the\s+[\p{L} ]{1,40})?),?\s+(?:promptly\s+)?(?:called|opened)\s+the\s+meeting(?:\s+to\s+order)?\b/u;

const CHAIRED_BY =
  /\b(co-?)?chaired by\s+((?:(?:Mr|Mrs|Ms|Dr|Prof|H\.E\.)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+and\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.E\.)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})?)/u;
const OPENED_BY_ROLE =
  /^The\s+((?:Vice[- ])?(?:Chair|Chairman|Chairwoman|Chairperson|President)),\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+(?:promptly\s+)?(?:called|opened)\s+the\s+meeting\b/u;

const ATTENDED_BY =
  /^(?:the\s+meeting\s+(?:was\s+)?(.*?)\s+and\s+)?(?:the\s+meeting\s+)?(?:was\s+)?attended\s+by\s+(?:(?:experts|representatives|delegates|delegations|members|participants)\s+(?:from|of)\s+)?(?:the\s+)?(\p{Lu}.+)$/iu;

/** Whether a list holds only names: each piece capitalised and a few words long. */
function onlyNames(list: string): boolean {
  const pieces = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  return (
    pieces.length >= 2 && pieces.every((piece) => /^\p{Lu}/u.test(piece) && piece.split(' ').length <= 4)
  );
}

/** What one sentence says about attendance, or null when it is about something else. */
export function readAttendanceSentence(sentence: string): SentenceReading[] | null {
  // Every shape below has one of these words; most sentences of minutes have none.
  if (!HINT.test(sentence)) return null;
  const text = sentence.trim().replace(/\.$/, '');
  // "The following Directors participated …: A, B", "In addition to the Chair, the following …",
  // "The following Directors sent their apologies: C".
  const following = FOLLOWING.exec(text);
  if (following) {
    const remote = /\bremotely|online\b/i.test(following[3]!) ? true : null;
    const verb = following[2]!.toLowerCase();
    const status = /apolog|regrets|excused|unable/.test(verb)
      ? 'regrets'
      : /absent|not present/.test(verb)
        ? 'absent'
        : 'present';
    return [
      {
        list: following[4]!,
        group: group(
          status === 'present'
            ? following[1]!.replace(/^\w/, (c) => c.toUpperCase())
            : status === 'regrets'
              ? 'Regrets'
              : 'Absent',
          status,
        ),
        remote,
      },
    ];
  }
  // "… held their regular monthly meeting with the following present: A, B, C".
  const withFollowing = /\bwith the following (?:members\s+)?(present|absent)\s*:\s*(.+)$/i.exec(text);
  if (withFollowing && /\p{Lu}/u.test(withFollowing[2]!)) {
    const absent = /absent/i.test(withFollowing[1]!);
    return [
      {
        list: withFollowing[2]!,
        group: group(absent ? 'Absent' : 'Present', absent ? 'absent' : 'present'),
        remote: null,
      },
    ];
  }
  const also =
    /^(?:also\s+)?(?:present|in attendance|attending|participating|taking part)(\s+(?:were|was)|\s*:)?\s+(.+)$/i.exec(
      text,
    );
  // Without "were" or a colon the list must open with a name: "Present the slides …" is a task.
  if (
    also &&
    /^(?:also|present|in attendance|attending|participating|taking part)/i.test(text) &&
    (also[1] === undefined ? /^\p{Lu}/u : /\p{Lu}/u).test(also[2]!)
  ) {
    return [{ list: also[2]!, group: group(/^also/i.test(text) ? 'Also present' : 'Present'), remote: null }];
  }
  // "Board members present were supervisors A, B and C, treasurer D": the list after the verb.
  const presentWere =
    /^(?:(?:the|those|board|council|committee|other|members?)\s+){1,3}(?:present|in attendance|attending)\s+(?:were|was)\s*:?\s+(.+)$/i.exec(
      text,
    );
  if (presentWere && /\p{Lu}/u.test(presentWere[1]!))
    return [{ list: presentWere[1]!, group: group('Present'), remote: null }];
  const took =
    /^(\p{Lu}.+?)\s+(?:took part|participated|attended|joined)\s+(remotely|online|by video(?: link)?|virtually|by phone|in person)$/iu.exec(
      text,
    );
  if (took)
    return [{ list: took[1]!, group: group('Present'), remote: /in person/i.test(took[2]!) ? false : true }];
  const observers =
    /^(?:representatives of\s+)?(\p{Lu}.+?)\s+(?:attended|participated|joined)\s+as\s+(observers?|guests?)$/iu.exec(
      text,
    );
  if (observers)
    return [
      {
        list: observers[1]!,
        group: group(observers[2]!.replace(/^\w/, (c) => c.toUpperCase()).replace(/(?<!s)$/, 's')),
        remote: null,
      },
    ];
  const sent =
    /^(?:(?:the\s+)?\S+(?:\s+\S+)?\s+(?:confirmed|noted|reported|said|announced)\s+that\s+)?(\p{Lu}.+?)\s+(?:(?:had|has|have)\s+)?(?:sent|send|gave|given|offered|extended|tendered)\s+(?:their\s+|his\s+|her\s+)?(?:apologies|regrets)(?:\s+(?:in advance|for (?:the|this) meeting|and\s).*)?$/iu.exec(
      text,
    );
  const received =
    /^(?:apologies(?:\s+for\s+absence)?|regrets)\s+(?:also\s+)?(?:(?:were|was|had been|have been)\s+)?(?:also\s+)?(?:received|noted|sent|given)\s+(?:from|by)\s+(.+)$/i.exec(
      text,
    );
  // "Ana Ruiz (AR), Harbour Office, had sent her apologies": one person, whatever follows the
  // name.
  const one = sent !== null && /\s(?:his|her)\s+(?:apologies|regrets)/i.test(text);
  // "Cllrs. Hubert Gwynne and Dorian Jenkins": the plural title is each one's.
  const regrets = (one ? sent[1]!.split(',')[0] : (sent?.[1] ?? received?.[1]))?.replace(
    /^(?:Cllrs|Councillors|Messrs|Drs)\.?\s+/,
    '',
  );
  if (regrets !== undefined) return [{ list: regrets, group: group('Regrets', 'regrets'), remote: null }];
  // "Ana Ruiz, Chair, promptly called the meeting to order": the one who opened it was there.
  const opened = OPENED_BY.exec(text);
  if (opened) return [{ list: `${opened[1]!}, ${opened[2]!}`, group: group('Present'), remote: null }];
  // "… held its fourth meeting, co-chaired by Ana Ruiz and Tomas Berg": who chaired it was there.
  const chairedBy = CHAIRED_BY.exec(text);
  if (chairedBy)
    return [
      {
        list: chairedBy[2]!,
        group: {
          name: chairedBy[1] === undefined ? 'Chair' : 'Co-Chairs',
          status: 'present',
          role: chairedBy[1] === undefined ? 'Chair' : 'Co-Chair',
        },
        remote: null,
      },
    ];
  // "The meeting was chaired by JRC and attended by experts from AT, CZ, DE and SK": who chaired
  // it and who attended, by the offices and countries they came from.
  const attendedBy = text.includes('attended by') ? ATTENDED_BY.exec(text) : null;
  if (attendedBy && onlyNames(attendedBy[2]!)) {
    const chair =
      attendedBy[1] === undefined ? null : /\bchaired by\s+(?:the\s+)?([A-Z]{2,8})$/.exec(attendedBy[1]);
    return [
      ...(chair === null
        ? []
        : [
            {
              list: chair[1]!,
              group: { name: 'Chair', status: 'present' as const, role: 'Chair' },
              remote: null,
            },
          ]),
      { list: attendedBy[2]!, group: group('Present'), remote: null },
    ];
  }
  // "The Chairman, Mr Majed Almaz, opened the meeting": the role first, then the name.
  const openedByRole = OPENED_BY_ROLE.exec(text);
  if (openedByRole)
    return [{ list: `${openedByRole[2]!}, ${openedByRole[1]!}`, group: group('Present'), remote: null }];
  const absent = /^(\p{Lu}.+?)\s+(?:was|were)\s+absent$/u.exec(text);
  if (absent) return [{ list: absent[1]!, group: group('Absent', 'absent'), remote: null }];
  return null;
}
