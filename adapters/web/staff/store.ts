/**
 * The console's queries over drizzle (better-sqlite3 or PostgreSQL on Node, D1 on Workers): staff accounts and
 * sessions, requests within a user's scope, their history, the audit log and the outbox
 * problems. No transactions here: several writes go through the atomic() port together.
 */
import { and, count, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { OPEN_STATUSES } from '../../db/referral-record.ts';
import type { Db } from '../../db/repositories.ts';
import type { AtomicQuery } from '../../db/ports.ts';
import { selectByIds } from '../../db/chunks.ts';
import {
  auditLog,
  loginThrottle,
  outbox,
  referralContacts,
  referralEvents,
  referrals,
  staffSessions,
  staffUsers,
} from '../../db/schema.ts';
import type { VillageDirectory } from '../../config/villages.ts';

/**
 * village, township and county staff see the requests of their place; admins see everything;
 * a 12345 `agent` sees no request at all — only whether a household has an open case
 * (./cases/lookup.ts).
 */
export const ROLES = ['village', 'township', 'county', 'admin', 'agent'] as const;
export type StaffRole = (typeof ROLES)[number];

export type StaffUser = typeof staffUsers.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralEventRow = typeof referralEvents.$inferSelect;
export type ReferralContactRow = typeof referralContacts.$inferSelect;

/** How sign-in attempts under one key are spaced out (adapters/web/staff/throttle.ts sets the numbers). */
export interface AttemptPolicy {
  /** Attempts checked without waiting. */
  free: number;
  /** The wait after attempt number `free`, `free + 1`, …; the last repeats. */
  waitsMs: readonly number[];
  /** A count starts again this long after its last wait ended. */
  quietMs: number;
}

/**
 * Which requests a user may see: every one (admin), or those of some villages plus the requests
 * without a village (the resident's was not listed) sent to some townships or counties.
 */
export type Scope = { all: true } | { all: false; villages: string[]; townships: string[]; counties: string[] };

const NOTHING = { all: false as const, villages: [] as string[], townships: [] as string[], counties: [] as string[] };

export function scopeOf(user: Pick<StaffUser, 'role' | 'scope'>, villages: VillageDirectory): Scope {
  if (user.role === 'admin') return { all: true };
  if (!user.scope) return NOTHING;
  if (user.role === 'village') return { ...NOTHING, villages: [user.scope] };
  if (user.role === 'township')
    return {
      ...NOTHING,
      villages: villages
        .all()
        .filter((v) => v.township.code === user.scope)
        .map((v) => v.code),
      townships: [user.scope],
    };
  if (user.role === 'county') {
    const own = villages.all().filter((v) => v.region === user.scope);
    return {
      all: false,
      villages: own.map((v) => v.code),
      townships: [...new Set(own.map((v) => v.township.code))],
      counties: [user.scope],
    };
  }
  return NOTHING;
}

/** Whether a village's requests are in scope (filters name a village). */
export function inScope(scope: Scope, village: string): boolean {
  return scope.all || scope.villages.includes(village);
}

/** Whether a request is in scope: by its village, or, without one, by its township or county. */
export function rowInScope(scope: Scope, row: { village: string; township: string; county: string }): boolean {
  if (scope.all) return true;
  if (row.village) return scope.villages.includes(row.village);
  return (
    (row.township !== '' && scope.townships.includes(row.township)) ||
    (row.county !== '' && scope.counties.includes(row.county))
  );
}

/** The requests a scope may see, as SQL: undefined for everything, false for nothing. */
export function scopeWhere(scope: Scope): SQL | undefined | false {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.villages.length) parts.push(inArray(referrals.village, scope.villages));
  const offices: SQL[] = [];
  if (scope.townships.length) offices.push(inArray(referrals.township, scope.townships));
  if (scope.counties.length) offices.push(inArray(referrals.county, scope.counties));
  if (offices.length) parts.push(and(eq(referrals.village, ''), or(...offices))!);
  return parts.length ? or(...parts) : false;
}

export interface ListFilters {
  status?: string | undefined;
  village?: string | undefined;
  program?: string | undefined;
  /** China dates, YYYY-MM-DD, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** Only open requests past their deadline ("1"). */
  overdue?: string | undefined;
  /** Only requests carrying an emergency ("1"). */
  urgent?: string | undefined;
}

/** Start of a China (UTC+8) calendar day as the ISO instant stored in created_at. */
export function chinaDayStart(date: string, plusDays = 0): string {
  const d = new Date(`${date}T00:00:00+08:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
}

function listWhere(scope: Scope, f: ListFilters, nowMs: number): SQL | undefined | false {
  const inScopeSql = scopeWhere(scope);
  if (inScopeSql === false) return false;
  const conds: (SQL | undefined)[] = [inScopeSql];
  if (f.status) conds.push(eq(referrals.status, f.status));
  if (f.overdue) conds.push(and(inArray(referrals.status, [...OPEN_STATUSES]), lte(referrals.dueMs, nowMs)));
  if (f.urgent) conds.push(eq(referrals.urgent, true));
  if (f.village) conds.push(eq(referrals.village, f.village));
  if (f.program) conds.push(sql`(',' || ${referrals.programs} || ',') LIKE ${`%,${f.program},%`}`);
  if (f.from) conds.push(gte(referrals.createdAt, chinaDayStart(f.from)));
  if (f.to) conds.push(lt(referrals.createdAt, chinaDayStart(f.to, 1)));
  return and(...conds);
}

export class StaffStore {
  constructor(private readonly db: Db) {}

  // --- accounts and sessions ---

  async userByName(username: string): Promise<StaffUser | undefined> {
    return (await this.db.select().from(staffUsers).where(eq(staffUsers.username, username)).limit(1))[0];
  }

  async userById(id: string): Promise<StaffUser | undefined> {
    return (await this.db.select().from(staffUsers).where(eq(staffUsers.id, id)).limit(1))[0];
  }

  async usersById(ids: string[]): Promise<Map<string, StaffUser>> {
    if (ids.length === 0) return new Map();
    const rows = await selectByIds(ids, (part) =>
      this.db.select().from(staffUsers).where(inArray(staffUsers.id, part)),
    );
    return new Map(rows.map((u) => [u.id, u]));
  }

  async insertUser(user: typeof staffUsers.$inferInsert): Promise<void> {
    await this.db.insert(staffUsers).values(user);
  }

  /**
   * Counts a sign-in attempt under a name's (or a device's) key before its password is checked,
   * in one statement, so attempts sent at once all count: the first `free` go straight through;
   * each one after waits for the one before it plus a growing delay (`waitsMs`, the last one
   * repeating), and the wait is set as the attempt is counted, not once it has failed. An attempt
   * while a wait runs is refused and not counted, so refusals never lengthen the wait. The count
   * starts again `quietMs` after the last wait ended. Returns the attempt's number, or when the
   * next attempt may be checked.
   */
  async reserveAttempt(
    key: string,
    nowMs: number,
    policy: AttemptPolicy,
  ): Promise<{ ok: true; attempt: number } | { ok: false; until: number }> {
    const fresh = sql`${loginThrottle.lockedUntil} IS NULL
      OR ${loginThrottle.lockedUntil} + ${policy.quietMs} <= ${nowMs}`;
    const next = sql`CASE WHEN ${fresh} THEN 1 ELSE ${loginThrottle.failures} + 1 END`;
    const wait = (n: SQL) => {
      const steps = policy.waitsMs.slice(0, -1).map((ms, i) => sql`WHEN ${n} = ${policy.free + i} THEN ${ms}`);
      const last = policy.waitsMs.at(-1) ?? 0;
      return sql`CASE WHEN ${n} < ${policy.free} THEN 0 ${sql.join(steps, sql` `)} ELSE ${last} END`;
    };
    const rows = await this.db
      .insert(loginThrottle)
      .values({ key, failures: 1, lockedUntil: nowMs + (policy.free <= 1 ? (policy.waitsMs[0] ?? 0) : 0) })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        // CAST: PostgreSQL would otherwise type the bare parameter from the integer CASE beside it.
        set: { failures: next, lockedUntil: sql`CAST(${nowMs} AS BIGINT) + ${wait(next)}` },
        setWhere: sql`${loginThrottle.lockedUntil} IS NULL OR ${loginThrottle.lockedUntil} <= ${nowMs}`,
      })
      .returning({ n: loginThrottle.failures });
    const n = rows[0]?.n;
    if (n !== undefined) return { ok: true, attempt: n };
    return { ok: false, until: (await this.lockedUntil(key)) ?? nowMs };
  }

  async clearAttempts(key: string): Promise<void> {
    await this.db.delete(loginThrottle).where(eq(loginThrottle.key, key));
  }

  async lockedUntil(key: string): Promise<number | null> {
    return (
      (await this.db.select({ t: loginThrottle.lockedUntil }).from(loginThrottle).where(eq(loginThrottle.key, key)))[0]
        ?.t ?? null
    );
  }

  async insertSession(row: typeof staffSessions.$inferInsert): Promise<void> {
    await this.db.insert(staffSessions).values(row);
  }

  async session(
    tokenHash: string,
    nowMs: number,
  ): Promise<{ session: typeof staffSessions.$inferSelect; user: StaffUser } | undefined> {
    const rows = await this.db
      .select({ session: staffSessions, user: staffUsers })
      .from(staffSessions)
      .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
      .where(and(eq(staffSessions.tokenHash, tokenHash), gt(staffSessions.expiresAt, nowMs)))
      .limit(1);
    const row = rows[0];
    return row && !row.user.disabled ? row : undefined;
  }

  async deleteSession(tokenHash: string, nowMs: number): Promise<void> {
    // Expired sessions of anyone go at the same time: the table never grows without bound.
    await this.db
      .delete(staffSessions)
      .where(or(eq(staffSessions.tokenHash, tokenHash), lt(staffSessions.expiresAt, nowMs)));
  }

  // --- requests ---

  /**
   * Urgent requests still open first, then those past their deadline, then the rest; newest
   * first within each.
   */
  async list(
    scope: Scope,
    filters: ListFilters,
    limit: number,
    offset: number,
    nowMs: number,
  ): Promise<{ rows: ReferralRow[]; total: number }> {
    const where = listWhere(scope, filters, nowMs);
    if (where === false) return { rows: [], total: 0 };
    const open = sql`${referrals.status} IN (${sql.join(
      OPEN_STATUSES.map((st) => sql`${st}`),
      sql`, `,
    )})`;
    const rank = sql`CASE WHEN ${open} AND ${referrals.urgent} THEN 0
      WHEN ${open} AND ${referrals.dueMs} <= ${nowMs} THEN 1 ELSE 2 END`;
    const rows = await this.db
      .select()
      .from(referrals)
      .where(where)
      .orderBy(rank, desc(referrals.createdAt), desc(referrals.id))
      .limit(limit)
      .offset(offset);
    const total = (await this.db.select({ n: count() }).from(referrals).where(where))[0]?.n ?? 0;
    return { rows, total };
  }

  async referral(id: string): Promise<ReferralRow | undefined> {
    return (await this.db.select().from(referrals).where(eq(referrals.id, id)).limit(1))[0];
  }

  async events(referralId: string): Promise<ReferralEventRow[]> {
    return this.db
      .select()
      .from(referralEvents)
      .where(eq(referralEvents.referralId, referralId))
      .orderBy(referralEvents.at, referralEvents.id);
  }

  /** A case's later contacts (another channel's request, a 12345 call), oldest first. */
  async contacts(referralId: string): Promise<ReferralContactRow[]> {
    return this.db
      .select()
      .from(referralContacts)
      .where(eq(referralContacts.referralId, referralId))
      .orderBy(referralContacts.id);
  }

  /**
   * The status update for atomic(): if someone else changed the status since the page was read,
   * the CASE yields NULL, the NOT NULL constraint fails and the whole atomic step rolls back, so
   * no event, audit row or message is written for a change that did not happen.
   */
  statusUpdateQuery(id: string, from: string, to: string, nowIso: string, dueMs: number | null = null): AtomicQuery {
    return (
      this.db
        .update(referrals)
        // A new status starts its own deadline and escalation.
        .set({
          status: sql`CASE WHEN ${referrals.status} = ${from} THEN ${to} ELSE NULL END`,
          updatedAt: nowIso,
          dueMs,
          escalated: 0,
        })
        .where(eq(referrals.id, id))
    );
  }

  /** A note without a change of status: the same check that the status is still the one seen. */
  touchQuery(id: string, status: string, nowIso: string): AtomicQuery {
    return this.db
      .update(referrals)
      .set({ status: sql`CASE WHEN ${referrals.status} = ${status} THEN ${status} ELSE NULL END`, updatedAt: nowIso })
      .where(eq(referrals.id, id));
  }

  eventQuery(row: typeof referralEvents.$inferInsert): AtomicQuery {
    return this.db.insert(referralEvents).values(row);
  }

  // --- audit and outbox ---

  auditQuery(row: typeof auditLog.$inferInsert): AtomicQuery {
    return this.db.insert(auditLog).values(row);
  }

  async audit(row: typeof auditLog.$inferInsert): Promise<void> {
    await this.db.insert(auditLog).values(row);
  }

  /** The newest audit rows, optionally for one request. */
  async auditRows(limit: number, referralId?: string) {
    const q = this.db.select().from(auditLog);
    return (referralId ? q.where(eq(auditLog.referralId, referralId)) : q).orderBy(desc(auditLog.id)).limit(limit);
  }

  async references(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await selectByIds(ids, (part) =>
      this.db
        .select({ id: referrals.id, reference: referrals.reference })
        .from(referrals)
        .where(inArray(referrals.id, part)),
    );
    return new Map(rows.map((r) => [r.id, r.reference]));
  }

  async setPassword(userId: string, passwordHash: string, nowMs: number): Promise<void> {
    await this.db.update(staffUsers).set({ passwordHash }).where(eq(staffUsers.id, userId));
    await this.db.delete(staffSessions).where(or(eq(staffSessions.userId, userId), lt(staffSessions.expiresAt, nowMs)));
  }

  async allUsers(): Promise<StaffUser[]> {
    return this.db.select().from(staffUsers).orderBy(staffUsers.username);
  }

  /** Messages given up on, or pending after a failed attempt. The payload is never read. */
  async outboxProblems(limit = 200) {
    return this.db
      .select({
        id: outbox.id,
        kind: outbox.kind,
        target: outbox.target,
        status: outbox.status,
        attempts: outbox.attempts,
        lastError: outbox.lastError,
        createdAt: outbox.createdAt,
        nextAttemptAt: outbox.nextAttemptAt,
      })
      .from(outbox)
      .where(or(eq(outbox.status, 'failed'), and(eq(outbox.status, 'pending'), gt(outbox.attempts, 0))))
      .orderBy(desc(outbox.createdAt))
      .limit(limit);
  }
}
