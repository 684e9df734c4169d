/**
 * The built-in holiday calendar: the State Council's arrangement of public holidays and the
 * weekend days worked instead (调休上班), as published for each year. Data only, read by
 * ./calendar.ts; an operator adds later years (or corrects these) in DOUDI_CONFIG's `calendar`.
 * A year is listed here only once its arrangement is published: the 春节, 清明, 端午 and 中秋 days
 * follow the lunar calendar and the make-up working days are decided each year, so no year is
 * guessed.
 */

export interface HolidayYear {
  year: number;
  /** Days off that would otherwise be working days (weekend days inside a holiday may be listed too). */
  holidays: string[];
  /** Weekend days that are working days (调休上班). */
  workdays: string[];
  source: string;
}

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

export const BUILT_IN_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知',
    holidays: [
      ...range('2026-01-01', '2026-01-03'), // 元旦
      ...range('2026-02-15', '2026-02-23'), // 春节
      ...range('2026-04-04', '2026-04-06'), // 清明节
      ...range('2026-05-01', '2026-05-05'), // 劳动节
      ...range('2026-06-19', '2026-06-21'), // 端午节
      ...range('2026-09-25', '2026-09-27'), // 中秋节
      ...range('2026-10-01', '2026-10-07'), // 国庆节
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
