// 自己也是 after a relative (issue 22, round 22c): "闺女嫁到县城，自己也是低保户", 粤 "个女嫁咗去阳江，自己都系
// 低收入户" — 自己 is the relative just named, so the status is that relative's own household's (they owe
// support but are poor themselves), not the status of the household the call is about. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('自己也是 said of the relative named last', () => {
  it('a daughter married out who is on dibao herself', () => {
    const { household } = run(
      '万荣县某村村民李某（女，78岁）一个人过，老汉早没了，就一个闺女嫁到县城，自己也是低保户，顾不上她。',
    );
    expect(household.currentBenefits?.dibao).toBeUndefined();
    expect(household.obligors?.list?.[0]).toMatchObject({ relation: 'child', status: 'dibao' });
  });

  it('in written Cantonese: 自己都系低收入户', () => {
    const { household } = run(
      '阳春市某村村民黄某（男，80岁）自己一个住，老婆过咗身，有个女嫁咗去阳江，自己都系低收入户，好少返嚟。',
      '441700',
    );
    expect(household.currentBenefits?.lowIncome).toBeUndefined();
    expect(household.obligors?.list?.[0]).toMatchObject({ relation: 'child', status: 'low_income' });
  });

  it('the subject saying it of themself keeps it', () => {
    const { household } = run('来电人王某（男，66岁）称，自己也是低保户，老伴（63岁）有病。');
    expect(household.currentBenefits?.dibao).toBe(true);
  });
});
