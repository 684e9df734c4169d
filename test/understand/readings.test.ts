// The misreadings measured on colloquial residents (issue 21), each as it was said, and the words
// of both cities: what the reader must make of them. Own examples, not items of the blind sets.
import { describe, expect, it } from 'vitest';
import { applyFacts } from '../../bot/understand/apply.ts';
import { type Context, understand } from '../../bot/understand/extract.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const read = (text: string, slot: Context['slot'], more: Partial<Context> = {}, region = '140800') => {
  const u = understand(text, { slot, household: {}, today: '2026-12-05', region, parameters, ...more });
  return {
    u,
    facts: Object.fromEntries(u.facts.map((f) => [f.path, f])),
    household: applyFacts(
      {},
      u.facts.filter((f) => f.path !== 'region' && f.path !== 'debt'),
    ),
  };
};
const value = (text: string, slot: Context['slot'], path: string, more: Partial<Context> = {}, region?: string) =>
  read(text, slot, more, region).facts[path]?.value;

describe('amounts as people say them', () => {
  it('两个人每月一百三: a couple’s pension is 2 × 130 a month, not 2 yuan', () => {
    expect(value('俺两个人每人每月一百三', 'basicPension', 'income.basicPension')).toBe(3120);
    expect(value('两个人一共每月二百六', 'basicPension', 'income.basicPension')).toBe(3120);
  });

  it('十来万 is a range around 100,000 (its middle used), not 10; 好几千 is thousands, 几百 hundreds', () => {
    const big = read('存了十来万', 'deposits').facts['property.deposits']!;
    expect(big.range![0]).toBeGreaterThanOrEqual(80_000);
    expect(big.range![1]).toBeLessThanOrEqual(200_000);
    expect(big.value as number).toBeGreaterThanOrEqual(100_000);
    expect(big.hedged).toBe(true);
    expect(read('好几千', 'deposits').facts['property.deposits']!.value as number).toBeGreaterThanOrEqual(3000);
    expect(read('就几百块', 'deposits').facts['property.deposits']!.value as number).toBeGreaterThanOrEqual(200);
  });

  it('a yearly figure said with a monthly one is kept as the year’s', () => {
    expect(value('一个月一千五，一年也就一万五', 'income.amount', 'income.wages', { incomeKey: 'wages' })).toBe(15000);
  });

  it('a debt is not savings', () => {
    const r = read('没存款，还欠亲戚三万', 'deposits');
    expect(r.facts['property.deposits']?.value).toBe(0);
    expect(r.facts['debt']?.value).toBe(30000);
  });
});

describe('property and events', () => {
  it('renting is no house; "没有车，但是城里还有一套房" is one house and no car', () => {
    expect(value('租房子住', 'property', 'property.houses')).toBe(0);
    const r = read('没有车，但是城里还有一套房', 'property');
    expect(r.facts['property.vehicles']?.value).toBe(0);
    expect(r.facts['property.houses']?.value).toBe(1);
  });

  it('a fall at home is an accident, not a traffic accident', () => {
    expect(value('老汉在家里摔倒了，腿骨折了', 'hardship', 'hardship.events[0].kind')).toBe('accident');
  });
});

describe('family words of both cities', () => {
  it('媳妇 is the wife in 运城, counted in the household', () => {
    const r = read('俺跟媳妇两个，俺六十五，媳妇六十二', 'members');
    expect(r.household.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 65],
      ['spouse', 62],
    ]);
  });

  it('老汉 is the husband in 晋南 speech', () => {
    const r = read('俺跟老汉两个人过', 'members');
    expect(r.household.members?.[1]?.relation).toBe('spouse');
  });

  it('阳江: 佢, 冇, 个仔, 屋企 and 嫁咗 read as residents mean them', () => {
    const r = read('屋企得我同老公两个，我六十佢六十二，个女嫁咗去广州', 'members', {}, '441700');
    expect(r.household.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 60],
      ['spouse', 62],
    ]);
    expect(r.facts['obligors.list[0].relation']?.value).toBe('child');
    expect(read('冇', 'disability', {}, '441700').u.yes).toBe(false);
    expect(read('係，有', 'disability', {}, '441700').u.yes).toBe(true);
  });

  it('a name said in a request is not stored with 我叫', () => {
    // The request flow stores names; the reader never makes "我叫" a fact of the household.
    expect(read('我叫王秀英', 'opening').u.facts).toEqual([]);
  });
});
