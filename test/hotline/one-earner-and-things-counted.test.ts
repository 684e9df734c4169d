// Counts that are not the household (round 17): "家里就俺一个劳力" is the one able to work, not a home of
// one; "一个门面" counts a thing owned. And trades named by what is minded or hauled ("在小区门口看车",
// "跑货运") are work for pay, not a car owned. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('counts that are not the household', () => {
  it('就俺一个劳力: the one worker, the wife and children still at home', () => {
    const h = run('万荣县村民（男，39岁）12月3日摔伤了腰，"屋里就俺一个劳力"。老婆在家看两个娃。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'child']);
  });

  it('一个门面 counts a shop, not a household of one', () => {
    const h = run('居民（女，45岁），丈夫开出租月入四千，一个闺女上高中。有一套房，一个门面租给别人了。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
    expect(h.property?.commercialProperty).toBe(true);
  });
});

describe('trades named by what is minded or hauled', () => {
  it('看车 at a gate is a job with its pay', () => {
    const h = run('城镇居民，男，63岁，一个人过，在菜市场门口给人看车，一个月一千。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(12000);
    expect(h.property?.vehicles).toBeUndefined();
  });

  it('跑货运 is work, the monthly figure wages', () => {
    const h = run('居民（女，38岁），丈夫跑货运，一个月挣四千上下，本人在家照看老人。');
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBe(true);
    expect(h.income?.wages).toBe(48000);
  });
});
