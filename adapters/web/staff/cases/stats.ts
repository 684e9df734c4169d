/**
 * The statistics an office reads over the requests it may see: per village (or, for requests
 * without one, the township or county they went to) how many are in each status, how many are
 * urgent and still open, past their deadline, raised to the township or county, and how the
 * residents answered the 回访. Counts only, from the plain columns: nothing sealed is opened, so
 * nothing personal is read. Optionally within a range of submission dates.
 */
import { and, count, gte, lt, sql } from 'drizzle-orm';
import { placeLabel, placeOf } from '../../../config/routing.ts';
import { OPEN_STATUSES, REFERRAL_STATUSES, type ReferralStatus } from '../../../db/referral-record.ts';
import { referrals } from '../../../db/schema.ts';
import { chinaDayStart, scopeWhere } from '../store.ts';
import { type Actor, audit, type StaffDesk } from './desk.ts';

export interface StatsRow {
  place: string;
  total: number;
  byStatus: Record<ReferralStatus, number>;
  urgentOpen: number;
  overdue: number;
  escalated: number;
  followUp: { resolved: number; unresolved: number; no_contact: number; unanswered: number };
}

export interface Stats {
  rows: StatsRow[];
  total: StatsRow;
}

const int = (expr: ReturnType<typeof sql>) => sql<number>`CAST(SUM(CASE WHEN ${expr} THEN 1 ELSE 0 END) AS INTEGER)`;

function empty(place: string): StatsRow {
  return {
    place,
    total: 0,
    byStatus: Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, 0])) as Record<ReferralStatus, number>,
    urgentOpen: 0,
    overdue: 0,
    escalated: 0,
    followUp: { resolved: 0, unresolved: 0, no_contact: 0, unanswered: 0 },
  };
}

function add(into: StatsRow, r: StatsRow): void {
  into.total += r.total;
  for (const s of REFERRAL_STATUSES) into.byStatus[s] += r.byStatus[s];
  into.urgentOpen += r.urgentOpen;
  into.overdue += r.overdue;
  into.escalated += r.escalated;
  for (const k of ['resolved', 'unresolved', 'no_contact', 'unanswered'] as const) into.followUp[k] += r.followUp[k];
}

export async function requestStats(
  desk: StaffDesk,
  actor: Actor,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<Stats> {
  const total = empty('合计');
  const where = scopeWhere(actor.scope);
  if (where === false) return { rows: [], total };
  const nowMs = desk.clock.now().getTime();
  const open = sql`${referrals.status} IN (${sql.join(
    OPEN_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )})`;
  const conds = [
    where,
    range.from ? gte(referrals.createdAt, chinaDayStart(range.from)) : undefined,
    range.to ? lt(referrals.createdAt, chinaDayStart(range.to, 1)) : undefined,
  ];
  const grouped = await desk.db
    .select({
      village: referrals.village,
      township: referrals.township,
      county: referrals.county,
      region: referrals.region,
      status: referrals.status,
      n: count(),
      urgentOpen: int(sql`${open} AND ${referrals.urgent}`),
      overdue: int(sql`${open} AND ${referrals.dueMs} <= ${nowMs}`),
      escalated: int(sql`${referrals.escalated} > 0`),
      resolved: int(sql`${referrals.followUpAnswer} = 'resolved'`),
      unresolved: int(sql`${referrals.followUpAnswer} = 'unresolved'`),
      noContact: int(sql`${referrals.followUpAnswer} = 'no_contact'`),
      unanswered: int(sql`${referrals.followUpMs} IS NOT NULL AND ${referrals.followUpAnswer} IS NULL`),
    })
    .from(referrals)
    .where(and(...conds))
    .groupBy(referrals.village, referrals.township, referrals.county, referrals.region, referrals.status);
  const byPlace = new Map<string, StatsRow>();
  for (const g of grouped) {
    const place = placeLabel(placeOf(desk.villages, g));
    const row = byPlace.get(place) ?? empty(place);
    byPlace.set(place, row);
    const part = empty(place);
    part.total = g.n;
    if ((REFERRAL_STATUSES as readonly string[]).includes(g.status)) part.byStatus[g.status as ReferralStatus] = g.n;
    part.urgentOpen = Number(g.urgentOpen ?? 0);
    part.overdue = Number(g.overdue ?? 0);
    part.escalated = Number(g.escalated ?? 0);
    part.followUp = {
      resolved: Number(g.resolved ?? 0),
      unresolved: Number(g.unresolved ?? 0),
      no_contact: Number(g.noContact ?? 0),
      unanswered: Number(g.unanswered ?? 0),
    };
    add(row, part);
  }
  const rows = [...byPlace.values()].sort((a, b) => a.place.localeCompare(b.place, 'zh-CN'));
  for (const r of rows) add(total, r);
  await audit(desk, actor, 'stats', null, { rows: rows.length });
  return { rows, total };
}
