// The server's date in China, formatted once a day (adapters/runtime/today-cached.ts): the same
// as Intl's Asia/Shanghai date on either side of midnight there.
import { describe, expect, it } from 'vitest';
import { chinaDate } from '../../adapters/http/today.ts';
import { cachedChinaDate } from '../../adapters/runtime/today-cached.ts';

describe('cachedChinaDate', () => {
  it('changes at midnight in China (16:00 UTC), not before', () => {
    let now = Date.parse('2026-12-05T15:59:59.999Z');
    const today = cachedChinaDate(() => now);
    expect(today()).toBe('2026-12-05');
    expect(today()).toBe(chinaDate(new Date(now)));
    now = Date.parse('2026-12-05T16:00:00.000Z');
    expect(today()).toBe('2026-12-06');
    expect(today()).toBe(chinaDate(new Date(now)));
  });

  it('agrees with Intl over a year of hours', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const today = cachedChinaDate(() => now);
    for (let h = 0; h < 366 * 24; h += 7) {
      now = Date.parse('2026-01-01T00:00:00Z') + h * 3_600_000;
      expect(today()).toBe(chinaDate(new Date(now)));
    }
  });
});
