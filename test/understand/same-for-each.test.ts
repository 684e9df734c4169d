// Amounts as people say them (issue 21, round 4): "两个人一样" after an amount makes it each person's;
// "一人畀三百" after naming two sons is 600 a month; two round figures with the same unit are a range
// (三万五万, 十万八万, 三千五千); "今年…总共" is the year's total. Our own examples, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';
import { understand } from '../../bot/understand/extract.ts';
import { readNumber } from '../../bot/understand/numbers.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();

describe('the same for each of them', () => {
  it('an amount, then "the two of us the same"', () => {
    expect(value(read('每月一百六，俺两口子都一样', 'basicPension'), 'income.basicPension')).toBe(3840);
    expect(value(read('一个月二百蚊，两个人一样', 'basicPension', '441700'), 'income.basicPension')).toBe(4800);
  });
  it('"跟没有一样" names no one counted: not per person', () => {
    const u = read('一个月给一百，跟没有一样', 'income.amount', '140800', {
      members: [{ relation: 'self' }, { relation: 'spouse' }],
    });
    expect(value(u, 'income.support')).toBe(1200);
  });
  it('each of the relatives named before', () => {
    const u = read('两个闺女都嫁到外村了，一人一个月给二百', 'obligors');
    expect(value(u, 'income.support')).toBe(4800);
    const v = read('大女喺广州，细女喺佛山，每个月一人畀五百', 'obligors', '441700');
    expect(value(v, 'income.support')).toBe(12000);
  });
});

describe('two round figures, one range', () => {
  it.each([
    ['三万五万', 30000, 50000],
    ['十万八万', 80000, 100000],
    ['两千三千', 2000, 3000],
  ])('%s', (text, lo, hi) => {
    const n = readNumber(text, 0)!;
    expect([n.lo, n.hi, n.approx]).toEqual([lo, hi, true]);
  });
  it('exact figures are untouched', () => {
    expect(readNumber('三万五千', 0)!.value).toBe(35000);
    expect(readNumber('两万三', 0)!.value).toBe(23000);
  });
});

describe("this year's total", () => {
  it('is a year, whatever the question asked per month', () => {
    const u = read('今年就干了四个月，总共挣了八千', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(8000);
  });
});

describe('money now and then, and money made so far', () => {
  const readKey = (text: string, incomeKey: 'support' | 'business' | 'wages', region = '140800') =>
    understand(text, { slot: 'income.amount', household: {}, today: '2026-12-05', region, parameters, incomeKey });
  it('"偶尔给个几百" is a wide yearly range, hedged', () => {
    const f = readKey('闺女偶尔给个几百块', 'support').facts.find((x) => x.path === 'income.support')!;
    expect(f.hedged).toBe(true);
    expect(f.range![0]).toBeLessThanOrEqual(300);
    expect(f.range![1]).toBeGreaterThanOrEqual(2000);
  });
  it('with 说不准 before it, unknown', () => {
    const u = readKey('唔知，有时畀几百', 'support', '441700');
    expect(u.facts.some((x) => x.path === 'income.support')).toBe(false);
    expect(u.idk).toBe(true);
  });
  it('"卖了七八千", "挣了一万二" with no period are the year so far', () => {
    expect(
      readKey('喂了几头猪，卖了也就一万来块', 'business').facts.find((x) => x.path === 'income.business')?.value,
    ).toBeLessThan(20000);
    expect(readKey('今年出去干了四个月，挣了一万二', 'wages').facts.find((x) => x.path === 'income.wages')?.value).toBe(
      12000,
    );
    expect(readKey('一个月挣了两千', 'wages').facts.find((x) => x.path === 'income.wages')?.value).toBe(24000);
  });
});
