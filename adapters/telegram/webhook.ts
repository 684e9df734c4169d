/**
 * POST /telegram through grammY's Hono adapter. Updates are claimed by id before any step, so
 * Telegram's redelivery after a slow handler is a no-op. In front of grammY: the secret token
 * (401 before the body is read, so nobody without it gets anything parsed), a body limit like
 * /wechat's, and a JSON check, so a delivery that is not JSON is a 400 rather than a 500.
 *
 * grammY and the bot are loaded with the first delivery, not at start: a server whose residents
 * have not written on Telegram yet does not hold them (README, "Performance": idle memory).
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { equalText } from '../crypto/equal.ts';
import type { TelegramDeps } from './bot.ts';

/**
 * An update is one message (at most 4096 characters) with its entities and the message it
 * replies to; 256 KB is several times the largest seen, and far below what would cost anything.
 */
export const MAX_TELEGRAM_BODY = 256 * 1024;

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export function telegramRoutes(deps: TelegramDeps & { secretToken: string }): Hono {
  let loading: Promise<(c: Context) => Promise<Response>> | undefined;
  const handler = () => {
    loading ??= Promise.all([import('grammy'), import('./bot.ts')]).then(([grammy, { createTelegramBot }]) =>
      grammy.webhookCallback(createTelegramBot(deps), 'hono', {
        secretToken: deps.secretToken,
        onTimeout: 'return',
        timeoutMilliseconds: 9_000,
      }),
    );
    return loading;
  };
  const app = new Hono();
  app.post(
    '/telegram',
    async (c, next) => {
      // grammY checks it again in constant time; this only keeps unauthenticated bodies unread.
      if (!equalText(c.req.header(SECRET_HEADER) ?? '', deps.secretToken))
        return c.json({ error: { code: 'UNAUTHORIZED', message: '没有权限。(wrong secret token)' } }, 401);
      await next();
    },
    bodyLimit({
      maxSize: MAX_TELEGRAM_BODY,
      onError: (c) => c.json({ error: { code: 'BODY_TOO_LARGE', message: '请求内容太大。(body too large)' } }, 413),
    }),
    async (c) => {
      try {
        // Read once here; Hono keeps the parsed body, so grammY's own read gets the same value.
        await c.req.json();
      } catch {
        return c.json(
          { error: { code: 'INVALID_JSON', message: '请求内容不是有效的 JSON。(body is not valid JSON)' } },
          400,
        );
      }
      return (await handler())(c);
    },
  );
  return app;
}
