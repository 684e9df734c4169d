/**
 * An in-memory SessionStore with the same compare-and-set contract as the database one:
 * for tests, the bench, and a quick local run without SQLite.
 */
import type { SessionKey, SessionStore, StoredSession } from './ports.ts';

export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, StoredSession>();

  private static id(key: SessionKey): string {
    return `${key.channel}:${key.userId}`;
  }

  async get(key: SessionKey): Promise<StoredSession | undefined> {
    const s = this.sessions.get(MemorySessionStore.id(key));
    return s ? structuredClone(s) : undefined;
  }

  async put(key: SessionKey, session: StoredSession, expectedVersion: number | undefined): Promise<'ok' | 'conflict'> {
    const id = MemorySessionStore.id(key);
    if (this.sessions.get(id)?.version !== expectedVersion) return 'conflict';
    this.sessions.set(id, structuredClone(session));
    return 'ok';
  }

  async delete(key: SessionKey): Promise<void> {
    this.sessions.delete(MemorySessionStore.id(key));
  }

  get size(): number {
    return this.sessions.size;
  }
}
