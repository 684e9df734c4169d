// A call made for the caller's brother or sister: the household is the sibling's, so the caller's
// 嫂子 or 弟媳 is the sibling's spouse and the caller's 侄子, 外甥 their children; a caller who lives
// with them is the subject's sibling, not a stranger. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a call for a sibling', () => {
  it("the caller's sister-in-law and nephews are the brother's wife and children", () => {
    const h = run(
      '来电人替其哥哥咨询：哥哥（52岁）上月在砖厂干活时砸伤了腰，躺在床上动不了。嫂子（50岁）在家种地，侄子（17岁）上高二，侄女（12岁）上初一。来电人问哥哥家能不能申请临时救助。',
    );
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 52],
      ['spouse', 50],
      ['child', 17],
      ['child', 12],
    ]);
  });

  it('粤: a sister-in-law and a nephew named from the caller’s side', () => {
    const h = run(
      '来电人代佢大佬咨询：大佬（45岁）出海打鱼整亲只脚，做唔到嘢。阿嫂（43岁）喺屋企，侄仔（14岁）读初二。问可唔可以申请救助。',
      '441721',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
  });

  it('a caller who lives with the younger sister she calls for is her sibling', () => {
    const h = run(
      '来电人（女，64岁）替妹妹咨询。妹妹59岁，从小听力残疾，一直没嫁人，跟着来电人一家过。问妹妹能不能办特困。',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 59 });
    expect(h.members?.find((m) => m.age === 64)?.relation).toBe('sibling');
  });
});
