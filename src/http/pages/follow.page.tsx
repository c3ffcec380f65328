/**
 * What follows a body across meetings, as page sections: a member's memberships and
 * participation, a body's attendance by group and document flow, a document's state history,
 * and the proposals that two spellings are one (with the forms that answer them).
 */
import type {
  DocumentDetail,
  GroupParticipation,
  Membership,
  MatchProposal,
  MergeKind,
} from '../../app/ports.js';
import type { MatchGroup } from '../../app/matching.js';
import type { ParticipationSummary } from '../../domain/participation.js';
import type { ParticipationStatus } from '../../domain/participation.js';
import { ParticipationChart, GroupChart, StatusKey } from './charts.js';
import { Csrf, Layout } from './layout.js';
import { dateOf, meetingHref, numberOf, outcomeHref, percentOf, type View } from './view.js';

type MembershipView = Membership & {
  meetings: Array<{ meetingId: string; date: string; status: ParticipationStatus }>;
  participation: ParticipationSummary;
};

/** A person's memberships: each term with its participation as a sentence, counts and a chart. */
export function MembershipsSection(props: {
  view: View;
  personId: number;
  memberships: MembershipView[];
  bodies: Array<{ slug: string; name: string }>;
  error?: { field: string; message: string } | undefined;
  values?: Record<string, string> | undefined;
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
  error?: { field: string; message: string } | undefined;
  values?: Record<string, string> | undefined;
}) {
  const { view, error } = props;
  const { m } = view;
  const value = (name: string) => props.values?.[name] ?? '';
  const invalid = (name: string) =>
    error?.field === name ? { 'aria-invalid': 'true', 'aria-describedby': 'membership-error' } : {};
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
        <div class="field">
          <label for="membership-body">{m.members.body}</label>
          <select id="membership-body" name="body" {...invalid('body')}>
            {props.bodies.map((b) => (
              <option value={b.slug} selected={value('body') === b.slug}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="membership-role">{m.members.role}</label>
          <input
            id="membership-role"
            name="role"
            type="text"
            required
            value={value('role')}
            {...invalid('role')}
          />
        </div>
        <div class="field">
          <label for="membership-from">{m.members.from}</label>
          <input id="membership-from" name="from" type="date" value={value('from')} {...invalid('from')} />
        </div>
        <div class="field">
          <label for="membership-to">{m.members.to}</label>
          <input id="membership-to" name="to" type="date" value={value('to')} {...invalid('to')} />
        </div>
      </div>
      <button type="submit">{m.members.addButton}</button>
    </form>
  );
}

/** Proposals that two are one, each with a form to merge them (keeping either) or keep them apart. */
export function MatchList(props: { view: View; kind: MergeKind; proposals: MatchProposal[]; back: string }) {
  const { view, kind } = props;
  const { m } = view;
  const path = kind === 'person' ? 'people' : 'documents';
  if (props.proposals.length === 0) return <p class="empty">{m.matches.none}</p>;
  return (
    <ul class="matches">
      {props.proposals.map((p) => (
        <li>
          <div>
            <a href={`/${path}/${p.a.id}`}>{p.a.name}</a>{' '}
            <span class="muted">({m.matches.uses(p.a.uses, numberOf(view, p.a.uses))})</span>
            {' · '}
            <a href={`/${path}/${p.b.id}`}>{p.b.name}</a>{' '}
            <span class="muted">({m.matches.uses(p.b.uses, numberOf(view, p.b.uses))})</span>{' '}
            <span class="confidence">{m.matches.confidence(percentOf(view, p.confidence))}</span>
          </div>
          <div class="match-actions">
            {[
              [p.b, p.a],
              [p.a, p.b],
            ].map(([from, into]) => (
              <form method="post" action={`/matches/${path}/merge`} class="inline-form">
                <Csrf view={view} />
                <input type="hidden" name="from" value={String(from!.id)} />
                <input type="hidden" name="into" value={String(into!.id)} />
                <input type="hidden" name="back" value={props.back} />
                <button type="submit">{m.matches.keep(into!.name)}</button>
              </form>
            ))}
            <form method="post" action={`/matches/${path}/distinct`} class="inline-form">
              <Csrf view={view} />
              <input type="hidden" name="a" value={String(p.a.id)} />
              <input type="hidden" name="b" value={String(p.b.id)} />
              <input type="hidden" name="back" value={props.back} />
              <button type="submit" class="secondary">
                {m.matches.different}
              </button>
            </form>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The section of a person's or document's page listing what may be the same. */
export function MatchesSection(props: {
  view: View;
  kind: MergeKind;
  proposals: MatchProposal[];
  back: string;
}) {
  const { m } = props.view;
  if (props.proposals.length === 0) return null;
  return (
    <section aria-labelledby="matches-heading" class="proposals">
      <h2 id="matches-heading">{props.kind === 'person' ? m.matches.people : m.matches.documents}</h2>
      <MatchList {...props} />
    </section>
  );
}

/** The spellings merged into this one, each with the form that separates it again. */
export function SpellingsSection(props: {
  view: View;
  kind: MergeKind;
  spellings: Array<{ key: string; name: string }>;
  back: string;
}) {
  const { view } = props;
  const { m } = view;
  if (props.spellings.length === 0) return null;
  const path = props.kind === 'person' ? 'people' : 'documents';
  return (
    <section aria-labelledby="spellings-heading">
      <h2 id="spellings-heading">{m.matches.spellings}</h2>
      <p class="muted">{m.matches.spellingsIntro}</p>
      <ul class="matches">
        {props.spellings.map((s) => (
          <li>
            {s.name}{' '}
            <form method="post" action={`/matches/${path}/separate`} class="inline-form">
              <Csrf view={view} />
              <input type="hidden" name="key" value={s.key} />
              <input type="hidden" name="back" value={props.back} />
              <button type="submit" class="secondary">
                {m.matches.separate(s.name)}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every proposal of a kind, for the secretariat to go through. */
/**
 * Spellings joined through the proposals, three or more, offered as one merge: the one to keep
 * (the most named, to begin with) and those to merge into it (all, to begin with).
 */
function GroupMerges(props: { view: View; kind: MergeKind; groups: MatchGroup[] }) {
  const { view, kind } = props;
  const { m } = view;
  const path = kind === 'person' ? 'people' : 'documents';
  const groups = props.groups.filter((g) => g.members.length >= 3);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">{m.matches.groups}</h2>
      <p class="hint">{m.matches.groupsIntro}</p>
      {groups.map((group) => (
        <form method="post" action={`/matches/${path}/merge-group`} class="match-group">
          <Csrf view={view} />
          <table class="list">
            <thead>
              <tr>
                <th scope="col">{m.matches.spelling}</th>
                <th scope="col">{m.matches.keepThis}</th>
                <th scope="col">{m.matches.mergeThis}</th>
              </tr>
            </thead>
            <tbody>
              {group.members.map((member, i) => (
                <tr>
                  <td>
                    <a href={`/${path}/${member.id}`}>{member.name}</a>{' '}
                    <span class="muted">({m.matches.uses(member.uses, numberOf(view, member.uses))})</span>
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="into"
                      value={String(member.id)}
                      checked={i === 0}
                      aria-label={m.matches.keepThisOne(member.name)}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      name={`from-${member.id}`}
                      checked={i > 0}
                      aria-label={m.matches.mergeThisOne(member.name)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit">{m.matches.mergeGroup(group.members.length)}</button>
        </form>
      ))}
    </section>
  );
}

export function MatchesPage(props: {
  view: View;
  kind: MergeKind;
  proposals: MatchProposal[];
  groups: MatchGroup[];
}) {
  const { view, kind } = props;
  const { m } = view;
  const title = kind === 'person' ? m.matches.peopleTitle : m.matches.documentsTitle;
  return (
    <Layout view={view} title={title}>
      <p class="breadcrumb">
        <a href={kind === 'person' ? '/people' : '/documents'}>
          {kind === 'person' ? m.people.title : m.registers.documents}
        </a>
      </p>
      <h1>{title}</h1>
      <p>{kind === 'person' ? m.matches.peopleIntro : m.matches.documentsIntro}</p>
      <GroupMerges view={view} kind={kind} groups={props.groups} />
      <MatchList
        view={view}
        kind={kind}
        proposals={props.proposals}
        back={`/matches/${kind === 'person' ? 'people' : 'documents'}`}
      />
    </Layout>
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
      <table class="list state-history">
        <caption class="visually-hidden">{m.document.stateHistory}</caption>
        <thead>
          <tr>
            <th scope="col">{m.registers.meeting}</th>
            <th scope="col">{m.document.given}</th>
            <th scope="col">{m.document.reached}</th>
            <th scope="col">{m.document.namedBy}</th>
          </tr>
        </thead>
        <tbody>
          {document.history.map((step) => (
            <tr class={step.flag === null ? undefined : 'flagged'}>
              <td class="date">
                <a href={meetingHref(step.meetingId)}>
                  {step.date === null ? (
                    step.meetingId
                  ) : (
                    <time datetime={step.date}>{dateOf(view, step.date)}</time>
                  )}
                </a>
              </td>
              <td>
                {step.given === null ? <span class="muted">{m.document.onlyNamed}</span> : state(step.given)}
                {step.flag === null ? null : (
                  <div class="flag" role="note">
                    {step.flag.code === 'backwards'
                      ? m.document.backwards(state(step.flag.from), state(step.flag.to))
                      : m.document.notInFlow(state(step.flag.to))}
                  </div>
                )}
              </td>
              <td>
                {step.state === null ? (
                  ''
                ) : (
                  <span class={`state ${step.state.replace(' ', '-')}`}>{state(step.state)}</span>
                )}
                {step.moved ? <span class="muted"> ({m.document.moved})</span> : null}
              </td>
              <td>
                {step.outcomes.map((cite) => (
                  <>
                    <a class="cite" href={outcomeHref(cite)}>
                      {cite}
                    </a>{' '}
                  </>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
  error?: string | undefined;
  value?: string | undefined;
}) {
  const { view } = props;
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
          {props.error === undefined ? null : (
            <p class="field-error" id="flow-error" role="alert">
              {props.error}
            </p>
          )}
          <div class="field">
            <label for="flow">{m.flow.label}</label>
            <input
              id="flow"
              name="flow"
              type="text"
              value={props.value ?? (props.flow ?? []).join(', ')}
              {...(props.error === undefined
                ? {}
                : { 'aria-invalid': 'true', 'aria-describedby': 'flow-error' })}
            />
          </div>
          <button type="submit">{m.flow.save}</button>
        </form>
      ) : null}
    </section>
  );
}
