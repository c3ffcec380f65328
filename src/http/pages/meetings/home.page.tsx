/** The start page (bodies and recent meetings), a body's meetings, and paging shared by lists. */
import type { BodyListing, MeetingListing } from '../../../app/ports.js';
import { Pager, pagingOf, type Paging } from '../kit/lists.js';
import { MeetingTable } from './meeting-table.js';
import { Layout } from '../kit/layout.js';
import { dateOf, numberOf, type View } from '../kit/view.js';

export function HomePage(
  props: {
    view: View;
    bodies: BodyListing[];
    meetings: MeetingListing[];
  } & Paging,
) {
  const { view } = props;
  const { m } = view;
  return (
    <Layout view={view} title={m.home.title}>
      <h1>{m.home.title}</h1>
      {props.total === 0 ? (
        <p class="empty">
          {m.home.empty}{' '}
          {view.canRecord ? (
            <>
              <a href="/import">{m.nav.import}</a> · <a href="/new">{m.nav.newMeeting}</a>
            </>
          ) : null}
        </p>
      ) : (
        <>
          <section aria-labelledby="bodies-heading">
            <h2 id="bodies-heading">{m.home.bodies}</h2>
            <ul class="bodies">
              {props.bodies.map((body) => (
                <li>
                  <a href={`/bodies/${body.slug}`}>{body.name}</a>{' '}
                  <span class="muted">
                    {m.home.bodyFacts(
                      body.meetings,
                      numberOf(view, body.meetings),
                      dateOf(view, body.latest),
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading">{m.home.recent}</h2>
            <MeetingTable view={view} meetings={props.meetings} showBody />
            <Pager view={view} {...pagingOf(props)} query={{}} />
          </section>
        </>
      )}
    </Layout>
  );
}
