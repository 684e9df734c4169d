/**
 * /s/<token>: the family's screening page (GET shows the current step, POST answers it and
 * redirects back, so reloading never answers twice); /s/<token>/qr.svg a printable QR code;
 * POST /api/v1/links for staff (a bearer token from DOUDI_ADMIN_TOKEN; switched off if unset).
 *
 * The browser keeps only a random session id in an HttpOnly cookie scoped to the link. Opening
 * the link stores nothing: the first answer stores the dialogue, within a limit per client
 * (creation-limit.ts). A POST is taken only from this site, with this browser's cookie and the
 * form token derived from it (guard.ts), and only for the step its page showed (step.ts).
 * After 删除我的信息 the page says what was deleted, withdrawn and kept, and a kept request's
 * progress stays on the page, found by the keyed hash of the session id the request already
 * carries, with the notes staff marked for the resident (newest first) and, once it is finished,
 * the 回访 question with its one-tap answers. 12345 and the village's phones are tap-to-call links.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, Hono } from 'hono';
import type { BlankEnv } from 'hono/types';
import { bodyLimit } from 'hono/body-limit';
import { renderSVG } from 'uqr';
import { z } from 'zod';
import { type HandleDeps, handleMessage, step } from '../../../bot/engine.ts';
import { M } from '../../../bot/messages/zh-CN.ts';
import { R } from '../../../bot/messages/referral.ts';
import type {
  FollowUpAnswer,
  ForgetResult,
  InboundMessage,
  OutboundMessage,
  ReferralDesk,
  SessionKey,
} from '../../../bot/ports.ts';
import { REFERRAL_STATUSES, STATUS_LABELS } from '../../db/referral-record.ts';
import { ownValue } from '../../own.ts';
import type { DrizzleLinkStore, ScreeningLink } from '../../db/repositories.ts';
import { linkApiRoutes } from '../../http/routes/links.ts';
import { securityHeaders } from '../../http/security-headers.ts';
import { clientAddress } from './client-address.ts';
import { type CreationLimit, CreationLimiter, DEFAULT_CREATION_LIMIT } from './creation-limit.ts';
import {
  type CookieScope,
  formToken,
  formTokenMatches,
  fromThisSite,
  readSid,
  setNote,
  setSid,
  takeNote,
} from './guard.ts';
import { linkUrl, newToken } from './links.ts';
import { L } from './messages.ts';
import { NotFoundPage, PlainPage, type RequestBanner, ScreeningPage } from './page.tsx';
import { atStep, shownOf, StepMoved } from './step.ts';

export interface LinkDeps {
  links: DrizzleLinkStore;
  /** The dialogue engine's dependencies, shared with the chat channels (sessions, clock, requests). */
  engine: HandleDeps;
  publicUrl: string;
  adminToken?: string;
  /**
   * The requests this browser's dialogue sent, newest first, by number and status in words (the
   * web page cannot be pushed to, so it shows them on each visit). Keyed by the session, so they
   * are still found after 删除我的信息 deleted the dialogue.
   */
  requestsOf?: (key: SessionKey) => Promise<RequestBanner[]>;
  /** Without requestsOf: the status of the request the stored dialogue remembers, by its number. */
  requestStatus?: (reference: string) => Promise<string | undefined>;
  /** A configured village's name, for the page footer. */
  villageName?: (code: string) => string | undefined;
  /** A configured village's contacts, whose phones the footer shows as tap-to-call links. */
  villageContacts?: (
    code: string,
  ) => { name: string; role?: string | undefined; phone?: string | undefined }[] | undefined;
  /** New dialogues one client may start (default: 30 at once, then one every 20 s). */
  creationLimit?: CreationLimit;
  /** Whom to count a new dialogue against (default: the client address the host reports). */
  clientAddress?: (c: Context) => string;
  /**
   * Several instances: new dialogues counted in the database instead (adapters/http/rate-limit.ts sharedCreationLimit).
   */
  sharedCreation?: (client: string, nowMs: number) => Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
}

/** An answer is a few words; 16 KB leaves room for any browser's form encoding. */
const MAX_FORM_BYTES = 16 * 1024;
/** The dialogue's own idle limit (retention.sessionDays) bounds a cookie with nothing else behind it. */
const SESSION_COOKIE_DAYS = 30;
/** With a request sent, the cookie is how its progress stays in view: as long as browsers keep one. */
const REQUEST_COOKIE_DAYS = 400;
const REFERENCE = /^DD-[2-9A-Z]{6}$/;

/** What a form posts: the answer, its token and the step it answers. */
const LinkForm = z.object({
  text: z
    .string()
    .optional()
    .transform((t) => (t ?? '').slice(0, 5000)),
  _csrf: z.string().max(100),
  _step: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
  _shown: z.string().max(200).optional(),
  /** The boxes ticked on a several-choice question, sent as "1 3". */
  pick: z
    .union([z.string().max(4), z.array(z.string().max(4)).max(20)])
    .optional()
    .transform((p) => (p === undefined ? [] : Array.isArray(p) ? p : [p])),
});

type Note = { kind: 'stale' } | { kind: 'deleted'; withdrawn: { reference: string; wasStatus: string }[] };

/**
 * The one-time note after a redirect; anything else in the cookie is ignored. After 删除我的信息 it
 * names the requests withdrawn and the status each had ("DD-7K3M9Q~visited"), which decides what
 * the page says was kept elsewhere; nothing else about them.
 */
function readNote(raw: string | undefined): Note | undefined {
  if (raw === 'stale') return { kind: 'stale' };
  if (raw === undefined || !raw.startsWith('deleted:')) return undefined;
  const withdrawn = raw
    .slice('deleted:'.length)
    .split('.')
    .map((part) => {
      const [reference = '', wasStatus = 'new'] = part.split('~');
      return { reference, wasStatus };
    })
    .filter((w) => REFERENCE.test(w.reference) && (REFERRAL_STATUSES as readonly string[]).includes(w.wasStatus))
    .slice(0, 20);
  return { kind: 'deleted', withdrawn };
}

export function linkRoutes(deps: LinkDeps): Hono {
  // An OpenAPIHono so that the link API's definition reaches the app's OpenAPI document.
  const app = new OpenAPIHono<BlankEnv>();
  const { engine } = deps;
  const secure = deps.publicUrl.startsWith('https://');
  const limiter = new CreationLimiter(deps.creationLimit ?? DEFAULT_CREATION_LIMIT);
  const addressOf = deps.clientAddress ?? clientAddress;

  // The app sets these for every route; here too, so the pages are never served without them:
  // not framed, never cached (a family's answers), no Referer elsewhere (the address holds the token).
  app.use('/s/*', securityHeaders());
  app.route(
    '/',
    linkApiRoutes({
      links: deps.links,
      now: () => engine.clock.now(),
      publicUrl: deps.publicUrl,
      adminToken: deps.adminToken,
    }),
  );

  app.get('/s/:token/qr.svg', async (c) => {
    const link = await deps.links.get(c.req.param('token'));
    if (!link) return c.html(<NotFoundPage />, 404);
    return c.body(renderSVG(linkUrl(deps.publicUrl, link.token)), 200, { 'content-type': 'image/svg+xml' });
  });

  const opening = (link: ScreeningLink): InboundMessage => ({
    channel: 'web',
    userId: '',
    text: '',
    kind: 'start',
    tags: { village: link.village, region: link.region },
  });

  /** The welcome and first question of a dialogue not yet stored: computed, never written. */
  const fresh = (link: ScreeningLink) =>
    step(undefined, opening(link), {
      parameters: engine.parameters,
      today: engine.clock.today(),
      now: engine.clock.now().toISOString(),
    });

  const requestsFor = async (key: SessionKey, remembered: string | undefined): Promise<RequestBanner[]> => {
    if (deps.requestsOf) return deps.requestsOf(key);
    const status = remembered && deps.requestStatus ? await deps.requestStatus(remembered) : undefined;
    return remembered && status ? [{ reference: remembered, status }] : [];
  };

  /** What 删除我的信息 said on the chat channels, for the page after it (the engine's own words). */
  const deletionMessage = (withdrawn: { reference: string; wasStatus: string }[], kept: RequestBanner[]): string => {
    const referral = engine.referral;
    if (!referral || (withdrawn.length === 0 && kept.length === 0)) return M.deleted;
    const was = withdrawn.map((w) => ({ ...w, was: ownValue(STATUS_LABELS, w.wasStatus) ?? '' }));
    return R.forgotten({ deleted: was.map((w) => w.reference), withdrawn: was, kept }, referral.keepDays);
  };

  app.get('/s/:token', async (c) => {
    const token = c.req.param('token');
    const link = await deps.links.get(token);
    if (!link) return c.html(<NotFoundPage />, 404);
    const scope: CookieScope = { token, secure };
    const known = readSid(c);
    const sid = known ?? newToken();
    const key: SessionKey = { channel: 'web', userId: sid };
    const stored = known ? await engine.store.get(key) : undefined;
    let messages: OutboundMessage[];
    let at: { step: number; shown: string };
    if (stored) {
      messages = stored.state.lastReply ?? [];
      at = { step: stored.version, shown: shownOf(stored.state) };
    } else {
      const first = fresh(link);
      messages = first.out;
      at = { step: 0, shown: first.state ? shownOf(first.state) : '' };
    }
    const note = readNote(takeNote(c, scope));
    const requests = known ? await requestsFor(key, stored?.state.referralReference) : [];
    // A new browser gets its id now, though nothing is stored until it answers. A known one is
    // renewed on each visit, so the cookie lasts as long as what it leads to: the dialogue (30
    // days idle) or a request's progress.
    if (requests.length > 0) setSid(c, scope, sid, REQUEST_COOKIE_DAYS);
    else if (!known || stored) setSid(c, scope, sid, SESSION_COOKIE_DAYS);
    const villageLabel = deps.villageName?.(link.village) ?? L.villageFallback(link.village);
    return c.html(
      <ScreeningPage
        action={`/s/${token}`}
        messages={messages}
        villageLabel={villageLabel}
        form={{ csrf: await formToken(token, sid), ...at }}
        notice={note?.kind === 'stale' ? L.stale : undefined}
        done={note?.kind === 'deleted' ? deletionMessage(note.withdrawn, requests) : undefined}
        requests={requests}
        contacts={(deps.villageContacts?.(link.village) ?? []).flatMap((x) =>
          x.phone ? [{ name: x.name, role: x.role, phone: x.phone }] : [],
        )}
      />,
    );
  });

  /** The engine's dependencies with the desk's answer to 删除我的信息 kept for the page. */
  const noting = (forgotten: ForgetResult[]): HandleDeps => {
    const referral = engine.referral;
    if (!referral) return engine;
    const inner = referral.desk;
    const desk: ReferralDesk = {
      submit: (s) => inner.submit(s),
      forget: async (k) => {
        const r = await inner.forget(k);
        forgotten.push(r);
        return r;
      },
      ...(inner.openOf ? { openOf: (k: SessionKey) => inner.openOf!(k) } : {}),
      ...(inner.answerFollowUp
        ? { answerFollowUp: (k: SessionKey, ref: string, a: FollowUpAnswer) => inner.answerFollowUp!(k, ref, a) }
        : {}),
    };
    return { ...engine, referral: { ...referral, desk } };
  };

  app.post(
    '/s/:token',
    bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.html(<NotFoundPage message={L.tooLarge} />, 413) }),
    async (c) => {
      const token = c.req.param('token');
      const link = await deps.links.get(token);
      if (!link) return c.html(<NotFoundPage />, 404);
      const scope: CookieScope = { token, secure };
      // Refused before anything is read or written, and without a cookie in the answer: a POST
      // from another site must not replace the family's cookie and lose their dialogue.
      const refused = () =>
        c.html(
          <PlainPage title={L.refusedTitle} message={L.refused} link={{ href: `/s/${token}`, text: L.reopen }} />,
          403,
        );
      if (!fromThisSite(c, deps.publicUrl)) return refused();
      const sid = readSid(c);
      if (!sid) return refused();
      // A family's answer is one short form field; anything that cannot be read as a form is refused plainly.
      const body = await c.req.parseBody({ all: true }).catch(() => undefined);
      if (!body) return c.html(<NotFoundPage message={L.badForm} />, 400);
      const form = LinkForm.safeParse(body);
      if (!form.success || !(await formTokenMatches(form.data._csrf, token, sid))) return refused();
      const { _step: version, _shown: shown, pick } = form.data;
      const text = form.data.text === '' && pick.length > 0 ? pick.join(' ') : form.data.text;

      const key: SessionKey = { channel: 'web', userId: sid };
      const forgotten: ForgetResult[] = [];
      const d = noting(forgotten);
      const answer: InboundMessage = { channel: 'web', userId: sid, text };
      try {
        let out: OutboundMessage[];
        if (version === 0) {
          // The first answer starts the dialogue: the one place a session is created, so the
          // one place new dialogues per client are counted.
          if (await engine.store.get(key)) throw new StepMoved();
          const nowMs = engine.clock.now().getTime();
          const taken = deps.sharedCreation
            ? await deps.sharedCreation(addressOf(c), nowMs)
            : limiter.take(addressOf(c), nowMs);
          if (!taken.ok) {
            c.header('Retry-After', String(taken.retryAfterSeconds));
            return c.html(<PlainPage title={L.tooManyTitle} message={L.tooMany} />, 429);
          }
          await handleMessage({ ...opening(link), userId: sid }, { ...d, store: atStep(engine.store, { version: 0 }) });
          out = await handleMessage(answer, { ...d, store: atStep(engine.store, { version: 1 }) });
        } else {
          out = await handleMessage(answer, {
            ...d,
            store: atStep(engine.store, { version, ...(shown !== undefined ? { shown } : {}) }),
          });
        }
        // The dialogue ended with 删除我的信息: the page after the redirect says what went and what stayed.
        if (out.some((m) => m.type === 'end')) {
          const withdrawn = forgotten.flatMap(
            (r) => r.withdrawn ?? r.deleted.map((reference) => ({ reference, wasStatus: 'new' })),
          );
          setNote(
            c,
            scope,
            `deleted:${[...new Map(withdrawn.map((w) => [w.reference, `${w.reference}~${w.wasStatus}`])).values()].join(
              '.',
            )}`,
          );
        }
      } catch (e) {
        if (!(e instanceof StepMoved)) throw e;
        setNote(c, scope, 'stale');
      }
      return c.redirect(`/s/${token}`, 303);
    },
  );
  return app;
}
