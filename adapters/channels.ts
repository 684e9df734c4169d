/**
 * Switches on the chat channels whose configuration is present and wires them to the one
 * dialogue engine: sessions and dedup in the database, replies that miss WeChat's time budget
 * sent through the customer-service API in the background. Runtime-neutral: the host passes
 * its environment, database and background runner.
 */
import type { Hono } from 'hono';
import { type HandleDeps, handleMessage } from '../bot/engine.ts';
import { type Db, DrizzleDedupStore, DrizzleTokenStore } from './db/repositories.ts';
import type { DedupStore } from './db/ports.ts';
import { telegramRoutes } from './telegram/webhook.ts';
import { WechatApiClient } from './wechat/api-client.ts';
import { wechatRoutes } from './wechat/webhook.ts';

export interface ChannelEnv {
  WECHAT_TOKEN?: string;
  WECHAT_APPID?: string;
  WECHAT_APPSECRET?: string;
  WECHAT_ENCODING_AES_KEY?: string;
  WECHAT_API_BASE?: string;
  TELEGRAM_BOT_TOKEN?: string;
  TELEGRAM_WEBHOOK_SECRET?: string;
  TELEGRAM_API_ROOT?: string;
  TELEGRAM_BOT_USERNAME?: string;
}

export interface ChannelSetup {
  routes: Hono[];
  /** One line per channel for the start-up log: on, or off and why. */
  status: string[];
  /** Customer-service text to a WeChat user, when WeChat is on (status changes of a request). */
  wechatSendText?: (openId: string, text: string) => Promise<void>;
}

/** botInfo from configuration, so grammY never calls getMe at start (required on Workers). */
export function telegramBotInfo(token: string, username?: string) {
  const id = Number(token.split(':')[0]);
  return {
    id: Number.isFinite(id) ? id : 0,
    is_bot: true as const,
    first_name: 'doudi',
    username: username ?? 'doudi_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

export interface ChannelDeps {
  db: Db;
  /** What every channel hands messages to: session store, clock, parameters, requests. */
  engine: HandleDeps;
  background: (p: Promise<unknown>) => void;
  log: (event: string, f: Record<string, unknown>) => void;
  fetch?: typeof fetch;
  /** Dedup claims (hashed by the host); defaults to plain database claims. */
  dedup?: DedupStore;
  /** Durable sending of late WeChat replies (the outbox); without it they are sent directly in the background. */
  sendWechatLater?: (openId: string, texts: string[]) => Promise<void>;
}

export function setUpChannels(env: ChannelEnv, deps: ChannelDeps): ChannelSetup {
  const { engine } = deps;
  const dedup = deps.dedup ?? new DrizzleDedupStore(deps.db);
  const handle = (msg: Parameters<typeof handleMessage>[0]) => handleMessage(msg, engine);
  let wechatSendText: ChannelSetup['wechatSendText'];
  const routes: Hono[] = [];
  const status: string[] = [];

  const wxMissing = (['WECHAT_TOKEN', 'WECHAT_APPID', 'WECHAT_APPSECRET'] as const).filter((k) => !env[k]);
  if (wxMissing.length === 0) {
    const api = new WechatApiClient({
      appId: env.WECHAT_APPID!,
      appSecret: env.WECHAT_APPSECRET!,
      ...(env.WECHAT_API_BASE ? { apiBase: env.WECHAT_API_BASE } : {}),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      tokens: new DrizzleTokenStore(deps.db),
      onQuotaError: (errcode) => deps.log('wechat.quota', { errcode }),
    });
    wechatSendText = async (openId, text) => {
      await api.sendText(openId, text);
    };
    routes.push(
      wechatRoutes({
        config: { token: env.WECHAT_TOKEN!, appId: env.WECHAT_APPID!, ...(env.WECHAT_ENCODING_AES_KEY ? { encodingAesKey: env.WECHAT_ENCODING_AES_KEY } : {}) },
        handle,
        forget: (userId) => engine.store.delete({ channel: 'wechat', userId }),
        dedup,
        sendLater:
          deps.sendWechatLater ??
          (async (openId, texts) => {
            for (const t of texts) await api.sendText(openId, t);
          }),
        background: deps.background,
        nowSeconds: () => Math.floor(engine.clock.now().getTime() / 1000),
        log: deps.log,
      }),
    );
    status.push(`WeChat Official Account (/wechat): on${env.WECHAT_ENCODING_AES_KEY ? ', safe mode available' : ', plaintext mode only (WECHAT_ENCODING_AES_KEY not set)'}`);
  } else status.push(`WeChat Official Account (/wechat): off — ${wxMissing.join(', ')} not set`);

  const tgMissing = (['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET'] as const).filter((k) => !env[k]);
  if (tgMissing.length === 0) {
    const token = env.TELEGRAM_BOT_TOKEN!;
    routes.push(
      telegramRoutes({
        token,
        secretToken: env.TELEGRAM_WEBHOOK_SECRET!,
        botInfo: telegramBotInfo(token, env.TELEGRAM_BOT_USERNAME),
        ...(env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : {}),
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        log: deps.log,
        handle,
        dedup,
      }),
    );
    status.push('Telegram (/telegram): on');
  } else status.push(`Telegram (/telegram): off — ${tgMissing.join(', ')} not set`);
  return { routes, status, ...(wechatSendText ? { wechatSendText } : {}) };
}
