// Call summaries, round 23 (issue 22): carrying passengers for fares on one's own vehicle (搭客, 载客) is a
// trade of one's own, business income, as 跑摩的 is. Our own sentences, in both cities' writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters });

describe('passengers for fares', () => {
  it('粤 "开摩托搭客，每月约两千" is business income', () => {
    const r = run('来电人（男，48岁），某村村民，平时开摩托搭客，每月约两千。', '441704');
    expect(r.household.income?.business).toBe(24000);
    expect(r.household.income?.wages).toBeUndefined();
  });

  it('粤 "有架旧车，间中载人搭客" keeps the car and the business', () => {
    const r = run('来电人（男，40岁），有架旧车，间中载人搭客，一个月赚一千五左右。', '441781');
    expect(r.household.property?.vehicles).toBe(1);
    expect(r.household.income?.business).toBe(18000);
  });

  it('晋南 "开三轮载客，一个月一千来块" is the same', () => {
    const r = run('来电人（男，55岁），开三轮载客，一个月一千来块。', '140830');
    expect(r.household.income?.business).toBeGreaterThanOrEqual(12000);
    expect(r.household.income?.business).toBeLessThan(14000);
  });
});
