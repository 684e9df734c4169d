/**
 * Whether a database error means PostgreSQL is out of reach rather than that a statement was
 * wrong. Apart from ./pg-db.ts so that readiness (./node-ready.ts) can ask without loading
 * node-postgres into a server that runs on SQLite (it is loaded only with DATABASE_URL).
 */

/** SQLSTATE and socket codes that mean the connection or the server went away, not that the statement was wrong. */
const CONNECTION_LOST = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);
const LOST_MESSAGE =
  /Connection terminated|not queryable|connection timeout|timeout exceeded when trying to connect|Connection ended/i;

/** Whether `error` (or what caused it: drizzle wraps the driver's error) says the database is out of reach. */
export function connectionLost(error: unknown): boolean {
  let e = error as { code?: string; message?: string; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 4; depth++, e = e.cause as typeof e) {
    if (e.code && CONNECTION_LOST.has(e.code)) return true;
    if (LOST_MESSAGE.test(String(e.message ?? ''))) return true;
  }
  return false;
}
