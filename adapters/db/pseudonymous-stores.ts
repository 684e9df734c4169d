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

  private async hidden(key: SessionKey): Promise<SessionKey> {
    const clear = `session:${key.channel}:${key.userId}`;
    let userId = this.hiddenKeys.get(clear);
    if (userId === undefined) {
      userId = await this.sealer.hash(clear);
      // Bounded by starting afresh: simpler than an LRU, and a miss costs one HMAC.
      if (this.hiddenKeys.size >= HIDDEN_KEYS_KEPT) this.hiddenKeys.clear();
      this.hiddenKeys.set(clear, userId);
    }
    return { channel: key.channel, userId };
  }

  async get(key: SessionKey): Promise<StoredSession | undefined> {
    const s = await this.inner.getText(await this.hidden(key));
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
    return this.inner.putText(
      await this.hidden(key),
      { version: s.version, state, updatedAt: s.updatedAt },
      expectedVersion,
    );
  }

  async delete(key: SessionKey): Promise<void> {
    return this.inner.delete(await this.hidden(key));
  }
}

export class HashedDedupStore implements DedupStore {
  constructor(
    private readonly inner: DedupStore,
    private readonly sealer: Sealer,
  ) {}

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    return this.inner.claim(await this.sealer.hash(`dedup:${key}`), ttlSeconds);
  }
}
