/**
 * What follows a body across meetings, as page sections: a member's memberships and
 * participation, a body's attendance by group and document flow, and a document's state
 * history. The proposals that two spellings are one are in matches.page.tsx.
 */
import { InputField, Labelled } from '../kit/fields.js';
import type { DocumentDetail, GroupParticipation, Membership, OutcomeListing } from '../../../app/ports.js';
import type { ParticipationSummary } from '../../../domain/participation.js';
import type { ParticipationStatus } from '../../../domain/participation.js';
import { ParticipationChart, GroupChart, StatusKey } from '../kit/charts.js';
import { Csrf } from '../kit/layout.js';
import { Table } from '../kit/table.js';
import { isOverdue } from '../meetings/outcome-item.js';
import { dateOf, meetingHref, numberOf, outcomeHref, percentOf, type View } from '../kit/view.js';

type MembershipView = Membership & {
  meetings: Array<{ meetingId: string; date: string; status: ParticipationStatus }>;
  participation: ParticipationSummary;
};

/** A person's memberships: each term with its participation as a sentence, counts and a chart. */
/** A membership form that was refused: the field at fault and why, and what was entered. */
export interface MembershipRefusal {
  error: { field: string; message: string };
  values: Record<string, string>;
}

export function MembershipsSection(props: {
  view: View;
  personId: number;
  memberships: MembershipView[];
  bodies: Array<{ slug: string; name: string }>;
  /** The form as it was sent, when it was refused: why, and what was entered. */
  refused?: MembershipRefusal | undefined;
}) {
  const { view } = props;
  const { m } = view;
  if (props.memberships.length === 0 && !view.canRecord) return null;
  return (
    <section aria-labelledby="memberships-heading">
      <h2 id="memberships-heading">{m.members.heading}</h2>
      {props.memberships.length === 0 ? <p class="empty">{m.members.none}</p> : null}
      {props.memberships.map((membership) => {
        const { participation } = membership;
        const summary =
          participation.rate === null
            ? m.members.noMeetings
            : m.members.rate(
                numberOf(view, participation.counts.present + participation.counts.represented),
                numberOf(view, participation.meetings),
                percentOf(view, participation.rate),
              );
        return (
          <div class="membership">
            <h3>
              <a href={`/bodies/${membership.body}`}>{membership.bodyName}</a>: {membership.role}{' '}
              <span class="muted">
                {m.members.term(dateOf(view, membership.from), dateOf(view, membership.to))}
              </span>
            </h3>
            <p>{summary}</p>
            {participation.meetings === 0 ? null : (
              <>
                <ul class="counts">
                  {(['present', 'represented', 'regrets', 'absent', 'not recorded'] as const).map(
                    (status) => (
                      <li>
                        {m.members.statuses[status]}:{' '}
                        <strong>{numberOf(view, participation.counts[status])}</strong>
                      </li>
                    ),
                  )}
                </ul>
                <ParticipationChart
                  view={view}
                  label={m.members.chartLabel(membership.bodyName, summary)}
                  meetings={membership.meetings}
                />
                <StatusKey view={view} />
                {participation.counts['not recorded'] > 0 ? (
                  <p class="muted">{m.members.notRecordedNote}</p>
                ) : null}
              </>
            )}
            {view.canRecord ? (
              <form method="post" action={`/memberships/${membership.id}/remove`} class="inline-form">
                <Csrf view={view} />
                <input type="hidden" name="back" value={`/people/${props.personId}`} />
                <button
                  type="submit"
                  class="secondary"
                  aria-label={m.members.removeLabel(membership.bodyName, membership.role)}
                >
                  {m.members.remove}
                </button>
              </form>
            ) : null}
          </div>
        );
      })}
      {view.canRecord ? <MembershipForm {...props} /> : null}
    </section>
  );
}

function MembershipForm(props: {
  view: View;
  personId: number;
  bodies: Array<{ slug: string; name: string }>;
  /** The form as it was sent, when it was refused: why, and what was entered. */
  refused?: MembershipRefusal | undefined;
}) {
  const { view } = props;
  const error = props.refused?.error;
  const { m } = view;
  const value = (name: string) => props.refused?.values[name] ?? '';
  const invalid = (name: string) =>
    error?.field === name ? { 'aria-invalid': 'true', 'aria-describedby': 'membership-error' } : {};
  // What the field was given, and whether it was refused.
  const given = (name: string) => ({ value: value(name), ...invalid(name) });
  return (
    <form method="post" action={`/people/${props.personId}/memberships`} class="membership-form">
      <h3>{m.members.add}</h3>
      <Csrf view={view} />
      {error === undefined ? null : (
        <p class="field-error" id="membership-error" role="alert">
          {error.message}
        </p>
      )}
      <div class="fields">
        <Labelled for="membership-body" label={m.members.body}>
          <select id="membership-body" name="body" {...invalid('body')}>
            {props.bodies.map((b) => (
              <option value={b.slug} selected={value('body') === b.slug}>
                {b.name}
              </option>
            ))}
          </select>
        </Labelled>
        <InputField label={m.members.role} id="membership-role" name="role" required {...given('role')} />
        <InputField label={m.members.from} id="membership-from" name="from" type="date" {...given('from')} />
        <InputField label={m.members.to} id="membership-to" name="to" type="date" {...given('to')} />
      </div>
      <button type="submit">{m.members.addButton}</button>
    </form>
  );
}

/** A document's state, meeting by meeting: what each said, what it reached, and what was not applied. */
export function DocumentStateHistory(props: { view: View; document: DocumentDetail }) {
  const { view, document } = props;
  const { m } = view;
  const state = (s: string | null) =>
    s === null ? '' : m.documentStates[s as keyof typeof m.documentStates];
  return (
    <section aria-labelledby="state-history-heading">
      <h2 id="state-history-heading">{m.document.stateHistory}</h2>
      <p class="muted">
        {m.document.stateHistoryIntro(document.flow.map((s) => m.documentStates[s]).join(' → '))}
      </p>
      <Table
        class="state-history"
        caption={m.document.stateHistory}
        rows={document.history}
        rowClass={(step) => (step.flag === null ? undefined : 'flagged')}
        columns={[
          {
            header: m.registers.meeting,
            class: 'date',
            cell: (step) => (
              <a href={meetingHref(step.meetingId)}>
                {step.date === null ? (
                  step.meetingId
                ) : (
                  <time datetime={step.date}>{dateOf(view, step.date)}</time>
                )}
              </a>
            ),
          },
          {
            header: m.document.given,
            cell: (step) => (
              <>
                {step.given === null ? <span class="muted">{m.document.onlyNamed}</span> : state(step.given)}
                {step.flag === null ? null : (
                  <div class="flag" role="note">
                    {step.flag.code === 'backwards'
                      ? m.document.backwards(state(step.flag.from), state(step.flag.to))
                      : m.document.notInFlow(state(step.flag.to))}
                  </div>
                )}
              </>
            ),
          },
          {
            header: m.document.reached,
            cell: (step) => (
              <>
                {step.state === null ? (
                  ''
                ) : (
                  <span class={`state ${step.state.replace(' ', '-')}`}>{state(step.state)}</span>
                )}
                {step.moved ? <span class="muted"> ({m.document.moved})</span> : null}
              </>
            ),
          },
          {
            header: m.document.namedBy,
            cell: (step) =>
              step.outcomes.map((cite) => (
                <>
                  <a class="cite" href={outcomeHref(cite)}>
                    {cite}
                  </a>{' '}
                </>
              )),
          },
        ]}
      />
    </section>
  );
}

/** A body's attendance by group, as a chart. */
export function GroupParticipationSection(props: {
  view: View;
  name: string;
  meetings: GroupParticipation[];
}) {
  const { view } = props;
  const { m } = view;
  return (
    <section aria-labelledby="participation-heading">
      <h2 id="participation-heading">{m.participation.heading}</h2>
      {props.meetings.length === 0 ? (
        <p class="empty">{m.participation.none}</p>
      ) : (
        <>
          <p class="muted">{m.participation.intro}</p>
          <GroupChart view={view} label={m.participation.chartLabel(props.name)} meetings={props.meetings} />
        </>
      )}
    </section>
  );
}

/** The body's document flow, and for the secretariat the form that changes it. */
export function FlowSection(props: {
  view: View;
  slug: string;
  flow: string[] | null;
  /** The flow as it was sent, when it was refused, and why. */
  refused?: { error: string; value: string } | undefined;
}) {
  const { view } = props;
  const error = props.refused?.error;
  const { m } = view;
  const shown = (props.flow ?? ['planned', 'draft', 'under review', 'endorsed', 'finalized', 'published'])
    .map((s) => m.documentStates[s as keyof typeof m.documentStates])
    .join(' → ');
  return (
    <section aria-labelledby="flow-heading">
      <h2 id="flow-heading">{m.flow.heading}</h2>
      <p>
        {shown}
        {props.flow === null ? <span class="muted"> ({m.flow.usual})</span> : null}
      </p>
      {view.canRecord ? (
        <form method="post" action={`/bodies/${props.slug}/flow`} class="flow-form">
          <Csrf view={view} />
          {error === undefined ? null : (
            <p class="field-error" id="flow-error" role="alert">
              {error}
            </p>
          )}
          <InputField
            label={m.flow.label}
            name="flow"
            value={props.refused?.value ?? (props.flow ?? []).join(', ')}
            {...(error === undefined ? {} : { 'aria-invalid': 'true', 'aria-describedby': 'flow-error' })}
          />
          <button type="submit">{m.flow.save}</button>
        </form>
      ) : null}
    </section>
  );
}

/** Actions in a short list: text with its permalink, owner, due date (marked when overdue), status. */
export function ActionList(props: { view: View; actions: OutcomeListing[]; today: string }) {
  const { view } = props;
  const { m } = view;
  return (
    <ul class="action-list">
      {props.actions.map((a) => (
        <li class={isOverdue(a, props.today) ? 'is-overdue' : undefined}>
          {a.text}{' '}
          <a class="cite" href={outcomeHref(a.id)}>
            {a.id}
          </a>
          <div class="muted">
            {m.meeting.owner}: {a.owner ?? m.meeting.ownerBody}
            {a.due === null ? null : (
              <>
                {' · '}
                {m.meeting.due}: <time datetime={a.due}>{dateOf(view, a.due)}</time>
                {isOverdue(a, props.today) ? <span class="overdue"> {m.registers.overdueMark}</span> : null}
              </>
            )}
            {' · '}
            {m.statuses[a.status ?? 'open']}
          </div>
        </li>
      ))}
    </ul>
  );
}
