/**
 * Computes the statistics in pictures (./model.ts) for an admin (every city, or one) or county
 * staff (their county's requests; their city's screenings, since a dialogue knows its city, not
 * its county): the anonymous dialogue counters (adapters/db/dialogue-counts.ts) and the plain
 * columns and history of the requests in scope. Nothing sealed is opened, no resident is named.
 */
import { and, gte, inArray, like, lt, or, type SQL, sql } from 'drizzle-orm';
import { QUESTIONS } from '../../../../bot/flows/screening/questions.ts';
import { PROGRAM_NAMES, VERDICT_WORDS } from '../../../../bot/messages/zh-CN.ts';
import { chinaDateOf } from '../../../config/calendar.ts';
import { selectByIds } from '../../../db/chunks.ts';
import { DrizzleDialogueCounts } from '../../../db/dialogue-counts.ts';
import { OPEN_STATUSES, REFERRAL_STATUSES, STATUS_LABELS } from '../../../db/referral-record.ts';
import { referralEvents, referrals } from '../../../db/schema.ts';
import { ownValue } from '../../../own.ts';
import { chinaDayStart, scopeWhere } from '../store.ts';
import { type Actor, audit, type StaffDesk } from '../cases/desk.ts';
import type { ChartQuery, ChartStats, DayValue, LabelledCount, QuestionDropOff, VisitsSource } from './model.ts';

const DAY_MS = 86_400_000;

/** Each China date from `from` to `to`, inclusive. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** Each day of the period with its count (0 where none was counted), in order. */
export const byDay = (days: string[], counts: Map<string, number>): DayValue[] =>
  days.map((day) => ({ day, value: counts.get(day) ?? 0 }));
const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/** Whose screenings a user sees: every city (undefined) or some. */
function citiesFor(actor: Actor, q: ChartQuery): string[] | undefined {
  if (actor.scope.all) return q.city ? [q.city] : undefined;
  return [...new Set(actor.scope.counties.map((c) => `${c.slice(0, 4)}00`))];
}

/** The requests of the period in the user's scope, of one city and one channel if asked. */
function requestWhere(actor: Actor, q: ChartQuery): SQL | undefined | false {
  const inScope = scopeWhere(actor.scope);
  if (inScope === false) return false;
  const prefix = q.city && actor.scope.all ? `${q.city.slice(0, 4)}%` : undefined;
  return and(
    inScope,
    gte(referrals.createdAt, chinaDayStart(q.from)),
    lt(referrals.createdAt, chinaDayStart(q.to, 1)),
    prefix ? or(like(referrals.county, prefix), like(referrals.region, prefix)) : undefined,
    q.channel ? sql`${referrals.channel} = ${q.channel}` : undefined,
  );
}

/** First-contact bands, in days from the request to its first status change. */
const CONTACT_BANDS: [key: string, label: string, maxDays: number][] = [
  ['d0', '1 天内', 1],
  ['d3', '1–3 天', 3],
  ['d7', '4–7 天', 7],
  ['d8', '7 天以上', Infinity],
];

export async function chartStats(
  desk: StaffDesk,
  actor: Actor,
  q: ChartQuery,
  visits?: VisitsSource,
): Promise<ChartStats> {
  const days = daysOf(q.from, q.to);
  const counts = await new DrizzleDialogueCounts(desk.db).read({
    from: q.from,
    to: q.to,
    cities: citiesFor(actor, q),
    channel: q.channel,
  });
  const started = new Map<string, number>();
  const finished = new Map<string, number>();
  const perQuestion = new Map<string, QuestionDropOff>();
  const verdicts = new Map<string, number>();
  for (const c of counts) {
    if (c.kind === 'started') bump(started, c.day, c.count);
    else if (c.kind === 'finished') bump(finished, c.day, c.count);
    else if (c.kind === 'verdict') bump(verdicts, c.item, c.count);
    else {
      const row = perQuestion.get(c.item) ?? {
        question: c.item,
        label: QUESTIONS.find((x) => x.id === c.item)?.label ?? c.item,
        asked: 0,
        answered: 0,
        notUnderstood: 0,
        left: 0,
      };
      perQuestion.set(c.item, row);
      if (c.kind === 'asked') row.asked += c.count;
      else if (c.kind === 'answered') row.answered += c.count;
      else if (c.kind === 'not_understood') row.notUnderstood += c.count;
      else if (c.kind === 'departed') row.left -= c.count;
    }
  }
  const order = (id: string) => {
    const i = QUESTIONS.findIndex((x) => x.id === id);
    return i < 0 ? QUESTIONS.length : i;
  };
  const dropOff = [...perQuestion.values()]
    .map((r) => ({ ...r, left: Math.max(0, r.asked + r.left) }))
    .sort((a, b) => order(a.question) - order(b.question) || a.question.localeCompare(b.question));

  const verdictRows: LabelledCount[] = [...verdicts.entries()]
    .map(([key, value]) => {
      const [program = '', verdict = ''] = key.split(':');
      return {
        key,
        label: `${ownValue(PROGRAM_NAMES, program) ?? program}：${ownValue(VERDICT_WORDS, verdict) ?? verdict}`,
        value,
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key));

  const where = requestWhere(actor, q);
  const rows =
    where === false
      ? []
      : await desk.db
          .select({
            id: referrals.id,
            createdAt: referrals.createdAt,
            status: referrals.status,
            dueMs: referrals.dueMs,
            escalated: referrals.escalated,
            followUpMs: referrals.followUpMs,
            followUpAnswer: referrals.followUpAnswer,
          })
          .from(referrals)
          .where(where);
  const events = await selectByIds(
    rows.map((r) => r.id),
    (part) =>
      desk.db
        .select({
          referralId: referralEvents.referralId,
          at: referralEvents.at,
          fromStatus: referralEvents.fromStatus,
          toStatus: referralEvents.toStatus,
          kind: referralEvents.kind,
        })
        .from(referralEvents)
        .where(and(inArray(referralEvents.referralId, part), inArray(referralEvents.kind, ['status', 'withdrawn']))),
  );
  const reached = new Map<string, Set<string>>();
  const firstContact = new Map<string, string>();
  for (const e of events) {
    const set = reached.get(e.toStatus) ?? new Set<string>();
    set.add(e.referralId);
    reached.set(e.toStatus, set);
    if (e.fromStatus === 'new' && e.toStatus !== 'new') {
      const seen = firstContact.get(e.referralId);
      if (!seen || e.at < seen) firstContact.set(e.referralId, e.at);
    }
  }
  const requestDays = new Map<string, number>();
  const bands = new Map<string, number>();
  const nowMs = desk.clock.now().getTime();
  let overdue = 0;
  let escalated = 0;
  const followUp = { resolved: 0, unresolved: 0, no_contact: 0, unanswered: 0 };
  for (const r of rows) {
    bump(requestDays, chinaDateOf(Date.parse(r.createdAt)));
    const first = firstContact.get(r.id);
    if (first) {
      const d = (Date.parse(first) - Date.parse(r.createdAt)) / DAY_MS;
      bump(bands, CONTACT_BANDS.find(([, , max]) => d <= max)![0]);
    } else if (r.status === 'new') bump(bands, 'none');
    if ((OPEN_STATUSES as readonly string[]).includes(r.status) && r.dueMs !== null && Number(r.dueMs) <= nowMs)
      overdue++;
    if (Number(r.escalated) > 0) escalated++;
    if (r.followUpAnswer === 'resolved' || r.followUpAnswer === 'unresolved' || r.followUpAnswer === 'no_contact')
      followUp[r.followUpAnswer]++;
    else if (r.followUpMs !== null) followUp.unanswered++;
  }

  const stats: ChartStats = {
    query: q,
    days,
    screenings: {
      started: byDay(days, started),
      finished: byDay(days, finished),
      totalStarted: sum(started),
      totalFinished: sum(finished),
    },
    dropOff,
    verdicts: verdictRows,
    requests: { byDay: byDay(days, requestDays), total: rows.length },
    statuses: REFERRAL_STATUSES.map((s) => ({ key: s, label: STATUS_LABELS[s], value: reached.get(s)?.size ?? 0 })),
    firstContact: [
      ...CONTACT_BANDS.map(([key, label]) => ({ key, label, value: bands.get(key) ?? 0 })),
      { key: 'none', label: '还没联系', value: bands.get('none') ?? 0 },
    ],
    overdue: [
      { key: 'overdue', label: '现在已逾期（仍在办理）', value: overdue },
      { key: 'escalated', label: '曾因逾期提醒乡镇或县', value: escalated },
    ],
    followUp: [
      { key: 'resolved', label: '联系了，问题解决了', value: followUp.resolved },
      { key: 'unresolved', label: '联系了，还没解决', value: followUp.unresolved },
      { key: 'no_contact', label: '没人联系我', value: followUp.no_contact },
      { key: 'unanswered', label: '问了，还没回答', value: followUp.unanswered },
    ],
    ...(visits ? { visits: await visits(desk.db, actor.scope, q.from, q.to) } : {}),
  };
  await audit(desk, actor, 'charts', null, { from: q.from, to: q.to, requests: rows.length });
  return stats;
}

function sum(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}
