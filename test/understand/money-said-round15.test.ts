// Money and situations, round 15: the general ways of naming things owned, crops, seasonal pay and
// payments twice a year that the fifteenth blind round showed the reader missing. Our own sentences,
// not the blind sets', in both cities' ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understand/extract.ts';
import { defaultParameters } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const between = (v: unknown, lo: number, hi: number) => {
  expect(typeof v).toBe('number');
  expect(v as number).toBeGreaterThanOrEqual(lo);
  expect(v as number).toBeLessThanOrEqual(hi);
};

describe('what is owned, named as people name it', () => {
  it('a car named by its model is a car', () => {
    const u = read('就一辆夏利 开了好些年了', 'property', '140800');
    expect(value(u, 'property.vehicles')).toBe(1);
  });
  it('粤: 架残疾人车 is a mobility aid, not a car', () => {
    const u = read('得一架残疾人车，平时出街用', 'property', '441700');
    expect(value(u, 'property.vehicles')).toBe(0);
  });
  it('a car scrapped since it was named is no longer had', () => {
    const u = read('原先有个车 去年翻到沟里报废了', 'property', '140800');
    expect(value(u, 'property.vehicles')).toBe(0);
  });
});

describe('disasters and crops said in plain words', () => {
  it('粤: 山泥倾泻 is a natural disaster, and the house hit is not a second one', () => {
    const u = read('上个月山泥倾泻，冲烂咗半间屋', 'hardship', '441700');
    expect(value(u, 'hardship.events[0].kind')).toBe('natural_disaster');
    expect(value(u, 'property.houses')).toBeUndefined();
  });
  it('a drought said of the weather is no pay by the day', () => {
    const u = read('今年天旱，地里收了几百块', 'income.amount', '140800', {}, 'business');
    between(value(u, 'income.business'), 200, 900);
  });
  it('棉花 named as the crop is farm income, not money spent', () => {
    const u = read('种的棉花，卖了三千来块', 'income.amount', '140800', {}, 'business');
    between(value(u, 'income.business'), 2700, 3300);
    expect(u.facts.some((f) => f.path.startsWith('hardship.expenses'))).toBe(false);
  });
});

describe('pay by the season and rent twice a year', () => {
  it('晋南: 一季子 of seasonal work is once in the year, and 给人家干 is wages', () => {
    const u = read('秋里给人家干，一季子挣个两千来块', 'income.amount', '140800', {}, 'wages');
    between(value(u, 'income.wages'), 1800, 2200);
    expect(value(u, 'income.support')).toBeUndefined();
  });
  it('半年一交, each payment is half a year', () => {
    const u = read('铺面租出去了 半年一交 一次两千五', 'income.amount', '140800', {}, 'property');
    expect(value(u, 'income.property')).toBe(5000);
  });
  it('粤: 半年收一次', () => {
    const u = read('间铺半年收一次租，每次四千', 'income.amount', '441700', {}, 'property');
    expect(value(u, 'income.property')).toBe(8000);
  });
});

describe('income that stopped in a month of this year still came before it', () => {
  it('晋南: 原先一个月两千，今年五月厂子关门了', () => {
    const u = read('原先在厂里一个月两千，今年五月厂子关门了', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(8000);
  });
  it('晋南: support that stopped from a month on', () => {
    const u = read('以前闺女一个月给三百 从九月就不给了', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBe(2400);
  });
  it('粤: 以前月薪五千，今年三月被炒咗，之后打散工', () => {
    const u = read('以前月薪五千，今年三月份被炒咗，之后打散工一个月一千', 'income.amount', '441700', {}, 'wages');
    between(value(u, 'income.wages'), 10000 + 9000, 10000 + 12000);
  });
  it('early in the year, the last twelve months reach back into last year', () => {
    const ctx = { slot: 'income.amount', household: {}, region: '140800', parameters: defaultParameters() } as const;
    const inJuly = understand('原先在厂里一个月两千，今年五月厂子关门了', {
      ...ctx,
      today: '2026-07-10',
      incomeKey: 'wages',
    });
    expect(value(inJuly, 'income.wages')).toBe(2000 * 9);
    const inMay = understand('以前月薪五千，今年五月份被炒咗', {
      ...ctx,
      region: '441700',
      today: '2026-05-20',
      incomeKey: 'wages',
    });
    expect(value(inMay, 'income.wages')).toBe(5000 * 11);
  });
  it('said of long ago with no month of stopping, it is still left out', () => {
    const u = read('原来一个月三千，后来厂子倒了', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBeUndefined();
  });
});

describe('not a cent saved', () => {
  it('粤: 一分钱都冇, with a debt besides', () => {
    const u = read('一分钱都冇，仲欠银行两万', 'deposits', '441700');
    expect(value(u, 'property.deposits')).toBe(0);
    expect(value(u, 'debt')).toBe(20000);
  });
});

describe('months off said with the word for resting first', () => {
  it('晋南: 干一年歇三个月', () => {
    const u = read('一个月三千，干一年歇三个月', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(27000);
  });
});

describe('parents gone, said with 冇咗', () => {
  it('粤: 父母都冇咗 owe no support', () => {
    const u = read('冇，阿爸阿妈都冇咗', 'obligors', '441700');
    expect(u.facts.some((f) => f.path.startsWith('obligors.list'))).toBe(false);
  });
});

describe('money spent on a sudden illness, said as savings gone or money borrowed', () => {
  it('粤: 查出癌，钱都用晒', () => {
    const u = read('阿爸上个月查出肝癌，而家做紧化疗，啲钱都用晒', 'hardship', '441700');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical' });
  });
  it('晋南: 住进ICU，借了好多钱', () => {
    const u = read('孙子突然病了住进ICU，家里借了好多钱', 'hardship', '140800');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical' });
  });
  it('money borrowed with no illness told is no medical spending', () => {
    const u = read('去年盖房借了好多钱', 'hardship', '140800');
    expect(u.facts.some((f) => f.path.startsWith('hardship.expenses'))).toBe(false);
  });
});

describe('a second kind of spending named after one with its sum', () => {
  it('粤: 学费一年八千，仲有老婆食药', () => {
    const u = read('5，个仔读高中，学费一年八千，仲有老婆食药', 'hardship', '441700');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'education', amount: 8000 });
    expect(value(u, 'hardship.expenses[1]')).toEqual({ kind: 'medical' });
  });
  it('晋南: 看病花了两万，娃上学也得花钱', () => {
    const u = read('老汉看病花了两万，娃上学也得花钱', 'hardship', '140800');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical', amount: 20000 });
    expect(value(u, 'hardship.expenses[1]')).toEqual({ kind: 'education' });
  });
});
