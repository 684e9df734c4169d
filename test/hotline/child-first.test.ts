// A family listed from the caller's child (issue 22, round 6): "来电人之子（15岁）…，其父…，其母…".
// The 其 is the child's, so 其父 and 其母 are the caller and the caller's spouse, and the child is the
// caller's child; which parent is the caller follows the caller's sex when the summary gives it.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { readChildFirst } from '../../bot/hotline/child-first.ts';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const rel = (text: string) => run(text).household.members?.map((m) => [m.relation, m.age]);

describe("a family listed from the caller's child", () => {
  it("其父, 其母 after 来电人之子: the caller and the spouse, the child the caller's", () => {
    expect(rel('来电人之子（16岁）读高一，其父（47岁）跑运输每月两千五，其母（44岁）在家务农。')).toEqual([
      ['self', 47],
      ['child', 16],
      ['spouse', 44],
    ]);
  });

  it('a caller said to be a woman is the mother', () => {
    expect(
      rel('来电人（女）反映：来电人的女儿（11岁）读五年级，其父亲（39岁）去年中风，其母亲（37岁）打零工。'),
    ).toEqual([
      ['self', 37],
      ['child', 11],
      ['spouse', 39],
    ]);
  });

  it('only the mother named: she is the caller', () => {
    expect(rel('来电人儿子（8岁）患先天性心脏病，其母（33岁）无业，靠亲戚接济。')).toEqual([
      ['self', 33],
      ['child', 8],
    ]);
  });

  it('the income goes to the household, once', () => {
    expect(
      run('来电人之子（16岁）读高一，其父（47岁）跑运输每月两千五，其母（44岁）在家务农。').household.income?.wages,
    ).toBe(30000);
  });

  it('keeps every length, so the facts point into the pasted text', () => {
    const text = '来电人之女（12岁）读初一，其父亲（41岁）务工，其母亲（40岁）无业。';
    expect(readChildFirst(text)).toHaveLength(text.length);
    expect(readChildFirst(text)).not.toBe(text);
  });

  it("a call about a parent that later names the caller's son is left as it is", () => {
    const text = '来电人为其母亲咨询，母亲（80岁）独居。来电人儿子（20岁）在外打工。';
    expect(readChildFirst(text)).toBe(text);
  });
});

describe('child first, round 6b', () => {
  const run2 = (text: string) =>
    intake({ region: '140800', text }, { today: '2026-12-05', parameters: defaultParameters() }).household;

  it('其母即来电人 / 其父即来电人 say which parent calls', () => {
    const h = run2(
      '来电人之女（10岁）读四年级，其父（44岁）肝硬化在家休养，其母即来电人赵某（41岁），在超市上班，每月2200元。',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 41, employed: true });
    expect(h.members?.find((m) => m.relation === 'spouse')).toMatchObject({ age: 44 });
    expect(h.members?.some((m) => m.relation === 'parent')).toBe(false);
    const f = run2('来电人之子（30岁）精神二级残疾，其母（60岁）在家照顾，其父即来电人（63岁）种地。');
    expect(f.members?.[0]).toMatchObject({ relation: 'self', age: 63 });
    expect(f.members?.find((m) => m.relation === 'spouse')).toMatchObject({ age: 60 });
  });

  it('a child first with no parent listed after it: the caller is still the subject', () => {
    const h = run2('来电人之子在外地打工，几年没回家，来电人孙某（58岁）一个人在村里住。');
    expect(h.members).toHaveLength(1);
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 58 });
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('其父母即来电人…夫妻: the caller and spouse are the parents', () => {
    const h = run2('来电人之子（9岁）上小学，其父母即来电人周某夫妻二人均在厂里上班。');
    expect(h.members?.map((m) => m.relation).sort()).toEqual(['child', 'self', 'spouse']);
  });
});
