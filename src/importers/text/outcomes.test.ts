import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OutcomeKind } from '../../domain/record.js';
import { readItem } from './outcomes.js';
import { recordOf } from '../../../test/support/example.js';

const read = (text: string, defaultKind: OutcomeKind = 'note') => {
  const reading = readItem(text, { defaultKind, body: 'Example Panel', year: 2024 });
  assert.equal(reading.placeholder, false, text);
  return reading as Exclude<typeof reading, { placeholder: true }>;
};

const pick = (reading: ReturnType<typeof readItem>) =>
  reading.placeholder ? ['placeholder', null] : [reading.kind, reading.owner];

describe('readItem', () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ['The Panel endorsed the timeline.', { kind: 'decision', verb: 'endorsed' }],
    // What the body decides, said in the present as some secretariats write it.
    [
      'The harbour review committee accepts the Building model as a new standard.',
      { kind: 'decision', verb: 'accepts' },
    ],
    ['The Committee decides to organise a training this year.', { kind: 'decision', verb: 'decides' }],
    ['The Board approves the budget for 2024.', { kind: 'decision', verb: 'approves' }],
    // Agreement told as a noun is the body's decision too.
    ['Agreement among the Board that we do not need the cover.', { kind: 'decision' }],
    ['There is consensus that we want to enable the setting.', { kind: 'decision' }],
    ['There was general agreement to keep the current schedule.', { kind: 'decision' }],
    ['There was no agreement on the budget.', { kind: 'note' }],
    // What the room concluded, to be confirmed on the mailing list as working groups do.
    ['To be confirmed on the list: keep the short field names.', { kind: 'decision' }],
    ['To be confirmed (option B) on the mailing list. Then a new draft.', { kind: 'decision' }],
    ['Keep the short field names, to be confirmed on list.', { kind: 'decision' }],
    ['Minutes to be circulated on the list.', { kind: 'action' }],
    // Undoing an earlier decision is a decision too.
    ['The council rescinded its earlier grant to the rowing club.', { kind: 'decision', verb: 'rescinded' }],
    [
      'For clarity we revoked the old charter before granting the new one.',
      { kind: 'decision', verb: 'revoked' },
    ],
    // What someone feels must happen, and a question asked in a report, set no task.
    ['Margo feels that a "save the date" needs to go out before the end of the year.', { kind: 'note' }],
    ['Margo has heard a lot of questions to the tune of will there be another workshop.', { kind: 'note' }],
    // "Action Bart: …": an action labelled with who takes it.
    ['Action Bart : clarify the points made', { kind: 'action', owner: 'Bart' }],
    ['Action all: Review the guideline and provide comments by next call', { kind: 'action', owner: 'all' }],
    ['Action required: none', { kind: 'note' }],
    // What an organ confirms it decides; what someone confirms they report.
    [
      'The Harbour Steering Committee, meeting today in Copenhagen, have confirmed that Norway is to be the new Chair.',
      { kind: 'decision', verb: 'confirmed' },
    ],
    ['David confirmed that there are other teams using the same workflow.', { kind: 'note' }],
    // What a document will hold, and what may happen, set no task; a document to be circulated does.
    ['The architecture document will describe how the protocol works in general.', { kind: 'note' }],
    ['Some protocol documents will describe the handshake.', { kind: 'note' }],
    ['The draft will be circulated by the chairs.', { kind: 'action', owner: 'chairs' }],
    ['oauth2 likely to be dropped', { kind: 'note' }],
    // "ALL: Have a look at …": who is asked, then what to do.
    ['ALL: Have a look at the agenda for the retreat.', { kind: 'action', owner: 'ALL' }],
    // A sentence's first word that is an adjective or a verb's -ing form is no one; a plan's
    // label is no speaker.
    ['Working to add a new feature to the hub', { kind: 'note' }],
    ['Worthwhile to do a sweep on the open PRs', { kind: 'note' }],
    ['Plan: Mike will take a look at the PRs', { kind: 'action', owner: 'Mike' }],
    ['About CI to run Slurm: a large PR updating the Dockerfile', { kind: 'note' }],
    // "E.g." opens an example; it is no one.
    ['E.g. to provide good UX to users, identify them as much as needed.', { kind: 'note' }],
    // Someone who accepts an invitation decides nothing for the body.
    ['Ana accepts the invitation to speak at the forum.', { kind: 'note' }],
    [
      'The Panel agreed to develop a two-page document.',
      { kind: 'action', verb: 'agreed to develop', owner: null },
    ],
    [
      'The “Draft Recommendations” document will be finalized.',
      { kind: 'action', verb: 'will be finalized' },
    ],
    ['It was decided to defer the item.', { kind: 'decision' }],
    // What need not be done, and who will do it only as part of a description, set no task.
    ['The signal doesn’t need to be blocked, but rather a request for a larger window.', { kind: 'note' }],
    ['Show of hands from who has or will implement. A few hands.', { kind: 'note' }],
    // A delegate's word in a summary record is no decision or task of the body.
    ['Mr. Taalas (Finland), speaking on behalf of the Union, endorsed the request.', { kind: 'note' }],
    ['Ms. Rasheed (Observer for Palestine) asked the Committee to postpone any decision.', { kind: 'note' }],
    ['There were no objections.', { kind: 'decision', verb: 'no objections' }],
    // Consensus to do something is the body's decision; what is still to be confirmed is not.
    ['Strong consensus to adopt; to be confirmed on the list.', { kind: 'decision', verb: 'consensus to' }],
    ['There was no consensus to adopt the draft.', { kind: 'note' }],
    // A question asks for a decision; it takes none.
    ['AR: Do we have consensus for stage 3?', { kind: 'note' }],
    ['Was the budget approved by the committee?', { kind: 'note' }],
    ['The terms are to be agreed at the next meeting.', { kind: 'note' }],
    ['YAML media type submitted; hand-off being decided.', { kind: 'note' }],
    // A second verb of the meeting after what a report confirmed is the meeting's own.
    [
      'A survey was carried out which confirmed the hall was unfit but agreed that checks should be made monthly.',
      { kind: 'decision', verb: 'agreed that' },
    ],
    ['The treasurer confirmed that the accounts were approved.', { kind: 'note' }],
    [
      'The Secretariat will circulate the template by 30 September 2024.',
      { kind: 'action', owner: 'Secretariat', due: '2024-09-30' },
    ],
    ['Lise to circulate the draft by 15 December.', { kind: 'action', owner: 'Lise', due: '2024-12-15' }],
    ['Fix the flaky CI job (Lukas)', { kind: 'action', owner: 'Lukas' }],
    // A group named in sentence case, without "the", owns its task.
    ['Finance committee will review the reserves policy.', { kind: 'action', owner: 'Finance committee' }],
    // A motion moved and seconded is the body's decision, whatever it asks to be done; what a
    // task is for ("so everyone … will watch") is no task of its own.
    [
      'Motion by Ana Ruiz, second by Tomas Berg to have the clerk put a sign on the doors so everyone coming in will watch for ice.',
      { kind: 'decision' },
    ],
    ['It was so decided.', { kind: 'decision' }],
    // "is committed to" tells what an organisation stands for; "committed to" after a name is a task.
    ['The Foundation is committed to creating a safe and welcoming community.', { kind: 'note' }],
    // A chat's mention of a full name is one owner.
    [
      '@Emma Gardner   to talk to the data centre about the vocabularies',
      { kind: 'action', owner: '@Emma Gardner' },
    ],
    // "All" named as the owner is everyone's task, and said so.
    ['All to send their training material to Angelo', { kind: 'action', owner: 'All' }],
    // What "we" will do and what a goal is to do are said in discussion, not assigned.
    ['We will merge or reject them in the call.', { kind: 'note' }],
    ['The goal is to reach a decision by June.', { kind: 'note' }],
    // "decided to appoint" does what it says: a decision; "agreed to develop" leaves a task.
    [
      'The Executive Committee decided to appoint Lee Okafor to replace the late treasurer.',
      { kind: 'decision', verb: 'decided' },
    ],
    // A problem that "was resolved" was fixed; a body that "resolved that" decided.
    ['(The Wi-Fi outage was resolved at this point)', { kind: 'note' }],
    ['It was resolved that the hall be let to the choir.', { kind: 'decision' }],
    // "(item deferred)" says where an agenda item stands.
    ['(Luther) Update on the insurance policy. (item deferred)', { kind: 'note' }],
    // What may be needed, and what will happen to a meeting, are no one's task.
    ['Workload of new members may need to be considered', { kind: 'note' }],
    // What goes on as it did, and what needs doing with no one named to do it, set no task.
    ['The members will continue to review and update these when required.', { kind: 'note' }],
    [
      'A few points still need clarification; these will continue to be discussed by the board.',
      { kind: 'note' },
    ],
    ['The list of wiki accounts excludes three members, need to be added.', { kind: 'note' }],
    ['Needs to support both the ferry and the bus timetables', { kind: 'note' }],
    // "Eager to", "Vote to": no one's name; a vote that passes decides, and so does tabling.
    ['Eager to have a role in the harbour’s governance', { owner: null }],
    ['Vote to approve the ferry plan. Passes four in favor, one absent.', { kind: 'decision' }],
    ['Little support yet for the survey, decided to table the topic for now', { kind: 'decision' }],
    ['Need to check the tide gauge before Friday', { kind: 'action' }],
    ['The structure of this group will need to be agreed by the members.', { kind: 'note' }],
    ['The budget line needs to be approved by the Treasurer.', { kind: 'action', owner: 'Treasurer' }],
    ['Ana Ruiz will continue the survey.', { kind: 'action', owner: 'Ana Ruiz' }],
    [
      'The secretariat will continue to provide support to all Parties.',
      { kind: 'action', owner: 'secretariat' },
    ],
    ['Next board meeting will be extended by 30 minutes to welcome new members.', { kind: 'note' }],
    // A task after its owner's handle and a colon, in a list of action items.
    [
      '@anaruiz: draft the travel grant charter',
      { kind: 'action', owner: '@anaruiz', text: 'draft the travel grant charter' },
    ],
    // A task after its owner and a colon, capitalised as action lists often are.
    [
      'Ana Ruiz: Update the bylaws on the website',
      { kind: 'action', owner: 'Ana Ruiz', text: 'Update the bylaws on the website' },
    ],
    ['Budget: Approved as presented.', { owner: null }],
    // A capitalised first word before "to" is no owner unless it can be a name.
    ['How to build a queue on top of the log', { owner: null }],
    ['Link to this week’s logs', { owner: null }],
    ['Suggestion to cut those fields.', { owner: null }],
    // What a thing will do, or what it, this or we will do, is no one's task.
    ['The new gauge network will enable hourly readings.', { kind: 'note' }],
    ['It will be easier to answer after the survey.', { kind: 'note' }],
    // What will happen or be known, foretold, is no one's task.
    ['Classroom - will know more later after the two of them consult.', { kind: 'note' }],
    ['Not all who have marked attending will actually show up.', { kind: 'note' }],
    ['The risk is that it will take longer still on the larger graphs.', { kind: 'note' }],
    // A status after the item's first word is no owner: "Deferred to …" names no one.
    ['Deferred to next month’s meeting.', { owner: null }],
    ['Postponed to the autumn session.', { owner: null }],
    ['There is some concern, which we’ll need to work out over time.', { kind: 'note' }],
    ['Due to the storm the pier survey is delayed.', { owner: null }],
    // A speaker's words after their initials: what they agreed counts, what they need is speech.
    ['RGr - We need to approve the change to the charter.', { kind: 'note' }],
    ['RGr - We agreed that the charter will be updated.', { kind: 'decision' }],
    ['Mira Santos: I think we need to look at the tide tables.', { kind: 'note' }],
    // A speaker taking on a task in their own words owns it; saying what they will say does not.
    ['Mira Santos: I will look at the tide tables.', { kind: 'action', owner: 'Mira Santos' }],
    ['<kemal> ok, I’ll add a note to #88 about the ferry timetable', { kind: 'action', owner: 'kemal' }],
    ['Oda: Sounds fine, I’ll draft the reply to the harbour office.', { kind: 'action', owner: 'Oda' }],
    ['Oda: Okay. I will draft the reply by Friday.', { kind: 'action', owner: 'Oda' }],
    ['Oda: Ok I will send an email to the harbour office.', { kind: 'action', owner: 'Oda' }],
    // A sentence with no subject in what a speaker said is the speaker's task; a question is not.
    [
      'Priya: Tide gauge update: the new sensor is in. Will send the readings to the list.',
      { kind: 'action', owner: 'Priya' },
    ],
    ['Priya: The gauge is in. Will we need a second one?', { owner: null }],
    // After a clause joined by "but" or "and": "I don't know, but I will ask".
    [
      '[oda] I am not sure but I will ask the harbour master after the call.',
      { kind: 'action', owner: 'oda' },
    ],
    ['Oda: Agreed to adjust the tide table and share it for comment', { kind: 'action', owner: 'Oda' }],
    ['All: Agreed to put the idea on the back burner.', { owner: null }],
    ['Mira Santos: Agreed with Oda’s concerns.', { kind: 'note' }],
    ['Highlighted the need to adjust the tide tables.', { kind: 'note' }],
    ['Conclusion They will send the feedback to the author.', { owner: null }],
    ['@harbour/tsc: Find a plan to unblock #1503.', { kind: 'action', owner: '@harbour/tsc' }],
    // What was reported ends with its sentence; a task in the next one is a task.
    [
      'It was noted that the shirts should not all be square. Daniel will pass that remark on to the printer.',
      { kind: 'action', owner: 'Daniel' },
    ],
    // "Chairs Action:": who, then the label.
    [
      'Chairs Action: Time for the last call',
      { kind: 'action', owner: 'Chairs', text: 'Time for the last call' },
    ],
    ['Next Action: the harbour survey', { owner: null }],
    ['Mira Santos: I will walk through where the survey stands.', { kind: 'note' }],
    ['Mira Santos: I’ll say a word on the budget first.', { kind: 'note' }],
    ['Oda: If the board agrees, I’ll draft the reply.', { kind: 'note' }],
    // What leads to it, however long, in the same line: "…, so I'll merge it", "… and I'll open …".
    ['Oda: But nobody has objected, so I’ll go ahead and merge it.', { kind: 'action', owner: 'Oda' }],
    [
      'Oda: for now two smaller points are left out of the draft, and I’ll open issues for them after the merge.',
      { kind: 'action', owner: 'Oda' },
    ],
    ['Oda: Good point. I will send the figures to the list.', { kind: 'action', owner: 'Oda' }],
    ['Oda: The harbour master says that as long as nobody objects, I’ll merge it.', { kind: 'note' }],
    ['Oda: When the survey is back next spring, I’ll draft the reply.', { kind: 'note' }],
    // Trying, with nothing to do named, is no task.
    ['<oda> the retest will take a while before the release, but I will try', { kind: 'note' }],
    // Notes drop the speaker's "I": "Oda: Will send …" is Oda's task; a question is none.
    ['Oda: Will send the tide table to the list.', { kind: 'action', owner: 'Oda' }],
    ['<oda> will do', { kind: 'action', owner: 'oda' }],
    ['Oda: Will the tide table be ready by June?', { kind: 'note' }],
    ['Oda: Will presents the tide table next week.', { owner: null }],
    ['The Clerk will forward the quotation to the harbour master.', { kind: 'action', owner: 'Clerk' }],
    // Who a passive names as doing it owns it; "by" a date or a means names no one.
    [
      'The conference will be attended by all three supervisors.',
      { kind: 'action', owner: 'all three supervisors' },
    ],
    ['The minutes will be circulated by the Secretary.', { kind: 'action', owner: 'Secretary' }],
    [
      'The SC asked the release managers to publish the schedule.',
      { kind: 'action', owner: 'release managers' },
    ],
    // Someone named right before "will", inside the sentence, is who will; after a condition too.
    [
      'Concern was raised about the light and Cllr Mack will check the defibrillator.',
      { kind: 'action', owner: 'Cllr Mack' },
    ],
    [
      'Once the lockdown has ended Cllr Cann will check the lighting.',
      { kind: 'action', owner: 'Cllr Cann' },
    ],
    // An office named inside the sentence, after a lead of when, before "will".
    [
      'Next month the work group will consult the regional chapters on the draft.',
      { kind: 'action', owner: 'work group' },
    ],
    [
      'Dog fouling remains an issue. The Borough Councillor will be asked for help.',
      { kind: 'action', owner: null },
    ],
    // "requested that staff prepare …": who was asked, and the task, in the subjunctive.
    [
      'The Board requested that staff prepare a revised proposal for April.',
      { kind: 'action', owner: 'staff' },
    ],
    ['The Board requested that the President report on the fees.', { kind: 'action', owner: 'President' }],
    ['The minutes will be circulated by Friday.', { kind: 'action', owner: null }],
    ['The minutes will be circulated by email.', { kind: 'action', owner: null }],
    // The owner first after a short lead or in a later clause; a speaker owns only what they say they do.
    ['Import maps: Wes will refactor his branch.', { kind: 'action', owner: 'Wes' }],
    ['Chaim: Chaim to post the call for organisers.', { kind: 'action', owner: 'Chaim' }],
    ['Insurance: Need to understand the liability; Fazli to introduce the advisor.', { owner: 'Fazli' }],
    [
      'The groups will meet on a regular basis, and the Specification Working Group will decide the frequency.',
      { kind: 'action', owner: 'Specification Working Group' },
    ],
    ['@lehnberg to put together a first draft of the brief.', { kind: 'action', owner: '@lehnberg' }],
    ['ACTION Shepazu to write the blog post', { kind: 'action', owner: 'Shepazu' }],
    ['Ian: RT will take too long.', { owner: null }],
    ['Wes: Happy to do that!', { owner: null }],
    ['Plan for LCGC to do an annual review of lessons.', { kind: 'action', owner: 'LCGC' }],
    ['Subject to verification by the chair.', { owner: null }],
    // A verb in a clause of condition or time says what would happen.
    ['Where a point is discussed and agreed, the chair marks it in the log.', { kind: 'note' }],
    ['Say on the channel when the minutes will be posted.', { kind: 'note' }],
    ['When the vote was taken, the motion carried.', { kind: 'decision' }],
    ['Moving to release the next version and the backports.', { owner: null }],
    ['JD to forward the signed delegation to all members.', { kind: 'action', owner: 'JD' }],
    ['Hana: figure out why the build is slow', { kind: 'action', owner: 'Hana' }],
    ['ACTION: bkowalski to update the examples', { kind: 'action', owner: 'bkowalski' }],
    ['RESOLVED (2010.10.28.01): The Board approves the budget.', { kind: 'decision', ref: '2010.10.28.01' }],
    [
      'A-2024-17 (CFO) Publish the fee schedule – done.',
      { kind: 'action', ref: 'A-2024-17', owner: 'CFO', status: 'done' },
    ],
    // An action point's number of the date it was given, and its status as a sentence after it.
    [
      'A20191212-01: The Managing Director to prepare a report on the member survey. Done.',
      { kind: 'action', ref: 'A20191212-01', owner: 'Managing Director', status: 'done' },
    ],
    [
      'A20191212-02: Remco Vliet to review the investment policy. Ongoing.',
      { kind: 'action', ref: 'A20191212-02', owner: 'Remco Vliet', status: 'in progress' },
    ],
    ['Action: Should we also tell the Consortium?', { kind: 'note', mislabelled: true }],
    ['Members noted that three agencies have confirmed participation.', { kind: 'note' }],
    ['The Panel will present a proposal next year.', { kind: 'action', owner: null }],
    ['The Board will present a proposal next year.', { kind: 'action', owner: 'Board' }],
    ['The Chair will present a proposal next year.', { kind: 'action', owner: 'Chair' }],
    ['Budget for 2025', { kind: 'note' }],
    // Owners named last in brackets, by initial too; a status in brackets is no one.
    ['Set up the bank account [K, D, J]', { kind: 'action', owner: 'K, D, J' }],
    ['Write the release notes (@ana)', { owner: '@ana' }],
    ['Fix the broken link to the charter [DONE]', { owner: null }],
    // A list of names is one subject; an adverb before a comma is no name.
    [
      'Kerri, Phil, Anthony, and Kim to collaborate on the issue labels',
      { kind: 'action', owner: 'Kerri, Phil, Anthony, and Kim' },
    ],
    ['Finally, Bob will send the minutes.', { kind: 'action', owner: null }],
    // The owner of a later sentence owns what that sentence says.
    [
      'Search and media overlay come next. Hadrien will share the slides.',
      { kind: 'action', owner: 'Hadrien' },
    ],
    ['The Board seeks a joint meeting at NANOG. Dave to confirm the day with everyone.', { owner: 'Dave' }],
    ['Dave: Should be in the vocabulary. But to solve this, that is too deep.', { owner: null }],
    ['Proposed to start the names with "STD-". Too complicated.', { owner: null }],
    // After a determiner a participle describes a thing; "voted to" decides.
    ['The approved budget was circulated to members.', { kind: 'note' }],
    ['He is the designated expert for link relations.', { kind: 'note' }],
    ['Board voted to accept responsibility for the conference.', { kind: 'decision' }],
    ['The poll has consensus.', { kind: 'decision' }],
    ['The group has consensus on whether to meet weekly? Not yet.', { kind: 'note' }],
    // An address after a label is no task.
    ['Audio: https://example.org/meeting.ogg', { owner: null }],
    // A verdict said alone on a speaker's line decides; anything more said is speech.
    ['<kimhd> Reviewed changes and approved', { kind: 'decision', verb: 'approved' }],
    ['<kimhd> approved, but the wording needs another pass', { kind: 'note' }],
    ['<sarang> Agreed', { kind: 'note' }],
    ['<wreid> close #187', { kind: 'decision' }],
    ['<wreid> close as no longer relevant.', { kind: 'decision' }],
    ['<wreid> close?', { kind: 'note' }],
    // Who was asked stands before the passive verb, or after the verb of a resolution.
    ['The clerk was instructed to find out who owns the verge.', { kind: 'action', owner: 'clerk' }],
    ['The Treasurer was asked to circulate the accounts.', { kind: 'action', owner: 'Treasurer' }],
    ['Members were asked to send comments by Friday.', { kind: 'action', owner: null }],
    [
      '4. Further requests the Secretariat to inform all members of the new method;',
      { kind: 'action', owner: 'Secretariat' },
    ],
    ['3. Decides to hold its next session in Nairobi;', { kind: 'decision' }],
    // "to be done" is a task only as the item's own predicate, not inside a noun phrase.
    ['Minutes to be circulated by the clerk.', { kind: 'action' }],
    ['To be signed by the Chair.', { kind: 'action' }],
    ['Some documentation describing the issue to be added.', { kind: 'note' }],
    ['Updated the adopted version of the draft to be aligned with the registry.', { kind: 'note' }],
    ['The next meeting is to be held on 30 August 2012.', { kind: 'note' }],
    ['Way to fetch the list of upcoming events', { owner: null }],
    ['Dave volunteers to: add a line on standards to the template.', { kind: 'action', owner: 'Dave' }],
    ['Looking for volunteers to help review the timeline.', { kind: 'note', owner: null }],
    ['After each point the meeting is to move on.', { kind: 'note' }],
    // A report's title with its presenter is no task.
    ['Update from the Policy TWG (MPJ)', { kind: 'note' }],
    // A verdict on a numbered pull request or proposal decides it; what is to be done with one does not.
    ['Merged PR #11593', { kind: 'decision', verb: 'Merged' }],
    ['Approved RFC 9110', { kind: 'decision' }],
    ['Backport PR #11592', { kind: 'note' }],
    // What someone said they themselves would do is their task; what they said of others is not.
    [
      'John presented the charter proposal. John said he would take it to the email list for a vote.',
      { kind: 'action', owner: 'John' },
    ],
    ['Mary confirmed that she will circulate the draft.', { kind: 'action', owner: 'Mary' }],
    ['Cupid said he is having discussions with those who want to take part.', { kind: 'note' }],
    ['Ana said she would be happy to help.', { kind: 'note' }],
    // "is to" sets a task after who is to do it, not after what a thing is.
    ['The Secretariat is to prepare the report.', { kind: 'action', owner: 'Secretariat' }],
    ['Members are to send their comments.', { kind: 'action' }],
    ['Not much left: what is left is to implement the proof of work.', { kind: 'note' }],
    ['The recommendation "discuss" is to ensure there is consensus before merging.', { kind: 'note' }],
    // Works "carried out" were done; a motion "carried" was decided.
    ['The increased precept is to enable works in the village to be carried out.', { kind: 'note' }],
    ['The motion was carried.', { kind: 'decision' }],
    // A shared notepad's author tag names who raised the item: for a task, who does it.
    [
      '[name=Guillaume] Preparing the 1.1.2 release in the upcoming weeks',
      { text: 'Preparing the 1.1.2 release in the upcoming weeks' },
    ],
    ['[name=Ana Ruiz] Will send the budget to the treasurer.', { kind: 'action', owner: 'Ana Ruiz' }],
    ['[name=Olivier] Index types for Cython code', { kind: 'note', owner: null }],
    // A labelled decision that only gives people a task is that task; the body's own is decided.
    ['Resolution: @ana-r and @tberg will do the release.', { kind: 'action', owner: '@ana-r and @tberg' }],
    ['Resolution: We will enable the setting on 13 September.', { kind: 'decision' }],
    // A handle in lower case, in notes of any kind, owns what it will do; a word of the language does not.
    ['kemal_b will ask the harbour office about the permit.', { kind: 'action', owner: 'kemal_b' }],
    ['oda-n is going to write the tide chapter this month', { kind: 'action', owner: 'oda-n' }],
    ['someone will ask the harbour office about the permit.', { owner: null }],
    // A row of a task table written out with slashes: task / owner / when.
    [
      'Determine the action plan for education and support / Roland / April 8th',
      {
        kind: 'action',
        owner: 'Roland',
        due: '2024-04-08',
        text: 'Determine the action plan for education and support',
      },
    ],
    ['Azure Pipelines / SonarCloud / gcov', { kind: 'note', owner: null }],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}"`, () => {
      const reading = read(text) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(reading[key], value, key);
    });
  }

  it('reads a motion with its mover, seconder and tally', () => {
    const reading = read(
      'Motion by Cllr Patel, seconded by Cllr Ferrante, to award the contract. Ayes: 5. Noes: 0. Motion carried.',
    );
    assert.equal(reading.kind, 'decision');
    assert.deepEqual(reading.motion, {
      movedBy: 'Cllr Patel',
      secondedBy: 'Cllr Ferrante',
      votesFor: 5,
      votesAgainst: 0,
      abstentions: null,
    });
  });

  it('reads a motion proposed and seconded without "by"', () => {
    const reading = read(
      'Payments: Harbour Printers £64.78 - proposed Mrs. Fisher and seconded Mrs. Cairn pass for payment.',
    );
    assert.equal(reading.kind, 'decision');
    assert.deepEqual([reading.motion?.movedBy, reading.motion?.secondedBy], ['Mrs. Fisher', 'Mrs. Cairn']);
  });

  it('takes someone listed as present, doing a task in the present tense, for its owner', () => {
    const knows = (name: string) => ['Joost', 'Ben Abelshausen'].includes(name);
    const read = (text: string) => readItem(text, { defaultKind: 'note', body: 'Board', year: 2018, knows });
    assert.deepEqual(pick(read('Joost sends a message that the interview is OK')), ['action', 'Joost']);
    assert.deepEqual(pick(read('Ben Abelshausen checks the bank account.')), ['action', 'Ben Abelshausen']);
    // Someone reporting or explaining does nothing more; a name nobody listed is no owner.
    assert.deepEqual(pick(read('Joost explains the plan for the year.')), ['note', null]);
    assert.deepEqual(pick(read('Marie sends her regards.')), ['note', null]);
    // "Have Dave …": who is had to do it is its owner, listed or not.
    assert.deepEqual(pick(read('Have Dave assess the work required for the joint event.')), [
      'action',
      'Dave',
    ]);
    assert.deepEqual(pick(read('Let us review the budget next month.')), ['note', null]);
    // The item's subject owns a later clause that has no subject of its own.
    assert.deepEqual(pick(read('Joost on leave for three weeks, will hand over chair duties to Ben.')), [
      'action',
      'Joost',
    ]);
    assert.deepEqual(pick(read('Marie on leave for three weeks, will hand over chair duties to Ben.')), [
      'action',
      null,
    ]);
  });

  it('takes a label over an address for no task, where items are actions', () => {
    assert.equal(read('Audio: https://example.org/2021-01-18/audio.ogg', 'action').kind, 'note');
  });

  it('takes no owner from a label over an address, where items are actions', () => {
    assert.equal(read('Audio: https://example.org/meeting.ogg', 'action').owner, null);
  });

  it('takes a line that asks to ensure something for a task, where items are actions, whatever state its words name', () => {
    assert.equal(
      read('Ensure Lee is added to the project (check via the submitted profile)', 'action').kind,
      'action',
    );
    assert.equal(read('Grant application submitted', 'action').kind, 'note');
  });

  it('takes no owner from the object of a task that opens with its verb, where items are actions', () => {
    const reading = read('Investigate Zoom, Go-to-Meeting to support the monthly calls', 'action');
    assert.deepEqual([reading.kind, reading.owner], ['action', null]);
  });

  it('takes the kind of its section when its words say nothing', () => {
    assert.equal(read('Budget for the sponsors', 'action').kind, 'action');
  });

  it('recognises placeholders', () => {
    for (const text of ['[Decision]:', 'Action: <owner> to <task> by <date>', 'Decision: TBD', 'None.']) {
      assert.equal(readItem(text, { defaultKind: 'note', body: null, year: 2024 }).placeholder, true, text);
    }
  });
});

describe('notes of what each speaker said', () => {
  const outcomesOf = (text: string) =>
    recordOf(text, 'notes.md')
      .topics.flatMap((t) => t.outcomes)
      .filter((o) => o.kind !== 'note')
      .map((o) => [o.kind, o.owner, o.text]);

  it('takes what a speaker says anyone will or must do for speech, and only what is labelled for an outcome', () => {
    assert.deepEqual(
      outcomesOf(`# Lantern transport group, 2 July 2025

## Congestion control

Ian: Real-time will take too long for this round.

Mark: Not sure, have to look into it.

Christian: Propose some additional goals. Why not real-time?

Markus: Agree with the averaging windows. Need to translate that into an issue.

Ana: The interop tests found two bugs.

Tomas: The draft is nearly ready for review.

Decision: the group adopts the draft as a working document.
`),
      [['decision', null, 'the group adopts the draft as a working document.']],
    );
  });

  it('takes a later sentence in which the speaker, dropping "I", says they will do something for their task', () => {
    assert.deepEqual(
      outcomesOf(`# Lantern transport group, 2 July 2025

## Issues

Ian: Real-time will take too long for this round.

Mark: Not sure, have to look into it.

Christian: Propose some additional goals. Why not real-time?

Ana: The interop tests found two bugs.

Markus: Agree with the averaging windows. Need to translate that into an issue. Will label the issues.
`).map(([kind, owner]) => [kind, owner]),
      [['action', 'Markus']],
    );
  });

  it('takes a speaker’s yes to a task asked of them by name for their task', () => {
    assert.deepEqual(
      outcomesOf(`# Lantern transport group, 2 July 2025

## Gauges

Ian: The proposal looks fine to me.

Mark: Not sure about the second part.

Ana: Kit, could you ask the harbour master to check the gauge readings?

Tomas: Mostly the ones from March.

Kit: sure. it may take a week though.

Ana: Lee, can you hear me now?

Lee: yes.

Ana: Tomas, can you send the figures round?

Ian: sure, he has them.
`).map(([kind, owner]) => [kind, owner]),
      [['action', 'Kit']],
    );
  });

  it('reads speakers named by their initials before a dash, and keeps what the board resolved', () => {
    assert.deepEqual(
      outcomesOf(`# Harbour Association Board, 1 October 2020

**5. Approval of the tide gauge project**

- AnR - We need assurance that the partner's aims are aligned with ours. We agreed that the licence will be updated.
- TB - I think the governance arrangements keep the association in the driving seat.
- AnR - Any more questions?
- TB - We need to approve the change to the licence.
- AnR - I have approved it.
- ALL - agreed
- HR - Do we know what the partner wants?
- TB - My opinion is that it changes nothing for us.

RES-HA RESOLUTION – The Board approved the tide gauge project and the updated licence.
`),
      [
        ['decision', null, 'ALL - agreed'],
        [
          'decision',
          null,
          'RES-HA RESOLUTION – The Board approved the tide gauge project and the updated licence.',
        ],
      ],
    );
  });

  it('takes a speaker’s line that says someone takes the action for that person’s task', () => {
    assert.deepEqual(
      outcomesOf(`# Lantern transport group, 2 July 2025

## Charter

Ian: Real-time will take too long for this round.

Mark: Not sure, have to look into it.

Manu: Suggest we create a list of organisations and assign people to contact them. Manu taking that action.

Ana: The interop tests found two bugs. I will take an action to file them.

Tomas: The draft is nearly ready for review. I'll take that action too.

Lee: We'll take the action to the list.
`).map(([kind, owner]) => [kind, owner]),
      [
        ['action', 'Manu'],
        ['action', 'Ana'],
        ['action', 'Tomas'],
        ['action', null],
      ],
    );
  });

  it('reads the same tasks as tasks where speakers are few', () => {
    assert.deepEqual(
      outcomesOf(`# Lantern transport group, 2 July 2025

## Congestion control

Mark: Not sure, have to look into it.

The group reviewed the draft. Christian will propose additional goals.
`).map(([kind, owner]) => [kind, owner]),
      [
        ['action', null],
        ['action', 'Christian'],
      ],
    );
  });
});

describe('a conclusion set in bold', () => {
  it('reads a whole sentence in bold as said, so that what it gives to do is a task', () => {
    const record = recordOf(
      `# Lantern Working Group, 6 November 2025

## Lantern Discovery

Discussion continues.

**Chairs will request early review from the routing area.**

## Lantern Proxying

The draft is ready.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Lantern Discovery', 'Lantern Proxying'],
    );
    assert.deepEqual(
      record.topics[0]!.outcomes.map((o) => [o.kind, o.owner, o.text]),
      [
        ['note', null, 'Discussion continues.'],
        ['action', 'Chairs', 'Chairs will request early review from the routing area.'],
      ],
    );
  });
});

describe('minutes that give their fields with the values indented below', () => {
  it('ends a field at the next field and keeps a wrapped action whole, listed once under its topic', () => {
    const record = recordOf(
      `Lantern Task Force Telecon Minutes for 2021-01-18

Action Items:
  1. Kerri and Kim to collaborate on issue
    tags/labels for sorting
Organizer:
  Kim Hamilton Duffy
Present:
  Kim Hamilton Duffy, Kerri Lemoie, Phil Long

Topic: Github issue templates

<kimhd> Reviewed and approved

ACTION: Kerri and Kim to collaborate on issue
  tags/labels for sorting
`,
      'minutes.txt',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => [o.kind, o.text])]),
      [
        [
          'Github issue templates',
          [
            ['decision', '<kimhd> Reviewed and approved'],
            ['action', 'Kerri and Kim to collaborate on issue tags/labels for sorting'],
          ],
        ],
      ],
    );
    assert.deepEqual(
      record.attendance.map((a) => a.name),
      ['Kim Hamilton Duffy', 'Kerri Lemoie', 'Phil Long'],
    );
  });
});

describe('resolutions with their motion and their vote', () => {
  it('reads each resolution once, with who moved it and the vote that carried it', () => {
    const record = recordOf(
      `Minutes of the Regular Meeting of the Harbour Board, 27 January 2019

1. Budget for 2020

The Treasurer presented the draft budget. After discussion, Tomas Berg moved and Maria Santos seconded the following resolution:

Resolved (2019.01.27.03), the Board approves the 2020 budget as presented.

All members of the Board present voted in favor of Resolution 2019.01.27.03. The Resolution carried.

2. Audit Committee

Resolved (2019.01.27.04), the Board appoints Wei Chen to the Audit Committee.

The motion carried unanimously.
`,
      'minutes.txt',
    );
    const outcomes = record.topics.flatMap((t) => t.outcomes);
    assert.deepEqual(
      outcomes
        .filter((o) => o.kind === 'decision')
        .map((o) => [o.motion?.movedBy ?? null, o.motion?.secondedBy ?? null]),
      [
        ['Tomas Berg', 'Maria Santos'],
        [null, null],
      ],
    );
    // Nothing said is lost: the lead-in stays as a note, the votes with the resolution they carried.
    assert.ok(
      outcomes.some((o) => o.kind === 'note' && o.text.includes('seconded the following resolution')),
    );
    assert.ok(outcomes.some((o) => o.text.includes('The Resolution carried.')));
  });

  it('reads the comments called for before the vote, and a motion to adjourn, as part of the motion', () => {
    const record = recordOf(
      `Minutes of the Harbour Registry Board of Trustees, 15 March 2019

3. Approval of the Minutes

It was moved by Bill Sands, and seconded by Tina Morrow, that:

"The Board of Trustees approves the Minutes of the 28 January 2019 Meeting, as written."

The Chair called for comments. There were no comments. The motion carried unanimously via roll call vote.

6. Adjournment

The Chair entertained a motion to adjourn at 10:15 a.m. ET. Nancy Carter moved to adjourn, seconded by Bill Sands. The meeting adjourned with no objections.
`,
      'minutes.txt',
    );
    assert.deepEqual(
      record.topics.map((t) => [t.title, t.outcomes.map((o) => o.kind)]),
      [
        ['Approval of the Minutes', ['decision']],
        ['Adjournment', ['note', 'decision']],
      ],
    );
    assert.equal(record.topics[1]!.outcomes[1]!.motion?.movedBy, 'Nancy Carter');
  });

  it('reads a motion presented, seconded and voted on in three sentences as one decision', () => {
    const record = recordOf(
      `Minutes of the Harbour Policy Council Meeting 21 March 2019

Agenda and Documents

Coordinated Universal Time: 12:00 UTC

List of attendees:

Registry Group: Keith Drazen, Rubens Kuhl
Non-Voting Members: Erika Mann (absent)

Item 2: Council Vote - Adoption of the Final Report on Transfers

Keith Drazen presented the motion. Pam Little seconded the motion.

The Council voted on the motion; the motion carried unanimously by voice vote.
`,
      'minutes.txt',
    );
    assert.equal(record.meeting.start, '2019-03-21T12:00:00Z');
    assert.deepEqual(
      record.attendance.map((a) => [a.name, a.status, a.group]),
      [
        ['Keith Drazen', 'present', 'Registry Group'],
        ['Rubens Kuhl', 'present', 'Registry Group'],
        ['Erika Mann', 'absent', 'Non-Voting Members'],
      ],
    );
    assert.deepEqual(
      record.topics.map((t) => t.title),
      ['Council Vote - Adoption of the Final Report on Transfers'],
    );
    const decisions = record.topics[0]!.outcomes.filter((o) => o.kind === 'decision');
    assert.equal(decisions.length, 1);
    assert.deepEqual(
      [decisions[0]!.motion?.movedBy, decisions[0]!.motion?.secondedBy],
      ['Keith Drazen', 'Pam Little'],
    );
  });

  it('reads a motion raised, then "Vote on the motion:" with its tally and result as items, as one decision', () => {
    const record = recordOf(
      `# Harbour Lab Board Meeting, 11 September 2016

### 2nd Order of business:

A motion has been raised regarding approving the spend of no more than $2500 for
expenses related to the fair.  This includes insurance and other expenses.

Vote on the motion BV_B:

-   Vote: 5 in favor, 0 opposed, 0 abstained
-   Resolution: Vote passed

### 3rd Order of business:

A motion has been raised regarding a crash bar for the front door.

Vote on the motion BV_C:

-   Vote: 5 in favor, 0 opposed, 0 abstained
-   Resolution: Vote passed
`,
      'minutes.md',
    );
    const decisions = record.topics.map((t) => t.outcomes.filter((o) => o.kind === 'decision'));
    assert.deepEqual(
      decisions.map((d) => d.length),
      [1, 1],
    );
    assert.deepEqual(
      decisions.map((d) => [d[0]!.motion?.votesFor, d[0]!.motion?.votesAgainst]),
      [
        [5, 0],
        [5, 0],
      ],
    );
    assert.match(decisions[1]![0]!.text, /crash bar .* Vote passed/);
    assert.deepEqual(
      record.warnings.filter((w) => w.code === 'duplicate-item'),
      [],
    );
  });

  it('reads an annual meeting’s motions with their quoted text and result, and its elections, once each', () => {
    const record = recordOf(
      `# Minutes of the Harbour Users Group AGM - 13 September 2004

## 3. Minutes of the 2003 AGM

Motion: that the minutes are a true and accurate record of the previous
Annual General Meeting

Moved: Dana Lowe
Seconded: Matt Bryce

**PASSED**

## 7. Changes to the rules

Motion: that Rule 11 be repealed and replaced by the following rule:

"If upon the winding up of the Group any property remains, it shall be given
to another organisation with similar objects."

Moved: Dana Lowe
Seconded: Craig Bex

**PASSED with one abstention**

## 8. Election of officers

### President

  - Greg Magill (Nominated: Gina Perrin; seconded: Craig Bex)

Elected unanimously and unopposed

### Committee

  - Matt Bryce (Nominated: Perry Lowe; seconded: Greg Magill)
  - Kyle Carver (Nominated: Greg Magill; seconded: Craig Bex)
`,
      'minutes.md',
    );
    const outcomes = record.topics.flatMap((t) => t.outcomes);
    assert.deepEqual(
      outcomes.filter((o) => o.kind !== 'note').map((o) => [o.kind, o.text.slice(0, 24)]),
      [
        ['decision', 'Motion: that the minutes'],
        ['decision', 'Motion: that Rule 11 be '],
        ['decision', 'Greg Magill (Nominated: '],
      ],
    );
    assert.deepEqual(outcomes[0]!.motion && [outcomes[0]!.motion.movedBy, outcomes[0]!.motion.secondedBy], [
      'Dana Lowe',
      'Matt Bryce',
    ]);
    assert.match(outcomes[1]!.text, /similar objects\.?" .*PASSED with one abstention/);
  });

  it('reads "I move to approve …" with its maker, second and result as one decision with its vote', () => {
    const record = recordOf(
      `# Harbour Council meeting, 16 September 2022

## New member

**Voting: I move to approve adding Ana Ruiz to the Council as a replacement for Tomas Berg**

**Maker:** Council Chair Sara Stone

**Second:** Council Treasurer Mike Smyth

**Motion passes** with: 6 yes, 0 no, 0 abstained
`,
      'minutes.md',
    );
    const decisions = record.topics.flatMap((t) => t.outcomes).filter((o) => o.kind === 'decision');
    assert.equal(decisions.length, 1);
    assert.deepEqual(
      [decisions[0]!.motion?.movedBy, decisions[0]!.motion?.secondedBy, decisions[0]!.motion?.votesFor],
      ['Council Chair Sara Stone', 'Council Treasurer Mike Smyth', 6],
    );
    assert.match(decisions[0]!.text, /^Voting: I move to approve adding Ana Ruiz/);
  });

  it('counts once a decision the discussion reached and the labelled resolution says again', () => {
    const record = recordOf(
      `# Lantern TSC Meeting Notes, 30 August 2018

## Requiring 2FA for the organization

* There is consensus that we want to enable the setting.
* Everyone without 2FA received an email on August 16th.

**Resolution**: We will enable the setting on September 13th.

## Release

* There is general agreement that the release script needs work.

**Resolution**: We will publish the release on Friday.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics.map((t) => t.outcomes.filter((o) => o.kind === 'decision').map((o) => o.text)),
      [
        ['We will enable the setting on September 13th.'],
        [
          'There is general agreement that the release script needs work.',
          'We will publish the release on Friday.',
        ],
      ],
    );
  });

  it('takes each long line of a text copied without blank lines for a paragraph of its own', () => {
    const record = recordOf(
      [
        'The Harbour Trust board met this past Wednesday evening by video call, with all seven trustees present and two guests from the sailing club, who thanked the board for the new pontoon.',
        'The board received updates on the selection of volunteers for the moorings review and the stewardship review. It is with gratitude that we accepted the volunteers who agreed to serve on both reviews in the coming months.',
        'Ana Ruiz presented the proposed signs for the slipway, and we took a vote on updating them to name the trust in full. The members reserve the right to comment and will still be informed of every change to the signs.',
      ].join('\n'),
      'summary.txt',
    );
    const outcomes = record.topics.flatMap((t) => t.outcomes);
    assert.deepEqual(
      outcomes.filter((o) => o.kind !== 'note').map((o) => [o.kind, o.text.slice(0, 40)]),
      [
        ['decision', 'It is with gratitude that we accepted th'],
        ['decision', 'Ana Ruiz presented the proposed signs fo'],
      ],
    );
  });

  it('ends a short item at the next line of a text without blank lines, and reads "Action Bart:" there', () => {
    const record = recordOf(
      `21 December 2015
Participants: Mira Tasic, Katrina Saks
- Next steps
- Next call
Review action items:
Team agreed with the current version.
Action Bart : clarify the points made
`,
      'minutes.txt',
    );
    const outcomes = record.topics.flatMap((t) => t.outcomes);
    assert.deepEqual(
      outcomes.filter((o) => o.kind !== 'note').map((o) => [o.kind, o.owner, o.text]),
      [
        ['decision', null, 'Team agreed with the current version.'],
        ['action', 'Bart', 'clarify the points made'],
      ],
    );
  });

  it('reads nothing of a summary record’s notice of corrections', () => {
    const record = recordOf(
      `# Summary record of the 380th meeting, 12 May 2016

1. It was so decided.
The meeting rose at 10.25 a.m.
This record is subject to correction. Corrections should be sent within one week.
Corrections will be issued after the end of the session.
`,
      'minutes.txt',
    );
    assert.deepEqual(
      record.topics.flatMap((t) => t.outcomes).map((o) => [o.kind, o.text]),
      [
        ['decision', 'It was so decided.'],
        ['note', 'The meeting rose at 10.25 a.m.'],
      ],
    );
  });

  it('reads who put and seconded a motion, said in the item after it, as part of it', () => {
    const record = recordOf(
      `# Harbour Foundation public board meeting, 21 September 2021

## Motions

* Board would like to recognize Yo Yates for her past work as a Board member.
  * Hilmar Lapp initiated motion, Peter seconded, with unanimous consent from the Board
* Peter - Motion that the votes on the above motions are binding.
  * Hilmar seconded with no objections; motion carried with unanimous consent
`,
      'minutes.md',
    );
    const decisions = record.topics.flatMap((t) => t.outcomes).filter((o) => o.kind === 'decision');
    assert.equal(decisions.length, 2);
    assert.deepEqual(
      decisions.map((d) => d.motion?.secondedBy),
      ['Peter', 'Hilmar'],
    );
  });

  it('reads one item that gives tasks to two people as two tasks', () => {
    const record = recordOf(
      `# Wrexton Parish Council, 4 May 2020

## Defibrillator

- The defibrillator was not used. Concern was raised about the light and Cllr Mack will check the defibrillator. Once the lockdown has ended Cllr Cann will check the lighting in the box.
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics[0]!.outcomes.map((o) => [o.kind, o.owner]),
      [
        ['action', 'Cllr Mack'],
        ['action', 'Cllr Cann'],
      ],
    );
  });

  it('reads an item that decides, then gives someone a task, as the decision and the task', () => {
    const record = recordOf(
      `# Harbour Board, 4 May 2025

## Budget

- The board approved the dredging budget. Ana will send it to the port office.
- Tide survey approved; Tomas to book the boat
- Issues to look into: the slipway lights
`,
      'minutes.md',
    );
    assert.deepEqual(
      record.topics[0]!.outcomes.map((o) => [o.kind, o.owner, o.text]),
      [
        ['decision', null, 'The board approved the dredging budget.'],
        ['action', 'Ana', 'Ana will send it to the port office.'],
        ['decision', null, 'Tide survey approved'],
        ['action', 'Tomas', 'Tomas to book the boat'],
        ['note', null, 'Issues to look into: the slipway lights'],
      ],
    );
  });
});
