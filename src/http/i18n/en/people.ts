/**
 * The English messages of people: the people list, memberships and participation, and the
 * proposals that two spellings are one person (or two titles one document).
 */
export const peopleMessages = {
  matches: {
    people: 'Possibly the same person',
    documents: 'Possibly the same document',
    peopleTitle: 'People who may be one',
    documentsTitle: 'Documents that may be one',
    peopleIntro:
      'Spellings that may name one person: initials, short forms, middle names, honorifics. Nothing is merged until you confirm it; a merge changes every meeting that names either, and later imports under either spelling.',
    documentsIntro:
      'Titles of one body’s documents that may name one document. Nothing is merged until you confirm it; a merge joins their histories.',
    confidence: (percent: string) => `${percent} alike`,
    uses: (n: number, formatted: string) => `named ${formatted} ${n === 1 ? 'time' : 'times'}`,
    keep: (name: string) => `Same: keep “${name}”`,
    different: 'Different',
    groups: 'Several spellings of one',
    groupsIntro:
      'Spellings joined through the proposals below. Choose the one to keep, uncheck any that is someone else, and merge the rest at once.',
    spelling: 'Spelling',
    keepThis: 'Keep',
    mergeThis: 'Merge into it',
    keepThisOne: (name: string) => `Keep “${name}”`,
    mergeThisOne: (name: string) => `Merge “${name}”`,
    mergeGroup: (n: number) => `Merge the checked spellings (of ${n}) into the one kept`,
    none: 'Nothing to confirm.',
    review: 'Review the proposals',
    spellings: 'Also written as',
    spellingsIntro:
      'Spellings confirmed to be the same. Separate one that was merged by mistake: it becomes its own again in every meeting that wrote it.',
    separate: (name: string) => `Separate “${name}”`,
  },
  members: {
    heading: 'Memberships',
    none: 'No membership is recorded.',
    term: (from: string, to: string) => `${from || '…'} – ${to || '…'}`,
    rate: (took: string, total: string, percent: string) =>
      `Took part in ${took} of ${total} meetings of the term (${percent}).`,
    noMeetings: 'No meeting of this body falls in the term.',
    chartLabel: (body: string, summary: string) => `Participation in ${body}: ${summary}`,
    statuses: {
      present: 'present',
      represented: 'represented',
      regrets: 'regrets',
      absent: 'absent',
      'not recorded': 'not recorded',
    },
    add: 'Add a membership',
    body: 'Body',
    role: 'Role',
    from: 'From',
    to: 'To',
    addButton: 'Add',
    remove: 'Remove this membership',
    removeLabel: (body: string, role: string) => `Remove the membership of ${body} as ${role}`,
    legend: 'Key',
    notRecordedNote: 'Not recorded: the summary does not name them.',
  },
  participation: {
    heading: 'Participation by group',
    intro: 'People present at each meeting, by the group headings the summaries use.',
    chartLabel: (body: string) => `People present at each meeting of ${body}, by group`,
    group: 'Group',
    noGroup: 'No group',
    away: 'Regrets or absent',
    none: 'No attendance is recorded.',
  },
  people: {
    title: 'People',
    filter: 'Name',
    present: 'Present',
    regrets: 'Regrets',
    absent: 'Absent',
    office: 'office',
    attendance: 'Attendance',
    representedBy: 'Attended on their behalf',
    actions: 'Actions given to them',
    group: 'Group',
    role: 'Role',
    name: 'Name',
    status: 'Attendance',
    summary: (present: string, regrets: string, absent: string) =>
      `Present ${present} · Regrets ${regrets} · Absent ${absent}`,
  },
};
