/**
 * The English messages of the form that records or edits a meeting, and of its conflicts.
 */
import type { DifferenceSubject } from '../../../domain/differences.js';
import { count } from './count.js';

const FIELD_LABELS = {
  body: 'body',
  title: 'title',
  mode: 'mode',
  date: 'date',
  start: 'start time',
  end: 'end time',
  venue: 'venue',
  purpose: 'purpose',
  status: 'status',
  kind: 'kind',
  verb: 'verb',
  text: 'text',
  owner: 'owner',
  due: 'due date',
  documents: 'documents',
  name: 'name',
  honorific: 'honorific',
  group: 'group',
  role: 'role',
  onBehalfOf: 'on behalf of',
};

export const editMessages = {
  edit: {
    shownTopics: (from: number, to: number, of: number) =>
      `Topics ${from}–${to} of ${of.toLocaleString('en')} are shown here.`,
    shownAttendance: (from: number, to: number, of: number) =>
      `Entries ${from.toLocaleString('en')}–${to.toLocaleString('en')} of ${of.toLocaleString('en')} are shown here.`,
    shownOutcomes: (from: number, to: number, of: number) =>
      `Of this topic’s ${of.toLocaleString('en')} decisions, actions and notes, ${from.toLocaleString('en')}–${to.toLocaleString('en')} are shown here.`,
    saveBeforeMoving: 'The others are kept as they are; save your changes before you move to them.',
    restKept: 'The others are saved as they are; correct them on the meeting’s edit page once it is saved.',
    earlierRows: 'Earlier ones',
    damagedForm: 'Part of the form was changed outside this page; open the page again.',
    laterRows: 'Later ones',
    title: (id: string) => `Edit ${id}`,
    newTitle: 'Record a new meeting',
    newIntro: 'Attendance starts from the people who attended the body’s last meeting.',
    save: 'Save',
    create: 'Create the meeting',
    cancel: 'Cancel',
    meeting: 'Meeting',
    body: 'Body',
    title2: 'Title',
    date: 'Date',
    start: 'Starts (UTC, 24-hour)',
    end: 'Ends (UTC, 24-hour)',
    mode: 'Mode',
    noMode: 'Not said',
    venue: 'Venue',
    purpose: 'Purpose',
    topics: 'Topics and outcomes',
    topic: 'Topic',
    topicTitle: 'Topic title',
    addTopic: 'Add a topic',
    addOutcome: 'Add an outcome',
    kind: 'Kind',
    verb: 'Verb',
    text: 'Text',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    remove: 'Remove this membership',
    attendance: 'Attendance',
    name: 'Name',
    honorific: 'Honorific',
    entryKind: 'Person or office',
    person: 'Person',
    office: 'Office',
    group: 'Group',
    role: 'Role',
    attendanceStatus: 'Attendance',
    onBehalfOf: 'On behalf of',
    addPerson: 'Add a person',
    conflict:
      'Someone else saved this meeting after you opened it, so your changes were not saved. They are still in the form below: compare with the current version, then save again.',
    currentVersion: (version: number) => `Open the saved version (${version}) in a new tab`,
    saved: 'Saved.',
    invalid: (field: string, message: string) => `${field}: ${message}`,
    invalidIntro: 'Nothing was saved. Please correct',
    recordNumber: (n: number) => `Meeting ${n}`,
    topicNumber: (n: number) => `Topic ${n}`,
    outcomesFolded: (c: { decision: number; action: number; note: number }) =>
      c.decision + c.action + c.note === 0
        ? 'Decisions, actions and notes: none yet'
        : `Decisions, actions and notes: ${[
            c.decision === 0 ? null : count('decision', 'decisions')(c.decision, String(c.decision)),
            c.action === 0 ? null : count('action', 'actions')(c.action, String(c.action)),
            c.note === 0 ? null : count('note', 'notes')(c.note, String(c.note)),
          ]
            .filter((part) => part !== null)
            .join(', ')}`,
    documentsFolded: (n: number) =>
      `${count('document', 'documents')(n, String(n))} named, each with its state and author`,
    attendanceFolded: (c: { present: number; regrets: number; absent: number }) =>
      `Everyone listed: ${c.present} present, ${c.regrets} with regrets, ${c.absent} absent`,
    outcomeNumber: (n: number) => `outcome ${n}`,
    personNumber: (n: number) => `Attendance row ${n}`,
    fieldLabels: FIELD_LABELS,
    differences: 'What differs between the saved version and yours',
    noDifferences: 'The saved version holds the same as yours.',
    differenceWhat: 'Field',
    differenceSaved: 'Saved version',
    differenceYours: 'Yours',
    subject: (subject: DifferenceSubject) => {
      const field =
        FIELD_LABELS[('field' in subject ? subject.field : 'title') as keyof typeof FIELD_LABELS] ?? '';
      switch (subject.kind) {
        case 'meeting':
          return `Meeting: ${field}`;
        case 'topic':
          return subject.title === null ? 'Outcomes under no item' : `Topic “${subject.title}”`;
        case 'outcome':
          return `${subject.id}: ${field}`;
        case 'attendance':
          return `${subject.name}: ${field}`;
      }
    },
    saveOver: (version: number) => `Save mine over version ${version}`,
    start2: 'Start recording',
    newIntroEmpty: 'This body has no meeting yet: add the people who attended below.',
    needBodyAndDate: 'Give the body and the date of the meeting.',
    timeNeedsDate: 'a time needs the date of the meeting',
    clockTime: 'write the time on the 24-hour clock, in UTC, as 13:00',
    newOutcomeText: 'Text of a new outcome',
    textOf: (id: string) => `Text of ${id}`,
    newTopic: 'New topic',
    reviewTopic: 'Review of actions',
    continues: 'Continues',
    continuesNone: 'Nothing earlier',
    continuesProposed: 'Continues an earlier outcome? (proposed, by likeness; choose to link)',
    continuesOf: (cite: string) => `Continues ${cite}`,
    noStatus: '—',
    meetingStatus: 'Status',
    attendanceHint:
      'One row per person or office. Leave a row blank to add no one; tick “remove” to take someone out.',
    removeTopic: 'Remove this topic',
    removeOutcome: 'Remove',
    removePerson: 'Remove',
    documents: 'Documents named (one per line)',
    documentsHeading: 'Documents',
    documentsHint:
      'The documents the outcomes name: their state as of this meeting and who wrote them. A document named in an outcome above is added here when saved.',
    documentState: 'State',
    noState: 'Not said',
    documentAuthor: 'By',
    entryKinds: { person: 'Person', office: 'Office' },
  },
};
