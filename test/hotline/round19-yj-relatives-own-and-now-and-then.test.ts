// Round 19 of call summaries: a status glossed in brackets after "自己家都困难" is the relative's own
// household's, not the applicant's (not after 我: "我自己屋企都困难"); a gift now and then (有时畀几百) is a rough
// year's worth even when a monthly pension was said before it. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441781') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a relative’s own household glossed in brackets', () => {
  it('粤: 自己屋企都难（低收入户） is the son’s status', () => {
    const h = run('黄伯（78岁）独居，有两个仔，一个喺深圳，一个喺镇上，自己屋企都难（低收入户）。');
    expect(h.currentBenefits?.lowIncome).toBeUndefined();
    expect(h.obligors?.list?.some((o) => o.status === 'low_income')).toBe(true);
  });

  it('written Chinese: 自己家也困难（低保户）', () => {
    const h = run('刘某（女，81岁）独居，有两个女儿，一个在广州，一个在本村，自己家也困难（低保户）。', '441704');
    expect(h.currentBenefits?.dibao).toBeUndefined();
    expect(h.obligors?.list?.map((o) => o.status)).toEqual([undefined, 'dibao']);
  });

  it('after 我 it is the caller’s own', () => {
    const h = run('来电人（男，60岁），有个仔喺广州打工。我自己屋企都困难（低收入户）。');
    expect(h.currentBenefits?.lowIncome).toBe(true);
  });
});

describe('a gift now and then after a monthly pension', () => {
  it('is not a monthly gift', () => {
    const h = run('两公婆七十几，养老金每月共四百几。个女嫁咗出去，间中畀几百蚊。');
    const gift = h.income?.support?.[0]?.amount ?? 0;
    expect(gift).toBeGreaterThan(0);
    expect(gift).toBeLessThan(4000);
  });

  it('one said with its own month stays monthly', () => {
    const h = run('两公婆七十几，养老金每月共四百几。个女有时每月畀五百蚊。');
    expect(h.income?.support?.[0]?.amount).toBe(6000);
  });
});
