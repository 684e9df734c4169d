// A wife and children someone else has of their own, said together ("自己也有媳妇娃要养", 粤 "我自己都有老婆仔要养"):
// that person's family, not the household the call is about, as "自己有两个娃要养" already was. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe("someone else's own wife and children", () => {
  it('粤: 来电人在外打工，“我自己都有老婆仔要养”: the mother and brother only', () => {
    const h = run(
      '来电人（男，36岁），喺东莞打工。反映阿妈（66岁）同细佬（33岁，精神二级残疾）一齐住。来电人每月寄800元返屋企，“我自己都有老婆仔要养”。',
      '441700',
    ).household;
    expect(h.members?.length).toBe(2);
    expect(h.members?.some((m) => m.relation === 'spouse')).toBe(false);
  });

  it('晋南: 儿子在城里打工，自己也有媳妇娃要养: the old couple only', () => {
    const h = run(
      '来电人（男，70岁），跟老伴（68岁）两个过。儿子在城里打工，自己也有媳妇娃要养，一年给两千块。',
    ).household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });

  it('晋南: 家里有媳妇娃 said of the caller is still the household', () => {
    const h = run('来电人（男，40岁），家里有媳妇（38岁）、娃（10岁），媳妇在家种地。').household;
    expect(h.members?.length).toBe(3);
  });
});
