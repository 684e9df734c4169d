// Money and situations, round 12: the general ways of stating money and what befell a family that the
// twelfth blind round showed the reader missing. Our own sentences, not the blind sets', in both
// cities' ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

const fact = (u: ReturnType<typeof read>, path: string) => u.facts.find((f) => f.path === path);

describe('what came to hand in the end, and the months worked, said after a day rate', () => {
  it('晋南: 落个 then a sum is the year, over a day rate and the months of work', () => {
    const u = read('在砖厂一天一百五 一年能干个五六个月 落个两万来块', 'income.amount', '140800', {}, 'wages');
    const v = value(u, 'income.wages') as number;
    expect(v).toBeGreaterThanOrEqual(18000);
    expect(v).toBeLessThanOrEqual(25000);
    expect(fact(u, 'income.wages')?.range).toBeDefined();
  });
  it('a day rate and the months worked said with 个 (干个六个月): the days of those months only', () => {
    const u = read('砖厂一天一百 一年干个六个月', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(100 * 20 * 6);
  });
  it('粤: a whole said of this year after a figure per season is the year', () => {
    const u = read(
      '养蚝一年两季 好嘅时候一季七八千 今年唔好 总共得五千左右',
      'income.amount',
      '441700',
      {},
      'business',
    );
    const v = value(u, 'income.business') as number;
    expect(v).toBeGreaterThanOrEqual(4500);
    expect(v).toBeLessThanOrEqual(5500);
  });
  it('晋南: the same, this year in all after a season', () => {
    const u = read('卖桃一季五六千 今年遭了冰雹 一共卖了三千', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(3000);
  });
});
