/**
 * What a chat channel is to the service: an entry with the environment variables that switch it
 * on and a `start` that returns its routes. ./channels.ts holds the table; adding a channel is
 * adding its entry there (its adapter folder does the rest). Kept apart from the table so each
 * channel's entry can import the type without importing every other channel.
 */
import type { Hono } from 'hono';
import type { HandleDeps } from '../bot/engine.ts';
import type { InboundMessage, OutboundMessage } from '../bot/ports.ts';
import type { DedupStore } from './db/ports.ts';
import type { Db } from './db/repositories.ts';

/** The variables of every channel (contract.md); a channel is on when all it `needs` are set. */
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

/** What every channel is started with. */
export interface ChannelContext {
  db: Db;
  /** The one dialogue engine's dependencies (sessions, clock, parameters, requests). */
  engine: HandleDeps;
  /** The engine's step for one message: what every channel hands its residents' messages to. */
  handle: (msg: InboundMessage) => Promise<OutboundMessage[]>;
  dedup: DedupStore;
  background: (p: Promise<unknown>) => void;
  log: (event: string, f: Record<string, unknown>) => void;
  fetch?: typeof fetch | undefined;
  /** Durable sending of late WeChat replies (the outbox); without it they are sent directly in the background. */
  sendWechatLater?: ((openId: string, texts: string[]) => Promise<void>) | undefined;
}

export interface StartedChannel {
  routes: Hono;
  /** How it runs, for the start-up line (e.g. WeChat's mode). */
  mode?: string;
  /** A text to one of its users (status changes of a request), where the channel can push one. */
  sendText?: (userId: string, text: string) => Promise<void>;
}

export interface Channel<K extends keyof ChannelEnv = keyof ChannelEnv> {
  id: string;
  /** For the start-up log: the name and its path. */
  name: string;
  needs: readonly K[];
  start(env: ChannelEnv & { [P in K]-?: string }, context: ChannelContext): StartedChannel;
}

/** Types an entry so that `start` sees the variables it needs as set. */
export function defineChannel<K extends keyof ChannelEnv>(channel: Channel<K>): Channel {
  return channel as unknown as Channel;
}
