/** /api/search and /api/imports: find anything, and bring summaries in. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { search } from '../../app/meetings.js';
import { authorize } from '../../app/access.js';
import type { MeetingStore } from '../../app/ports.js';
import type { AppEnv } from '../env.js';
import { importSummaries, readSummaryAside, saveReviewed } from '../../app/summaries.js';
import { jsonBody, routesOf } from './route.js';
import {
  ImportBody,
  ImportResult,
  ImportText,
  Preview,
  SearchQuery,
  SearchResults,
} from './schemas/search.js';

const searching = routesOf(['Search']);
const imports = routesOf(['Import']);

export function searchRoutes(api: OpenAPIHono<AppEnv>, store: MeetingStore): void {
  api.openapi(
    searching.get(
      '/api/search',
      'Meetings, decisions, actions, notes, documents and people matching a query, best first',
      { query: SearchQuery },
      SearchResults,
    ),
    async (c) => {
      const { q, limit, offset } = c.req.valid('query');
      return c.json(await search(store, c.get('user'), q, { limit, offset }), 200);
    },
  );
  api.openapi(
    imports.post(
      '/api/imports/preview',
      'Read a summary and show what was read from it; nothing is saved',
      { body: jsonBody(ImportText) },
      Preview,
      [403, 413, 415],
    ),
    async (c) => {
      authorize(c.get('user'), 'record');
      const { name, text } = c.req.valid('json');
      const { records, source } = await readSummaryAside({ bytes: Buffer.from(text), name });
      return c.json({ records, source: { name: source.name, text: source.text } }, 200);
    },
  );
  api.openapi(
    imports.post(
      '/api/imports',
      'Save a summary: as read, or as reviewed when `records` are given',
      { body: jsonBody(ImportBody) },
      ImportResult,
      [403, 409, 413, 415, 422],
      201,
    ),
    async (c) => {
      const { name, text, records, published } = c.req.valid('json');
      if (records !== undefined)
        return c.json(
          {
            meetings: await saveReviewed(
              store,
              c.get('user'),
              records,
              { name, text },
              { published: published === true },
            ),
          },
          201,
        );
      const [report] = await importSummaries(store, c.get('user'), [{ bytes: Buffer.from(text), name }], {
        published: published === true,
      });
      return c.json(
        { meetings: report!.meetings.map(({ id, outcome, version }) => ({ id, outcome, version })) },
        201,
      );
    },
  );
}
