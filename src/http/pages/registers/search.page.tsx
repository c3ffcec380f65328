/** Search across meetings, outcomes, documents and people, the matching words marked. */
import type { SearchResult } from '../../../app/meetings.js';
import { Layout } from '../kit/layout.js';
import { Pager, pagingOf, type Paging } from '../kit/lists.js';
import { dateOf, meetingHref, numberOf, outcomeHref, type View } from '../kit/view.js';

function hrefOf(result: SearchResult): string {
  switch (result.kind) {
    case 'meeting':
      return meetingHref(result.ref);
    case 'document':
      return `/documents/${result.ref}`;
    case 'person':
      return `/people/${result.ref}`;
    default:
      return outcomeHref(result.ref);
  }
}

export function SearchPage(
  props: {
    view: View;
    query: string;
    results: SearchResult[];
    more: boolean;
  } & Paging,
) {
  const { view, query } = props;
  const { m } = view;
  return (
    <Layout view={view} title={query === '' ? m.search.title : `${m.search.title}: ${query}`} query={query}>
      <h1>{m.search.title}</h1>
      <form class="filters" method="get" action="/search" role="search">
        <div class="field wide">
          <label for="q">{m.searchLabel}</label>
          <input id="q" name="q" type="search" value={query} />
        </div>
        <button type="submit">{m.searchButton}</button>
      </form>
      <p class="hint">{m.search.hint}</p>
      {query === '' ? null : props.total === 0 ? (
        <p class="empty">{m.search.none(query)}</p>
      ) : (
        <>
          <p class="count">
            {props.more
              ? m.search.more(numberOf(view, props.total), query)
              : m.search.results(props.total, numberOf(view, props.total), query)}
          </p>
          <ol class="results" start={props.offset + 1}>
            {props.results.map((r) => (
              <li class={`result ${r.kind}`}>
                <div class="result-head">
                  <span class={`kind ${r.kind}`}>{m.search.kinds[r.kind]}</span>{' '}
                  <a href={hrefOf(r)}>{r.title}</a>
                  {r.date === null ? null : (
                    <>
                      {' '}
                      <time class="muted" datetime={r.date}>
                        {dateOf(view, r.date)}
                      </time>
                    </>
                  )}
                </div>
                <p class="fragment">{r.fragments.map((f) => (f.match ? <mark>{f.text}</mark> : f.text))}</p>
                {r.kind === 'meeting' || r.kind === 'document' || r.kind === 'person' ? null : (
                  <span class="cite">{r.ref}</span>
                )}
              </li>
            ))}
          </ol>
          <Pager view={view} {...pagingOf(props)} query={{ q: query }} />
        </>
      )}
    </Layout>
  );
}
