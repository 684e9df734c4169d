/**
 * New dialogues per client on the link page. Opening a link stores nothing; a dialogue is stored
 * when the family first answers, and one client address may start only so many: a burst, then
 * one more every `refillSeconds` (a token bucket). Before this, every cookieless GET stored a
 * ~1.2 KB session kept 30 days, 486 a second from one client (issue 14).
 *
 * Kept in memory, so no address is ever written down: exact on Node (one process), per isolate
 * on Workers (there a Cloudflare rate-limiting rule on POST /s/* is the firm limit). Generous by
 * default because many families share one address (a village office's Wi-Fi, a mobile carrier's
 * NAT).
 */
export interface CreationLimit {
  /** Dialogues one client may start at once. */
  burst: number;
  /** Then one more every so many seconds. */
  refillSeconds: number;
}

export const DEFAULT_CREATION_LIMIT: CreationLimit = { burst: 30, refillSeconds: 20 };
/** Clients remembered at once; the least recently seen is forgotten first (a full bucket). */
const MAX_CLIENTS = 10_000;

export type Taken = { ok: true } | { ok: false; retryAfterSeconds: number };

export class CreationLimiter {
  private readonly buckets = new Map<string, { tokens: number; atMs: number }>();

  constructor(private readonly limit: CreationLimit = DEFAULT_CREATION_LIMIT) {}

  /** Takes one new dialogue for `client` at `nowMs`, or says how long to wait. */
  take(client: string, nowMs: number): Taken {
    const refillMs = this.limit.refillSeconds * 1000;
    const old = this.buckets.get(client);
    const tokens = old
      ? Math.min(this.limit.burst, old.tokens + Math.max(0, nowMs - old.atMs) / refillMs)
      : this.limit.burst;
    // Re-inserted so the map's order is least recently seen first.
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, atMs: nowMs });
      return { ok: false, retryAfterSeconds: Math.ceil(((1 - tokens) * refillMs) / 1000) };
    }
    this.buckets.set(client, { tokens: tokens - 1, atMs: nowMs });
    if (this.buckets.size > MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value!);
    return { ok: true };
  }
}
