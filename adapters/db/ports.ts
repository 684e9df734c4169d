/** Storage ports the HTTP layer uses; implemented with drizzle for SQLite and D1. */
import type { SessionKey } from '../../bot/ports.ts';

export interface ScreeningEvent {
  region: string;
  asOf: string;
  demo: boolean;
  /** program → verdict. No household data, no personal data. */
  verdicts: Record<string, string>;
}

export interface ScreeningLog {
  record(event: ScreeningEvent): Promise<void>;
}

/** A session row as stored: the state as its JSON text. */
export interface StoredSessionText {
  version: number;
  state: string;
  updatedAt: string;
}

/**
 * Sessions by their stored text, for a decorator that writes the JSON itself
 * (./pseudonymous-stores.ts: a sealed state's JSON is one known string, built without JSON.stringify).
 */
export interface SessionTextStore {
  getText(key: SessionKey): Promise<StoredSessionText | undefined>;
  putText(key: SessionKey, s: StoredSessionText, expectedVersion: number | undefined): Promise<'ok' | 'conflict'>;
  delete(key: SessionKey): Promise<void>;
}

/** Durable "first delivery wins" claims with a time to live (WeChat and Telegram retries). */
export interface DedupStore {
  claim(key: string, ttlSeconds: number): Promise<boolean>;
}

/**
 * Several writes that succeed or fail together. D1 rejects BEGIN, so shared code never opens a
 * transaction: it builds the drizzle queries and hands them here; Node runs them in one
 * better-sqlite3 transaction, Workers in one D1 batch.
 */
export type Atomic = (queries: AtomicQuery[]) => Promise<void>;
/** A drizzle insert/update/delete built but not yet run. */
export type AtomicQuery = import('drizzle-orm/batch').BatchItem<'sqlite'>;
