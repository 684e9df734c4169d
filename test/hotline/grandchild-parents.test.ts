// A grandparent raising a grandchild, written from the child's side (issue 22, round 6b): the
// grandchild's 父亲（来电人之子） is the caller's son, who owes support unless dead, and 母亲 the
// daughter-in-law, who is not the caller's mother and owes the caller none; a grandchild named first
// (来电人之孙女（8岁）…现由来电人…抚养) leaves the caller the subject. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readGrandchildParents } from '../../bot/hotline/grandchild-parents.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe("a grandchild's parents", () => {
  it('a son working away who sends little, a mother gone: the son owes support, no parents', () => {
    const h = run(
      '来电人（女，70岁），与外孙女（9岁，读小学）一起过；孩子父母早年离婚，父亲（来电人之子）在深圳打工，基本不寄钱，母亲下落不明。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'grandchild']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('a son who died and a mother who remarried: no one owes support', () => {
    const h = run(
      '诉求人：王某（男，71）；家庭情况：祖孙二人，孙子10岁在读；孩子父母：孩子父亲（来电人之子）去年车祸去世，母亲再婚后不管孩子；',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'grandchild']);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('a grandchild named first: the caller is the subject', () => {
    const h = run(
      '来电人之孙女（8岁）上二年级，孩子父亲（来电人之子）服刑中，母亲出走。现由来电人李某（69岁）一人带着，每月养老金150元。',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 69 });
    expect(h.members?.[1]).toMatchObject({ relation: 'grandchild', age: 8 });
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', imprisoned: true });
  });

  it('keeps every length, and leaves a summary with no grandchild alone', () => {
    const t = '来电人（男，66岁）与孙子同住，孩子父亲（来电人之子）在外地，母亲改嫁。';
    expect(readGrandchildParents(t)).toHaveLength(t.length);
    const none = '来电人（女，40岁）称父亲（78岁）卧床，母亲改嫁多年。';
    expect(readGrandchildParents(none)).toBe(none);
  });
});
