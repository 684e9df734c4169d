// Figures in the story of an emergency that are not the household's money or people (issue 22, round
// 7): a floor (从四楼摔下来) is neither; a figure by the day right after hospital care (还在ICU，一天
// 五六千) is what the care costs; 开三轮车 is work with a three-wheeler, not a car. And a spouse calling
// about the other (来电人称：丈夫…) is of the household. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('figures in the story', () => {
  it('a floor is not money', () => {
    const h = run('来电人（女，40岁）称丈夫（42岁）上周在工地从四楼摔下来，腿骨折。丈夫平时每月挣三千五。');
    expect(h.income?.wages).toBe(42000);
  });

  it('a day’s cost after hospital care is not income', () => {
    const h = run('来电人（女，45岁）称丈夫（47岁）跑三轮送货时翻了车，现在还在ICU，一天五六千。');
    expect(h.income?.business).toBeUndefined();
    expect(h.income?.wages).toBeUndefined();
    expect(h.hardship?.expenses ?? []).toHaveLength(0);
  });

  it('开三轮车 is not a car', () => {
    const h = run('来电人（男，45岁）平时开三轮车拉货，一个月挣三千左右。');
    expect(h.property?.vehicles).toBeUndefined();
  });

  it('a wife calling about her husband lives with him', () => {
    const h = run('来电人称：老公（51岁）前几天干活时摔伤了腰，来电人在家带孙子（5岁）。');
    expect(h.members?.map((m) => m.relation).sort()).toEqual(['grandchild', 'self', 'spouse']);
  });
});
