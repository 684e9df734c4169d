// Figures bound to their period: another year's figure followed by this year's is not added to it (去年…今年…),
// half a year of day work said 晋南-style ("一年也就干个半年"), and a season's picking gone through to its end
// ("一季下来") is once in the year, not a quarter. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('figures of another year and of a season', () => {
  it('晋南: 去年卖了三万多，今年…只卖了八千来块: this year only', () => {
    const h = run('夏县某村村民（男，58岁）来电，和老伴种了六亩桃，去年卖了三万多，今年开花时遭了冻，只卖了八千。');
    expect(h.income?.business).toBe(8000);
  });

  it('粤: 旧年养鱼赚三万，今年…得一万: this year only', () => {
    const h = run('来电人（男，50岁），屋企养鱼，旧年赚三万，今年打风鱼塘崩咗，得一万。', '441781');
    expect(h.income?.business).toBe(10000);
  });

  it('晋南: 一天一百二，一年也就干个半年: six months of day work', () => {
    const full = run('来电人（女，47岁），丈夫49岁在村里跟建筑队打零工，"有活一天一百二"。');
    const half = run('来电人（女，47岁），丈夫49岁在村里跟建筑队打零工，"有活一天一百二，一年也就干个半年"。');
    expect(half.income?.wages).toBeGreaterThan(0);
    expect(half.income?.wages).toBe((full.income?.wages ?? 0) / 2);
  });

  it('晋南: 摘枣一季下来挣三千: once in the year', () => {
    const h = run('来电人（男，63岁）和老伴在家，秋天给人摘枣，一季下来两人挣三千块。');
    expect(h.income?.wages).toBe(3000);
  });
});
