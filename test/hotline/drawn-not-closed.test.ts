// "别的啥收入都没有" after money drawn from the state is named with no figure ("领基础养老金，还有个高龄补贴", 粤 "有
// 养老金同高龄津贴"): the pension is had, so the no closes only the other kinds — never a pension of 0 for one
// said to draw it. (高龄补贴 is not counted as income at all.) The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const facts = (text: string, region = '140800') =>
  new Map(intake({ region, text }, { today: '2026-12-05', parameters }).facts.map((f) => [f.path, f.value]));

describe('money drawn, with no figure, before "no other income"', () => {
  it('晋南: 领基础养老金，还有个高龄补贴，别的啥收入都没有: those left open, the rest closed', () => {
    const f = facts('来电人为邻居，反映村民赵某（女，84岁）独居，领基础养老金，还有个高龄补贴，别的啥收入都没有。');
    expect(f.has('income.basicPension')).toBe(false);
    expect(f.get('income.wages')).toBe(0);
    expect(f.get('income.business')).toBe(0);
  });

  it('粤: 有养老金同高龄津贴，冇其他收入: the same', () => {
    const f = facts('来电人陈伯，86岁，一个人住，有养老金同高龄津贴，冇其他收入。', '441702');
    expect(f.has('income.basicPension')).toBe(false);
    expect(f.has('income.pensions')).toBe(false);
    expect(f.get('income.wages')).toBe(0);
  });

  it('with the figure said, the pension is read and the rest closed', () => {
    const f = facts('来电人（男，79岁），村民，一个人过，每月基础养老金一百六，无其他收入。');
    expect(f.get('income.basicPension')).toBe(1920);
    expect(f.get('income.wages')).toBe(0);
    expect(f.get('income.otherTransfers')).toBe(0);
  });
});
