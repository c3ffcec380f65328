/**
 * Every string a person reads on the pages, in English. Other languages are catalogs of the same
 * shape (`Messages`); messages that depend on a number take it and choose by Intl.PluralRules.
 * The messages of each area are in en/; the ones every page shares are here.
 */
import { accountMessages } from './en/accounts.js';
import { editMessages } from './en/edit.js';
import { importMessages } from './en/import.js';
import { meetingMessages } from './en/meetings.js';
import { peopleMessages } from './en/people.js';
import { registerMessages } from './en/registers.js';

export const en = {
  siteName: 'Minutebook',
  skipToContent: 'Skip to content',
  nav: {
    meetings: 'Meetings',
    decisions: 'Decisions',
    actions: 'Actions',
    documents: 'Documents',
    people: 'People',
    import: 'Import',
    newMeeting: 'New meeting',
    matches: 'Matches',
    audit: 'Audit trail',
    accounts: 'Accounts',
    search: 'Search',
    main: 'Main',
  },
  searchLabel: 'Search meetings, decisions, actions, documents and people',
  searchButton: 'Search',
  apiLink: 'JSON API (OpenAPI)',
  ...accountMessages,
  ...meetingMessages,
  notices: {
    saved: 'Your changes were saved.',
    created: 'The meeting was created.',
    imported: 'The summary was imported.',
    status: 'The action’s status was set.',
    signedIn: 'You are signed in.',
    signedOut: 'You are signed out.',
    moved: 'The summary moved on in its workflow.',
    commented: 'Your comment was added.',
    merged: 'Merged: every meeting now names them as one.',
    distinct: 'Noted as different; they will not be proposed again.',
    separated: 'Separated: that spelling is its own again.',
    membership: 'The membership was added.',
    membershipRemoved: 'The membership was removed.',
    flow: 'The document flow was saved.',
  },
  ...registerMessages,
  ...peopleMessages,
  ...importMessages,
  ...editMessages,
  errors: {
    notFound: 'Nothing here',
    notFoundText: 'No page or record has this address.',
    badInput: 'This could not be read',
    failure: 'Something went wrong',
    failureText: 'The request could not be completed. Nothing was changed.',
    back: 'Back to the meetings',
    noBody: (slug: string) => `No body has the address ${slug}.`,
    wrongMeeting: (id: string) => `The form is not the form of meeting ${id}.`,
    badStatus: (status: string) => `“${status}” is not a status an action can have.`,
    tooManyFields: (count: number, most: number) =>
      `The form has ${count.toLocaleString('en')} fields; a form of more than ${most.toLocaleString('en')} is refused.`,
    badState: (state: string) => `“${state}” is not a state a summary can have.`,
  },
  footer: 'Minutebook — the record of meetings, decisions and actions.',
};

export type Messages = typeof en;
