// China's dates and times by the fixed UTC+8 offset (adapters/config/calendar.ts) agree with
// ICU's Asia/Shanghai zone, which the server no longer loads (README, "Performance").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaDateOf, chinaMinuteOf } from '../../adapters/config/calendar.ts';
import { chinaTime, chinaDay } from '../../adapters/web/staff/view.ts';

const ZONE = { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' } as const;
const DAY = new Intl.DateTimeFormat('en-CA', ZONE);
const MINUTE = new Intl.DateTimeFormat('sv-SE', { ...ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
const STAFF = new Intl.DateTimeFormat('zh-CN', { ...ZONE, hour: '2-digit', minute: '2-digit', hour12: false });

// From 1992 (China's last daylight saving time was in 1991) to 2100.
const instants = fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('China time without Intl', () => {
  it('the date, the minute and the staff pages agree with ICU for any instant since 1992', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const d = new Date(ms);
        expect(chinaDateOf(ms)).toBe(DAY.format(d));
        expect(chinaMinuteOf(ms)).toBe(MINUTE.format(d));
        expect(chinaTime(ms)).toBe(STAFF.format(d));
        expect(chinaDay(d.toISOString())).toBe(DAY.format(d));
      }),
    );
  });

  it('the day turns at midnight in China (16:00 UTC)', () => {
    expect(chinaMinuteOf(Date.UTC(2026, 11, 1, 15, 59))).toBe('2026-12-01 23:59');
    expect(chinaMinuteOf(Date.UTC(2026, 11, 1, 16, 0))).toBe('2026-12-02 00:00');
    expect(chinaTime('not a date')).toBe('not a date');
  });
});
