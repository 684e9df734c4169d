/**
 * `npm run telegram:poll`: local development with long polling instead of a webhook. Same bot,
 * same engine and the same protected storage as the server (sealed sessions under hashed keys,
 * hashed update dedup, requests to village committees); deletes any webhook first.
 */
import { handleMessage } from '../../bot/engine.ts';
import { assemble } from '../assemble.ts';
import { telegramBotInfo } from '../channels.ts';
import { chinaDate } from '../http/today.ts';
import { createTelegramBot } from '../telegram/bot.ts';
import { openNodeHost } from './node-host.ts';

const env = process.env;
const token = env['TELEGRAM_BOT_TOKEN'];
if (!token) {
  console.error('TELEGRAM_BOT_TOKEN is not set.');
  process.exit(2);
}
const { parameters, villages, db, close, atomic, sealer } = await openNodeHost(env);
const log = (event: string, fields: Record<string, unknown>) => console.log(JSON.stringify({ event, ...fields }));
const pending = new Set<Promise<unknown>>();
const background = (p: Promise<unknown>) => {
  const tracked = p
    .catch((e: unknown) => log('background.failed', { error: String(e) }))
    .finally(() => pending.delete(tracked));
  pending.add(tracked);
};
const clock = { now: () => new Date(), today: () => chinaDate() };
// The webhook variables are not needed for polling: only the bot token is passed on.
const { engine, dedup } = assemble({
  env: {
    TELEGRAM_BOT_TOKEN: token,
    ...(env['TELEGRAM_API_ROOT'] ? { TELEGRAM_API_ROOT: env['TELEGRAM_API_ROOT'] } : {}),
  },
  db,
  atomic,
  sealer,
  parameters,
  villages,
  clock,
  publicUrl: env['DOUDI_PUBLIC_URL'] ?? 'http://127.0.0.1:8787',
  background,
  log,
});
const bot = createTelegramBot({
  token,
  botInfo: telegramBotInfo(token, env['TELEGRAM_BOT_USERNAME']),
  ...(env['TELEGRAM_API_ROOT'] ? { apiRoot: env['TELEGRAM_API_ROOT'] } : {}),
  dedup,
  log,
  handle: (msg) => handleMessage(msg, engine),
});

const stop = async () => {
  await bot.stop();
  await Promise.allSettled([...pending]);
  await close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
await bot.api.deleteWebhook();
console.log('Telegram long polling started (Ctrl+C to stop).');
await bot.start({ drop_pending_updates: false, timeout: Number(env['TELEGRAM_POLL_TIMEOUT'] ?? 30) });
