/**
 * /staff/visits and /staff/reports (issue 18): the visit log, the assisted screening on a visit
 * and the monthly report. Mounted by ./routes.tsx behind the console's own sign-in, office-only
 * and CSRF checks; each route calls one use case (./cases/visits.ts, ./cases/assisted.ts,
 * ./cases/monthly.ts) and renders it. Forms are checked with zod; a refusal is shown on the page
 * it came from with what to change, and nothing typed is lost.
 */
import type { Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { isCalendarDate } from '../../http/calendar-date.ts';
import {
  answerScreening,
  AssistedRequestForm,
  requestFromVisit,
  screeningOf,
  screeningStarted,
} from './cases/assisted.ts';
import { type Actor, audit, RequestCaseError, type StaffDesk } from './cases/desk.ts';
import { currentMonth, Month, reportChoices, reportCsv, townshipReport, villageReport } from './cases/monthly.ts';
import {
  changeableVisit,
  listVisits,
  RECORDING_ROLES,
  recordableVisitsForm,
  recordVisit,
  updateVisit,
  visibleVisit,
  VisitForm,
  VisitUpdateForm,
  visitView,
} from './cases/visits.ts';
import type { PageUser } from './pages.tsx';
import type { StaffUser } from './store.ts';
import { V } from './visit-messages.ts';
import { ReportPage, ReportsPage, ScreenPage, VisitPage, VisitsPage } from './visit-pages.tsx';
import { defaultParameters } from '../../../screening/index.ts';

type Authed = { user: StaffUser; csrf: string; tokenHash: string; actor: Actor };
type Env = { Variables: { staff: Authed } };

export interface VisitRouteDeps {
  desk: StaffDesk;
  authed: MiddlewareHandler<Env>;
  office: MiddlewareHandler<Env>;
  checked: MiddlewareHandler<Env>;
  log: (event: string, fields: Record<string, unknown>) => void;
}

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const ChinaDate = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, V.badDate)
    .refine(isCalendarDate, V.badDate)
    .optional(),
);
const ListQuery = z.object({
  from: ChinaDate,
  to: ChinaDate,
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).optional()),
});
const ScreenForm = z.object({
  text: z.string().max(5000).optional(),
  _step: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
  _shown: z.string().max(200).optional(),
  pick: z.union([z.string().max(4), z.array(z.string().max(4)).max(20)]).optional(),
});
const ShowQuery = z.object({
  month: Month,
  of: z.string().regex(/^(village|township):[A-Za-z0-9_-]{1,64}$/, V.reportOutOfScope),
});

const pageUser = (u: StaffUser): PageUser => ({ displayName: u.displayName, role: u.role });
const issuesOf = (e: z.ZodError) => [...new Set(e.issues.map((i) => i.message))];

export function mountVisitRoutes(app: Hono<Env>, d: VisitRouteDeps): void {
  const { desk, authed, office, checked, log } = d;
  const actorOf = (a: Authed) => ({ ...a.actor, role: a.user.role });

  const listPage = async (
    a: Authed,
    query: z.infer<typeof ListQuery>,
    extra: { message?: string; errors?: string[] } = {},
  ) => {
    const actor = actorOf(a);
    const list = await listVisits(desk, actor, query, query.page ?? 1);
    const form = recordableVisitsForm(desk, actor);
    return (
      <VisitsPage
        user={pageUser(a.user)}
        csrf={a.csrf}
        rows={list.rows}
        total={list.total}
        form={form}
        range={query}
        message={extra.message}
        errors={extra.errors}
      />
    );
  };

  app.get('/visits', authed, office, async (c) => {
    const q = ListQuery.safeParse(c.req.query());
    const a = c.get('staff');
    if (!q.success) return c.html(await listPage(a, {}, { errors: issuesOf(q.error) }), 400);
    return c.html(await listPage(a, q.data, c.req.query('saved') ? { message: V.saved } : {}));
  });

  app.post('/visits', authed, office, checked, async (c) => {
    const a = c.get('staff');
    const body = await c.req.parseBody({ all: true });
    const form = VisitForm.safeParse(body);
    if (!form.success) return c.html(await listPage(a, {}, { errors: issuesOf(form.error) }), 400);
    try {
      const id = await recordVisit(desk, actorOf(a), form.data);
      log('staff.visit', { user: a.user.id, visit: id });
      return c.redirect(`/staff/visits/${id}?saved=1`, 303);
    } catch (e) {
      if (e instanceof RequestCaseError && e.reason === 'invalid')
        return c.html(await listPage(a, {}, { errors: [e.message] }), 400);
      throw e;
    }
  });

  const visitPage = async (
    a: Authed,
    id: string,
    extra: { message?: string | undefined; errors?: string[]; request?: Record<string, string> } = {},
  ) => {
    const actor = actorOf(a);
    const row = await visibleVisit(desk, actor, id);
    const v = await visitView(desk, row);
    const canChange = RECORDING_ROLES.includes(actor.role);
    const started = canChange ? await screeningStarted(desk, actor, id) : false;
    const village = desk.villages.get(row.village);
    const kinds = desk.villages.outreach.of(village?.region ?? row.county).changeKinds;
    const done = row.screenedAt !== null;
    return (
      <VisitPage
        user={pageUser(a.user)}
        csrf={a.csrf}
        v={v}
        changeKinds={kinds}
        canChange={canChange}
        screening={{ started, done }}
        message={extra.message}
        errors={extra.errors}
        request={extra.request}
      />
    );
  };

  app.get('/visits/:id', authed, office, async (c) => {
    const a = c.get('staff');
    const made = c.req.query('request');
    const message = c.req.query('saved')
      ? V.saved
      : made && /^DD-[2-9A-Z]{6}$/.test(made)
        ? V.requestMade(made)
        : undefined;
    const page = await visitPage(a, c.req.param('id'), { message });
    // Opening a visit shows its sealed label and note: audited like opening a request (ids only).
    await audit(desk, a.actor, 'visit.view', null, { visit: c.req.param('id') });
    return c.html(page);
  });

  app.post('/visits/:id', authed, office, checked, async (c) => {
    const a = c.get('staff');
    const id = c.req.param('id');
    const form = VisitUpdateForm.safeParse(await c.req.parseBody({ all: true }));
    if (!form.success) return c.html(await visitPage(a, id, { errors: issuesOf(form.error) }), 400);
    try {
      await updateVisit(desk, actorOf(a), id, form.data);
    } catch (e) {
      if (e instanceof RequestCaseError && e.reason === 'invalid')
        return c.html(await visitPage(a, id, { errors: [e.message] }), 400);
      throw e;
    }
    return c.redirect(`/staff/visits/${id}?saved=1`, 303);
  });

  // --- assisted screening ---

  app.get('/visits/:id/screen', authed, office, async (c) => {
    const a = c.get('staff');
    const id = c.req.param('id');
    const actor = actorOf(a);
    const row = await changeableVisit(desk, actor, id);
    const s = await screeningOf(desk, actor, id);
    const label = (await visitView(desk, row)).label;
    return c.html(
      <ScreenPage
        user={pageUser(a.user)}
        csrf={a.csrf}
        id={id}
        label={label}
        s={s}
        notice={c.req.query('stale') ? V.stale : undefined}
      />,
    );
  });

  app.post('/visits/:id/screen', authed, office, checked, async (c) => {
    const a = c.get('staff');
    const id = c.req.param('id');
    const form = ScreenForm.safeParse(await c.req.parseBody({ all: true }));
    if (!form.success) throw new RequestCaseError('invalid', V.stale);
    const picks = form.data.pick === undefined ? [] : Array.isArray(form.data.pick) ? form.data.pick : [form.data.pick];
    const text = (form.data.text ?? '') === '' && picks.length > 0 ? picks.join(' ') : (form.data.text ?? '');
    const r = await answerScreening(desk, actorOf(a), id, { text, version: form.data._step, shown: form.data._shown });
    return c.redirect(`/staff/visits/${id}/screen${r === 'stale' ? '?stale=1' : ''}`, 303);
  });

  app.post('/visits/:id/request', authed, office, checked, async (c) => {
    const a = c.get('staff');
    const id = c.req.param('id');
    const body = await c.req.parseBody();
    const typed = Object.fromEntries(
      Object.entries(body).flatMap(([k, v]) => (typeof v === 'string' && k !== '_csrf' ? [[k, v.slice(0, 40)]] : [])),
    );
    const form = AssistedRequestForm.safeParse(body);
    if (!form.success) return c.html(await visitPage(a, id, { errors: issuesOf(form.error), request: typed }), 400);
    try {
      const r = await requestFromVisit(desk, actorOf(a), id, form.data);
      log('staff.assisted_request', { user: a.user.id, visit: id, referral: r.referralId });
      return c.redirect(`/staff/visits/${id}?request=${encodeURIComponent(r.reference)}`, 303);
    } catch (e) {
      if (e instanceof RequestCaseError && e.reason === 'invalid')
        return c.html(await visitPage(a, id, { errors: [e.message], request: typed }), 400);
      throw e;
    }
  });

  // --- monthly report ---

  app.get('/reports', authed, office, async (c) => {
    const a = c.get('staff');
    const m = Month.safeParse(c.req.query('month'));
    return c.html(
      <ReportsPage
        user={pageUser(a.user)}
        csrf={a.csrf}
        month={m.success ? m.data : currentMonth(desk)}
        choices={reportChoices(desk, a.actor)}
      />,
    );
  });

  const report = async (a: Authed, q: z.infer<typeof ShowQuery>) => {
    const [level, code] = q.of.split(':') as ['village' | 'township', string];
    return level === 'village'
      ? villageReport(desk, a.actor, code, q.month)
      : townshipReport(desk, a.actor, code, q.month);
  };
  const showQuery = (query: Record<string, string>) => {
    const q = ShowQuery.safeParse(query);
    if (!q.success) throw new RequestCaseError('invalid', issuesOf(q.error).join('；'));
    return q.data;
  };

  app.get('/reports/show', authed, office, async (c) => {
    const q = showQuery(c.req.query());
    const r = await report(c.get('staff'), q);
    const csv = `/staff/reports/report.csv?${new URLSearchParams({ month: q.month, of: q.of }).toString()}`;
    return c.html(<ReportPage r={r} csvHref={csv} clauseLabel={clauseLabel(desk, r.clause)} />);
  });

  app.get('/reports/report.csv', authed, office, async (c) => {
    const q = showQuery(c.req.query());
    const r = await report(c.get('staff'), q);
    return c.body(reportCsv(r, V.outcomes), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="report-${r.level}-${r.code}-${r.month}.csv"`,
    });
  });
}

/** A clause id in words: the document number and section from the city package's documents. */
function clauseLabel(desk: StaffDesk, id: string): string {
  const params = desk.parameters ?? defaultParameters();
  for (const city of params.cities.values()) {
    for (const doc of city.documents) {
      const clause = doc.clauses.find((c) => c.id === id);
      if (clause) return `${doc.docNumber || doc.title} ${clause.section}`;
    }
  }
  return id;
}
