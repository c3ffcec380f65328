/**
 * The English messages of the registers: decisions, actions and documents across meetings, a
 * document and its flow, and search.
 */
import { count } from './count.js';

export const registerMessages = {
  registers: {
    csv: 'Download these rows as CSV',
    decisions: 'Decisions',
    actions: 'Actions',
    documents: 'Documents',
    filter: 'Filter',
    body: 'Body',
    anyBody: 'Any body',
    verb: 'Verb',
    from: 'From',
    to: 'To',
    text: 'Words',
    owner: 'Owner',
    status: 'Status',
    anyStatus: 'Any status',
    overdue: 'Only overdue',
    mine: 'Only mine',
    state: 'State',
    anyState: 'Any state',
    meeting: 'Meeting',
    date: 'Date',
    topic: 'Topic',
    outcome: 'Outcome',
    named: 'Named by',
    latest: 'Last named',
    none: 'Nothing matches.',
    results: count('result', 'results'),
    previous: 'Previous',
    pages: 'Pages',
    range: (first: string, last: string, total: string) => `${first}–${last} of ${total}`,
    documentTitle: 'Document',
    due: 'Due',
    next: 'Next',
    overdueMark: 'overdue',
  },
  document: {
    title: (title: string) => title,
    author: 'By',
    history: 'Outcomes that named this document',
    stateHistory: 'How its state moved',
    stateHistoryIntro: (flow: string) => `States follow the body’s flow: ${flow}.`,
    given: 'The meeting said',
    reached: 'State after',
    namedBy: 'Named by',
    onlyNamed: 'named it',
    backwards: (from: string, to: string) =>
      `Not applied: it would move the document back from ${from} to ${to}.`,
    notInFlow: (to: string) => `Not applied: the body’s flow has no state “${to}”.`,
    moved: 'moved',
  },
  flow: {
    heading: 'Document flow',
    usual: 'The usual flow',
    label: 'States in order, separated by commas (empty for the usual flow)',
    save: 'Save the flow',
  },
  search: {
    title: 'Search',
    results: (n: number, formatted: string, query: string) =>
      `${formatted} ${n === 1 ? 'result' : 'results'} for “${query}”`,
    more: (formatted: string, query: string) =>
      `More than ${formatted} results for “${query}”: the best of the ${formatted} most recently recorded are shown. Add words to narrow the search.`,
    none: (query: string) => `Nothing matches “${query}”.`,
    hint: 'All words must match. Use "quotes" for a phrase, -word to leave a word out, and OR between alternatives.',
    kinds: {
      meeting: 'Meeting',
      decision: 'Decision',
      action: 'Action',
      note: 'Note',
      document: 'Document',
      person: 'Person',
    },
  },
};
