/**
 * Working days (工作日), the unit the texts set their time limits in (e.g. 最低生活保障审核确认办法
 * mz2021-57.a15 and .a22): Monday to Friday, less the public holidays, plus the weekend days worked
 * instead (调休). The holidays are data: the built-in arrangement (./holidays-cn.ts) merged with
 * DOUDI_CONFIG's `calendar`, never dates written into logic. Pure.
 *
 * Counting follows the rule for periods in days (民法典 第二百零一条: the day the period starts is
 * not counted; it ends at the end of its last day): a limit of n working days set on any day runs
 * to the end (24:00, China time) of the n-th working day after it.
 */
import { z } from 'zod';
import { BUILT_IN_HOLIDAYS } from './holidays-cn.ts';

const IsoDate = z.iso.date();

export const CalendarSection = z
  .object({
    calendar: z
      .object({
        /** Days off (法定节假日 and their 调休 days) beyond the built-in years, or corrections to them. */
        holidays: z.array(IsoDate).max(2000).default([]),
        /** Weekend days that are working days (调休上班). */
        workdays: z.array(IsoDate).max(2000).default([]),
      })
      .strict()
      .optional(),
  })
  .passthrough();

const DAY_MS = 86_400_000;
/** China has one time zone and no daylight saving: UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The China calendar date (YYYY-MM-DD) of an instant. */
export function chinaDateOf(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * "2026-12-02 09:05" in China, by the same fixed offset. Arithmetic rather than an
 * Intl.DateTimeFormat with `timeZone`: the first such formatter makes Node read ~6.5 MiB of ICU's
 * time-zone and locale data into memory, for an offset that never changes (README, "Performance").
 */
export function chinaMinuteOf(ms: number): string {
  const iso = new Date(ms + CHINA_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** The instant a China calendar day ends (the next day's 00:00 in China). */
export function chinaDayEnd(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS + DAY_MS;
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** When a limit of `days` working days set at `fromMs` ends (ms). */
  addWorkingDays(fromMs: number, days: number): number;
  /** Working days that ended after `fromMs` and by `toMs` (how many a deadline is overdue by). */
  workingDaysBetween(fromMs: number, toMs: number): number;
  /** Years whose holidays are known; other years count weekends only. */
  years: number[];
}

export class CalendarConfigError extends Error {
  override readonly name = 'CalendarConfigError';
}

export function workingCalendar(config: unknown): WorkingCalendar {
  const parsed = CalendarSection.safeParse(config ?? {});
  if (!parsed.success)
    throw new CalendarConfigError(
      `DOUDI_CONFIG calendar: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const own = parsed.data.calendar ?? { holidays: [], workdays: [] };
  const both = own.holidays.filter((d) => own.workdays.includes(d));
  if (both.length > 0)
    throw new CalendarConfigError(
      `DOUDI_CONFIG calendar: ${both.join(', ')} listed both as a holiday and as a working day`,
    );
  const holidays = new Set(BUILT_IN_HOLIDAYS.flatMap((y) => y.holidays));
  const workdays = new Set(BUILT_IN_HOLIDAYS.flatMap((y) => y.workdays));
  // The operator's file wins over the built-in list, in both directions.
  for (const d of own.holidays) {
    holidays.add(d);
    workdays.delete(d);
  }
  for (const d of own.workdays) {
    workdays.add(d);
    holidays.delete(d);
  }
  const years = [
    ...new Set([
      ...BUILT_IN_HOLIDAYS.map((y) => y.year),
      ...[...own.holidays, ...own.workdays].map((d) => Number(d.slice(0, 4))),
    ]),
  ].sort();
  const isWorkingDay = (date: string): boolean => {
    if (workdays.has(date)) return true;
    if (holidays.has(date)) return false;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  return {
    isWorkingDay,
    years,
    addWorkingDays(fromMs, days) {
      let date = chinaDateOf(fromMs);
      let left = Math.max(1, Math.floor(days));
      while (left > 0) {
        date = nextDate(date);
        if (isWorkingDay(date)) left--;
      }
      return chinaDayEnd(date);
    },
    workingDaysBetween(fromMs, toMs) {
      let n = 0;
      // Bounded: a year of days at most, whatever the inputs.
      for (let date = chinaDateOf(fromMs), i = 0; chinaDayEnd(date) <= toMs && i < 366; date = nextDate(date), i++)
        if (isWorkingDay(date)) n++;
      return n;
    },
  };
}
