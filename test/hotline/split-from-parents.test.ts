// "俺和俺爹俺妈早就分家了": households split, said with the caller joined to the parents by 和 — the caller
// lives apart, the parents are the household the call is about (the first of the pair the applicant),
// and the caller's own trade is not theirs. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('split from the parents', () => {
  it('north: 俺和俺爹俺妈前些年就分家了…俺在镇上开修车铺', () => {
    const h = run(
      '来电人：俺和俺爹俺妈前些年就分家了，他俩住老房，俺住新房。俺爹（78岁）腿脚不行，俺妈（74岁）。两个老人一月养老金三百来块。俺在镇上开修车铺，一年挣个五万。想给老人问问低保。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 78],
      ['spouse', 74],
    ]);
    expect(h.income?.business).toBeUndefined();
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('粤: 我同我阿爸阿妈早就分开住', () => {
    const h = run(
      '来电人：我同我阿爸阿妈早就分开住。我阿爸（80岁）中风，阿妈（76岁）。两老每月养老金四百几。',
      '441700',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 80],
      ['spouse', 76],
    ]);
  });
});
