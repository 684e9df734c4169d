/**
 * The chat channels: a table of entries (WeChat, Telegram; see ./channel-table.ts), each switched
 * on when its variables are set and wired to the one dialogue engine, with sessions and dedup in
 * the database. A new channel is one entry here. Runtime-neutral: the host passes its
 * environment, database and background runner.
 */
import type { Hono } from 'hono';
import { type HandleDeps, handleMessage } from '../bot/engine.ts';
import type { Channel, ChannelContext, ChannelEnv } from './channel-table.ts';
import { type Db, DrizzleDedupStore } from './db/repositories.ts';
import type { DedupStore } from './db/ports.ts';
import { telegramChannel } from './telegram/channel.ts';
import { wechatChannel } from './wechat/channel.ts';

export type { ChannelEnv };
export { telegramBotInfo } from './telegram/bot-info.ts';

/** Every channel the service knows, in start-up order. */
export const CHANNELS: readonly Channel[] = [wechatChannel, telegramChannel];

export interface ChannelSetup {
  routes: Hono[];
  /** One line per channel for the start-up log: on, or off and why. */
  status: string[];
  /** Customer-service text to a WeChat user, when WeChat is on (status changes of a request). */
  wechatSendText?: (openId: string, text: string) => Promise<void>;
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

export function setUpChannels(env: ChannelEnv, deps: ChannelDeps, table: readonly Channel[] = CHANNELS): ChannelSetup {
  const context: ChannelContext = {
    ...deps,
    dedup: deps.dedup ?? new DrizzleDedupStore(deps.db),
    handle: (msg) => handleMessage(msg, deps.engine),
  };
  const setup: ChannelSetup = { routes: [], status: [] };
  for (const channel of table) {
    const missing = channel.needs.filter((k) => !env[k]);
    if (missing.length > 0) {
      setup.status.push(`${channel.name}: off — ${missing.join(', ')} not set`);
      continue;
    }
    const started = channel.start(env as Parameters<Channel['start']>[0], context);
    setup.routes.push(started.routes);
    setup.status.push(`${channel.name}: on${started.mode ? `, ${started.mode}` : ''}`);
    if (channel.id === 'wechat' && started.sendText) setup.wechatSendText = started.sendText;
  }
  return setup;
}
