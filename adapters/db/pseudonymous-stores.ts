/**
 * Stores that keep who a resident is out of the database in clear. Dialogue sessions hold the
 * household's answers (income, disability, illness) and, while a request is being written, a
 * name and phone number: stored sealed with DOUDI_DATA_KEY, under a keyed hash of the channel
 * user id (an OpenID or Telegram chat id is itself personal data). Dedup claims, whose keys
 * contain the sender, are stored hashed the same way. Decorators over any store, so storage
 * and protection stay separate concerns.
 */
import type { SessionKey, SessionStore, StoredSession } from '../../bot/ports.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { DedupStore, SessionTextStore } from './ports.ts';

/**
 * What the inner store keeps: the state replaced by its sealed form, `{"sealed":"v1.<base64>"}`.
 * Written and read here as that string: a sealed value holds nothing JSON escapes, and
 * JSON.stringify scanning the kilobytes of base64 cost more than sealing them (~20k instructions
 * a write, ~6k a read).
 */
const SEALED_OPEN = '{"sealed":"';
const SEALED_CLOSE = '"}';
const sealedJson = (sealed: string) => `${SEALED_OPEN}${sealed}${SEALED_CLOSE}`;

/** The sealed value in a stored state's text, as JSON.parse would read it; undefined when it is not one. */
function sealedOf(text: string): string | undefined {
  if (text.startsWith(SEALED_OPEN) && text.endsWith(SEALED_CLOSE)) {
    const inner = text.slice(SEALED_OPEN.length, -SEALED_CLOSE.length);
    if (!inner.includes('"') && !inner.includes('\\')) return inner;
  }
  const raw = JSON.parse(text) as { sealed?: unknown };
  return typeof raw.sealed === 'string' ? raw.sealed : undefined;
}

/** Hashed session keys kept in memory (never stored): each message reads and writes its session. */
const HIDDEN_KEYS_KEPT = 4096;

export class SealedSessionStore implements SessionStore {
  private readonly hiddenKeys = new Map<string, string>();

  constructor(
    private readonly inner: SessionTextStore,
    private readonly sealer: Sealer,
  ) {}

  /**
   * The hashed key: at once when kept (nearly every message), so the callers await only what is
   * asynchronous; each await is a turn of the microtask queue on every message.
   */
  private hidden(key: SessionKey): SessionKey | Promise<SessionKey> {
    const clear = `session:${key.channel}:${key.userId}`;
    const userId = this.hiddenKeys.get(clear);
    if (userId !== undefined) return { channel: key.channel, userId };
    return this.sealer.hash(clear).then((hashed) => {
      // Bounded by starting afresh: simpler than an LRU, and a miss costs one HMAC.
      if (this.hiddenKeys.size >= HIDDEN_KEYS_KEPT) this.hiddenKeys.clear();
      this.hiddenKeys.set(clear, hashed);
      return { channel: key.channel, userId: hashed };
    });
  }

  async get(key: SessionKey): Promise<StoredSession | undefined> {
    const hidden = this.hidden(key);
    const s = await this.inner.getText(hidden instanceof Promise ? await hidden : hidden);
    if (!s) return undefined;
    const sealed = sealedOf(s.state);
    // A session written before encryption was switched on is read once and sealed on its next write.
    const state =
      sealed === undefined
        ? (JSON.parse(s.state) as StoredSession['state'])
        : await this.sealer.open<StoredSession['state']>(sealed);
    return { version: s.version, state, updatedAt: s.updatedAt };
  }

  async put(key: SessionKey, s: StoredSession, expectedVersion: number | undefined): Promise<'ok' | 'conflict'> {
    const state = sealedJson(await this.sealer.seal(s.state));
    const hidden = this.hidden(key);
    // Awaited, not returned: an async function returning a promise takes two more microtask turns.
    return await this.inner.putText(
      hidden instanceof Promise ? await hidden : hidden,
      { version: s.version, state, updatedAt: s.updatedAt },
      expectedVersion,
    );
  }

  async delete(key: SessionKey): Promise<void> {
    const hidden = this.hidden(key);
    await this.inner.delete(hidden instanceof Promise ? await hidden : hidden);
  }
}

export class HashedDedupStore implements DedupStore {
  constructor(
    private readonly inner: DedupStore,
    private readonly sealer: Sealer,
  ) {}

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    // Awaited, not returned: an async function returning a promise takes two more microtask turns.
    return await this.inner.claim(await this.sealer.hash(`dedup:${key}`), ttlSeconds);
  }
}
