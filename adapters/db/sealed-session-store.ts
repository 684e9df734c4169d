/**
 * Dialogue sessions hold the household's answers (income, disability, illness) and, while a
 * request is being written, a name and phone number: stored sealed with DOUDI_DATA_KEY. A
 * decorator over any SessionStore, so storage and encryption stay separate concerns.
 */
import type { SessionKey, SessionStore, StoredSession } from '../../bot/ports.ts';
import type { Sealer } from '../crypto/sealer.ts';

/** What the inner store keeps: the state replaced by its sealed form. */
type SealedState = { sealed: string };

export class SealedSessionStore implements SessionStore {
  constructor(
    private readonly inner: SessionStore,
    private readonly sealer: Sealer,
  ) {}

  async get(key: SessionKey): Promise<StoredSession | undefined> {
    const s = await this.inner.get(key);
    if (!s) return undefined;
    const raw = s.state as unknown as SealedState;
    // A session written before encryption was switched on is read once and sealed on its next write.
    const state = typeof raw.sealed === 'string' ? await this.sealer.open<StoredSession['state']>(raw.sealed) : s.state;
    return { ...s, state };
  }

  async put(key: SessionKey, s: StoredSession, expectedVersion: number | undefined): Promise<'ok' | 'conflict'> {
    const sealed: SealedState = { sealed: await this.sealer.seal(s.state) };
    return this.inner.put(key, { ...s, state: sealed as unknown as StoredSession['state'] }, expectedVersion);
  }

  delete(key: SessionKey): Promise<void> {
    return this.inner.delete(key);
  }
}
