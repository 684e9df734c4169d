/**
 * GET|POST /wechat for the Official Account. Without an EncodingAESKey it serves 明文模式; with one,
 * 安全模式 and 兼容模式 only, reading the encrypted part: a plaintext delivery is refused, since its
 * signature covers token, timestamp and nonce but not the body, so a URL seen once (in a proxy
 * log, say) would let anyone post any XML as any OpenID. Every request's `signature` is checked
 * in constant time, and its timestamp must be within five minutes of the server's clock; in
 * safe mode `msg_signature` and the trailing appid too. Deliveries are deduplicated in durable storage, so WeChat's three tries
 * advance the dialogue once. A reply is given passively within the time budget (about 4 s);
 * otherwise WeChat gets `success` at once and the answer goes out through the customer-service
 * API when ready. WeChat is always answered in time: errors end in `success`, never a 500.
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { InboundMessage, OutboundMessage } from '../../bot/ports.ts';
import type { DedupStore } from '../db/ports.ts';
import { checkSignature, createCipher, signatureOf, type WechatCipher } from './crypto.ts';
import { dedupKey, toInbound } from './inbound.ts';
import { toWechatText } from './render.ts';
import { encryptedEnvelopeXml, parseWechatXml, textReplyXml } from './xml.ts';

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
/** WeChat's timestamp must be this close to ours: a captured delivery cannot be replayed later. */
export const TIMESTAMP_WINDOW_SECONDS = 300;
/**
 * Longer than any replay the window lets through (a delivery stamped t is accepted from t − 300 s
 * to t + 300 s, so a copy comes at most 600 s after the first), so a replay inside the window
 * meets its dedup claim.
 */
const DEDUP_TTL_SECONDS = 2 * TIMESTAMP_WINDOW_SECONDS + 300;
const SUCCESS = 'success';

export function wechatRoutes(deps: WechatDeps): Hono {
  const app = new Hono();
  const budget = deps.budgetMs ?? 4000;
  // Built on first use; a bad EncodingAESKey makes each safe-mode request fail at decrypt (400).
  let cipher: { ok: WechatCipher } | { error: unknown } | undefined;
  const getCipher = (): (() => WechatCipher) | undefined => {
    const aesKey = deps.config.encodingAesKey;
    if (!aesKey) return undefined;
    if (!cipher) {
      try {
        cipher = { ok: createCipher(aesKey, deps.config.appId) };
      } catch (error) {
        cipher = { error };
      }
    }
    const c = cipher;
    return () => {
      if ('error' in c) throw c.error;
      return c.ok;
    };
  };
  const log = deps.log ?? (() => {});
  const fresh = (timestamp: string) => /^\d{1,12}$/.test(timestamp) && Math.abs(deps.nowSeconds() - Number(timestamp)) <= TIMESTAMP_WINDOW_SECONDS;

  app.get('/wechat', async (c) => {
    const q = c.req.query();
    const ok = checkSignature(q['signature'], deps.config.token, q['timestamp'] ?? '', q['nonce'] ?? '');
    if (!ok) return c.text('invalid signature', 401);
    if (!fresh(q['timestamp'] ?? '')) return c.text('stale timestamp', 401);
    return c.text(q['echostr'] ?? '');
  });

  const tooLarge = (c: Context) => c.text('body too large', 413);
  const streamLimit = bodyLimit({ maxSize: MAX_WECHAT_BODY, onError: tooLarge });
  app.post(
    '/wechat',
    // The same limit as hono's bodyLimit, which decides by Content-Length when there is one;
    // but it does so without touching `c.req.raw.body`, which on @hono/node-server builds a
    // full web Request and stream and takes the body off the direct read path. Bodies without
    // a length (chunked) still go through bodyLimit's counting reader.
    async (c, next) => {
      const length = c.req.header('content-length');
      if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamLimit(c, next);
      return parseInt(length, 10) > MAX_WECHAT_BODY ? tooLarge(c) : next();
    },
    async (c) => {
      const q = c.req.query();
      const timestamp = q['timestamp'] ?? '';
      const nonce = q['nonce'] ?? '';
      if (!checkSignature(q['signature'], deps.config.token, timestamp, nonce)) {
        log('wechat.reject', { reason: 'signature' });
        return c.text('invalid signature', 401);
      }
      if (!fresh(timestamp)) {
        log('wechat.reject', { reason: 'timestamp' });
        return c.text('stale timestamp', 401);
      }
      const safe = q['encrypt_type'] === 'aes';
      if (deps.config.encodingAesKey && !safe) {
        log('wechat.reject', { reason: 'plaintext' });
        return c.text('encrypted delivery required', 400);
      }
      const body = await c.req.text();
      let outer: Record<string, string>;
      try {
        outer = parseWechatXml(body);
      } catch {
        log('wechat.reject', { reason: 'xml' });
        return c.text('bad request', 400);
      }
      let message = outer;
      if (safe) {
        const ciph = getCipher();
        const encrypt = outer['Encrypt'];
        if (!ciph || !encrypt) return c.text('bad request', 400);
        if (!checkSignature(q['msg_signature'], deps.config.token, timestamp, nonce, encrypt)) {
          log('wechat.reject', { reason: 'msg_signature' });
          return c.text('invalid signature', 401);
        }
        try {
          message = parseWechatXml(ciph().decrypt(encrypt));
        } catch {
          log('wechat.reject', { reason: 'decrypt' });
          return c.text('bad request', 400);
        }
      }

      if (!(await deps.dedup.claim(dedupKey(message), DEDUP_TTL_SECONDS))) {
        log('wechat.duplicate', {});
        return c.text(SUCCESS);
      }
      const inbound = toInbound(message);
      if (inbound.kind === 'ignore') return c.text(SUCCESS);
      if (inbound.kind === 'unsubscribe') {
        if (deps.forget) deps.background(deps.forget(inbound.userId));
        return c.text(SUCCESS);
      }
      const openId = inbound.message.userId;
      const work = deps.handle(inbound.message).then(toWechatText);
      let timeout: ReturnType<typeof setTimeout> | undefined;
      const timer = new Promise<'timeout'>((resolve) => {
        timeout = setTimeout(() => resolve('timeout'), budget);
      });
      const first = await Promise.race([work.catch(() => 'error' as const), timer]);
      clearTimeout(timeout);
      if (first === 'timeout' || first === 'error') {
        // Too slow (or failed): answer WeChat now, and deliver the reply through customer service.
        log('wechat.async', { reason: first });
        deps.background(
          work.then((texts) => deps.sendLater(openId, texts)).catch((e: unknown) => log('wechat.async_failed', { error: String(e) })),
        );
        return c.text(SUCCESS);
      }
      const [passive, ...rest] = first;
      if (rest.length > 0) deps.background(deps.sendLater(openId, rest).catch((e: unknown) => log('wechat.async_failed', { error: String(e) })));
      if (passive === undefined) return c.text(SUCCESS);
      const reply = textReplyXml({ toUser: openId, fromUser: message['ToUserName'] ?? '', createTime: deps.nowSeconds(), content: passive });
      if (!safe) return c.body(reply, 200, { 'content-type': 'application/xml; charset=utf-8' });
      const encrypt = getCipher()!().encrypt(reply);
      const ts = String(deps.nowSeconds());
      const replyNonce = String(Math.floor(Math.random() * 1e9));
      const signature = signatureOf(deps.config.token, ts, replyNonce, encrypt);
      return c.body(encryptedEnvelopeXml(encrypt, signature, ts, replyNonce), 200, { 'content-type': 'application/xml; charset=utf-8' });
    },
  );
  return app;
}
