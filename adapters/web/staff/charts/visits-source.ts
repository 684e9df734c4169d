/**
 * The statistics' section on visits and assisted screenings (issue 18 items 1–2 in the charts of
 * item 5): the visit log's per-day counts (adapters/db/visits.ts visitCounts) in the charts' shape,
 * within the signed-in user's scope. Counts only; the same suppression as every other chart.
 */
import { visitCounts, VISIT_OUTCOMES } from '../../../db/visits.ts';
import { V } from '../visit-messages.ts';
import { byDay, daysOf } from './compute.ts';
import type { VisitsSource } from './model.ts';

const sum = (xs: readonly { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);

/** A count per day from rows of several counts a day. */
function countsByDay<T extends { day: string }>(rows: readonly T[], value: (r: T) => number): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.day, (m.get(r.day) ?? 0) + value(r));
  return m;
}

export const visitsSource: VisitsSource = async (db, scope, from, to) => {
  const c = await visitCounts(db, scope.all ? { all: true } : { all: false, villages: scope.villages }, from, to);
  const days = daysOf(from, to);
  const assistedRequests = c.requests.reduce((s, r) => s + r.assisted, 0);
  const selfRequests = c.requests.reduce((s, r) => s + r.self, 0);
  return {
    totals: [
      { key: 'visits', label: '入户走访', value: sum(c.visits) },
      ...VISIT_OUTCOMES.map((o) => ({
        key: `visits:${o}`,
        label: `走访结果：${V.outcomes[o] ?? o}`,
        value: sum(c.visits.filter((v) => v.outcome === o)),
      })),
      { key: 'assisted_screenings', label: '代为筛查（有结果）', value: sum(c.assistedScreenings) },
      { key: 'assisted_requests', label: '走访中提出的申请', value: assistedRequests },
      { key: 'self_requests', label: '居民自己提出的申请', value: selfRequests },
    ],
    byDay: [
      {
        key: 'visits',
        label: '入户走访',
        days: byDay(
          days,
          countsByDay(c.visits, (v) => v.count),
        ),
      },
      {
        key: 'assisted_screenings',
        label: '代为筛查（有结果）',
        days: byDay(
          days,
          countsByDay(c.assistedScreenings, (v) => v.count),
        ),
      },
      {
        key: 'assisted_requests',
        label: '走访中提出的申请',
        days: byDay(
          days,
          countsByDay(c.requests, (r) => r.assisted),
        ),
      },
    ],
  };
};
