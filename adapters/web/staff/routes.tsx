/**
 * /staff: the console village, township and county staff use to follow up requests. Sign-in
 * throttled against guessing (./throttle.ts), CSRF on every POST, scope by role (a request
 * outside it is 404, so its existence is not confirmed), list with masked contacts, detail,
 * status workflow written atomically with
 * its event, audit row and resident message, A4 print page, CSV export, and for admins the
 * outbox messages that could not be sent. Runtime-neutral: the host passes everything in.
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { Clock } from '../../../bot/ports.ts';
import { PROGRAMS } from '../../../screening/index.ts';
import type { VillageDirectory } from '../../config/villages.ts';
import type { Sealer } from '../../crypto/sealer.ts';
import type { Atomic } from '../../db/ports.ts';
import { NEXT_STATUSES, REFERRAL_STATUSES, STATUS_LABELS, type SealedReferral } from '../../db/referral-record.ts';
import type { Db } from '../../db/repositories.ts';
import { isCalendarDate } from '../../http/calendar-date.ts';
import { type ClientOf, clientKey, urlOnly } from '../../http/client.ts';
import { DrizzleRateLimits } from '../../db/limits.ts';
import { deviceFor, issueDeviceCookie } from './device.ts';
import { minutesUntil } from './throttle.ts';
import { securityHeaders } from '../../http/security-headers.ts';
import { ownValue } from '../../own.ts';
import { enqueueQuery, type OutboxItem } from '../../notify/outbox.ts';
import { attemptLogin, clearSession, type CookieSettings, loginCsrf, LOGIN_COOKIE, sameOrigin, sessionToken, sha256Hex, startSession } from './auth.ts';
import { toCsv } from './csv.ts';
import { maskIdNumber, maskName, maskPhone } from '../../../bot/referral/mask.ts';
import { S } from './messages.ts';
import { AuditPage, DetailPage, ErrorPage, ListPage, LoginPage, OutboxPage, type PageUser, PrintPage } from './pages.tsx';
import { inScope, type ListFilters, type ReferralRow, type Scope, scopeOf, StaffStore, type StaffUser } from './store.ts';
import { chinaTime, householdLines, materials, programList, programsShort, programViews, statusLabel, villageLabel } from './view.ts';
import { getCookie } from 'hono/cookie';
import { equalText } from '../../crypto/equal.ts';

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

type Authed = { user: StaffUser; csrf: string; tokenHash: string; scope: Scope };
type Env = { Variables: { staff: Authed } };

export const PAGE_SIZE = 20;
export const MAX_EXPORT_ROWS = 10_000;

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);
const ChinaDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日').refine(isCalendarDate, '日期不对');

const ListQuery = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(REFERRAL_STATUSES, { error: '状态不对' }).optional()),
  village: z.preprocess(emptyToUndefined, z.string().max(64).regex(/^[A-Za-z0-9_-]+$/, '村（社区）代码不对').optional()),
  program: z.preprocess(emptyToUndefined, z.enum(PROGRAMS, { error: '项目不对' }).optional()),
  from: z.preprocess(emptyToUndefined, ChinaDate.optional()),
  to: z.preprocess(emptyToUndefined, ChinaDate.optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).optional()),
});

const LoginForm = z.object({
  _csrf: z.string().min(1).max(100),
  username: z.string().trim().min(1, '请填写用户名').max(64, '用户名太长'),
  password: z.string().min(1, '请填写密码').max(200, '密码太长'),
});

const StatusForm = z.object({
  _csrf: z.string().min(1).max(100),
  from: z.enum(REFERRAL_STATUSES),
  to: z.enum(REFERRAL_STATUSES, { error: '请选择新的状态' }),
  note: z.preprocess(emptyToUndefined, z.string().trim().max(500, '备注最多 500 字').optional()),
  tell: z.preprocess(emptyToUndefined, z.literal('1').optional()),
});

const CsrfOnly = z.object({ _csrf: z.string().min(1).max(100) });

function issuesOf(e: z.ZodError): string[] {
  return e.issues.map((i) => i.message);
}

async function form(c: Context): Promise<Record<string, unknown>> {
  const body = await c.req.parseBody();
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) out[k] = typeof v === 'string' ? v : undefined;
  return out;
}

const pageUser = (u: StaffUser): PageUser => ({ displayName: u.displayName, role: u.role });

export function staffRoutes(deps: StaffDeps): Hono {
  const store = new StaffStore(deps.db);
  const limits = new DrizzleRateLimits(deps.db);
  const client = deps.client ?? urlOnly;
  const cookie: CookieSettings = { secure: new URL(deps.publicUrl).protocol === 'https:' };
  const log = deps.log ?? (() => {});
  const nowIso = () => deps.clock.now().toISOString();
  const app = new Hono<Env>().basePath('/staff');

  // The app sets these for every route; here too, so the console is never served without them.
  app.use(securityHeaders(deps.client));
  app.use(bodyLimit({ maxSize: 32 * 1024, onError: () => { throw new StaffError(400, S.errors.badInput); } }));

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
    c.set('staff', { user: found.user, csrf: found.session.csrfToken, tokenHash: found.session.tokenHash, scope: scopeOf(found.user, deps.villages) });
    await next();
  });

  /** Every POST after sign-in: same origin and the session's token in the form. */
  const checked = async (c: Context<Env>): Promise<Record<string, unknown>> => {
    if (!sameOrigin(c, deps.publicUrl)) throw new StaffError(403, S.errors.forbidden);
    const body = await form(c);
    const sent = typeof body['_csrf'] === 'string' ? body['_csrf'] : '';
    if (!equalText(sent, c.get('staff').csrf)) throw new StaffError(403, S.errors.forbidden);
    return body;
  };

  /** A request the user may see, or 404 whether it is missing or out of scope. */
  const visible = async (c: Context<Env>): Promise<ReferralRow> => {
    const row = await store.referral(c.req.param('id') ?? '');
    if (!row || !inScope(c.get('staff').scope, row.village)) throw new StaffError(404, S.errors.notFound);
    return row;
  };

  const audit = (actor: string, action: string, referralId: string | null, detail?: Record<string, unknown>) =>
    store.audit({ at: nowIso(), actor, action, referralId, detail: detail ? JSON.stringify(detail) : null });

  // --- sign-in ---

  app.get('/login', async (c) => {
    const token = sessionToken(c);
    if (token && (await store.session(await sha256Hex(token), deps.clock.now().getTime()))) return c.redirect('/staff/requests', 303);
    const message = c.req.query('expired') ? S.login.expired : c.req.query('out') ? S.login.loggedOut : undefined;
    return c.html(<LoginPage csrf={loginCsrf(c, cookie)} message={message} />);
  });

  app.post('/login', async (c) => {
    if (!sameOrigin(c, deps.publicUrl)) throw new StaffError(403, S.errors.forbidden);
    const body = await form(c);
    const expected = getCookie(c, LOGIN_COOKIE);
    if (!expected || typeof body['_csrf'] !== 'string' || !equalText(body['_csrf'], expected)) throw new StaffError(403, S.errors.forbidden);
    const parsed = LoginForm.safeParse(body);
    if (!parsed.success) return c.html(<LoginPage csrf={expected} message={issuesOf(parsed.error).join('；')} error />, 400);
    const now = deps.clock.now();
    const { username, password } = parsed.data;
    const device = await deviceFor(c, deps.sealer, username, now);
    const outcome = await attemptLogin({ store, limits, sealer: deps.sealer }, { username, password, client: clientKey(client(c).ip), device }, now);
    if (outcome.ok) {
      await audit(outcome.user.id, 'login', null);
      await startSession(c, store, outcome.user, now, cookie);
      await issueDeviceCookie(c, deps.sealer, username, now, cookie);
      log('staff.login', { user: outcome.user.id, device: device !== undefined });
      return c.redirect('/staff/requests', 303);
    }
    const page = (message: string, status: 401 | 429) => c.html(<LoginPage csrf={expected} message={message} error username={username} />, status);
    const minutes = 'until' in outcome ? minutesUntil(outcome.until, now.getTime()) : 0;
    if (outcome.reason === 'client' || outcome.reason === 'busy') {
      // Refused before the name is even looked at. One audit row when a client (or everyone)
      // crosses the line, not one per refusal: a flood must not become a flood of writes.
      if (outcome.first) await audit('-', 'login_throttled', null, { reason: outcome.reason });
      log('staff.login_throttled', { reason: outcome.reason });
      return page(outcome.reason === 'client' ? S.login.tooManyFromClient(minutes) : S.login.busy, 429);
    }
    // An unknown name is kept only as a keyed hash, so its attempts can be counted like any other.
    await store.audit({ at: nowIso(), actor: outcome.userId ?? '-', action: 'login_failed', referralId: null, detail: outcome.nameHash ? `name=${outcome.nameHash}` : JSON.stringify({ reason: outcome.reason }) });
    log('staff.login_failed', { user: outcome.userId ?? '-', reason: outcome.reason === 'unknown' ? 'password' : outcome.reason });
    return outcome.reason === 'wait' ? page(S.login.wait(minutes), 429) : page(S.login.failed, 401);
  });

  app.post('/logout', authed, async (c) => {
    if (!CsrfOnly.safeParse(await checked(c)).success) throw new StaffError(400, S.errors.badInput);
    const { user, tokenHash } = c.get('staff');
    await store.deleteSession(tokenHash, deps.clock.now().getTime());
    await audit(user.id, 'logout', null);
    clearSession(c, cookie);
    log('staff.logout', { user: user.id });
    return c.redirect('/staff/login?out=1', 303);
  });

  app.get('/', (c) => c.redirect('/staff/requests', 303));

  // --- requests ---

  const readFilters = (c: Context<Env>): { filters: ListFilters; page: number } => {
    const parsed = ListQuery.safeParse(c.req.query());
    if (!parsed.success) throw new StaffError(400, S.errors.badInput, issuesOf(parsed.error));
    const { page, ...filters } = parsed.data;
    if (filters.village && !inScope(c.get('staff').scope, filters.village)) throw new StaffError(400, S.errors.villageOutOfScope);
    return { filters, page: page ?? 1 };
  };

  const contactOf = async (row: ReferralRow): Promise<{ name: string; phone: string } | undefined> => {
    try {
      const sealed = await deps.sealer.open<SealedReferral>(row.sealed);
      return { name: sealed.contact.name, phone: sealed.contact.phone };
    } catch {
      return undefined;
    }
  };

  const visibleVillages = (scope: Scope) =>
    scope.all ? deps.villages.all().map((v) => ({ code: v.code, name: v.name })) : scope.villages.map((code) => ({ code, name: deps.villages.get(code)?.name ?? code }));

  app.get('/requests', authed, async (c) => {
    const { user, csrf, scope } = c.get('staff');
    const { filters, page } = readFilters(c);
    const { rows, total } = await store.list(scope, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE);
    const list = await Promise.all(
      rows.map(async (r) => {
        const contact = await contactOf(r);
        return {
          id: r.id,
          reference: r.reference,
          created: chinaTime(r.createdAt),
          village: villageLabel(deps.villages, r.village).village,
          status: statusLabel(r.status),
          programs: programsShort(r.programs),
          name: contact ? maskName(contact.name) : '—',
          phone: contact ? maskPhone(contact.phone) : '—',
        };
      }),
    );
    const query = (p?: number) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
      if (p && p > 1) q.set('page', String(p));
      const s = q.toString();
      return s ? `?${s}` : '';
    };
    return c.html(
      <ListPage user={pageUser(user)} csrf={csrf} filters={filters} villages={visibleVillages(scope)} rows={list} total={total} page={page} pages={Math.max(1, Math.ceil(total / PAGE_SIZE))} query={query} />,
    );
  });

  /**
   * The export carries what following up and reporting need (reference, dates, village, status,
   * programs) with the contact masked for every role: a file leaves the audited console and is
   * copied and mailed; the full contact is one audited click away on the detail page.
   */
  app.get('/requests.csv', authed, async (c) => {
    const { user, scope } = c.get('staff');
    const { filters } = readFilters(c);
    const { rows } = await store.list(scope, filters, MAX_EXPORT_ROWS, 0);
    const lines = await Promise.all(
      rows.map(async (r) => {
        const contact = await contactOf(r);
        const place = villageLabel(deps.villages, r.village);
        return [r.reference, chinaTime(r.createdAt), chinaTime(r.updatedAt), place.village, place.township || r.township, statusLabel(r.status), programsShort(r.programs), contact ? maskName(contact.name) : '', contact ? maskPhone(contact.phone) : ''];
      }),
    );
    await audit(user.id, 'export', null, { rows: rows.length, filters });
    log('staff.export', { user: user.id, rows: rows.length });
    const day = chinaTime(nowIso()).slice(0, 10).replace(/\D/g, '');
    return c.body(toCsv(S.csv.headers, lines), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="doudi-requests-${day}.csv"`,
    });
  });

  const openSealed = async (row: ReferralRow) => {
    try {
      return await deps.sealer.open<SealedReferral>(row.sealed);
    } catch {
      throw new StaffError(500, S.errors.internal);
    }
  };

  app.get('/requests/:id', authed, async (c) => {
    const { user, csrf } = c.get('staff');
    const row = await visible(c);
    const sealed = await openSealed(row);
    const events = await store.events(row.id);
    const actors = await store.usersById([...new Set(events.map((e) => e.actor))]);
    const history = await Promise.all(
      events.map(async (e) => ({
        at: chinaTime(e.at),
        actor: e.actor === 'resident' ? '申请人' : e.actor === 'system' ? '系统' : (actors.get(e.actor)?.displayName ?? '工作人员'),
        from: e.fromStatus ? statusLabel(e.fromStatus) : '',
        to: statusLabel(e.toStatus),
        note: e.sealedNote ? await deps.sealer.open<string>(e.sealedNote).catch(() => '') : '',
      })),
    );
    const place = villageLabel(deps.villages, row.village);
    await audit(user.id, 'view', row.id);
    const changed = c.req.query('changed');
    return c.html(
      <DetailPage
        user={pageUser(user)}
        csrf={csrf}
        message={changed && ownValue(STATUS_LABELS, changed) ? `状态已改为“${statusLabel(changed)}”。` : undefined}
        d={{
          id: row.id,
          reference: row.reference,
          status: row.status,
          statusLabel: statusLabel(row.status),
          created: chinaTime(row.createdAt),
          village: place.village,
          township: place.township || row.township,
          channel: ownValue(S.channel, row.channel) ?? row.channel,
          contact: { name: sealed.contact.name, phone: sealed.contact.phone, idNumber: sealed.contact.idNumber ? maskIdNumber(sealed.contact.idNumber) : '', callTime: sealed.contact.callTime },
          consentAt: sealed.consent?.at ? chinaTime(sealed.consent.at) : '',
          programs: programViews(sealed),
          household: householdLines(sealed),
          materials: materials(sealed),
          history,
          next: (ownValue(NEXT_STATUSES, row.status) ?? []).map((s) => ({ value: s, label: STATUS_LABELS[s] })),
        }}
      />,
    );
  });

  app.post('/requests/:id/status', authed, async (c) => {
    const body = await checked(c);
    const { user } = c.get('staff');
    const row = await visible(c);
    const parsed = StatusForm.safeParse(body);
    if (!parsed.success) throw new StaffError(400, S.errors.badInput, issuesOf(parsed.error));
    const { from, to, note, tell } = parsed.data;
    if (from !== row.status) throw new StaffError(409, S.errors.conflict);
    if (!(ownValue(NEXT_STATUSES, row.status) ?? []).includes(to)) throw new StaffError(409, S.errors.transition(statusLabel(row.status), statusLabel(to)));
    const now = deps.clock.now();
    const at = now.toISOString();
    const told = tell === '1' && note !== undefined;
    const item: OutboxItem = {
      dedupeKey: `status:${row.id}:${to}`,
      kind: 'resident',
      target: row.id,
      payload: { kind: 'resident_status', reference: row.reference, referralId: row.id, statusLabel: STATUS_LABELS[to], ...(told ? { note } : {}) },
    };
    // A web-link resident cannot be pushed to: their page shows the status on the next visit.
    const message = row.channel === 'web' ? [] : [(await enqueueQuery(deps.db, deps.sealer, item, now)).query];
    try {
      await deps.atomic([
        store.statusUpdateQuery(row.id, from, to, at),
        store.eventQuery({ referralId: row.id, at, actor: user.id, fromStatus: from, toStatus: to, sealedNote: note ? await deps.sealer.seal(note) : null }),
        store.auditQuery({ at, actor: user.id, action: 'status_change', referralId: row.id, detail: JSON.stringify({ from, to, note: note !== undefined, told }) }),
        ...message,
      ]);
    } catch (e) {
      const fresh = await store.referral(row.id);
      if (fresh && fresh.status !== from) throw new StaffError(409, S.errors.conflict);
      throw e;
    }
    log('staff.status_change', { user: user.id, referral: row.id, from, to });
    return c.redirect(`/staff/requests/${encodeURIComponent(row.id)}?changed=${to}`, 303);
  });

  app.get('/requests/:id/print', authed, async (c) => {
    const { user } = c.get('staff');
    const row = await visible(c);
    const sealed = await openSealed(row);
    const place = villageLabel(deps.villages, row.village);
    await audit(user.id, 'print', row.id);
    // The form lists the programs the request is for, and the documents for those programs only.
    const applied = programList(row.programs);
    const forRequest = (program: string) => applied.length === 0 || applied.includes(program);
    return c.html(
      <PrintPage
        id={row.id}
        p={{
          reference: row.reference,
          printedAt: chinaTime(nowIso()),
          created: chinaTime(row.createdAt),
          village: place.village,
          township: place.township || row.township,
          // The application form needs the full 身份证号 if the resident gave it; blank to fill otherwise.
          contact: { name: sealed.contact.name, phone: sealed.contact.phone, idNumber: sealed.contact.idNumber ?? '', callTime: sealed.contact.callTime },
          programs: programViews(sealed).filter((p) => forRequest(p.program)),
          household: householdLines(sealed),
          materials: materials({ ...sealed, materials: sealed.materials.filter((m) => forRequest(m.program)) }),
          disclaimer: sealed.report?.disclaimer ?? '',
        }}
      />,
    );
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
          target: r.kind === 'resident' ? (refs.get(r.target) ?? r.target) : `${deps.villages.get(r.target)?.name ?? ''} ${r.target}`.trim(),
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

  app.all('*', async (c) => {
    throw new StaffError(404, S.errors.notFound);
  });

  app.onError(async (err, c) => {
    const staff = c.get('staff') as Authed | undefined;
    if (err instanceof StaffError) {
      return c.html(<ErrorPage message={err.message} issues={err.issues} user={staff ? pageUser(staff.user) : undefined} csrf={staff?.csrf} />, err.status);
    }
    log('staff.error', { path: c.req.routePath, error: err.name });
    return c.html(<ErrorPage message={S.errors.internal} />, 500);
  });
  // Mounted beside the other route groups, which know nothing of the console's context variables.
  return app as unknown as Hono;
}
