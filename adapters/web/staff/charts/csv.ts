/**
 * The statistics as CSV (./model.ts), one row per number: section, item, day (for daily counts)
 * and the count as shown on the page — small counts as "<5" (./suppress.ts), so the export
 * reveals nothing the page hides. UTF-8 with BOM and formula guard (../csv.ts).
 */
import { toCsv } from '../csv.ts';
import type { ChartStats, DayValue, LabelledCount } from './model.ts';
import { shown } from './suppress.ts';

type Row = [section: string, item: string, day: string, value: string];

export function chartsCsv(s: ChartStats): string {
  const rows: Row[] = [];
  const daily = (section: string, item: string, values: DayValue[]) => {
    for (const v of values) rows.push([section, item, v.day, shown(v.value)]);
  };
  const counts = (section: string, values: LabelledCount[]) => {
    for (const v of values) rows.push([section, v.label, '', shown(v.value)]);
  };
  daily('筛查', '开始', s.screenings.started);
  daily('筛查', '完成', s.screenings.finished);
  rows.push(
    ['筛查', '开始（合计）', '', shown(s.screenings.totalStarted)],
    ['筛查', '完成（合计）', '', shown(s.screenings.totalFinished)],
  );
  for (const q of s.dropOff) {
    rows.push(
      ['每一题', `${q.label}：问了`, '', shown(q.asked)],
      ['每一题', `${q.label}：答了`, '', shown(q.answered)],
      ['每一题', `${q.label}：没看懂回答`, '', shown(q.notUnderstood)],
      ['每一题', `${q.label}：在这一题离开`, '', shown(q.left)],
    );
  }
  counts('估计结果', s.verdicts);
  daily('申请', '新申请', s.requests.byDay);
  rows.push(['申请', '合计', '', shown(s.requests.total)]);
  counts('到过的状态', s.statuses);
  counts('第一次联系用时', s.firstContact);
  counts('逾期', s.overdue);
  counts('回访', s.followUp);
  if (s.visits) {
    counts('走访和代为筛查', s.visits.totals);
    for (const series of s.visits.byDay ?? []) daily('走访和代为筛查', series.label, series.days);
  }
  return toCsv(['部分', '项目', '日期', '数值'], rows);
}
