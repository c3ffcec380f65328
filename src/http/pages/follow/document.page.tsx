/** A document's page: its state, its author, the meetings that named it and its state history. */
import type { DocumentDetail, MatchProposal } from '../../../app/ports.js';
import { Layout, Notice } from '../kit/layout.js';
import { dateOf, meetingHref, outcomeHref, type View } from '../kit/view.js';
import { DocumentStateHistory } from './follow.page.js';
import { MatchesSection, SpellingsSection } from './matches.page.js';

export function DocumentPage(props: {
  view: View;
  document: DocumentDetail;
  proposals: MatchProposal[];
  spellings: Array<{ key: string; name: string }>;
  notice?: string | undefined;
}) {
  const { view, document } = props;
  const { m } = view;
  return (
    <Layout view={view} title={document.title} up={{ href: '/documents', text: m.registers.documents }}>
      <h1>{document.title}</h1>
      <dl class="facts">
        {document.state === null ? null : (
          <div>
            <dt>{m.registers.state}</dt>
            <dd>
              <span class={`state ${document.state.replace(' ', '-')}`}>
                {m.documentStates[document.state]}
              </span>
            </dd>
          </div>
        )}
        {document.author === null ? null : (
          <div>
            <dt>{m.document.author}</dt>
            <dd>{document.author}</dd>
          </div>
        )}
      </dl>
      {props.notice === undefined ? null : <Notice kind="success">{props.notice}</Notice>}
      <MatchesSection
        view={view}
        kind="document"
        proposals={props.proposals}
        back={`/documents/${document.id}`}
      />
      <SpellingsSection
        view={view}
        kind="document"
        spellings={props.spellings}
        back={`/documents/${document.id}`}
      />
      <DocumentStateHistory view={view} document={document} />
      <h2>{m.document.history}</h2>
      <ul class="history">
        {document.named.map((row) => (
          <li>
            <a href={meetingHref(row.meetingId)}>
              {row.date === null ? row.meetingId : dateOf(view, row.date)}
            </a>{' '}
            <span class="muted">{row.body ?? ''}</span>
            <div>
              <span class={`kind ${row.kind}`}>{m.kinds[row.kind]}</span> {row.text}{' '}
              <a class="cite" href={outcomeHref(row.id)}>
                {row.id}
              </a>
            </div>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
