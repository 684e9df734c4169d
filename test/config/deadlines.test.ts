// Working days and deadlines: counted in China's calendar (UTC+8) from the day after the start,
// across weekends, the built-in 2026 holidays with their make-up working days (调休), and holidays
// an operator adds in DOUDI_CONFIG; per-city deadlines over the defaults; the county's later limit.
import { describe, expect, it } from 'vitest';
import { chinaDateOf, workingCalendar } from '../../adapters/config/calendar.ts';
import { DEFAULT_DEADLINES, deadlines } from '../../adapters/config/deadlines.ts';
import { readFileSync } from 'node:fs';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { parseConfigText } from '../../adapters/config/load-config.ts';

/** An instant given in China time. */
const china = (local: string) => Date.parse(`${local}+08:00`);
/** The China date a deadline ends on (it ends at 24:00 of that day). */
const endsOn = (ms: number) => chinaDateOf(ms - 1);

describe('working days', () => {
  const cal = workingCalendar({});

  it('skip weekends: Friday afternoon plus 3 is the Wednesday after, at midnight', () => {
    const due = cal.addWorkingDays(china('2026-12-04T15:00:00'), 3);
    expect(endsOn(due)).toBe('2026-12-09');
    expect(due).toBe(china('2026-12-10T00:00:00'));
  });

  it('the start day never counts, even when it is a working day started at 00:01', () => {
    expect(endsOn(cal.addWorkingDays(china('2026-12-07T00:01:00'), 1))).toBe('2026-12-08');
  });

  it('a start on a weekend counts from the Monday', () => {
    expect(endsOn(cal.addWorkingDays(china('2026-12-05T10:00:00'), 1))).toBe('2026-12-07');
    expect(endsOn(cal.addWorkingDays(china('2026-12-06T23:59:00'), 5))).toBe('2026-12-11');
  });

  it('reads the day in China time, not UTC (01:00 Monday in China is still Sunday in UTC)', () => {
    const mondayNight = Date.parse('2026-12-06T17:00:00Z'); // 2026-12-07 01:00 in China
    expect(chinaDateOf(mondayNight)).toBe('2026-12-07');
    expect(endsOn(cal.addWorkingDays(mondayNight, 1))).toBe('2026-12-08');
  });

  it('skips the National Day holiday and counts its make-up Saturday', () => {
    expect(cal.isWorkingDay('2026-10-05')).toBe(false);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true); // Saturday, worked instead
    expect(cal.isWorkingDay('2026-09-20')).toBe(true); // Sunday, worked instead
    // Wednesday 30 September plus 3: 8 (Thu), 9 (Fri), 10 (Sat, worked).
    expect(endsOn(cal.addWorkingDays(china('2026-09-30T09:00:00'), 3))).toBe('2026-10-10');
  });

  it('across the Spring Festival: the Saturday before is worked, the nine days off are skipped', () => {
    expect(endsOn(cal.addWorkingDays(china('2026-02-13T16:00:00'), 1))).toBe('2026-02-14');
    expect(endsOn(cal.addWorkingDays(china('2026-02-13T16:00:00'), 2))).toBe('2026-02-24');
    // 30 working days from Monday 2 February: 4 + 5, the Saturday 14th, 4, the Saturday 28th,
    // then three weeks of 5: Friday 20 March (weekdays alone would have given 16 March).
    expect(endsOn(cal.addWorkingDays(china('2026-02-02T10:00:00'), 30))).toBe('2026-03-20');
  });

  it('counts the working days a deadline is overdue by', () => {
    const due = china('2026-12-10T00:00:00'); // end of Wednesday 9 December
    expect(cal.workingDaysBetween(due, china('2026-12-10T18:00:00'))).toBe(0);
    expect(cal.workingDaysBetween(due, china('2026-12-11T00:00:00'))).toBe(1);
    expect(cal.workingDaysBetween(due, china('2026-12-14T09:00:00'))).toBe(2); // Thu, Fri; not the weekend
    expect(cal.workingDaysBetween(due, due - 1)).toBe(0);
  });

  it('takes holidays and make-up days from the configuration, which wins over the built-in list', () => {
    const own = workingCalendar({ calendar: { holidays: ['2027-01-01'], workdays: ['2026-10-07'] } });
    expect(own.years).toEqual([2026, 2027]);
    // Thursday 31 December 2026 plus 1: Friday 1 January 2027 is a holiday, so Monday 4 January.
    expect(endsOn(own.addWorkingDays(china('2026-12-31T10:00:00'), 1))).toBe('2027-01-04');
    expect(own.isWorkingDay('2026-10-07')).toBe(true);
    expect(endsOn(cal.addWorkingDays(china('2026-12-31T10:00:00'), 1))).toBe('2027-01-01'); // without it: a weekday
  });

  it('refuses a day listed both as a holiday and as a working day, and malformed dates', () => {
    expect(() => workingCalendar({ calendar: { holidays: ['2027-01-01'], workdays: ['2027-01-01'] } })).toThrow(/both/);
    expect(() => workingCalendar({ calendar: { holidays: ['2027-02-30'] } })).toThrow(/calendar/);
  });
});

describe('deadlines', () => {
  const cal = workingCalendar({});

  it('default to the texts’ limits where they set one, and are due at the end of the last working day', () => {
    const d = deadlines({}, cal);
    expect(d.rulesFor('140802')).toEqual(DEFAULT_DEADLINES);
    expect(DEFAULT_DEADLINES.normal.submitted).toBe(30); // mz2021-57.a22
    expect(endsOn(d.dueAt('140802', 'new', false, china('2026-12-04T15:00:00'))!)).toBe('2026-12-09');
    expect(endsOn(d.dueAt('140802', 'new', true, china('2026-12-04T15:00:00'))!)).toBe('2026-12-07');
    expect(d.dueAt('140802', 'closed', false, china('2026-12-04T15:00:00'))).toBeUndefined();
    expect(d.contactDays('441702', true)).toBe(1);
    expect(d.contactDays('441702', false)).toBe(3);
  });

  it('are set for every city and per city, a county taking its city’s', () => {
    const d = deadlines(
      {
        deadlines: {
          normal: { new: 2 },
          countyAfter: 3,
          cities: { '441700': { normal: { new: 5 }, urgent: { new: 2 } } },
        },
      },
      cal,
    );
    expect(d.contactDays('140802', false)).toBe(2);
    expect(d.contactDays('441781', false)).toBe(5);
    expect(d.contactDays('441781', true)).toBe(2);
    expect(d.rulesFor('441702').normal.submitted).toBe(30);
    expect(d.rulesFor('441702').countyAfter).toBe(3);
  });

  it('tell the county a set number of working days after the township', () => {
    const d = deadlines({}, cal);
    const due = d.dueAt('140802', 'contacted', false, china('2026-12-01T10:00:00'))!;
    expect(endsOn(due)).toBe('2026-12-08');
    expect(endsOn(d.countyAt('140802', due))).toBe('2026-12-15');
  });

  it('refuse what is not a number of working days, or a county code where a city is meant', () => {
    expect(() => deadlines({ deadlines: { normal: { new: 0 } } }, cal)).toThrow(/deadlines/);
    expect(() => deadlines({ deadlines: { cities: { '140802': {} } } }, cal)).toThrow(/deadlines\.cities\.140802/);
    expect(() => villageDirectory({ deadlines: { normal: { weekly: 3 } } })).toThrow(/deadlines/);
  });

  it('the example configuration reads: offices, deadlines per city, the calendar, the follow-up', () => {
    const v = villageDirectory(
      parseConfigText(readFileSync('adapters/config/doudi.config.example.yaml', 'utf8'), 'example'),
    );
    expect(v.offices.township('140802101')?.name).toBe('北城街道');
    expect(v.offices.county('140802')?.notify).toEqual({ telegramChatId: '-1009876543210' });
    expect(v.deadlines.contactDays('441702', false)).toBe(2);
    expect(v.calendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(v.followUp).toEqual({ days: 7, waitDays: 30 });
  });

  it('arrive with the village directory, from the same configuration', () => {
    const v = villageDirectory({ deadlines: { normal: { new: 4 } }, followUp: { days: 10 } });
    expect(v.deadlines.contactDays('140802', false)).toBe(4);
    expect(v.followUp).toEqual({ days: 10, waitDays: 30 });
    expect(villageDirectory({}).calendar.years).toContain(2026);
  });
});
