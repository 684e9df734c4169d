// A couple's two wages (issue 22, round 6b): "夫妻工资分别4500、2800元/月" and "夫妻二人均上班，一个月
// 5200，一个月3100" are each partner's and add up; both partners work; 夫妻 alone names the couple.
// One earner's two figures ("一个月三千，一个月三千五，不固定") are still one wage said twice.
// An age in brackets after a name with no 岁 ("秦某（39）") is read in any summary. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe("a couple's two wages", () => {
  it('分别 lists each partner’s wage', () => {
    const h = run('秦某家三口，夫妻工资分别4500、2800元/月，孩子上初中。');
    expect(h.income?.wages).toBe((4500 + 2800) * 12);
    expect(h.members?.some((m) => m.relation === 'spouse')).toBe(true);
  });

  it('两人均上班 then one figure each', () => {
    const h = run('来电人之子（8岁）上小学，其父母即来电人秦某夫妻二人均上班，一个月5200，一个月3100元。');
    expect(h.income?.wages).toBe((5200 + 3100) * 12);
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBe(true);
  });

  it('one earner’s two figures are one wage', () => {
    const h = run('来电人（男，40岁），在厂里上班，一个月三千，一个月三千五，不固定。');
    expect(h.income?.wages).toBeLessThanOrEqual(3500 * 12);
  });

  it('夫妻 with a total names both, and an age in brackets is read', () => {
    const h = run('秦某（39）问低保；夫妻工资合计每月7000元。');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 39 });
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.income?.wages).toBe(84000);
  });
});
