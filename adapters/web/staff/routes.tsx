/**
 * /staff: the console village, township and county staff use to follow up requests. Sign-in
 * throttled against guessing (./throttle.ts), CSRF on every POST, forms and queries checked by
 * Hono's zod validator, and for admins the outbox messages that could not be sent. The work on
 * requests (list, CSV export, detail, print, status change) is done by the use cases in
 * ./cases/, which know nothing of HTTP and are shared with the command line; here they are only
 * called and rendered. Runtime-neutral: the host passes everything in.
 */
import { zValidator } from '@hono/zod-validator';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { ValidationTargets } from 'hono/types';
import { z } from 'zod';
import type { Clock } from '../../../bot/ports.ts';
import type { ParameterSet } from '../../../screening/index.ts';
import type { VillageDirectory } from '../../config/villages.ts';
import { equalText } from '../../crypto/equal.ts';
import type { Sealer } from '../../crypto/sealer.ts';
import { DrizzleRateLimits } from '../../db/limits.ts';
import type { Atomic } from '../../db/ports.ts';
import { REFERRAL_STATUSES, STATUS_LABELS } from '../../db/referral-record.ts';
import type { Db } from '../../db/repositories.ts';
import { type ClientOf, clientKey, urlOnly } from '../../http/client.ts';
import { securityHeaders } from '../../http/security-headers.ts';
import { ownValue } from '../../own.ts';
import {
  attemptLogin,
  clearSession,
  type CookieSettings,
  loginCsrf,
  LOGIN_COOKIE,
  randomToken,
  sameOrigin,
  sessionToken,
  sha256Hex,
  startSession,
} from './auth.ts';
import { changeStatus } from './cases/change-status.ts';
import { CorrectionError, correctHousehold } from './cases/correct.ts';
import { attachCall, lookupCase, MAX_CALL_SUMMARY } from './cases/lookup.ts';
import { requestStats } from './cases/stats.ts';
import { type Actor, audit, RequestCaseError, type RequestCaseReason, staffDesk } from './cases/desk.ts';
import { requestDetail, requestForPrint } from './cases/detail.ts';
import { exportRequests } from './cases/export.ts';
import { listRequests, ListQuery, PAGE_SIZE, RequestFilters, visibleVillages } from './cases/list.ts';
import { deviceFor, issueDeviceCookie } from './device.ts';
import { S } from './messages.ts';
import {
  AuditPage,
  DetailPage,
  ErrorPage,
  ListPage,
  LoginPage,
  LookupPage,
  type LookupView,
  OutboxPage,
  type PageUser,
  PrintPage,
  StatsPage,
} from './pages.tsx';
import { scopeOf, type StaffUser } from './store.ts';
import type { ReferralDesk } from '../../../bot/ports.ts';
import { hotlineConsent } from '../../../bot/messages/hotline-consent.ts';
import { citiesOf, defaultParameters } from '../../../screening/index.ts';
import { chinaDateOf } from '../../config/calendar.ts';
import { chartStats } from './charts/compute.ts';
import { chartsCsv } from './charts/csv.ts';
import type { VisitsSource } from './charts/model.ts';
import { ChartsPage } from './charts/page.tsx';
import { regionList } from '../../config/cities.ts';
import { agentFeedback, fileCall, FileCallInput, hotlineScopeOf, placeChoice, WorkOrder } from './cases/hotline.ts';
import { FeedbackPage, type FeedbackView, FileCallPage, type FileCallView } from './hotline-pages.tsx';
import { mountVisitRoutes } from './visit-routes.tsx';
import { minutesUntil } from './throttle.ts';
import { chinaTime, statusLabel } from './view.ts';

export { PAGE_SIZE };
export { MAX_EXPORT_ROWS } from './cases/export.ts';

export interface StaffDeps {
  db: Db;
  atomic: Atomic;
  sealer: Sealer;
  villages: VillageDirectory;
  clock: Clock;
  /** The address residents and staff use; an https URL makes the cookie Secure. */
  publicUrl: string;
  /** Ids and counts only: never names, phones or notes. */
  log?: (event: string, fields: Record<string, unknown>) => void;
  /** The client's address and scheme as the host sees them (sign-in limits per client, HSTS). */
  client?: ClientOf;
  /** The operator's screening figures, for a corrected household screened again. */
  parameters?: ParameterSet;
  /** Where a 12345 agent's filed call goes (the chat's ReferralDesk); without it the agent cannot file calls. */
  referralDesk?: Pick<ReferralDesk, 'submit'>;
  /**
   * Visits and assisted screenings for the statistics in pictures (issue 18 items 1–2): the
   * integrator wires the visits branch's `visitCounts` here; without it the section is not shown.
   */
  visits?: VisitsSource;
  /** Starts sending the outbox now (a request made on a visit). */
  kick?: () => void;
}

/** An error that knows its page: status and a plain Chinese message. */
export class StaffError extends Error {
  override readonly name = 'StaffError';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 429 | 500,
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
  }
}

type Authed = { user: StaffUser; csrf: string; tokenHash: string; actor: Actor };
type Env = { Variables: { staff: Authed } };

/** What each use-case refusal shows: the request is not there for this user, changed meanwhile, or cannot be read. */
const STATUS_OF: Record<RequestCaseReason, 400 | 404 | 409 | 429 | 500> = {
  not_found: 404,
  conflict: 409,
  transition: 409,
  out_of_scope: 400,
  unreadable: 500,
  invalid: 400,
  erased: 409,
  throttled: 429,
};

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const Csrf = z.string().min(1).max(100);

const LoginForm = z.object({
  _csrf: Csrf,
  username: z.string().trim().min(1, '请填写用户名').max(64, '用户名太长'),
  password: z.string().min(1, '请填写密码').max(200, '密码太长'),
});

const StatusForm = z.object({
  _csrf: Csrf,
  from: z.enum(REFERRAL_STATUSES),
  // Nothing is chosen until staff choose: a status, or a note alone.
  to: z.enum([...REFERRAL_STATUSES, 'note'], { error: S.errors.chooseStatus }),
  note: z.preprocess(emptyToUndefined, z.string().trim().max(500, '备注最多 500 字').optional()),
  tell: z.preprocess(emptyToUndefined, z.literal('1').optional()),
});

const CsrfOnly = z.object({ _csrf: Csrf });

const CorrectionForm = z.object({ _csrf: Csrf, base: z.string().max(100), text: z.string().max(4000, '内容太长') });
const LookupForm = z.object({
  _csrf: Csrf,
  number: z.string().trim().min(1, S.lookup.badNumber).max(40, S.lookup.badNumber),
});
const CallForm = LookupForm.extend({
  summary: z.string().max(MAX_CALL_SUMMARY, S.lookup.summaryTooLong(MAX_CALL_SUMMARY)),
  nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
});
const FeedbackQuery = z.object({
  workOrder: z.preprocess(emptyToUndefined, WorkOrder.optional()),
  filed: z
    .string()
    .regex(/^DD-[0-9A-Z]{6}$/)
    .optional(),
  joined: z.literal('1').optional(),
});
const ChartsQuery = z.object({
  from: z.preprocess(emptyToUndefined, z.iso.date('日期格式应为 YYYY-MM-DD。').optional()),
  to: z.preprocess(emptyToUndefined, z.iso.date('日期格式应为 YYYY-MM-DD。').optional()),
  city: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{4}00$/, '城市代码应为六位数字。')
      .optional(),
  ),
  channel: z.preprocess(
    emptyToUndefined,
    z.enum(['wechat', 'telegram', 'web', 'hotline'], { error: '没有这个渠道。' }).optional(),
  ),
});
const StatsQuery = z.object({ from: RequestFilters.shape.from, to: RequestFilters.shape.to });

/** Hono's zod validator, a failure shown as the console's error page with each field's issue. */
const valid = <T extends z.ZodType, K extends keyof ValidationTargets>(target: K, schema: T) =>
  zValidator(target, schema, (result) => {
    if (!result.success)
      throw new StaffError(
        400,
        S.errors.badInput,
        result.error.issues.map((i) => i.message),
      );
  });

const pageUser = (u: StaffUser): PageUser => ({ displayName: u.displayName, role: u.role });

export function staffRoutes(deps: StaffDeps): Hono {
  const desk = staffDesk({
    db: deps.db,
    atomic: deps.atomic,
    sealer: deps.sealer,
    villages: deps.villages,
    clock: deps.clock,
    parameters: deps.parameters,
    kick: deps.kick,
  });
  const { store } = desk;
  const limits = new DrizzleRateLimits(deps.db);
  const client = deps.client ?? urlOnly;
  const cookie: CookieSettings = { secure: new URL(deps.publicUrl).protocol === 'https:' };
  const log = deps.log ?? (() => {});
  const app = new Hono<Env>().basePath('/staff');

  // The app sets these for every route; here too, so the console is never served without them.
  app.use(securityHeaders(deps.client));
  app.use(
    bodyLimit({
      maxSize: 32 * 1024,
      onError: () => {
        throw new StaffError(400, S.errors.badInput);
      },
    }),
  );

  const authed = createMiddleware<Env>(async (c, next) => {
    const token = sessionToken(c);
    const found = token ? await store.session(await sha256Hex(token), deps.clock.now().getTime()) : undefined;
    if (!found) {
      if (c.req.method === 'GET') {
        if (token) clearSession(c, cookie);
        return c.redirect(token ? '/staff/login?expired=1' : '/staff/login', 303);
      }
      throw new StaffError(401, S.errors.loginRequired);
    }
    const actor = { id: found.user.id, scope: scopeOf(found.user, deps.villages) };
    c.set('staff', { user: found.user, csrf: found.session.csrfToken, tokenHash: found.session.tokenHash, actor });
    await next();
  });

  /** Requests and statistics are for office staff; a 12345 agent has only the look-up. */
  const office = createMiddleware<Env>(async (c, next) => {
    if (c.get('staff').user.role === 'agent') throw new StaffError(404, S.errors.notFound);
    await next();
  });
  const lookupOnly = createMiddleware<Env>(async (c, next) => {
    const role = c.get('staff').user.role;
    if (role !== 'agent' && role !== 'admin') throw new StaffError(404, S.lookup.agentOnly);
    await next();
  });
  const home = (u: StaffUser) => (u.role === 'agent' ? '/staff/lookup' : '/staff/requests');

  /** Every POST after sign-in, before its form is validated: same origin and the session's token in the form. */
  const checked = createMiddleware<Env>(async (c, next) => {
    if (!sameOrigin(c, deps.publicUrl)) throw new StaffError(403, S.errors.forbidden);
    const sent = (await c.req.parseBody())['_csrf'];
    if (typeof sent !== 'string' || !equalText(sent, c.get('staff').csrf))
      throw new StaffError(403, S.errors.forbidden);
    await next();
  });

  // --- sign-in ---

  app.get('/login', async (c) => {
    const token = sessionToken(c);
    const signedIn = token ? await store.session(await sha256Hex(token), deps.clock.now().getTime()) : undefined;
    if (signedIn) return c.redirect(home(signedIn.user), 303);
    const message = c.req.query('expired') ? S.login.expired : c.req.query('out') ? S.login.loggedOut : undefined;
    return c.html(<LoginPage csrf={loginCsrf(c, cookie)} message={message} />);
  });

  /** Before there is a session: same origin and the login form's double-submit token. */
  const loginChecked = createMiddleware(async (c, next) => {
    if (!sameOrigin(c, deps.publicUrl)) throw new StaffError(403, S.errors.forbidden);
    const expected = getCookie(c, LOGIN_COOKIE);
    const sent = (await c.req.parseBody())['_csrf'];
    if (!expected || typeof sent !== 'string' || !equalText(sent, expected))
      throw new StaffError(403, S.errors.forbidden);
    await next();
  });
  const loginForm = zValidator('form', LoginForm, (result, c) => {
    if (!result.success)
      return c.html(
        <LoginPage
          csrf={getCookie(c, LOGIN_COOKIE) ?? ''}
          message={result.error.issues.map((i) => i.message).join('；')}
          error
        />,
        400,
      );
  });

  app.post('/login', loginChecked, loginForm, async (c) => {
    const expected = getCookie(c, LOGIN_COOKIE) ?? '';
    const now = deps.clock.now();
    const { username, password } = c.req.valid('form');
    const device = await deviceFor(c, deps.sealer, username, now);
    const outcome = await attemptLogin(
      { store, limits, sealer: deps.sealer },
      { username, password, client: clientKey(client(c).ip), device },
      now,
    );
    if (outcome.ok) {
      await audit(desk, outcome.user, 'login', null);
      await startSession(c, store, outcome.user, now, cookie);
      await issueDeviceCookie(c, deps.sealer, username, now, cookie);
      log('staff.login', { user: outcome.user.id, device: device !== undefined });
      return c.redirect(home(outcome.user), 303);
    }
    const page = (message: string, status: 401 | 429) =>
      c.html(<LoginPage csrf={expected} message={message} error username={username} />, status);
    const minutes = 'until' in outcome ? minutesUntil(outcome.until, now.getTime()) : 0;
    if (outcome.reason === 'client' || outcome.reason === 'busy') {
      // Refused before the name is even looked at. One audit row when a client (or everyone)
      // crosses the line, not one per refusal: a flood must not become a flood of writes.
      if (outcome.first) await audit(desk, { id: '-' }, 'login_throttled', null, { reason: outcome.reason });
      log('staff.login_throttled', { reason: outcome.reason });
      return page(outcome.reason === 'client' ? S.login.tooManyFromClient(minutes) : S.login.busy, 429);
    }
    // An unknown name is kept only as a keyed hash, so its attempts can be counted like any other.
    await store.audit({
      at: now.toISOString(),
      actor: outcome.userId ?? '-',
      action: 'login_failed',
      referralId: null,
      detail: outcome.nameHash ? `name=${outcome.nameHash}` : JSON.stringify({ reason: outcome.reason }),
    });
    log('staff.login_failed', {
      user: outcome.userId ?? '-',
      reason: outcome.reason === 'unknown' ? 'password' : outcome.reason,
    });
    return outcome.reason === 'wait' ? page(S.login.wait(minutes), 429) : page(S.login.failed, 401);
  });

  app.post('/logout', authed, checked, valid('form', CsrfOnly), async (c) => {
    const { user, tokenHash, actor } = c.get('staff');
    await store.deleteSession(tokenHash, deps.clock.now().getTime());
    await audit(desk, actor, 'logout', null);
    clearSession(c, cookie);
    log('staff.logout', { user: user.id });
    return c.redirect('/staff/login?out=1', 303);
  });

  app.get('/', authed, (c) => c.redirect(home(c.get('staff').user), 303));

  // --- requests: each route one use case (./cases/), rendered ---

  app.get('/requests', authed, office, valid('query', ListQuery), async (c) => {
    const { user, csrf, actor } = c.get('staff');
    const { page = 1, ...filters } = c.req.valid('query');
    const list = await listRequests(desk, actor, filters, page);
    const query = (p?: number) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
      if (p && p > 1) q.set('page', String(p));
      const text = q.toString();
      return text ? `?${text}` : '';
    };
    return c.html(
      <ListPage
        user={pageUser(user)}
        csrf={csrf}
        filters={filters}
        villages={visibleVillages(desk, actor)}
        rows={list.rows}
        total={list.total}
        page={list.page}
        pages={list.pages}
        query={query}
      />,
    );
  });

  app.get('/requests.csv', authed, office, valid('query', ListQuery), async (c) => {
    const { user, actor } = c.get('staff');
    const { page: _page, ...filters } = c.req.valid('query');
    const out = await exportRequests(desk, actor, filters);
    log('staff.export', { user: user.id, rows: out.rows });
    return c.body(out.csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${out.filename}"`,
    });
  });

  app.get('/requests/:id', authed, office, async (c) => {
    const { user, csrf, actor } = c.get('staff');
    const d = await requestDetail(desk, actor, c.req.param('id'));
    const changed = c.req.query('changed');
    const corrected = Number(c.req.query('corrected'));
    const message =
      changed === 'note'
        ? S.detail.noteSaved
        : changed && ownValue(STATUS_LABELS, changed)
          ? `状态已改为“${statusLabel(changed)}”。`
          : c.req.query('corrected') !== undefined && Number.isInteger(corrected)
            ? corrected > 0
              ? S.correction.saved(corrected)
              : S.correction.none
            : undefined;
    return c.html(<DetailPage user={pageUser(user)} csrf={csrf} message={message} d={d} />);
  });

  app.post('/requests/:id/household', authed, office, checked, valid('form', CorrectionForm), async (c) => {
    const { user, csrf, actor } = c.get('staff');
    const { text, base } = c.req.valid('form');
    const id = c.req.param('id');
    try {
      const done = await correctHousehold(desk, actor, id, { text, base });
      log('staff.correction', { user: user.id, referral: done.id, fields: done.changes.length });
      return c.redirect(`/staff/requests/${encodeURIComponent(done.id)}?corrected=${done.changes.length}#correct`, 303);
    } catch (e) {
      if (!(e instanceof CorrectionError)) throw e;
      // Shown again with what could not be read, and what was typed kept.
      const d = await requestDetail(desk, actor, id);
      return c.html(
        <DetailPage user={pageUser(user)} csrf={csrf} d={d} correction={{ issues: e.issues, text }} />,
        400,
      );
    }
  });

  app.post('/requests/:id/status', authed, office, checked, valid('form', StatusForm), async (c) => {
    const { user, actor } = c.get('staff');
    const { from, to, note, tell } = c.req.valid('form');
    const done = await changeStatus(desk, actor, c.req.param('id'), { from, to, note, tell: tell === '1' });
    log('staff.status_change', { user: user.id, referral: done.id, from, to });
    return c.redirect(`/staff/requests/${encodeURIComponent(done.id)}?changed=${to}`, 303);
  });

  app.get('/requests/:id/print', authed, office, async (c) => {
    const id = c.req.param('id');
    return c.html(<PrintPage id={id} p={await requestForPrint(desk, c.get('staff').actor, id)} />);
  });

  // --- statistics ---

  app.get('/stats', authed, office, valid('query', StatsQuery), async (c) => {
    const { user, csrf, actor } = c.get('staff');
    const range = c.req.valid('query');
    const stats = await requestStats(desk, actor, range);
    return c.html(<StatsPage user={pageUser(user)} csrf={csrf} v={{ ...stats, from: range.from, to: range.to }} />);
  });

  // --- statistics in pictures (issue 18 item 5): admins and county staff ---

  const chartsFor = async (c: Context<Env>) => {
    const { user, actor } = c.get('staff');
    if (user.role !== 'admin' && user.role !== 'county') throw new StaffError(404, S.errors.notFound);
    const parsed = ChartsQuery.safeParse(c.req.query());
    if (!parsed.success)
      throw new StaffError(
        400,
        S.errors.badInput,
        parsed.error.issues.map((i) => i.message),
      );
    const today = chinaDateOf(deps.clock.now().getTime());
    const to = parsed.data.to ?? today;
    // The last 30 days unless chosen; at most 366 at once.
    const from =
      parsed.data.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    if (from > to) throw new StaffError(400, S.errors.badInput, ['开始日期不能晚于结束日期。']);
    if ((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 >= 366)
      throw new StaffError(400, S.errors.badInput, ['一次最多看 366 天。']);
    const city = user.role === 'admin' ? parsed.data.city : undefined;
    const query = { from, to, city, channel: parsed.data.channel };
    return { user, stats: await chartStats(desk, actor, query, deps.visits), query };
  };

  app.get('/charts', authed, office, async (c) => {
    const { csrf } = c.get('staff');
    const { user, stats, query } = await chartsFor(c);
    const cities =
      user.role === 'admin'
        ? citiesOf(deps.parameters ?? defaultParameters()).map((x): [string, string] => [x.code, x.name])
        : [];
    const qs = new URLSearchParams(
      Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
    );
    return c.html(
      <ChartsPage
        user={pageUser(user)}
        csrf={csrf}
        v={{ stats, cities, csvHref: `/staff/charts.csv?${qs.toString()}` }}
      />,
    );
  });

  app.get('/charts.csv', authed, office, async (c) => {
    const { user, stats, query } = await chartsFor(c);
    log('staff.charts_export', { user: user.id });
    return c.body(chartsCsv(stats), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="doudi-stats-${query.from}-${query.to}.csv"`,
    });
  });

  // --- 12345 agents: is there an open case for this household, and attach the call to it ---

  app.get('/lookup', authed, lookupOnly, (c) => {
    const { user, csrf } = c.get('staff');
    return c.html(
      <LookupPage
        user={pageUser(user)}
        csrf={csrf}
        v={{ state: c.req.query('attached') ? 'attached' : 'ask', place: c.req.query('place') ?? '' } as LookupView}
      />,
    );
  });

  /** A refusal shown on the look-up page itself (a number that is neither, too many look-ups). */
  const lookupRefused = (c: Context<Env>, e: unknown) => {
    if (
      !(e instanceof RequestCaseError) ||
      (e.reason !== 'invalid' && e.reason !== 'throttled' && e.reason !== 'not_found')
    )
      throw e;
    const { user, csrf } = c.get('staff');
    return c.html(
      <LookupPage user={pageUser(user)} csrf={csrf} v={{ state: 'ask' }} error={e.message} />,
      STATUS_OF[e.reason],
    );
  };

  app.post('/lookup', authed, lookupOnly, checked, valid('form', LookupForm), async (c) => {
    const { user, csrf, actor } = c.get('staff');
    const { number } = c.req.valid('form');
    try {
      const r = await lookupCase(desk, actor, number);
      log('staff.lookup', { user: user.id, found: r.found });
      const v: LookupView = r.found
        ? { state: 'found', typed: number, status: r.status, place: r.place, urgent: r.urgent, nonce: randomToken(18) }
        : { state: 'none', typed: number };
      return c.html(<LookupPage user={pageUser(user)} csrf={csrf} v={v} />);
    } catch (e) {
      return lookupRefused(c, e);
    }
  });

  app.post('/lookup/call', authed, lookupOnly, checked, valid('form', CallForm), async (c) => {
    const { user, actor } = c.get('staff');
    const { number, summary, nonce } = c.req.valid('form');
    try {
      const r = await attachCall(desk, actor, number, summary, nonce);
      log('staff.call_attached', { user: user.id });
      return c.redirect(`/staff/lookup?attached=1&place=${encodeURIComponent(r.place)}`, 303);
    } catch (e) {
      return lookupRefused(c, e);
    }
  });

  // --- 12345: file a call as a request, and read a work order's feedback (issue 18 item 4) ---

  const hotlineScope = (u: StaffUser) => hotlineScopeOf(u.role === 'agent' ? u.scope : null);
  const fileView = (u: StaffUser, values?: Record<string, string>): FileCallView => {
    const scope = hotlineScope(u);
    const params = deps.parameters ?? defaultParameters();
    const villagePlaces = deps.villages
      .all()
      .flatMap((v) =>
        placeChoice(desk, scope, `v:${v.code}`)
          ? [{ value: `v:${v.code}`, label: `${v.township.name} ${v.name}` }]
          : [],
      );
    const counties = regionList(params).flatMap(([code, name]) =>
      placeChoice(desk, scope, `c:${code}`)
        ? [{ value: `c:${code}`, label: `${name}（村不在列表里，交县级民政）` }]
        : [],
    );
    return {
      places: [...villagePlaces, ...counties],
      consentText: hotlineConsent('所在村（社区）', deps.villages.retention.closedRequestDays),
      ...(values ? { values } : {}),
    };
  };

  app.get('/feedback', authed, lookupOnly, valid('query', FeedbackQuery), async (c) => {
    const { user, csrf, actor } = c.get('staff');
    const { workOrder, filed, joined } = c.req.valid('query');
    const base: FeedbackView = { workOrder, filed, joined: joined === '1' };
    if (!workOrder) return c.html(<FeedbackPage user={pageUser(user)} csrf={csrf} v={base} />);
    try {
      const r = await agentFeedback(desk, actor, hotlineScope(user), workOrder);
      return c.html(<FeedbackPage user={pageUser(user)} csrf={csrf} v={{ ...base, items: r.items }} />);
    } catch (e) {
      if (!(e instanceof RequestCaseError) || e.reason !== 'not_found') throw e;
      return c.html(<FeedbackPage user={pageUser(user)} csrf={csrf} v={base} error={e.message} />, 404);
    }
  });

  app.get('/hotline/new', authed, lookupOnly, (c) => {
    const { user, csrf } = c.get('staff');
    return c.html(<FileCallPage user={pageUser(user)} csrf={csrf} v={fileView(user)} />);
  });

  app.post('/hotline/new', authed, lookupOnly, checked, async (c) => {
    const { user, csrf, actor } = c.get('staff');
    const form = await c.req.parseBody();
    const values = Object.fromEntries(
      ['workOrder', 'place', 'name', 'phone', 'callTime', 'summary'].map((k) => [
        k,
        typeof form[k] === 'string' ? (form[k] as string).slice(0, 4000) : '',
      ]),
    );
    const page = (status: 400 | 503, error: string, issues?: string[]) =>
      c.html(
        <FileCallPage
          user={pageUser(user)}
          csrf={csrf}
          v={fileView(user, values)}
          error={error}
          {...(issues ? { issues } : {})}
        />,
        status,
      );
    if (!deps.referralDesk) return page(503, '这里还不能转给村委会（服务没有配置申请通道）。');
    const parsed = FileCallInput.safeParse({ ...values, consent: form['consent'] });
    if (!parsed.success)
      return page(
        400,
        S.errors.badInput,
        parsed.error.issues.map((i) => i.message),
      );
    try {
      const r = await fileCall(desk, deps.referralDesk, actor, hotlineScope(user), parsed.data, user.displayName);
      log('staff.hotline_filed', { user: user.id, created: r.created, joined: r.joined });
      return c.redirect(
        `/staff/feedback?` +
          `workOrder=${encodeURIComponent(r.workOrder)}&filed=` +
          `${encodeURIComponent(r.reference)}` +
          `${r.joined ? '&joined=1' : ''}`,
        303,
      );
    } catch (e) {
      if (!(e instanceof RequestCaseError) || e.reason !== 'invalid') throw e;
      return page(400, e.message);
    }
  });

  // --- admin ---

  app.get('/outbox', authed, async (c) => {
    const { user, csrf } = c.get('staff');
    if (user.role !== 'admin') throw new StaffError(404, S.errors.notFound);
    const rows = await store.outboxProblems();
    const refs = await store.references(rows.filter((r) => r.kind === 'resident').map((r) => r.target));
    return c.html(
      <OutboxPage
        user={pageUser(user)}
        csrf={csrf}
        rows={rows.map((r) => ({
          kind: ownValue(S.outbox.kinds, r.kind) ?? r.kind,
          // A resident message names its request (reference), never the resident.
          target:
            r.kind === 'resident'
              ? (refs.get(r.target) ?? r.target)
              : `${deps.villages.get(r.target)?.name ?? ''} ${r.target}`.trim(),
          status: ownValue(S.outbox.statuses, r.status) ?? r.status,
          attempts: r.attempts,
          lastError: r.lastError ?? '',
          created: chinaTime(r.createdAt),
          next: r.status === 'pending' ? chinaTime(r.nextAttemptAt) : '—',
        }))}
      />,
    );
  });

  app.get('/audit', authed, async (c) => {
    const { user, csrf } = c.get('staff');
    if (user.role !== 'admin') throw new StaffError(404, S.errors.notFound);
    const rows = await store.auditRows(200);
    const names = await store.usersById([...new Set(rows.map((r) => r.actor))]);
    const refs = await store.references([...new Set(rows.flatMap((r) => (r.referralId ? [r.referralId] : [])))]);
    return c.html(
      <AuditPage
        user={pageUser(user)}
        csrf={csrf}
        rows={rows.map((r) => ({
          at: chinaTime(r.at),
          actor: r.actor === '-' ? S.audit.unknownName : (names.get(r.actor)?.username ?? r.actor),
          action: ownValue(S.audit.actions, r.action) ?? r.action,
          request: r.referralId ? (refs.get(r.referralId) ?? r.referralId) : '',
          requestId: r.referralId && refs.has(r.referralId) ? r.referralId : null,
          detail: r.detail && !r.detail.startsWith('name=') ? r.detail : '',
        }))}
      />,
    );
  });

  // --- visits, assisted screening and the monthly report (issue 18) ---
  mountVisitRoutes(app, { desk, authed, office, checked, log });

  app.all('*', async () => {
    throw new StaffError(404, S.errors.notFound);
  });

  app.onError(async (err, c) => {
    const staff = c.get('staff') as Authed | undefined;
    const shown = err instanceof RequestCaseError ? new StaffError(STATUS_OF[err.reason], err.message) : err;
    if (shown instanceof StaffError) {
      return c.html(
        <ErrorPage
          message={shown.message}
          issues={shown.issues}
          user={staff ? pageUser(staff.user) : undefined}
          csrf={staff?.csrf}
        />,
        shown.status,
      );
    }
    log('staff.error', { path: c.req.routePath, error: err.name });
    return c.html(<ErrorPage message={S.errors.internal} />, 500);
  });
  // Mounted beside the other route groups, which know nothing of the console's context variables.
  return app as unknown as Hono;
}
