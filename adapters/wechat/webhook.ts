/**
 * GET|POST /wechat for the Official Account. A POST is a short chain: verify (./verify.ts:
 * signature, timestamp, mode) → open (./open.ts: msg_signature, decrypt) → claim (durable dedup,
 * so WeChat's three tries advance the dialogue once) → answer within the time budget
 * (./budget.ts: a passive reply, ./reply.ts, or `success` at once and customer service later).
 * Without an EncodingAESKey it serves 明文模式; with one, 安全模式 and 兼容模式 only. WeChat is
 * always answered in time: errors end in `success`, never a 500.
 */
import { type Context, Hono } from 'hono';
import { limitBody } from '../http/body-limit.ts';
import { securedResponse } from '../http/security-headers.ts';
import type { InboundMessage, OutboundMessage } from '../../bot/ports.ts';
import type { DedupStore } from '../db/ports.ts';
import { withinBudget } from './budget.ts';
import { checkSignature, createCipher, type WechatCipher } from './crypto.ts';
import { dedupKey, toInbound } from './inbound.ts';
import { openDelivery } from './open.ts';
import { toWechatText } from './render.ts';
import { passiveReplyXml } from './reply.ts';
import { isFresh, type Refused, TIMESTAMP_WINDOW_SECONDS, verifyDelivery } from './verify.ts';

export { TIMESTAMP_WINDOW_SECONDS };

export interface WechatConfig {
  token: string;
  appId: string;
  encodingAesKey?: string;
}

export interface WechatDeps {
  config: WechatConfig;
  handle: (msg: InboundMessage) => Promise<OutboundMessage[]>;
  /** Forget a resident who unsubscribed (their unhandled data goes, as 删除我的信息). */
  forget?: (userId: string) => Promise<void>;
  dedup: DedupStore;
  /** Send texts later through the customer-service API. */
  sendLater: (openId: string, texts: string[]) => Promise<void>;
  /** Keep work alive after the response (waitUntil on Workers, a queue on Node). */
  background: (work: Promise<unknown>) => void;
  nowSeconds: () => number;
  budgetMs?: number;
  log?: (event: string, fields: Record<string, unknown>) => void;
}

export const MAX_WECHAT_BODY = 64 * 1024;
/**
 * Longer than any replay the window lets through (a delivery stamped t is accepted from t − 300 s
 * to t + 300 s, so a copy comes at most 600 s after the first), so a replay inside the window
 * meets its dedup claim.
 */
const DEDUP_TTL_SECONDS = 2 * TIMESTAMP_WINDOW_SECONDS + 300;
const SUCCESS = 'success';
const XML = 'application/xml; charset=utf-8';
const TEXT = 'text/plain; charset=UTF-8';
/** Every POST answer is built whole, security headers included (../http/security-headers.ts). */
const text = (c: Context, body: string, status: 200 | 400 | 401 | 413 = 200) => securedResponse(c, body, status, TEXT);
const REFUSALS: Record<Refused['reason'], string> = {
  signature: 'invalid signature',
  msg_signature: 'invalid signature',
  timestamp: 'stale timestamp',
  plaintext: 'encrypted delivery required',
  xml: 'bad request',
  decrypt: 'bad request',
};

export function wechatRoutes(deps: WechatDeps): Hono {
  const app = new Hono();
  const budget = deps.budgetMs ?? 4000;
  const log = deps.log ?? (() => {});
  const cipher = cipherOf(deps.config);
  const refuse = (c: Context, r: Refused) => {
    log('wechat.reject', { reason: r.reason });
    return text(c, REFUSALS[r.reason], r.status);
  };
  const later = (openId: string, texts: string[] | Promise<string[]>) =>
    deps.background(
      Promise.resolve(texts)
        .then((t) => deps.sendLater(openId, t))
        .catch((e: unknown) => log('wechat.async_failed', { error: String(e) })),
    );

  app.get('/wechat', (c) => {
    const q = c.req.query();
    const timestamp = q['timestamp'] ?? '';
    if (!checkSignature(q['signature'], deps.config.token, timestamp, q['nonce'] ?? ''))
      return c.text('invalid signature', 401);
    if (!isFresh(timestamp, deps.nowSeconds())) return c.text('stale timestamp', 401);
    return c.text(q['echostr'] ?? '');
  });

  app.post('/wechat', limitDelivery, async (c) => {
    const verified = verifyDelivery(c.req.query(), deps.config, deps.nowSeconds());
    if (!verified.ok) return refuse(c, verified);
    const opened = openDelivery(await c.req.text(), verified, deps.config.token, cipher);
    if (!opened.ok) return refuse(c, opened);
    const { message } = opened;
    if (!(await deps.dedup.claim(dedupKey(message), DEDUP_TTL_SECONDS))) {
      log('wechat.duplicate', {});
      return text(c, SUCCESS);
    }

    const inbound = toInbound(message);
    if (inbound.kind === 'ignore') return text(c, SUCCESS);
    if (inbound.kind === 'unsubscribe') {
      if (deps.forget) deps.background(deps.forget(inbound.userId));
      return text(c, SUCCESS);
    }
    const openId = inbound.message.userId;
    const work = deps.handle(inbound.message).then(toWechatText);
    const timely = await withinBudget(work, budget);
    if (timely.kind === 'late') {
      log('wechat.async', { reason: timely.reason });
      later(openId, work);
      return text(c, SUCCESS);
    }
    const [passive, ...rest] = timely.texts;
    if (rest.length > 0) later(openId, rest);
    if (passive === undefined) return text(c, SUCCESS);
    const reply = {
      toUser: openId,
      fromUser: message['ToUserName'] ?? '',
      content: passive,
      nowSeconds: deps.nowSeconds(),
    };
    const sealed = verified.safe && cipher ? { cipher: cipher(), token: deps.config.token } : undefined;
    return securedResponse(c, passiveReplyXml(reply, sealed), 200, XML);
  });
  return app;
}

/** The safe-mode cipher, built on first use; a bad EncodingAESKey makes each safe-mode delivery fail to open (400). */
function cipherOf(config: WechatConfig): (() => WechatCipher) | undefined {
  const aesKey = config.encodingAesKey;
  if (!aesKey) return undefined;
  let built: { ok: WechatCipher } | { error: unknown } | undefined;
  return () => {
    if (!built) {
      try {
        built = { ok: createCipher(aesKey, config.appId) };
      } catch (error) {
        built = { error };
      }
    }
    if ('error' in built) throw built.error;
    return built.ok;
  };
}

/** The body's size checked by Content-Length first (../http/body-limit.ts): larger deliveries get 413. */
const limitDelivery = limitBody(MAX_WECHAT_BODY, (c: Context) => text(c, 'body too large', 413));
