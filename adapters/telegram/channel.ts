/**
 * Telegram as an entry of the channel table (../channels.ts): on when TELEGRAM_BOT_TOKEN and
 * TELEGRAM_WEBHOOK_SECRET are set. botInfo comes from configuration, so grammY never calls getMe
 * at start (required on Workers).
 */
import { defineChannel } from '../channel-table.ts';
import { telegramBotInfo } from './bot-info.ts';
import { telegramRoutes } from './webhook.ts';

export const telegramChannel = defineChannel({
  id: 'telegram',
  name: 'Telegram (/telegram)',
  needs: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET'],
  start(env, c) {
    const token = env.TELEGRAM_BOT_TOKEN;
    const routes = telegramRoutes({
      token,
      secretToken: env.TELEGRAM_WEBHOOK_SECRET,
      botInfo: telegramBotInfo(token, env.TELEGRAM_BOT_USERNAME),
      ...(env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : {}),
      ...(c.fetch ? { fetch: c.fetch } : {}),
      log: c.log,
      handle: c.handle,
      dedup: c.dedup,
    });
    return { routes };
  },
});
