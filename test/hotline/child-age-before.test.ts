// A child's age said before the word for the child in a summary (issue 22, round 6): "带着3岁女儿",
// "湊个4岁仔" give the child that age, not the mother; "一个人湊个仔" is raising the child alone, not
// living alone with the child elsewhere; "一名湖南籍女子" is the woman the order is about (not 晋南's
// 女子, a daughter). An age before a word with an age of its own stays where it was. Texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const members = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household.members?.map((m) => [m.relation, m.age]);

describe("a child's age before the child", () => {
  it('带着6岁儿子, 带住5岁女', () => {
    expect(members('一名女子，27岁，带着6岁儿子从家里跑出来，身上没钱。')).toEqual([
      ['self', 27],
      ['child', 6],
    ]);
    expect(members('来电人（女，31岁）带住5岁女，喺工厂返工。', '441700')).toEqual([
      ['self', 31],
      ['child', 5],
    ]);
  });

  it('一个人湊个仔: raising the child alone, the child a member', () => {
    expect(members('来电人（男，36岁）离咗婚，一个人湊个3岁仔。', '441700')).toEqual([
      ['self', 36],
      ['child', 3],
    ]);
  });

  it('一名广西籍女子 is the person the order is about', () => {
    expect(members('派出所转来：一名广西籍女子（26岁）带着2岁女儿，身上冇钱。', '441700')).toEqual([
      ['self', 26],
      ['child', 2],
    ]);
  });

  it('an age followed by a word with its own age stays with the one before', () => {
    expect(members('来电人（男，50岁），老伴48岁儿子20岁，一家三口。')).toEqual([
      ['self', 50],
      ['spouse', 48],
      ['child', 20],
    ]);
  });
});
