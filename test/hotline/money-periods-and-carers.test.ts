// Round 12 of call summaries, money: an income word that names its month (每月租金, 月工资) is a monthly
// figure even after a year was named; a pension figure under a thousand with no period is a month's;
// an exact figure said again roughly (185元…百几蚊) stands; and paying someone hired to look after a
// member (请了保姆“一个月三千”) is spending, not income. Our own texts, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a word that names its month', () => {
  it('晋南: “一年落不下啥”，门面出租，每月租金900元', () => {
    const h = run('来电人（男，58岁），种地“一年落不下啥”。县城有一间门面出租，每月租金900元。', '140821');
    expect(h.income?.property).toBe(10800);
  });

  it('粤: 一年冇几多收入，间铺月租金1500', () => {
    const h = run('来电人（男，60岁），一年冇几多收入。有间铺租咗出去，月租金1500蚊。', '441702');
    expect(h.income?.property).toBe(18000);
  });
});

describe('a pension figure with no period', () => {
  it('晋南: after a year named, 婆婆有一百多块养老金', () => {
    const h = run('来电人（女，46岁），家里靠养羊，“一年落个八千来块”。婆婆（75岁）有一百多块养老金。', '140882');
    expect(h.income?.basicPension).toBeGreaterThanOrEqual(1200);
    expect(h.income?.basicPension).toBeLessThanOrEqual(2400);
  });

  it('粤: 每月养老金176元，“得嗰百几蚊”: the exact figure stands', () => {
    const h = run('来电人（男，80岁），一个人住，每月领城乡居民养老金176元，“得嗰百几蚊”。', '441721');
    expect(h.income?.basicPension).toBe(2112);
  });
});

describe('someone hired to look after a member', () => {
  it('晋南: 请了护工“一个月两千五”，退休金每月1800', () => {
    const h = run('来电人（女，64岁），退休金每月1800元，老伴（67岁）瘫在床上，请了护工“一个月两千五”。', '140802');
    expect(h.income?.pensions).toBe(21600);
    expect(h.hardship?.expenses?.[0]).toEqual({ kind: 'other', amount: 30000 });
  });

  it('粤: 请咗工人睇住阿妈，每月三千', () => {
    const h = run('来电人（男，55岁），喺厂做嘢每月四千。阿妈（85岁）瞓床，请咗工人睇住佢，每月三千。', '441702');
    expect(h.income?.wages).toBe(48000);
    expect(h.hardship?.expenses?.[0]).toEqual({ kind: 'other', amount: 36000 });
  });
});
