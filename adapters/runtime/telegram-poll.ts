/**
 * `npm run telegram:poll`: local development with long polling instead of a webhook. Same bot,
 * same engine, same SQLite sessions and update dedup as the server; deletes any webhook first.
 */
import { handleMessage } from '../../bot/engine.ts';
import { telegramBotInfo } from '../channels.ts';
import { DrizzleDedupStore, DrizzleSessionStore } from '../db/repositories.ts';
import { chinaDate } from '../http/today.ts';
import { createTelegramBot } from '../telegram/bot.ts';
import { openNodeDb } from './node-db.ts';
import { loadParameters } from './node-config.ts';

const env = process.env;
const token = env['TELEGRAM_BOT_TOKEN'];
if (!token) {
  console.error('TELEGRAM_BOT_TOKEN is not set.');
  process.exit(2);
}
const parameters = loadParameters(env['DOUDI_CONFIG']);
const { db, sqlite } = openNodeDb(env['DATABASE_PATH'] ?? './data/doudi.db');
const store = new DrizzleSessionStore(db);
const clock = { now: () => new Date(), today: () => chinaDate() };
const bot = createTelegramBot({
  token,
  botInfo: telegramBotInfo(token, env['TELEGRAM_BOT_USERNAME']),
  ...(env['TELEGRAM_API_ROOT'] ? { apiRoot: env['TELEGRAM_API_ROOT'] } : {}),
  dedup: new DrizzleDedupStore(db),
  log: (event, fields) => console.log(JSON.stringify({ event, ...fields })),
  handle: (msg) => handleMessage(msg, { store, clock, parameters }),
});

const stop = async () => {
  await bot.stop();
  sqlite.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
await bot.api.deleteWebhook();
console.log('Telegram long polling started (Ctrl+C to stop).');
await bot.start({ drop_pending_updates: false, timeout: Number(env['TELEGRAM_POLL_TIMEOUT'] ?? 30) });
