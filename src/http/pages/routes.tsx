/**
 * The pages' routes: each reads the request, calls the same application layer as the API, and
 * renders a page. Forms post and redirect (303) to the page that shows the result, so a reload
 * never sends a form twice.
 */
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { createMeeting, newMeetingDraft, saveEdit, setActionStatus } from '../../app/editing.js';
import {
  getMeeting,
  getMeetingWithLinks,
  getOutcome,
  listMeetings,
  meetingSource,
  search,
} from '../../app/meetings.js';
import { authorize, scopeOf } from '../../app/access.js';
import type { MeetingStore } from '../../app/ports.js';
import type { ResponseCache } from '../cache.js';
import type { AppEnv } from '../env.js';
import { sameOriginPath } from '../paths.js';
import {
  actionRegister,
  decisionRegister,
  documentRegister,
  listBodies,
  listPeople,
} from '../../app/registers.js';
import { readSummaryAside, saveReviewed } from '../../app/summaries.js';
import { recordDifferences } from '../../domain/differences.js';
import { MinutebookError } from '../../domain/errors.js';
import { LIMITS } from '../../domain/limits.js';
import { ACTION_STATUSES } from '../../domain/record.js';
import { MEETING_STATES, type MeetingState } from '../../domain/workflow.js';
import { meetingHistory, moveMeeting, nextStatesFor } from '../../app/workflow.js';
import { ActionQuery, DecisionQuery, DocumentQuery, PageQuery, PersonQuery } from '../api/schemas.js';
import { EditPage, NewMeetingPage, NewMeetingStart, type Conflict } from './edit.page.js';
import { recordFromForm, type FormValues } from './form-record.js';
import { ImportPage, ReviewPage } from './import.page.js';
import { outcomeThread, proposeLinks } from '../../app/follow.js';
import { confirmBodies, proposeBodies } from '../../app/bodies.js';
import { HomePage } from './lists.page.js';
import { MeetingPage, VersionPage, type MeetingNotice } from './meeting.page.js';
import {
  commentOn,
  mayComment,
  meetingComments,
  meetingVersion,
  meetingVersions,
} from '../../app/versions.js';
import { OutcomePage } from './outcome.page.js';
import { PeoplePage } from './people.page.js';
import type { FieldError } from './record-form.js';
import { ActionsPage, DecisionsPage, DocumentsPage } from './registers.page.js';
import { SearchPage } from './search.page.js';
import { SourcePage } from './source.page.js';
import { meetingHref, outcomeHref, viewOf, type View } from './view.js';

const OUTCOME = ':outcome{[dan][0-9]+}';

/** Sends a page, with its doctype. */
export function render(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200) {
  return c.html(`<!DOCTYPE html>${String(page)}`, status);
}

/** A row number from a query or a form; undefined when it is not one. */
const rowOf = (value: string | undefined): number | undefined =>
  value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) : undefined;

export const today = (): string => new Date().toISOString().slice(0, 10);
const idOf = (c: Context): string => `${c.req.param('body')}/${c.req.param('date')}`;

/** The query's values, validated by the API's schema for the same list. */
export function queryOf<T>(
  c: Context,
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
): T {
  const values = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new MinutebookError('invalid-argument', `${issue.path.map(String).join('.')}: ${issue.message}`, {
    field: issue.path.map(String).join('.'),
  });
}

/** The most fields a form may have: a meeting at every limit (domain/limits.ts) has fewer. */
const FORM_FIELDS = 100_000;

/** The form's text fields; files are left out. */
export async function formOf(c: Context): Promise<{ values: FormValues; files: Map<string, File> }> {
  const body = await c.req.parseBody({ all: true });
  const fields = Object.keys(body).length;
  if (fields > FORM_FIELDS)
    throw new MinutebookError('input-too-large', viewOf(c).m.errors.tooManyFields(fields, FORM_FIELDS));
  const values: FormValues = new Map();
  const files = new Map<string, File>();
  for (const [name, value] of Object.entries(body)) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (typeof last === 'string') values.set(name, last);
    else if (last instanceof File) files.set(name, last);
  }
  return { values, files };
}

function fieldError(error: unknown, prefix = ''): FieldError | null {
  if (!(error instanceof MinutebookError)) return null;
  const onField = error.code === 'invalid-argument' && error.location.field !== undefined;
  if (error.code !== 'invalid-record' && !onField) return null;
  return { field: `${prefix}${error.location.field ?? ''}`, message: error.message };
}

const NOTICES = {
  saved: 'success',
  created: 'success',
  imported: 'success',
  status: 'success',
  moved: 'success',
  commented: 'success',
  signedIn: 'success',
  signedOut: 'success',
  merged: 'success',
  distinct: 'success',
  separated: 'success',
  membership: 'success',
  membershipRemoved: 'success',
  flow: 'success',
} as const;

export function noticeOf(view: View, c: Context): MeetingNotice | undefined {
  const key = c.req.query('notice');
  if (key === undefined || !(key in NOTICES)) return undefined;
  return { kind: 'success', text: view.m.notices[key as keyof typeof NOTICES] };
}

export function pageRoutes(app: Hono<AppEnv>, store: MeetingStore, cache: ResponseCache): void {
  app.get('/', async (c) => {
    const view = viewOf(c);
    const { limit, offset } = queryOf(c, PageQuery);
    const [bodies, { meetings, total }] = await Promise.all([
      listBodies(store, c.get('user')),
      listMeetings(store, c.get('user'), { limit, offset }),
    ]);
    return render(
      c,
      <HomePage
        view={view}
        bodies={bodies}
        meetings={meetings}
        total={total}
        offset={offset}
        limit={limit}
      />,
    );
  });

  app.get('/m/:body/:date', async (c) => {
    const view = viewOf(c);
    const notice = noticeOf(view, c);
    const user = c.get('user');
    const page = async (): Promise<string> => {
      const stored = await getMeetingWithLinks(store, user, idOf(c));
      const [history, versions, comments] = await Promise.all([
        meetingHistory(store, user, idOf(c)),
        meetingVersions(store, user, idOf(c)),
        meetingComments(store, user, idOf(c)),
      ]);
      const next = nextStatesFor(user, stored.state, stored.record.meeting.body);
      return `<!DOCTYPE html>${String(
        <MeetingPage
          view={view}
          stored={stored}
          notice={notice}
          today={today()}
          next={next}
          history={history}
          versions={versions}
          comments={comments}
          canComment={mayComment(user, stored)}
        />,
      )}`;
    };
    // Kept pages are the ones everybody sees: a signed-in person's carries their own forms.
    if (notice !== undefined || user !== null) return c.html(await page());
    // The page depends on the meeting, the reader's language and, for overdue marks, the day.
    return cache.respond(
      c,
      `page meeting ${idOf(c)} ${view.locale.format} ${today()}`,
      'text/html; charset=UTF-8',
      page,
    );
  });

  app.get('/m/:body/:date/v/:version{[0-9]{1,9}}', async (c) => {
    const version = await meetingVersion(store, c.get('user'), idOf(c), Number(c.req.param('version')));
    return render(c, <VersionPage view={viewOf(c)} id={idOf(c)} {...version} today={today()} />);
  });

  app.post('/m/:body/:date/comments', async (c) => {
    const { values } = await formOf(c);
    await commentOn(store, c.get('user'), idOf(c), values.get('text') ?? '');
    return c.redirect(`${meetingHref(idOf(c))}?notice=commented#comments-heading`, 303);
  });

  app.post('/m/:body/:date/state', async (c) => {
    const view = viewOf(c);
    const { values } = await formOf(c);
    const to = values.get('to') ?? '';
    if (!(MEETING_STATES as readonly string[]).includes(to)) {
      throw new MinutebookError('invalid-argument', view.m.errors.badState(to), { field: 'to' });
    }
    await moveMeeting(store, c.get('user'), idOf(c), to as MeetingState);
    return c.redirect(`${meetingHref(idOf(c))}?notice=moved`, 303);
  });

  app.get('/m/:body/:date/source', async (c) => {
    const { record } = await getMeeting(store, c.get('user'), idOf(c));
    const source = await meetingSource(store, c.get('user'), idOf(c));
    return render(c, <SourcePage view={viewOf(c)} record={record} source={source} />);
  });

  app.get('/m/:body/:date/edit', async (c) => {
    authorize(c.get('user'), 'record');
    const stored = await getMeeting(store, c.get('user'), idOf(c));
    return render(
      c,
      <EditPage
        view={viewOf(c)}
        record={stored.record}
        version={stored.version}
        published={stored.state === 'published'}
        window={{
          attendance: rowOf(c.req.query('attendance')),
          topics: rowOf(c.req.query('topics')),
          outcomes: rowOf(c.req.query('outcomes')),
        }}
      />,
    );
  });

  app.post('/m/:body/:date/edit', async (c) => {
    const view = viewOf(c);
    const id = idOf(c);
    const { values } = await formOf(c);
    const version = Number(values.get('version'));
    const reason = values.get('reason') ?? '';
    const published = values.get('published') === 'true';
    const { record, error } = recordFromForm(values, '', 'keep', view.m);
    if (record.meeting.id !== id)
      throw new MinutebookError('invalid-argument', view.m.errors.wrongMeeting(id));
    // The form again, with everything the person entered.
    const again = (status: 409 | 422, extra: { error?: FieldError; conflict?: Conflict; version?: number }) =>
      render(
        c,
        <EditPage
          view={view}
          record={record}
          version={extra.version ?? version}
          published={published}
          reason={reason}
          error={extra.error}
          conflict={extra.conflict}
          window={{
            attendance: rowOf(values.get('window.attendance')),
            topics: rowOf(values.get('window.topics')),
          }}
        />,
        status,
      );
    if (error !== null) return again(422, { error });
    try {
      await saveEdit(store, c.get('user'), record, version, reason);
    } catch (thrown) {
      const invalid = fieldError(thrown);
      if (invalid !== null) return again(422, { error: invalid });
      if (thrown instanceof MinutebookError && thrown.code === 'conflict') {
        const current = await getMeeting(store, c.get('user'), id);
        const conflict = { version: current.version, differences: recordDifferences(current.record, record) };
        // The form keeps what this person entered; saving it again now saves over the current version, knowingly.
        return again(409, { conflict, version: current.version });
      }
      throw thrown;
    }
    return c.redirect(`${meetingHref(id)}?notice=saved`, 303);
  });

  app.get(`/m/:body/:date/${OUTCOME}`, async (c) => {
    const view = viewOf(c);
    const cite = `${idOf(c)}#${c.req.param('outcome')}`;
    const found = await getOutcome(store, c.get('user'), cite);
    const documents = (await store.documentsOfMeeting(idOf(c), scopeOf(c.get('user'))))
      .filter((d) => d.outcomeId === found.outcome.id)
      .map((d) => ({ id: d.documentId, title: d.title }));
    return render(
      c,
      <OutcomePage
        view={view}
        meeting={found.meeting}
        topic={found.topic}
        outcome={found.outcome}
        documents={documents}
        today={today()}
        notice={noticeOf(view, c)}
        thread={await outcomeThread(store, c.get('user'), cite)}
      />,
    );
  });

  app.post(`/m/:body/:date/${OUTCOME}/status`, async (c) => {
    const cite = `${idOf(c)}#${c.req.param('outcome')}`;
    const { values } = await formOf(c);
    const status = values.get('status') ?? '';
    if (!(ACTION_STATUSES as readonly string[]).includes(status)) {
      throw new MinutebookError('invalid-argument', viewOf(c).m.errors.badStatus(status), {
        field: 'status',
      });
    }
    await setActionStatus(store, c.get('user'), cite, status as (typeof ACTION_STATUSES)[number]);
    const back = sameOriginPath(values.get('back'));
    const target = back ?? `${outcomeHref(cite)}`;
    return c.redirect(`${target}${target.includes('?') ? '&' : '?'}notice=status`, 303);
  });

  app.get('/decisions', async (c) => {
    const { limit, offset, ...filters } = queryOf(c, DecisionQuery);
    const [bodies, { outcomes, total }] = await Promise.all([
      listBodies(store, c.get('user')),
      decisionRegister(store, c.get('user'), { ...filters, limit, offset }),
    ]);
    return render(
      c,
      <DecisionsPage
        view={viewOf(c)}
        bodies={bodies}
        filters={filters}
        rows={outcomes}
        total={total}
        offset={offset}
        limit={limit}
      />,
    );
  });

  app.get('/actions', async (c) => {
    const { limit, offset, ...filters } = queryOf(c, ActionQuery);
    const [bodies, { outcomes, total }] = await Promise.all([
      listBodies(store, c.get('user')),
      actionRegister(store, c.get('user'), { ...filters, limit, offset, today: today() }),
    ]);
    const url = new URL(c.req.url);
    url.searchParams.delete('notice');
    return render(
      c,
      <ActionsPage
        view={viewOf(c)}
        bodies={bodies}
        filters={filters}
        rows={outcomes}
        total={total}
        offset={offset}
        limit={limit}
        today={today()}
        back={`${url.pathname}${url.search}`}
      />,
    );
  });

  app.get('/documents', async (c) => {
    const { limit, offset, ...filters } = queryOf(c, DocumentQuery);
    const { documents, total } = await documentRegister(store, c.get('user'), { ...filters, limit, offset });
    return render(
      c,
      <DocumentsPage
        view={viewOf(c)}
        filters={filters}
        rows={documents}
        total={total}
        offset={offset}
        limit={limit}
      />,
    );
  });

  app.get('/people', async (c) => {
    const { limit, offset, text } = queryOf(c, PersonQuery);
    const { people, total } = await listPeople(store, c.get('user'), { text, limit, offset });
    return render(
      c,
      <PeoplePage view={viewOf(c)} text={text} people={people} total={total} offset={offset} limit={limit} />,
    );
  });

  app.get('/search', async (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 500);
    const { limit, offset } = queryOf(c, PageQuery);
    const { results, total } =
      query === ''
        ? { results: [], total: 0 }
        : await search(store, c.get('user'), query, { limit: Math.min(limit, 50), offset });
    return render(
      c,
      <SearchPage
        view={viewOf(c)}
        query={query}
        results={results}
        total={total}
        offset={offset}
        limit={Math.min(limit, 50)}
      />,
    );
  });

  app.get('/import', (c) => {
    authorize(c.get('user'), 'record');
    return render(c, <ImportPage view={viewOf(c)} />);
  });

  app.post('/import', async (c) => {
    authorize(c.get('user'), 'record');
    const view = viewOf(c);
    const { values, files } = await formOf(c);
    const file = files.get('file');
    const pasted = values.get('text') ?? '';
    let input: { bytes: Buffer; name: string | null };
    if (file !== undefined && file.size > 0)
      input = { bytes: Buffer.from(await file.arrayBuffer()), name: file.name };
    else if (pasted.trim() !== '') input = { bytes: Buffer.from(pasted), name: null };
    else return render(c, <ImportPage view={view} error={view.m.import.noFile} />, 400);
    try {
      const { records, source } = await readSummaryAside(input);
      const proposals = await Promise.all(
        records.map((record) => proposeLinks(store, c.get('user'), record)),
      );
      const bodies = await Promise.all(
        records.map((record) => proposeBodies(store, c.get('user'), record.meeting.body)),
      );
      return render(
        c,
        <ReviewPage
          view={view}
          records={records}
          text={source.text}
          name={source.name}
          proposals={proposals}
          bodies={bodies}
        />,
      );
    } catch (thrown) {
      if (thrown instanceof MinutebookError)
        return render(c, <ImportPage view={view} error={thrown.describe()} />, 422);
      throw thrown;
    }
  });

  app.post('/import/save', async (c) => {
    // Who may save was checked before the form was read (permissions.ts); again here, as the
    // proposals shown with a refused form quote earlier outcomes.
    authorize(c.get('user'), 'record');
    const view = viewOf(c);
    const { values } = await formOf(c);
    const text = (values.get('source.text') ?? '').replace(/\r\n?/g, '\n');
    const name = values.get('source.name') || null;
    const count = new Set(
      [...values.keys()].map((k) => /^records\[(\d+)\]\./.exec(k)?.[1]).filter((x) => x !== undefined),
    ).size;
    if (count > LIMITS.meetingsPerFile)
      throw new MinutebookError('input-too-large', view.m.import.tooMany(count, LIMITS.meetingsPerFile));
    const parsed = Array.from({ length: count }, (_, i) =>
      recordFromForm(values, `records[${i}].`, 'derive', view.m),
    );
    const records = parsed.map((p) => p.record);
    const formError = parsed.find((p) => p.error !== null)?.error ?? undefined;
    if (text === '') throw new MinutebookError('invalid-argument', view.m.import.noFile);
    // The review again, with proposals made for the body and dates the form now gives.
    const again = async (error: FieldError | undefined, message?: string) =>
      render(
        c,
        <ReviewPage
          view={view}
          records={records}
          text={text}
          name={name}
          message={message}
          proposals={await Promise.all(records.map((record) => proposeLinks(store, c.get('user'), record)))}
          bodies={await Promise.all(
            records.map((record) => proposeBodies(store, c.get('user'), record.meeting.body)),
          )}
          {...(error === undefined ? {} : { error })}
        />,
        error === undefined ? 200 : 422,
      );
    // The body each meeting was confirmed to be, when the review proposed known bodies.
    let bodySpellings: Array<{ written: string; body: string }>;
    try {
      bodySpellings = await confirmBodies(
        store,
        c.get('user'),
        records,
        // A choice made for the body as read applies only while the form still gives that body.
        records.map((record, i) =>
          values.get(`records[${i}].sameBodyFor`) === record.meeting.body
            ? (values.get(`records[${i}].sameBody`) ?? null)
            : null,
        ),
      );
    } catch (thrown) {
      const invalid = fieldError(thrown);
      if (invalid !== null) return again(invalid);
      throw thrown;
    }
    // Checked again: the form as corrected, nothing saved.
    if (values.get('step') === 'check') return again(formError, view.m.import.checked);
    if (formError !== undefined) return again(formError);
    try {
      const results = await saveReviewed(
        store,
        c.get('user'),
        records,
        { name, text },
        { published: values.get('published') === 'true', bodySpellings },
      );
      if (results.length === 1) return c.redirect(`${meetingHref(results[0]!.id)}?notice=imported`, 303);
      return c.redirect('/?notice=imported', 303);
    } catch (thrown) {
      const invalid = fieldError(thrown);
      if (invalid !== null) return again(invalid);
      throw thrown;
    }
  });

  app.get('/new', async (c) => {
    authorize(c.get('user'), 'record');
    const view = viewOf(c);
    const body = (c.req.query('body') ?? '').trim();
    const date = (c.req.query('date') ?? '').trim();
    if (body === '' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      const error = body === '' && date === '' ? undefined : view.m.edit.needBodyAndDate;
      return render(
        c,
        <NewMeetingStart
          view={view}
          bodies={await listBodies(store, c.get('user'))}
          body={body}
          date={date}
          error={error}
        />,
        error === undefined ? 200 : 400,
      );
    }
    return render(
      c,
      <NewMeetingPage
        view={view}
        record={await newMeetingDraft(store, c.get('user'), body, date, view.m.edit.reviewTopic)}
      />,
    );
  });

  app.post('/new', async (c) => {
    const view = viewOf(c);
    const { values } = await formOf(c);
    const { record, error } = recordFromForm(values, '', 'derive', view.m);
    if (error !== null) return render(c, <NewMeetingPage view={view} record={record} error={error} />, 422);
    try {
      const result = await createMeeting(store, c.get('user'), record);
      return c.redirect(`${meetingHref(result.id)}?notice=created`, 303);
    } catch (thrown) {
      const invalid = fieldError(thrown);
      if (invalid !== null)
        return render(c, <NewMeetingPage view={view} record={record} error={invalid} />, 422);
      if (thrown instanceof MinutebookError && thrown.code === 'conflict')
        return render(c, <NewMeetingPage view={view} record={record} message={thrown.message} />, 409);
      throw thrown;
    }
  });
}
