/**
 * Visits to the focus groups (issue 18; the city notices' 主动发现 clauses, cited in each package's `outreach`) on
 * drizzle, the same for SQLite, D1 and PostgreSQL. A visit keeps only what the monthly report and
 * the staff member need: the household by a label they chose (sealed, with the note and who gave
 * consent), a keyed hash of that label to count households, the focus group, the date, the
 * outcome and the kinds of change seen. Scoped like requests: a visit always has a village.
 *
 * `visitCounts` is the figures the statistics read: per day, counts only.
 */
import { and, count, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { chinaDateOf } from '../config/calendar.ts';
import type { Sealer } from '../crypto/sealer.ts';
import type { Atomic } from './ports.ts';
import type { Db } from './repositories.ts';
import { auditLog, referrals, screeningEvents, visits } from './schema.ts';

export const VISIT_OUTCOMES = ['none', 'screened', 'request', 'referred'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];
export const CONSENT_WAYS = ['oral', 'signed'] as const;
export type ConsentWay = (typeof CONSENT_WAYS)[number];

export type VisitRow = typeof visits.$inferSelect;

/** What is sealed: the label, the note, and who gave consent in person. */
export interface VisitSealed {
  label: string;
  note: string;
  consentBy?: string;
}

/** The villages a user may see visits of (a visit always has one); `all` for admins. */
export type VisitScope = { all: true } | { all: false; villages: string[] };

export function visitScopeWhere(scope: VisitScope): SQL | undefined | false {
  if (scope.all) return undefined;
  return scope.villages.length ? inArray(visits.village, scope.villages) : false;
}

export interface NewVisit {
  village: string;
  township: string;
  county: string;
  label: string;
  focusGroup: string;
  visitedOn: string;
  outcome: VisitOutcome;
  changes: string[];
  note: string;
}

/** Labels are compared as typed less spaces, so "王家 东头" and "王家东头" are one household. */
export function householdOf(sealer: Sealer, village: string, label: string): Promise<string> {
  return sealer.hash(`visit-household:${village}:${label.replace(/\s+/g, '')}`);
}

export function newVisitId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class DrizzleVisitStore {
  constructor(
    private readonly db: Db,
    private readonly atomic: Atomic,
    private readonly sealer: Sealer,
  ) {}

  /** Stores a visit with its audit row (ids only) in one step. */
  async create(v: NewVisit, actor: string, now: Date): Promise<string> {
    const id = newVisitId();
    const at = now.toISOString();
    const sealed = await this.sealer.seal({ label: v.label, note: v.note } satisfies VisitSealed);
    await this.atomic([
      this.db.insert(visits).values({
        id,
        village: v.village,
        township: v.township,
        county: v.county,
        household: await householdOf(this.sealer, v.village, v.label),
        focusGroup: v.focusGroup,
        visitedOn: v.visitedOn,
        outcome: v.outcome,
        changes: v.changes.join(','),
        staff: actor,
        sealed,
        createdAt: at,
        updatedAt: at,
      }),
      this.db
        .insert(auditLog)
        .values({ at, actor, action: 'visit.create', referralId: null, detail: JSON.stringify({ visit: id }) }),
    ]);
    return id;
  }

  async get(id: string): Promise<VisitRow | undefined> {
    return (await this.db.select().from(visits).where(eq(visits.id, id)))[0];
  }

  open(row: VisitRow): Promise<VisitSealed> {
    return this.sealer.open<VisitSealed>(row.sealed);
  }

  /** Visits in scope, newest first, optionally within China dates. */
  async list(
    scope: VisitScope,
    range: { from?: string | undefined; to?: string | undefined; village?: string | undefined },
    limit = 50,
    offset = 0,
  ): Promise<{ rows: VisitRow[]; total: number }> {
    const where = visitScopeWhere(scope);
    if (where === false) return { rows: [], total: 0 };
    const conds = and(
      where,
      range.from ? gte(visits.visitedOn, range.from) : undefined,
      range.to ? lte(visits.visitedOn, range.to) : undefined,
      range.village ? eq(visits.village, range.village) : undefined,
    );
    const rows = await this.db
      .select()
      .from(visits)
      .where(conds)
      .orderBy(desc(visits.visitedOn), desc(visits.createdAt))
      .limit(limit)
      .offset(offset);
    const total = (await this.db.select({ n: count() }).from(visits).where(conds))[0]?.n ?? 0;
    return { rows, total: Number(total) };
  }

  /** Outcome, kinds of change and note, as staff record them after the visit. */
  async update(
    id: string,
    v: { outcome: VisitOutcome; changes: string[]; note: string },
    actor: string,
    now: Date,
  ): Promise<void> {
    const row = await this.get(id);
    if (!row) return;
    const old = await this.open(row);
    const at = now.toISOString();
    await this.atomic([
      this.db
        .update(visits)
        .set({
          outcome: v.outcome,
          changes: v.changes.join(','),
          sealed: await this.sealer.seal({ ...old, note: v.note } satisfies VisitSealed),
          updatedAt: at,
        })
        .where(eq(visits.id, id)),
      this.db.insert(auditLog).values({
        at,
        actor,
        action: 'visit.update',
        referralId: null,
        detail: JSON.stringify({ visit: id, outcome: v.outcome }),
      }),
    ]);
  }

  /**
   * The assisted screening on this visit reached its result: recorded once (the first time), with
   * an anonymous screening event marked assisted (region, date and verdicts only). A visit whose
   * outcome was "none" becomes "screened"; a request or a referral elsewhere stays as it is.
   */
  async markScreened(
    id: string,
    e: { region: string; asOf: string; demo: boolean; verdicts: Record<string, string> },
    now: Date,
  ): Promise<boolean> {
    const at = now.toISOString();
    const marked = await this.db
      .update(visits)
      .set({
        screenedAt: at,
        outcome: sql`CASE WHEN ${visits.outcome} = 'none' THEN 'screened' ELSE ${visits.outcome} END`,
        updatedAt: at,
      })
      .where(and(eq(visits.id, id), isNull(visits.screenedAt)))
      .returning({ id: visits.id });
    if (marked.length !== 1) return false;
    await this.db.insert(screeningEvents).values({
      createdAt: at,
      region: e.region,
      asOf: e.asOf,
      demo: e.demo,
      verdicts: JSON.stringify(e.verdicts),
      assisted: true,
    });
    return true;
  }

  /** The request made in this visit, with the consent given in person (who is sealed; when and how are plain). */
  async linkRequest(
    id: string,
    r: { referralId: string; consentAt: string; consentHow: ConsentWay; consentBy: string },
    actor: string,
    now: Date,
  ): Promise<void> {
    const row = await this.get(id);
    if (!row) return;
    const old = await this.open(row);
    const at = now.toISOString();
    await this.atomic([
      this.db
        .update(visits)
        .set({
          referralId: r.referralId,
          consentAt: r.consentAt,
          consentHow: r.consentHow,
          outcome: 'request',
          sealed: await this.sealer.seal({ ...old, consentBy: r.consentBy } satisfies VisitSealed),
          updatedAt: at,
        })
        .where(eq(visits.id, id)),
      this.db.insert(auditLog).values({
        at,
        actor,
        action: 'visit.request',
        referralId: r.referralId,
        detail: JSON.stringify({ visit: id, consent: r.consentHow }),
      }),
    ]);
  }
}

/** Visits older than `days` (by the visit's date) are deleted by the retention sweep. */
export async function sweepVisits(db: Db, days: number, now: Date): Promise<number> {
  const before = chinaDateOf(now.getTime() - days * 86_400_000);
  const gone = await db.delete(visits).where(sql`${visits.visitedOn} < ${before}`).returning({ id: visits.id });
  return gone.length;
}

export interface VisitDayCounts {
  /** Visits per China day, focus group and outcome. */
  visits: { day: string; focusGroup: string; outcome: string; count: number }[];
  /** Assisted screenings that reached a result, per China day. */
  assistedScreenings: { day: string; count: number }[];
  /** Requests made on a visit (assisted) and by residents themselves, per China day. */
  requests: { day: string; assisted: number; self: number }[];
}

/**
 * The statistics' view of visits (issue 18 item 5 reads it): counts per day within a scope and
 * China dates (inclusive), never a label or a note. Requests are scoped by village like visits;
 * those sent to a township or county without a village are counted only for `all`.
 */
export async function visitCounts(db: Db, scope: VisitScope, from: string, to: string): Promise<VisitDayCounts> {
  const where = visitScopeWhere(scope);
  if (where === false) return { visits: [], assistedScreenings: [], requests: [] };
  const inDays = and(where, gte(visits.visitedOn, from), lte(visits.visitedOn, to));
  const grouped = await db
    .select({ day: visits.visitedOn, focusGroup: visits.focusGroup, outcome: visits.outcome, n: count() })
    .from(visits)
    .where(inDays)
    .groupBy(visits.visitedOn, visits.focusGroup, visits.outcome);
  const fromIso = new Date(`${from}T00:00:00+08:00`).toISOString();
  const toIso = new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000).toISOString();
  const screened = await db
    .select({ at: visits.screenedAt })
    .from(visits)
    .where(and(where, gte(visits.screenedAt, fromIso), sql`${visits.screenedAt} < ${toIso}`));
  const reqScope = scope.all ? undefined : inArray(referrals.village, scope.villages);
  const reqs = await db
    .select({ at: referrals.createdAt, assisted: referrals.assisted })
    .from(referrals)
    .where(and(reqScope, gte(referrals.createdAt, fromIso), sql`${referrals.createdAt} < ${toIso}`));
  const byDay = <T>(items: T[], at: (t: T) => string) => {
    const m = new Map<string, T[]>();
    for (const i of items) {
      const d = chinaDateOf(Date.parse(at(i)));
      m.set(d, [...(m.get(d) ?? []), i]);
    }
    return [...m].sort(([a], [b]) => a.localeCompare(b));
  };
  return {
    visits: grouped
      .map((g) => ({ day: g.day, focusGroup: g.focusGroup, outcome: g.outcome, count: Number(g.n) }))
      .sort(
        (a, b) =>
          a.day.localeCompare(b.day) || a.focusGroup.localeCompare(b.focusGroup) || a.outcome.localeCompare(b.outcome),
      ),
    assistedScreenings: byDay(screened, (s) => s.at!).map(([day, list]) => ({ day, count: list.length })),
    requests: byDay(reqs, (r) => r.at).map(([day, list]) => ({
      day,
      assisted: list.filter((r) => r.assisted).length,
      self: list.filter((r) => !r.assisted).length,
    })),
  };
}
