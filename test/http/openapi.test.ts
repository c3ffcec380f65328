// The OpenAPI document at /api/openapi.json matches the API: the same routes, and every answer
// the API gives (successes and errors) has the status and the shape the document declares.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Hono } from 'hono';
import type { MeetingStore } from '../../src/app/ports.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { LOCAL_OPERATOR } from '../../src/app/access.js';
import { addApiToken } from '../../src/app/accounts.js';
import { account } from '../support/accounts.js';
import { openStore } from '../../src/storage/store.js';
import { exampleBytes } from '../support/example.js';

interface Case {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The path as the document writes it, with {parameters}. */
  template: string;
  path: string;
  body?: unknown;
  /** Sent without the API token. */
  anonymous?: true;
  /** Sent with an administrator's token. */
  admin?: true;
}

const text = exampleBytes().toString('utf8');

describe('the OpenAPI document', () => {
  let store: MeetingStore;
  let app: Hono<AppEnv>;
  let doc: any;
  let token = '';
  let adminToken = '';
  let spareToken = 0;
  before(async () => {
    store = await openStore({ url: ':memory:' });
    app = createApp(store, { logError: () => undefined });
    token = (await account(store, 'clerk', 'secretariat')).token;
    adminToken = (await account(store, 'ada', 'admin')).token;
    await addApiToken(store, LOCAL_OPERATOR, 'clerk', 'spare');
    const listed = await app.request('/api/tokens', { headers: { Authorization: `Bearer ${token}` } });
    spareToken = ((await listed.json()) as { tokens: Array<{ id: number; name: string }> }).tokens.find(
      (t) => t.name === 'spare',
    )!.id;
    doc = await (await app.request('/api/openapi.json')).json();
  });
  after(() => store.close());

  it('is OpenAPI 3.1 and lists exactly the API’s routes', () => {
    assert.equal(doc.openapi, '3.1.0');
    const documented = Object.entries(doc.paths as Record<string, object>)
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    const served = [
      ...new Set(
        app.routes
          .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && r.path !== '/api/openapi.json')
          .map((r) => `${r.method} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`),
      ),
    ].sort();
    assert.deepEqual(documented, served);
  });

  it('declares every answer the API gives, with its shape', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema(doc, 'openapi.json');
    const pointer = (...parts: string[]): string =>
      `openapi.json#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

    const preview: any = await (
      await app.request('/api/imports/preview', {
        ...post({ name: 'a.md', text }),
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      })
    ).json();
    const cases: Case[] = [
      { method: 'get', template: '/api/audit', path: '/api/audit?limit=5', admin: true },
      { method: 'get', template: '/api/audit', path: '/api/audit' },
      { method: 'get', template: '/api/audit/export.csv', path: '/api/audit/export.csv', admin: true },
      { method: 'get', template: '/api/audit/export.csv', path: '/api/audit/export.csv' },
      { method: 'get', template: '/api/audit/export.json', path: '/api/audit/export.json', admin: true },
      { method: 'get', template: '/api/decisions/export.csv', path: '/api/decisions/export.csv?body=igf-lp' },
      { method: 'get', template: '/api/decisions/export.csv', path: '/api/decisions/export.csv?from=3' },
      { method: 'get', template: '/api/actions/export.csv', path: '/api/actions/export.csv?status=done' },
      {
        method: 'get',
        template: '/api/attendance/export.csv',
        path: '/api/attendance/export.csv?to=2025-01-01',
      },
      { method: 'post', template: '/api/imports', path: '/api/imports', body: { name: 'a.md', text } },
      { method: 'post', template: '/api/imports', path: '/api/imports', body: { name: 'a.md', text: '' } },
      {
        method: 'post',
        template: '/api/imports/preview',
        path: '/api/imports/preview',
        body: { name: 'a.md', text },
      },
      {
        method: 'post',
        template: '/api/imports/preview',
        path: '/api/imports/preview',
        body: { name: 'a.pdf', text: '%PDF-1.4' },
      },
      { method: 'get', template: '/api/bodies', path: '/api/bodies' },
      { method: 'get', template: '/api/meetings', path: '/api/meetings' },
      { method: 'get', template: '/api/meetings', path: '/api/meetings?limit=-1' },
      {
        method: 'get',
        template: '/api/meetings/draft',
        path: '/api/meetings/draft?body=igf-lp&date=2025-02-01',
      },
      {
        method: 'post',
        template: '/api/meetings',
        path: '/api/meetings',
        body: {
          ...preview.records[0],
          meeting: { ...preview.records[0].meeting, date: '2025-03-01', id: null },
        },
      },
      {
        method: 'post',
        template: '/api/meetings',
        path: '/api/meetings',
        body: {
          ...preview.records[0],
          meeting: { ...preview.records[0].meeting, date: '2025-03-01', id: null },
        },
      },
      { method: 'get', template: '/api/meetings/{body}/{date}', path: '/api/meetings/igf-lp/2024-11-01' },
      { method: 'get', template: '/api/meetings/{body}/{date}', path: '/api/meetings/igf-lp/1999-01-01' },
      {
        method: 'put',
        template: '/api/meetings/{body}/{date}',
        path: '/api/meetings/igf-lp/2024-11-01',
        body: { record: preview.records[0], version: 1 },
      },
      {
        method: 'put',
        template: '/api/meetings/{body}/{date}',
        path: '/api/meetings/igf-lp/2024-11-01',
        body: { record: preview.records[0], version: 1 },
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/outcomes/{outcome}',
        path: '/api/meetings/igf-lp/2024-11-01/outcomes/a1',
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/outcomes/{outcome}',
        path: '/api/meetings/igf-lp/2024-11-01/outcomes/x1',
      },
      {
        method: 'patch',
        template: '/api/meetings/{body}/{date}/outcomes/{outcome}',
        path: '/api/meetings/igf-lp/2024-11-01/outcomes/a1',
        body: { status: 'done' },
      },
      {
        method: 'post',
        template: '/api/meetings/{body}/{date}/transitions',
        path: '/api/meetings/igf-lp/2025-03-01/transitions',
        body: { to: 'circulated' },
      },
      {
        method: 'post',
        template: '/api/meetings/{body}/{date}/transitions',
        path: '/api/meetings/igf-lp/2025-03-01/transitions',
        body: { to: 'published' },
      },
      {
        method: 'post',
        template: '/api/meetings/{body}/{date}/transitions',
        path: '/api/meetings/igf-lp/1999-03-01/transitions',
        body: { to: 'circulated' },
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/history',
        path: '/api/meetings/igf-lp/2025-03-01/history',
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/outcomes/{outcome}/thread',
        path: '/api/meetings/igf-lp/2024-11-01/outcomes/a1/thread',
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/outcomes/{outcome}/thread',
        path: '/api/meetings/igf-lp/2024-11-01/outcomes/a9/thread',
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/versions',
        path: '/api/meetings/igf-lp/2024-11-01/versions',
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/versions/{version}',
        path: '/api/meetings/igf-lp/2024-11-01/versions/1',
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/versions/{version}',
        path: '/api/meetings/igf-lp/2024-11-01/versions/9',
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/comments',
        path: '/api/meetings/igf-lp/2025-03-01/comments',
      },
      {
        method: 'post',
        template: '/api/meetings/{body}/{date}/comments',
        path: '/api/meetings/igf-lp/2025-03-01/comments',
        body: { text: 'Looks right.' },
      },
      {
        method: 'post',
        template: '/api/meetings/{body}/{date}/comments',
        path: '/api/meetings/igf-lp/2024-11-01/comments',
        body: { text: 'Not circulated.' },
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/history',
        path: '/api/meetings/igf-lp/1999-03-01/history',
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/source',
        path: '/api/meetings/igf-lp/2024-11-01/source',
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/source',
        path: '/api/meetings/igf-lp/2025-03-01/source',
      },
      {
        method: 'get',
        template: '/api/meetings/{body}/{date}/summary.md',
        path: '/api/meetings/igf-lp/2024-11-01/summary.md',
      },
      { method: 'get', template: '/api/decisions', path: '/api/decisions?verb=endorsed&from=2024-01-01' },
      { method: 'get', template: '/api/actions', path: '/api/actions?overdue=true' },
      { method: 'get', template: '/api/documents', path: '/api/documents?state=draft' },
      { method: 'get', template: '/api/documents/{id}', path: '/api/documents/1' },
      { method: 'get', template: '/api/documents/{id}', path: '/api/documents/999' },
      { method: 'get', template: '/api/people', path: '/api/people?text=fuhr' },
      { method: 'get', template: '/api/people/{id}', path: '/api/people/1' },
      { method: 'get', template: '/api/people/{id}/memberships', path: '/api/people/1/memberships' },
      {
        method: 'post',
        template: '/api/people/{id}/memberships',
        path: '/api/people/1/memberships',
        body: { body: 'igf-lp', role: 'Chair', from: '2022-08-01', to: null },
      },
      {
        method: 'post',
        template: '/api/people/{id}/memberships',
        path: '/api/people/1/memberships',
        body: { body: 'igf-lp', role: 'Chair', from: '2022-13-45' },
      },
      { method: 'delete', template: '/api/memberships/{id}', path: '/api/memberships/1' },
      { method: 'delete', template: '/api/memberships/{id}', path: '/api/memberships/1' },
      {
        method: 'get',
        template: '/api/bodies/{slug}/participation',
        path: '/api/bodies/igf-lp/participation',
      },
      {
        method: 'get',
        template: '/api/bodies/{slug}/participation',
        path: '/api/bodies/nobody/participation',
      },
      {
        method: 'put',
        template: '/api/bodies/{slug}/document-flow',
        path: '/api/bodies/igf-lp/document-flow',
        body: { flow: ['draft', 'endorsed', 'published'] },
      },
      {
        method: 'put',
        template: '/api/bodies/{slug}/document-flow',
        path: '/api/bodies/igf-lp/document-flow',
        body: { flow: ['draft'] },
      },
      { method: 'get', template: '/api/matches/{kind}', path: '/api/matches/people' },
      { method: 'get', template: '/api/matches/{kind}', path: '/api/matches/documents', anonymous: true },
      {
        method: 'post',
        template: '/api/matches/{kind}/distinct',
        path: '/api/matches/people/distinct',
        body: { a: 1, b: 2 },
      },
      {
        method: 'post',
        template: '/api/matches/{kind}/distinct',
        path: '/api/matches/people/distinct',
        body: { a: 1, b: 1 },
      },
      {
        method: 'post',
        template: '/api/matches/{kind}/merge',
        path: '/api/matches/people/merge',
        body: { from: 999, into: 1 },
      },
      {
        method: 'post',
        template: '/api/matches/{kind}/merge',
        path: '/api/matches/documents/merge',
        body: { from: 2, into: 1 },
      },
      {
        method: 'get',
        template: '/api/matches/{kind}/{id}/spellings',
        path: '/api/matches/documents/1/spellings',
      },
      {
        method: 'get',
        template: '/api/matches/{kind}/{id}/spellings',
        path: '/api/matches/people/1/spellings',
        anonymous: true,
      },
      {
        method: 'post',
        template: '/api/matches/{kind}/separate',
        path: '/api/matches/documents/separate',
        body: { key: 'igf-lp:nothing merged' },
      },
      { method: 'get', template: '/api/search', path: '/api/search?q=WSIS' },
      { method: 'get', template: '/api/search', path: '/api/search' },
      { method: 'get', template: '/api/tokens', path: '/api/tokens' },
      { method: 'get', template: '/api/tokens', path: '/api/tokens', anonymous: true },
      { method: 'delete', template: '/api/tokens/{id}', path: '/api/tokens/999999' },
      { method: 'delete', template: '/api/tokens/{id}', path: `/api/tokens/${spareToken}` },
    ];

    const covered = new Set<string>();
    for (const c of cases) {
      const init: RequestInit =
        c.body === undefined
          ? { method: c.method.toUpperCase(), headers: {} }
          : { ...post(c.body), method: c.method.toUpperCase() };
      if (c.anonymous === undefined)
        init.headers = { ...init.headers, Authorization: `Bearer ${c.admin ? adminToken : token}` };
      const response = await app.request(c.path, init);
      const where = `${c.method.toUpperCase()} ${c.path} → ${response.status}`;
      const declared = doc.paths[c.template]?.[c.method]?.responses?.[String(response.status)];
      assert.ok(declared !== undefined, `${where} is not declared`);
      const [type, media] = Object.entries(declared.content as Record<string, unknown>)[0]!;
      assert.ok(response.headers.get('content-type')?.startsWith(type), `${where} is ${type}`);
      if (type === 'application/json') {
        const validate = ajv.getSchema(
          pointer(
            'paths',
            c.template,
            c.method,
            'responses',
            String(response.status),
            'content',
            type,
            'schema',
          ),
        );
        assert.ok(validate !== undefined && media !== undefined);
        const body = await response.json();
        assert.ok(validate(body), `${where}: ${ajv.errorsText(validate.errors)}`);
      }
      covered.add(`${c.method} ${c.template}`);
    }
    const operations = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    assert.deepEqual(
      operations.filter((o) => !covered.has(o)),
      [],
      'every operation is exercised',
    );
  });
});

function post(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}
