/** Storage ports the HTTP layer uses; implemented with drizzle for SQLite and D1. */
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
