/**
 * POST /telegram through grammY's Hono adapter: the secret token header is checked in constant
 * time by grammY (401 on mismatch). Updates are claimed by id before any step, so Telegram's
 * redelivery after a slow handler is a no-op.
 */
import { Hono } from 'hono';
import { webhookCallback } from 'grammy';
import { createTelegramBot, type TelegramDeps } from './bot.ts';

export function telegramRoutes(deps: TelegramDeps & { secretToken: string }): Hono {
  const bot = createTelegramBot(deps);
  const app = new Hono();
  app.post('/telegram', webhookCallback(bot, 'hono', { secretToken: deps.secretToken, onTimeout: 'return', timeoutMilliseconds: 9_000 }));
  return app;
}
