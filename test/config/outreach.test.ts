// When the monthly report is due (issue 18 item 3): the 20th and the month's end of
// 运民发〔2021〕59号 二（五）, moved off weekends and public holidays by the working-day calendar
// (the built-in 2026 arrangement: 春节 15–23 February, 端午 19–21 June, 调休 working Saturdays and
// Sundays), with the reminder a set number of working days before; per city in DOUDI_CONFIG.
// The default for a rest day is the next working day (民法典 第二百零三条, as the office's other
// deadlines); `previous` and `keep` are the alternatives an office may choose.
import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../adapters/config/calendar.ts';
import { onWorkingDay, outreach, OutreachConfigError, workingDaysBefore } from '../../adapters/config/outreach.ts';
import { villageDirectory } from '../../adapters/config/villages.ts';
import { defaultParameters } from '../../screening/index.ts';

const YC = '140802';
const YJ = '441702';
const calendar = workingCalendar({});
const dueOf = (config: unknown, region: string, month: string) =>
  outreach(config, defaultParameters(), workingCalendar(config)).due(region, month);

describe('the 20th across weekends and holidays', () => {
  it('keeps a 20th that is a working day', () => {
    expect(dueOf({}, YC, '2026-11').village).toBe('2026-11-20'); // a Friday
  });
  it('moves a 20th on a Sunday to the Monday after', () => {
    expect(dueOf({}, YC, '2026-12').village).toBe('2026-12-21');
  });
  it('keeps a Sunday 20th that is a 调休 working day', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(dueOf({}, YC, '2026-09').village).toBe('2026-09-20');
  });
  it('moves a 20th inside 春节 past the whole holiday, and a Saturday 20th inside 端午 to the Monday', () => {
    expect(dueOf({}, YC, '2026-02').village).toBe('2026-02-24');
    expect(dueOf({}, YC, '2026-06').village).toBe('2026-06-22');
  });
  it('moves it earlier instead when the city says `previous` (to the 调休 Saturday before 春节)', () => {
    const config = { monthlyReport: { onRestDay: 'previous' } };
    expect(dueOf(config, YC, '2026-02').village).toBe('2026-02-14');
    expect(dueOf(config, YC, '2026-06').village).toBe('2026-06-18');
    expect(dueOf({ monthlyReport: { onRestDay: 'keep' } }, YC, '2026-06').village).toBe('2026-06-20');
  });
  it('follows a holiday the operator adds for a later year', () => {
    expect(dueOf({}, YC, '2027-01').village).toBe('2027-01-20'); // a Wednesday
    expect(dueOf({ calendar: { holidays: ['2027-01-20', '2027-01-21'] } }, YC, '2027-01').village).toBe('2027-01-22');
  });
});

describe("the month's end, the period covered, the reminder", () => {
  it("makes the township's report due on the month's last working day or the next", () => {
    expect(dueOf({}, YC, '2026-11').township).toBe('2026-11-30'); // a Monday
    expect(dueOf({}, YC, '2026-05').township).toBe('2026-06-01'); // 31 May is a Sunday
    expect(dueOf({}, YC, '2026-02').township).toBe('2026-02-28'); // a 调休 working Saturday
    expect(dueOf({}, YC, '2026-10').township).toBe('2026-11-02'); // 31 October is a Saturday
    expect(dueOf({ monthlyReport: { onRestDay: 'previous' } }, YC, '2026-10').township).toBe('2026-10-30');
  });
  it('covers the 21st of last month to the 20th, so every day is in one report', () => {
    expect(dueOf({}, YC, '2026-12')).toMatchObject({ from: '2026-11-21', to: '2026-12-20' });
    expect(dueOf({}, YC, '2027-01')).toMatchObject({ from: '2026-12-21', to: '2027-01-20' });
  });
  it('reminds 3 working days before, skipping holidays', () => {
    expect(dueOf({}, YC, '2026-12').villageRemind).toBe('2026-12-16');
    // Before 24 February: the 13th and 12th, and the 调休 Saturday the 14th, are the three working days.
    expect(dueOf({}, YC, '2026-02').villageRemind).toBe('2026-02-12');
    expect(workingDaysBefore(calendar, '2026-12-21', 0)).toBe('2026-12-21');
  });
  it('moves nothing that is already a working day', () => {
    expect(onWorkingDay(calendar, '2026-12-01', 'next')).toBe('2026-12-01');
  });
});

describe('per city, from the city packages and DOUDI_CONFIG', () => {
  it('offers 阳江 the same dates, saying they follow 运城 practice, and its own focus groups with its own clause', () => {
    const o = outreach({}, defaultParameters(), calendar);
    expect(o.due(YJ, '2026-12').village).toBe('2026-12-21');
    expect(o.of(YJ).note).toContain('阳民通〔2021〕14号未规定报告日期');
    expect(o.of(YJ).focusGroups.map((g) => g.label)).toEqual([
      '留守儿童',
      '独居老人',
      '残疾人',
      '重病患者',
      '外来人员',
    ]);
    expect(new Set(o.of(YJ).focusGroups.map((g) => g.clause))).toEqual(new Set(['yj14.2-4']));
    expect(new Set(o.of(YC).focusGroups.map((g) => g.clause))).toEqual(new Set(['yc59.2-5']));
    expect(o.of(YC).changeKinds.map((k) => k.label)).toEqual(['就业', '收入', '消费', '受灾', '大病', '丧葬']);
  });
  it('lets one city change its dates and lead without touching the other', () => {
    const config = {
      monthlyReport: { reminderLeadDays: 2, cities: { '441700': { villageDueDay: 15, townshipDueDay: 25 } } },
    };
    const o = outreach(config, defaultParameters(), calendar);
    expect(o.due(YJ, '2026-12')).toMatchObject({
      village: '2026-12-15',
      township: '2026-12-25',
      villageRemind: '2026-12-11',
    });
    expect(o.due(YC, '2026-12')).toMatchObject({ village: '2026-12-21', villageRemind: '2026-12-17' });
    expect(villageDirectory(config).outreach.timing(YJ)).toMatchObject({ villageDueDay: 15, reminderLeadDays: 2 });
  });
  it('refuses a bad setting with its path', () => {
    expect(() => outreach({ monthlyReport: { villageDueDay: 31 } }, defaultParameters(), calendar)).toThrow(
      OutreachConfigError,
    );
    expect(() => outreach({ monthlyReport: { cities: { '4417': {} } } }, defaultParameters(), calendar)).toThrow(
      /monthlyReport/,
    );
  });
  it('has a retention setting for visits', () => {
    expect(villageDirectory({}).retention.visitDays).toBe(400);
    expect(villageDirectory({ retention: { visitDays: 100 } }).retention.visitDays).toBe(100);
    expect(() => villageDirectory({ retention: { visitDays: 5 } })).toThrow();
  });
});
