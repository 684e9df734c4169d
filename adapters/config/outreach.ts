/**
 * 主动发现 (issue 18): which focus groups a village visits, the kinds of change its monthly report
 * counts, and when the reports are due. The lists and the default timing are data in each city
 * package (`outreach`, with the clause asking for them: the notices' "每月20日前向乡镇（街道办事处）
 * 报告……于每月月底报县级民政部门"); DOUDI_CONFIG's `monthlyReport` changes the timing for
 * every city or per city. Pure: parses and answers "when is this month's report due".
 *
 * A due date on a weekend or public holiday. The notice sets a calendar date, not a period of
 * working days, and says nothing of rest days. doudi's default is the next working day (`next`):
 * 民法典 第二百零三条 "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日", the
 * same rule the office's other deadlines follow (./calendar.ts), and the one that does not ask a
 * village to report earlier than the text does. An office that wants the report in hand before
 * the weekend sets `previous`; `keep` leaves the date as written.
 */
import { z } from 'zod';
import type { ParameterSet } from '../../screening/index.ts';
import type { CityOutreach } from '../../screening/params/config-schema.ts';
import { chinaDayEnd, type WorkingCalendar } from './calendar.ts';

const Timing = z
  .object({
    villageDueDay: z.number().int().min(1).max(28),
    townshipDueDay: z.number().int().min(0).max(28),
    reminderLeadDays: z.number().int().min(0).max(10),
    onRestDay: z.enum(['next', 'previous', 'keep']),
  })
  .partial()
  .strict();

export const MonthlyReportSection = z
  .object({
    monthlyReport: Timing.extend({
      /** Per city (its six-digit code, ending in 00): what differs from the lines above. */
      cities: z.record(z.string().regex(/^\d{4}00$/, 'a six-digit city code ending in 00'), Timing).optional(),
    })
      .strict()
      .optional(),
  })
  .passthrough();

export type ReportTiming = Required<z.infer<typeof Timing>>;

/**
 * Where no city package says otherwise: the monthly-report dates the notices set (the 20th, the month's end), reminded
 * 3 working days before (doudi's own lead).
 */
export const DEFAULT_TIMING: ReportTiming = {
  villageDueDay: 20,
  townshipDueDay: 0,
  reminderLeadDays: 3,
  onRestDay: 'next',
};

export interface ReportDue {
  /** The month whose report it is, YYYY-MM. */
  month: string;
  /**
   * The days it covers (China dates, inclusive): from the day after last month's due day to this
   * month's (the 21st to the 20th by default), so every day falls in exactly one report and a
   * village reporting on the 20th reports everything up to then.
   */
  from: string;
  to: string;
  /** China dates, YYYY-MM-DD, after moving off a rest day. */
  village: string;
  township: string;
  /** The dates the reminders go out (the due date less the lead in working days). */
  villageRemind: string;
  townshipRemind: string;
}

export interface Outreach {
  /** The city package's focus groups and change kinds (empty when the city has none). */
  of(
    region: string,
  ): Pick<CityOutreach, 'focusGroups' | 'changeKinds' | 'changeClause'> & { clause?: string; note?: string };
  timing(region: string): ReportTiming;
  /** When the report on `month` (YYYY-MM) is due for villages and townships of `region`. */
  due(region: string, month: string): ReportDue;
  /** The instant a China date ends, for comparing with the clock. */
  endOf(date: string): number;
}

export class OutreachConfigError extends Error {
  override readonly name = 'OutreachConfigError';
}

const cityOf = (region: string) => `${region.slice(0, 4)}00`;

function lastDayOf(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A date moved off a rest day as `rule` says; bounded (no run of rest days is longer than a few weeks). */
export function onWorkingDay(calendar: WorkingCalendar, date: string, rule: ReportTiming['onRestDay']): string {
  if (rule === 'keep') return date;
  let d = date;
  for (let i = 0; i < 40 && !calendar.isWorkingDay(d); i++) d = shift(d, rule === 'next' ? 1 : -1);
  return d;
}

/** The date `days` working days before `date` (the date itself when 0). */
export function workingDaysBefore(calendar: WorkingCalendar, date: string, days: number): string {
  let d = date;
  for (let left = days, i = 0; left > 0 && i < 60; i++) {
    d = shift(d, -1);
    if (calendar.isWorkingDay(d)) left--;
  }
  return d;
}

export function outreach(config: unknown, parameters: ParameterSet, calendar: WorkingCalendar): Outreach {
  const parsed = MonthlyReportSection.safeParse(config ?? {});
  if (!parsed.success)
    throw new OutreachConfigError(
      `DOUDI_CONFIG monthlyReport: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const { cities: perCity, ...all } = parsed.data.monthlyReport ?? {};
  const packageOf = (region: string) => parameters.cities.get(cityOf(region))?.outreach;
  const timing = (region: string): ReportTiming => {
    const own = packageOf(region)?.report;
    const base: ReportTiming = own
      ? {
          villageDueDay: own.villageDueDay,
          townshipDueDay: own.townshipDueDay,
          reminderLeadDays: own.reminderLeadDays,
          onRestDay: own.onRestDay,
        }
      : DEFAULT_TIMING;
    return { ...base, ...all, ...perCity?.[cityOf(region)] };
  };
  return {
    of(region) {
      const p = packageOf(region);
      if (!p) return { focusGroups: [], changeKinds: [], changeClause: '' };
      return {
        focusGroups: p.focusGroups,
        changeKinds: p.changeKinds,
        changeClause: p.changeClause,
        clause: p.report.clause,
        ...(p.report.note ? { note: p.report.note } : {}),
      };
    },
    timing,
    due(region, month) {
      const t = timing(region);
      const village = onWorkingDay(calendar, `${month}-${String(t.villageDueDay).padStart(2, '0')}`, t.onRestDay);
      const day = t.townshipDueDay === 0 ? lastDayOf(month) : t.townshipDueDay;
      const township = onWorkingDay(calendar, `${month}-${String(day).padStart(2, '0')}`, t.onRestDay);
      const to = `${month}-${String(t.villageDueDay).padStart(2, '0')}`;
      const [y, m] = month.split('-').map(Number) as [number, number];
      const prev = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
      const from = shift(`${prev}-${String(t.villageDueDay).padStart(2, '0')}`, 1);
      return {
        month,
        from,
        to,
        village,
        township,
        villageRemind: workingDaysBefore(calendar, village, t.reminderLeadDays),
        townshipRemind: workingDaysBefore(calendar, township, t.reminderLeadDays),
      };
    },
    endOf: chinaDayEnd,
  };
}
