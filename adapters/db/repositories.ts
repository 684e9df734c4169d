/**
 * Repositories over drizzle, written once for better-sqlite3, D1 and PostgreSQL: no
 * transactions (D1 rejects BEGIN); compare-and-set through `WHERE version = ?` and
 * `RETURNING`, which every driver supports. `Db` is typed as drizzle's SQLite database; the
 * PostgreSQL host hands over its drizzle database under the same type (adapters/runtime/pg-db.ts),
 * so shared code keeps to what both dialects share: awaiting a query, `returning()`,
 * `onConflictDo*`, and prepared statements run with `execute()` (never the SQLite-only
 * `all()`/`get()`/`run()`; test/architecture/dialect-neutral.test.ts checks).
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { SessionKey, SessionStore, StoredSession } from '../../bot/ports.ts';
import type { CachedToken, TokenStore } from '../wechat/api-client.ts';
import type { DedupStore, ScreeningEvent, ScreeningLog, SessionTextStore, StoredSessionText } from './ports.ts';
import { dedup, screeningEvents, screeningLinks, sessions, wechatTokens } from './schema.ts';
import { DrizzleJobLeases, instanceName, type JobLeases } from './jobs.ts';

/** How long one instance has to fetch a new WeChat access token before another may try. */
export const TOKEN_REFRESH_LEASE_MS = 5_000;

// The repositories are written for any drizzle schema of this shape.
// biome-ignore lint/suspicious/noExplicitAny: drizzle's schema parameter
export type Db = BaseSQLiteDatabase<'sync' | 'async', any>;

/**
 * Runs a prepared statement with `params`. On better-sqlite3 drizzle's execute() hands back a lazy
 * result that runs only when awaited; it is run here at once instead, as `all()` did, so the write
 * happens inside the caller's call (group commit and the tests that watch it rely on that). D1 and
 * PostgreSQL return a promise.
 */
function executeNow<T>(
  stmt: { execute(params: Record<string, unknown>): unknown },
  params: Record<string, unknown>,
): T[] | Promise<T[]> {
  const result = stmt.execute(params) as { sync?: () => T[] } | Promise<T[]>;
  return 'sync' in result && typeof result.sync === 'function' ? result.sync() : (result as Promise<T[]>);
}

export class DrizzleScreeningLog implements ScreeningLog {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}
  async record(e: ScreeningEvent): Promise<void> {
    await this.db.insert(screeningEvents).values({
      createdAt: this.now().toISOString(),
      region: e.region,
      asOf: e.asOf,
      demo: e.demo,
      verdicts: JSON.stringify(e.verdicts),
    });
  }
}

const sessionId = (k: SessionKey) => `${k.channel}:${k.userId}`;

export class DrizzleSessionStore implements SessionStore, SessionTextStore {
  // Prepared once: building drizzle queries per message cost more than running them.
  private readonly selectOne;
  private readonly insertNew;
  private readonly updateIfVersion;

  constructor(private readonly db: Db) {
    this.selectOne = db
      .select()
      .from(sessions)
      .where(eq(sessions.key, sql.placeholder('key')))
      .prepare();
    this.insertNew = db
      .insert(sessions)
      .values({
        key: sql.placeholder('key'),
        version: sql.placeholder('version'),
        state: sql.placeholder('state'),
        updatedAt: sql.placeholder('updatedAt'),
      })
      .onConflictDoNothing()
      .returning({ key: sessions.key })
      .prepare();
    this.updateIfVersion = db
      .update(sessions)
      .set({
        version: sql`${sql.placeholder('version')}`,
        state: sql`${sql.placeholder('state')}`,
        updatedAt: sql`${sql.placeholder('updatedAt')}`,
      })
      .where(and(eq(sessions.key, sql.placeholder('key')), eq(sessions.version, sql.placeholder('expected'))))
      .returning({ key: sessions.key })
      .prepare();
  }

  async get(key: SessionKey): Promise<StoredSession | undefined> {
    const row = await this.getText(key);
    return row && { ...row, state: JSON.parse(row.state) as StoredSession['state'] };
  }

  put(key: SessionKey, s: StoredSession, expectedVersion: number | undefined): Promise<'ok' | 'conflict'> {
    return this.putText(key, { ...s, state: JSON.stringify(s.state) }, expectedVersion);
  }

  async getText(key: SessionKey): Promise<StoredSessionText | undefined> {
    // Awaited only on D1 and PostgreSQL: an await per statement is a microtask turn on every message.
    const r = executeNow<typeof sessions.$inferSelect>(this.selectOne, { key: sessionId(key) });
    const rows = Array.isArray(r) ? r : await r;
    const row = rows[0];
    return row ? { version: row.version, state: row.state, updatedAt: row.updatedAt } : undefined;
  }

  async putText(
    key: SessionKey,
    s: StoredSessionText,
    expectedVersion: number | undefined,
  ): Promise<'ok' | 'conflict'> {
    const values = { key: sessionId(key), version: s.version, state: s.state, updatedAt: s.updatedAt };
    const r = executeNow<{ key: string }>(
      expectedVersion === undefined ? this.insertNew : this.updateIfVersion,
      expectedVersion === undefined ? values : { ...values, expected: expectedVersion },
    );
    const rows = Array.isArray(r) ? r : await r;
    return rows.length === 1 ? 'ok' : 'conflict';
  }

  async delete(key: SessionKey): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.key, sessionId(key)));
  }
}

export class DrizzleDedupStore implements DedupStore {
  private readonly claimStmt;

  constructor(
    db: Db,
    private readonly nowMs: () => number = () => Date.now(),
  ) {
    // An expired claim may be taken over; a live one may not.
    this.claimStmt = db
      .insert(dedup)
      .values({ key: sql.placeholder('key'), expiresAt: sql.placeholder('expiresAt') })
      .onConflictDoUpdate({
        target: dedup.key,
        set: { expiresAt: sql`excluded.expires_at` },
        setWhere: lt(dedup.expiresAt, sql.placeholder('now')),
      })
      .returning({ key: dedup.key })
      .prepare();
  }

  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    const now = this.nowMs();
    const r = executeNow<{ key: string }>(this.claimStmt, { key, expiresAt: now + ttlSeconds * 1000, now });
    const rows = Array.isArray(r) ? r : await r;
    return rows.length === 1;
  }
}

/**
 * WeChat access tokens shared by every instance. A refresh is taken by one instance at a time
 * (`lockRefresh`, a job lease): the others wait for the token it stores rather than each calling
 * stable_token; a token that failed is expired only if it is still the one stored (`expireIf`).
 */
export class DrizzleTokenStore implements TokenStore {
  constructor(
    private readonly db: Db,
    private readonly leases: JobLeases = new DrizzleJobLeases(db, instanceName()),
  ) {}
  lockRefresh(appId: string): Promise<boolean> {
    return this.leases.take(`wechat-token:${appId}`, TOKEN_REFRESH_LEASE_MS);
  }
  releaseRefresh(appId: string): Promise<void> {
    return this.leases.release(`wechat-token:${appId}`);
  }
  async get(appId: string): Promise<CachedToken | undefined> {
    const row = (await this.db.select().from(wechatTokens).where(eq(wechatTokens.appId, appId)))[0];
    return row ? { token: row.token, expiresAt: row.expiresAt } : undefined;
  }
  async set(appId: string, t: CachedToken): Promise<void> {
    await this.db
      .insert(wechatTokens)
      .values({ appId, token: t.token, expiresAt: t.expiresAt })
      .onConflictDoUpdate({ target: wechatTokens.appId, set: { token: t.token, expiresAt: t.expiresAt } });
  }
  async expireIf(appId: string, token: string): Promise<void> {
    await this.db.delete(wechatTokens).where(and(eq(wechatTokens.appId, appId), eq(wechatTokens.token, token)));
  }
}

export interface ScreeningLink {
  token: string;
  village: string;
  region: string;
  createdAt: string;
}

export class DrizzleLinkStore {
  constructor(private readonly db: Db) {}
  async create(link: ScreeningLink): Promise<void> {
    await this.db.insert(screeningLinks).values(link);
  }
  async get(token: string): Promise<ScreeningLink | undefined> {
    return (await this.db.select().from(screeningLinks).where(eq(screeningLinks.token, token)))[0];
  }
}
