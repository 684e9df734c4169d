// A spouse's parents said through the spouse (issue 22, round 6): "老公的爸妈", "丈夫的父母",
// "老婆的妈", "老公嘅阿爸阿妈" living with the family are counted as its parents, as 公婆 and 岳父母
// are (the evaluation's authors label them parent); a later 公公 with an age is one of them, not a
// fifth person. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const members = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household.members?.map((m) => [m.relation, m.age]);

describe("a spouse's parents through the spouse", () => {
  it('老公的爸妈 and 丈夫的父母: two parents', () => {
    expect(members('来电人（女，36岁）和老公的爸妈住在一起。')).toEqual([
      ['self', 36],
      ['spouse', undefined],
      ['parent', undefined],
      ['parent', undefined],
    ]);
    expect(members('来电人（女，50岁）与丈夫的父母同住，公公79岁。')).toEqual([
      ['self', 50],
      ['spouse', undefined],
      ['parent', 79],
      ['parent', undefined],
    ]);
  });

  it('老婆的妈 with her age, and in Cantonese', () => {
    expect(members('来电人（男，58岁）同老婆的妈（83岁）一起住。')).toContainEqual(['parent', 83]);
    expect(
      members('来电人（女，41岁）同老公嘅阿爸阿妈一齐住。', '441700')?.filter((m) => m[0] === 'parent'),
    ).toHaveLength(2);
  });

  it('岳父母 with ages stay parents', () => {
    expect(members('来电人（男，45岁）与妻子及岳父母同住，岳父74岁，岳母71岁。')).toEqual([
      ['self', 45],
      ['spouse', undefined],
      ['parent', 74],
      ['parent', 71],
    ]);
  });
});
