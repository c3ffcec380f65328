/**
 * The proposals that two spellings name one person (or two titles one document), and the forms
 * that answer them: pair by pair, a group at once, and the spellings merged into one.
 */
import type { MatchGroup } from '../../../app/matching.js';
import type { MatchProposal, MergeKind } from '../../../app/ports.js';
import { Table } from '../kit/table.js';
import { Csrf, Layout } from '../kit/layout.js';
import { numberOf, percentOf, type View } from '../kit/view.js';

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
          <Table
            rows={group.members.map((member, i) => ({ member, first: i === 0 }))}
            columns={[
              {
                header: m.matches.spelling,
                cell: ({ member }) => (
                  <>
                    <a href={`/${path}/${member.id}`}>{member.name}</a>{' '}
                    <span class="muted">({m.matches.uses(member.uses, numberOf(view, member.uses))})</span>
                  </>
                ),
              },
              {
                header: m.matches.keepThis,
                cell: ({ member, first }) => (
                  <input
                    type="radio"
                    name="into"
                    value={String(member.id)}
                    checked={first}
                    aria-label={m.matches.keepThisOne(member.name)}
                  />
                ),
              },
              {
                header: m.matches.mergeThis,
                cell: ({ member, first }) => (
                  <input
                    type="checkbox"
                    name={`from-${member.id}`}
                    checked={!first}
                    aria-label={m.matches.mergeThisOne(member.name)}
                  />
                ),
              },
            ]}
          />
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
    <Layout
      view={view}
      title={title}
      up={
        kind === 'person'
          ? { href: '/people', text: m.people.title }
          : { href: '/documents', text: m.registers.documents }
      }
    >
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
