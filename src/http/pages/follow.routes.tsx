/**
 * The pages that follow a body over time: a body's page (meetings, overdue actions, attendance by
 * group, document flow), a person's (attendance, memberships and participation, possible other
 * spellings), a document's (its state history, possible other titles), the proposals to
 * confirm, and the forms that answer them. A form with a mistake is shown again with what was
 * entered and the field at fault.
 */
import type { Context, Hono } from 'hono';
import { actionsOfPerson } from '../../app/calendar.js';
import {
  keepApart,
  matchGroups,
  mergeGroup,
  mergeMatch,
  proposeMatches,
  separateSpelling,
  spellingsOf,
} from '../../app/matching.js';
import {
  addMembership,
  groupParticipation,
  membershipsOf,
  removeMembership,
  setDocumentFlow,
} from '../../app/members.js';
import type { MeetingStore, MergeKind } from '../../app/ports.js';
import { may } from '../../app/access.js';
import { listMeetings } from '../../app/meetings.js';
import { actionRegister, getDocument, getPerson, listBodies } from '../../app/registers.js';
import { MinutebookError } from '../../domain/errors.js';
import { PageQuery } from '../api/schemas.js';
import type { AppEnv } from '../env.js';
import { sameOriginPath } from '../paths.js';
import { MatchesPage } from './matches.page.js';
import { BodyPage } from './lists.page.js';
import { PersonPage } from './people.page.js';
import { DocumentPage } from './registers.page.js';
import { formOf, noticeOf, queryOf, render, today } from './routes.js';
import { viewOf } from './view.js';

const KINDS: Record<string, MergeKind> = { people: 'person', documents: 'document' };

export function followPageRoutes(app: Hono<AppEnv>, store: MeetingStore): void {
  const bodyPage = async (c: Context<AppEnv>, flow?: { error: string; value: string }) => {
    const view = viewOf(c);
    const slug = c.req.param('slug')!;
    const user = c.get('user');
    const body = (await listBodies(store, user)).find((b) => b.slug === slug);
    if (body === undefined) throw new MinutebookError('not-found', view.m.errors.noBody(slug));
    const { limit, offset } = queryOf(c, PageQuery);
    const [{ meetings, total }, overdue, participation] = await Promise.all([
      listMeetings(store, user, { body: slug, limit, offset }),
      actionRegister(store, user, { body: slug, overdue: true, today: today(), limit: 200 }),
      groupParticipation(store, user, slug),
    ]);
    return (
      <BodyPage
        view={view}
        slug={slug}
        name={body.name}
        meetings={meetings}
        total={total}
        offset={offset}
        limit={limit}
        overdue={overdue.outcomes}
        today={today()}
        participation={participation}
        flow={body.documentFlow}
        flowError={flow?.error}
        flowValue={flow?.value}
        notice={noticeOf(view, c)?.text}
      />
    );
  };

  const personPage = async (
    c: Context<AppEnv>,
    id: number,
    form?: { error: { field: string; message: string }; values: Record<string, string> },
  ) => {
    const view = viewOf(c);
    const user = c.get('user');
    const person = await getPerson(store, user, id);
    const secretariat = may(user, 'record');
    const [actions, memberships, bodies, proposals, spellings] = await Promise.all([
      actionsOfPerson(store, user, person.name),
      membershipsOf(store, user, id),
      listBodies(store, user),
      secretariat ? proposeMatches(store, user, 'person', id) : Promise.resolve([]),
      secretariat ? spellingsOf(store, user, 'person', id) : Promise.resolve([]),
    ]);
    return (
      <PersonPage
        view={view}
        person={person}
        actions={actions}
        today={today()}
        memberships={memberships}
        bodies={bodies}
        proposals={proposals}
        spellings={spellings}
        membershipError={form?.error}
        membershipValues={form?.values}
        notice={noticeOf(view, c)?.text}
      />
    );
  };

  app.get('/bodies/:slug', async (c) => render(c, await bodyPage(c)));

  app.post('/bodies/:slug/flow', async (c) => {
    const slug = c.req.param('slug');
    const { values } = await formOf(c);
    const flow = values.get('flow') ?? '';
    try {
      await setDocumentFlow(store, c.get('user'), slug, flow);
    } catch (error) {
      if (!(error instanceof MinutebookError) || error.code !== 'invalid-argument') throw error;
      return render(c, await bodyPage(c, { error: error.message, value: flow }), 422);
    }
    return c.redirect(`/bodies/${slug}?notice=flow`, 303);
  });

  app.get('/people/:id{[0-9]{1,9}}', async (c) => render(c, await personPage(c, Number(c.req.param('id')))));

  app.post('/people/:id{[0-9]{1,9}}/memberships', async (c) => {
    const id = Number(c.req.param('id'));
    const { values } = await formOf(c);
    const input = {
      body: values.get('body') ?? '',
      role: values.get('role') ?? '',
      from: values.get('from') ?? '',
      to: values.get('to') ?? '',
    };
    try {
      await getPerson(store, c.get('user'), id);
      await addMembership(store, c.get('user'), { ...input, personId: id });
    } catch (error) {
      if (!(error instanceof MinutebookError) || error.code !== 'invalid-argument') throw error;
      const field = error.location.field ?? 'role';
      return render(
        c,
        await personPage(c, id, { error: { field, message: error.message }, values: input }),
        422,
      );
    }
    return c.redirect(`/people/${id}?notice=membership#memberships-heading`, 303);
  });

  app.post('/memberships/:id{[0-9]{1,9}}/remove', async (c) => {
    const { values } = await formOf(c);
    await removeMembership(store, c.get('user'), Number(c.req.param('id')));
    return c.redirect(`${sameOriginPath(values.get('back')) ?? '/people'}?notice=membershipRemoved`, 303);
  });

  app.get('/documents/:id{[0-9]{1,9}}', async (c) => {
    const view = viewOf(c);
    const user = c.get('user');
    const id = Number(c.req.param('id'));
    const document = await getDocument(store, user, id);
    const secretariat = may(user, 'record');
    const proposals = secretariat ? await proposeMatches(store, user, 'document', id) : [];
    const spellings = secretariat ? await spellingsOf(store, user, 'document', id) : [];
    return render(
      c,
      <DocumentPage
        view={view}
        document={document}
        proposals={proposals}
        spellings={spellings}
        notice={noticeOf(view, c)?.text}
      />,
    );
  });

  app.get('/matches/:kind{people|documents}', async (c) => {
    const kind = KINDS[c.req.param('kind')]!;
    const proposals = await proposeMatches(store, c.get('user'), kind);
    return render(
      c,
      <MatchesPage view={viewOf(c)} kind={kind} proposals={proposals} groups={matchGroups(proposals)} />,
    );
  });

  app.post('/matches/:kind{people|documents}/merge', async (c) => {
    const path = c.req.param('kind');
    const { values } = await formOf(c);
    const from = Number(values.get('from'));
    const into = Number(values.get('into'));
    await mergeMatch(store, c.get('user'), KINDS[path]!, from, into);
    // The page of the one merged away is gone: go to the one kept.
    const back = sameOriginPath(values.get('back'));
    const target = back === null || back === `/${path}/${from}` ? `/${path}/${into}` : back;
    return c.redirect(`${target}?notice=merged`, 303);
  });

  app.post('/matches/:kind{people|documents}/merge-group', async (c) => {
    const path = c.req.param('kind');
    const { values } = await formOf(c);
    const into = Number(values.get('into'));
    const from = [...values.keys()].filter((k) => /^from-\d{1,10}$/.test(k)).map((k) => Number(k.slice(5)));
    await mergeGroup(store, c.get('user'), KINDS[path]!, into, from);
    return c.redirect(`/${path}/${into}?notice=merged`, 303);
  });

  app.post('/matches/:kind{people|documents}/separate', async (c) => {
    const path = c.req.param('kind');
    const { values } = await formOf(c);
    await separateSpelling(store, c.get('user'), KINDS[path]!, values.get('key') ?? '');
    return c.redirect(`${sameOriginPath(values.get('back')) ?? `/matches/${path}`}?notice=separated`, 303);
  });

  app.post('/matches/:kind{people|documents}/distinct', async (c) => {
    const path = c.req.param('kind');
    const { values } = await formOf(c);
    await keepApart(store, c.get('user'), KINDS[path]!, Number(values.get('a')), Number(values.get('b')));
    return c.redirect(`${sameOriginPath(values.get('back')) ?? `/matches/${path}`}?notice=distinct`, 303);
  });
}
