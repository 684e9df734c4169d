/**
 * A per-client limit on the public API's unauthenticated POSTs (screen, ask, hotline intake):
 * counted in the database (adapters/db/limits.ts), so every process and every Worker isolate
 * shares one count, under a keyed hash of the client's address (never the address itself).
 * Over the limit: 429 RATE_LIMITED with Retry-After, before the body is read.
 */
import type { MiddlewareHandler } from 'hono';
import type { RateLimits } from '../db/limits.ts';
import { type ClientOf, clientKey, urlOnly } from './client.ts';

export interface PublicLimit {
  perMinute: number;
  counter: RateLimits;
  /** A keyed hash (the sealer's), so the counter's key says nothing about the client. */
  hash: (text: string) => Promise<string>;
  nowMs: () => number;
}

export const LIMITED_PATHS = ['/api/v1/screen', '/api/v1/ask', '/api/v1/hotline/intake'] as const;
const WINDOW_MS = 60_000;

export function perClientLimit(limit: PublicLimit, client: ClientOf = urlOnly): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST' || limit.perMinute <= 0) return next();
    const now = limit.nowMs();
    const { count, resetAt } = await limit.counter.hit(await limit.hash(`api-client:${clientKey(client(c).ip)}`), WINDOW_MS, now);
    if (count <= limit.perMinute) return next();
    return c.json(
      { error: { code: 'RATE_LIMITED', message: '请求太频繁了，请稍等一分钟再试。(too many requests)' } },
      429,
      { 'Retry-After': String(Math.max(1, Math.ceil((resetAt - now) / 1000))) },
    );
  };
}
