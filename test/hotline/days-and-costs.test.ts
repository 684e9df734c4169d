// Pay by the day with more days than a month has ("一天八十，干了九十来天") is the season's days over the
// year, not days in each month; "一年干半年" before pay by the month is six months of it; and hired labour
// listed among the costs taken off ("扣掉种子化肥人工一万，净落…", 粤 "肥料同人工去咗两万") is a cost,
// not wages. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('days worked over a season', () => {
  it('north: 一天八十，干了九十来天', () => {
    const h = run('某村村民，女，55岁，秋天给人打零工摘苹果，一天八十，干了九十来天，此外没有别的收入。');
    // About 90 days at 80 a day, about 7,300 a year; not 90 days in every month.
    expect(h.income?.wages).toBeGreaterThan(6000);
    expect(h.income?.wages).toBeLessThan(9000);
  });

  it('粤: 一日一百二，做咗六十几日', () => {
    const h = run('某村村民，男，58岁，帮人收荔枝，一日一百二，今年做咗六十几日。', '441781');
    expect(h.income?.wages).toBeGreaterThan(6500);
    expect(h.income?.wages).toBeLessThan(9500);
  });
});

describe('half a year worked said before the monthly pay', () => {
  it('north: 一年干半年，一个月三千', () => {
    const h = run('某村村民，男，50岁，在砖厂帮工，一年干半年，一个月三千。');
    expect(h.income?.wages).toBe(18000);
  });
});

describe('hired labour among the costs', () => {
  it('north: 扣掉种子化肥人工一万，净落一万二', () => {
    const h = run('某村老两口种了六亩桃，今年卖了两万二，扣掉种子化肥人工一万，净落一万二左右。');
    expect(h.income?.business).toBe(12000);
    expect(h.income?.wages ?? 0).toBe(0);
  });

  it('粤: 肥料同人工去咗两万，净得两万', () => {
    const h = run('两公婆种咗六亩砂糖橘，今年卖咗四万几，肥料农药同人工去咗两万，净得两万左右。', '441781');
    expect(h.income?.business).toBe(20000);
    expect(h.income?.wages ?? 0).toBe(0);
  });
});
