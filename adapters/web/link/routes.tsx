/**
 * /s/<token>: the family's screening page (GET shows the current step, POST answers it and
 * redirects back, so reloading never answers twice); /s/<token>/qr.svg a printable QR code;
 * POST /api/v1/links for staff (a bearer token from DOUDI_ADMIN_TOKEN; switched off if unset).
 * The browser keeps only a random session id in an HttpOnly cookie scoped to the link.
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { renderSVG } from 'uqr';
import { type HandleDeps, handleMessage } from '../../../bot/engine.ts';
import type { DrizzleLinkStore } from '../../db/repositories.ts';
import { ApiError, invalidInput, readJson } from '../../http/errors.ts';
import { safeEqual } from '../../wechat/crypto.ts';
import { createLink, CreateLink, linkUrl, newToken } from './links.ts';
import { NotFoundPage, ScreeningPage } from './page.tsx';

export interface LinkDeps {
  links: DrizzleLinkStore;
  /** The dialogue engine's dependencies, shared with the chat channels (sessions, clock, requests). */
  engine: HandleDeps;
  publicUrl: string;
  adminToken?: string;
  /** A request's status in words: the web page cannot be pushed to, so it shows it on each visit. */
  requestStatus?: (reference: string) => Promise<string | undefined>;
  /** A configured village's name, for the page footer. */
  villageName?: (code: string) => string | undefined;
}

const COOKIE = 'doudi_sid';
/** An answer is a few words; 16 KB leaves room for any browser's form encoding. */
const MAX_FORM_BYTES = 16 * 1024;
const TOO_LARGE = '你发的内容太长了，请回到上一页，用一两句话回答。';
const BAD_FORM = '没能读懂提交的内容，请回到上一页重新回答。';

export function linkRoutes(deps: LinkDeps): Hono {
  const app = new Hono();
  const { engine } = deps;

  app.post('/api/v1/links', async (c) => {
    if (!deps.adminToken) throw new ApiError(403, 'LINKS_DISABLED', '未配置 DOUDI_ADMIN_TOKEN，不能通过接口创建链接；请用 npx doudi link create。');
    const auth = c.req.header('authorization') ?? '';
    if (!safeEqual(auth, `Bearer ${deps.adminToken}`)) throw new ApiError(401, 'UNAUTHORIZED', '没有权限。(unauthorized)');
    const parsed = CreateLink.safeParse(await readJson(c));
    if (!parsed.success) throw invalidInput(parsed.error);
    const link = await createLink(deps.links, parsed.data, engine.clock.now());
    const url = linkUrl(deps.publicUrl, link.token);
    return c.json({ token: link.token, village: link.village, region: link.region, url, qr: `${url}/qr.svg` }, 201);
  });

  app.get('/s/:token/qr.svg', async (c) => {
    const link = await deps.links.get(c.req.param('token'));
    if (!link) return c.html(<NotFoundPage />, 404);
    return c.body(renderSVG(linkUrl(deps.publicUrl, link.token)), 200, { 'content-type': 'image/svg+xml' });
  });

  const sessionId = (c: Context, token: string) => {
    let sid = getCookie(c, COOKIE);
    if (!sid || !/^[A-Za-z0-9_-]{22}$/.test(sid)) {
      sid = newToken();
      setCookie(c, COOKIE, sid, { httpOnly: true, sameSite: 'Lax', secure: deps.publicUrl.startsWith('https://'), path: `/s/${token}`, maxAge: 30 * 86_400 });
    }
    return sid;
  };

  app.get('/s/:token', async (c) => {
    const token = c.req.param('token');
    const link = await deps.links.get(token);
    if (!link) return c.html(<NotFoundPage />, 404);
    const sid = sessionId(c, token);
    const stored = await engine.store.get({ channel: 'web', userId: sid });
    const messages =
      stored?.state.lastReply ??
      (await handleMessage({ channel: 'web', userId: sid, text: '', kind: 'start', tags: { village: link.village, region: link.region } }, engine));
    const reference = stored?.state.referralReference;
    const status = reference && deps.requestStatus ? await deps.requestStatus(reference) : undefined;
    const villageLabel = deps.villageName?.(link.village) ?? `村（社区）${link.village}`;
    return c.html(<ScreeningPage action={`/s/${token}`} messages={messages} villageLabel={villageLabel} {...(reference && status ? { request: { reference, status } } : {})} />);
  });

  app.post(
    '/s/:token',
    bodyLimit({ maxSize: MAX_FORM_BYTES, onError: (c) => c.html(<NotFoundPage message={TOO_LARGE} />, 413) }),
    async (c) => {
    const token = c.req.param('token');
    const link = await deps.links.get(token);
    if (!link) return c.html(<NotFoundPage />, 404);
    const sid = sessionId(c, token);
    // A family's answer is one short form field; anything that cannot be read as a form is refused plainly.
    const form = await c.req.parseBody().catch(() => undefined);
    if (!form) return c.html(<NotFoundPage message={BAD_FORM} />, 400);
    const text = typeof form['text'] === 'string' ? form['text'].slice(0, 5000) : '';
    const exists = await engine.store.get({ channel: 'web', userId: sid });
    await handleMessage(
      exists ? { channel: 'web', userId: sid, text } : { channel: 'web', userId: sid, text: '', kind: 'start', tags: { village: link.village, region: link.region } },
      engine,
    );
    return c.redirect(`/s/${token}`, 303);
    },
  );
  return app;
}
