// 晋南 "老公公" and "老婆婆" are the husband's father and mother, not 老公 (husband) or 老婆 (wife):
// living with the family they are counted as its parents. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string) => intake({ region: '140800', text }, { today: '2026-12-05', parameters }).household;

describe('老公公, 老婆婆', () => {
  it('a father-in-law who moved in is a parent, not a husband', () => {
    const h = run('来电人（女，47岁）说老公公今年83了，腿脚不行，去年搬来跟她家一起过。问老人能不能吃低保。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 47],
      ['parent', 83],
    ]);
  });

  it('a husband and a mother-in-law side by side', () => {
    const h = run('来电人（女，55岁），男人（57岁）在砖厂干活，老婆婆（80岁）跟着俺们住。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 55],
      ['spouse', 57],
      ['parent', 80],
    ]);
  });
});
