/**
 * The registers, each a page of rows with its filters: decisions, actions (whose statuses can be
 * set from the list), documents; and the search of every meeting's text.
 */
import { search } from '../../../app/meetings.js';
import { actionRegister, decisionRegister, documentRegister, listBodies } from '../../../app/registers.js';
import { ActionQuery, DecisionQuery, DocumentQuery, PageQuery } from '../../api/schemas.js';
import { keptForReaders, page, type PageRoute } from '../kit/route.js';
import { ActionsPage, DecisionsPage, DocumentsPage } from './registers.page.js';
import { SearchPage } from './search.page.js';

/** The most results a page of search shows. */
const SEARCH_PAGE = 50;

export const registerRoutes: readonly PageRoute[] = [
  page('/decisions', {
    kept: keptForReaders,
    async load(r) {
      const { limit, offset, ...filters } = r.queryBy(DecisionQuery);
      const [bodies, { outcomes, total }] = await Promise.all([
        listBodies(r.store, r.user),
        decisionRegister(r.store, r.user, { ...filters, limit, offset }),
      ]);
      return { bodies, filters, rows: outcomes, total, offset, limit };
    },
    render: (view, data) => <DecisionsPage view={view} {...data} />,
  }),

  page('/actions', {
    kept: keptForReaders,
    async load(r) {
      const { limit, offset, ...filters } = r.queryBy(ActionQuery);
      const [bodies, { outcomes, total }] = await Promise.all([
        listBodies(r.store, r.user),
        actionRegister(r.store, r.user, { ...filters, limit, offset, today: r.today }),
      ]);
      // Where a status set from the list comes back to: this list, without the notice.
      const url = new URL(r.c.req.url);
      url.searchParams.delete('notice');
      const back = `${url.pathname}${url.search}`;
      return { bodies, filters, rows: outcomes, total, offset, limit, today: r.today, back };
    },
    render: (view, data) => <ActionsPage view={view} {...data} />,
  }),

  page('/documents', {
    kept: keptForReaders,
    async load(r) {
      const { limit, offset, ...filters } = r.queryBy(DocumentQuery);
      const { documents, total } = await documentRegister(r.store, r.user, { ...filters, limit, offset });
      return { filters, rows: documents, total, offset, limit };
    },
    render: (view, data) => <DocumentsPage view={view} {...data} />,
  }),

  page('/search', {
    async load(r) {
      const query = (r.query('q') ?? '').trim().slice(0, 500);
      const { offset, ...asked } = r.queryBy(PageQuery);
      const limit = Math.min(asked.limit, SEARCH_PAGE);
      const { results, total, more } =
        query === ''
          ? { results: [], total: 0, more: false }
          : await search(r.store, r.user, query, { limit, offset });
      return { query, results, total, more, offset, limit };
    },
    render: (view, data) => <SearchPage view={view} {...data} />,
  }),
];
