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
