/** One decision, action or note at its permanent address, with the meeting and topic it belongs to. */
import { latestOwner, threadSteps } from '../../../domain/thread.js';
import { outcomeCite } from '../../../domain/ids.js';
import { keyOf } from '../../../domain/text.js';
import type { MeetingRecord, Outcome, Topic } from '../../../domain/record.js';
import type { OutcomeListing } from '../../../app/ports.js';
import { Layout, Notice } from '../kit/layout.js';
import { meetingTitle } from './meeting.page.js';
import { OutcomeItem } from './outcome-item.js';
import type { PageNotice } from '../kit/layout.js';
import { dateOf, meetingHref, outcomeHref, type View } from '../kit/view.js';

export function OutcomePage(props: {
  view: View;
  meeting: MeetingRecord;
  topic: Topic;
  outcome: Outcome;
  documents: Array<{ id: number; title: string }>;
  today: string;
  notice?: PageNotice | undefined;
  /** The outcomes it continues and those that continue it, itself included, oldest first. */
  thread: OutcomeListing[];
}) {
  const { view, meeting, outcome } = props;
  const { m } = view;
  const id = meeting.meeting.id!;
  const cite = outcomeCite(id, outcome.id);
  const steps = threadSteps(props.thread);
  // The thread's latest owner is the action's, wherever this meeting stands in it.
  const latest = outcome.kind === 'action' ? latestOwner(props.thread) : null;
  const namedLater =
    latest === null || (outcome.owner !== null && keyOf(outcome.owner) === keyOf(latest.owner))
      ? undefined
      : { owner: latest.owner, date: props.thread[latest.at]!.date };
  return (
    <Layout
      view={view}
      title={`${m.kinds[outcome.kind]} ${cite}`}
      up={{ href: meetingHref(id), text: meetingTitle(view, meeting) }}
    >
      <h1>
        {m.kinds[outcome.kind]} <span class="cite">{cite}</span>
      </h1>
      {props.notice === undefined ? null : <Notice kind={props.notice.kind}>{props.notice.text}</Notice>}
      {props.topic.title === null ? null : (
        <p class="topic-line">
          {m.outcome.topic} <strong>{props.topic.title}</strong>
        </p>
      )}
      <OutcomeItem
        view={view}
        meetingId={id}
        outcome={outcome}
        documents={props.documents}
        today={props.today}
        as="div"
        namedLater={namedLater}
      />
      {outcome.motion === null ? null : <p class="motion">{m.outcome.motion(outcome.motion)}</p>}
      <p>
        <a href={`${meetingHref(id)}#${outcome.id}`}>{m.outcome.inContext}</a>
      </p>
      {props.thread.length < 2 ? null : (
        <section aria-labelledby="thread-heading" class="thread">
          <h2 id="thread-heading">{m.outcome.thread}</h2>
          <p class="hint">{m.outcome.threadIntro}</p>
          <ol>
            {props.thread.map((o, i) => (
              <li
                class={o.id === cite ? 'current' : undefined}
                aria-current={o.id === cite ? 'true' : undefined}
              >
                <a href={meetingHref(o.meetingId)}>{o.date === null ? o.meetingId : dateOf(view, o.date)}</a>{' '}
                <span class={`kind ${o.kind}`}>{m.kinds[o.kind]}</span>{' '}
                {o.kind === 'action' ? (
                  <strong class="step">{m.outcome.steps[steps[i]!](o.owner)}</strong>
                ) : null}{' '}
                {o.text}{' '}
                <a class="cite" href={outcomeHref(o.id)}>
                  {o.id}
                </a>
              </li>
            ))}
          </ol>
        </section>
      )}
    </Layout>
  );
}
