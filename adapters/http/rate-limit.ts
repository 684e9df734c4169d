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
    const { count, resetAt } = await limit.counter.hit(
      await limit.hash(`api-client:${clientKey(client(c).ip)}`),
      WINDOW_MS,
      now,
    );
    if (count <= limit.perMinute) return next();
    return c.json(
      { error: { code: 'RATE_LIMITED', message: '请求太频繁了，请稍等一分钟再试。(too many requests)' } },
      429,
      { 'Retry-After': String(Math.max(1, Math.ceil((resetAt - now) / 1000))) },
    );
  };
}

/** The link page's answer for a new dialogue (adapters/web/link/creation-limit.ts). */
export type CreationTaken = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * New dialogues per client on the link page, counted in the database when several instances
 * serve it (PostgreSQL): an in-memory count per instance would let a client start as many more as
 * there are instances. The same long-run rate as the in-memory token bucket (`burst` at once, one
 * more every `refillSeconds`) as a fixed window of `burst × refillSeconds`, under a keyed hash of
 * the client's address like every other count.
 */
export function sharedCreationLimit(
  counter: RateLimits,
  hash: (text: string) => Promise<string>,
  limit: { burst: number; refillSeconds: number },
) {
  const windowMs = limit.burst * limit.refillSeconds * 1000;
  return async (client: string, nowMs: number): Promise<CreationTaken> => {
    const { count, resetAt } = await counter.hit(await hash(`link-new:${client}`), windowMs, nowMs);
    return count <= limit.burst
      ? { ok: true }
      : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - nowMs) / 1000)) };
  };
}
