// "再没别的收入", "除了养老金再没收入", 粤 "再冇其他收入": nothing besides what was named closes the kinds of income
// not named, as "没有其他收入" does (the round-23 convention). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const facts = (text: string, region = '140800') =>
  new Map(intake({ region, text }, { today: '2026-12-05', parameters }).facts.map((f) => [f.path, f.value]));

describe('nothing else besides what was named', () => {
  it('晋南: 每月养老金一百七，再没别的收入: the pension read, the rest closed', () => {
    const f = facts('芮城县某村村民刘某（女，83岁）来电，老汉殁了多年，一个人过，每月养老金一百七，再没别的收入。');
    expect(f.get('income.basicPension')).toBe(2040);
    expect(f.get('income.wages')).toBe(0);
    expect(f.get('income.business')).toBe(0);
    expect(f.get('income.support')).toBe(0);
  });

  it('晋南: 除了每月一百六的养老金，再没收入: the same', () => {
    const f = facts('村干部来电，反映本村老汉周某（88岁）一个人住，除了每月一百六的养老金，再没收入。');
    expect(f.get('income.basicPension')).toBe(1920);
    expect(f.get('income.wages')).toBe(0);
    expect(f.get('income.property')).toBe(0);
  });

  it('粤: 每月养老金二百，再冇其他收入: the same', () => {
    const f = facts('来电人黄伯（79岁），一个人住，每月养老金二百，再冇其他收入。', '441702');
    expect(f.get('income.basicPension')).toBe(2400);
    expect(f.get('income.wages')).toBe(0);
    expect(f.get('income.business')).toBe(0);
  });

  it('a no said of one person only ("儿子也没收入") closes nothing', () => {
    const f = facts('来电人（女，60岁），和儿子（35岁）一起住，她每月养老金一百五，儿子也没收入。');
    expect(f.has('income.property')).toBe(false);
  });
});
