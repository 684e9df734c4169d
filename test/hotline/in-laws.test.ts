// The spouse's parents in a call summary (issue 22, round 3): living with the family (家里还有公公
// 婆婆, 家婆同佢哋住), they are counted with it as its parents; named only to say they do not help
// (公婆也不管, 家公家婆唔理) they are neither members nor relatives who owe support; and they are
// never the resident's own mother or father. In the chat, answering "who is this to you?", a
// mother-in-law stays 其他亲戚, as the question's list has it. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { understand } from '../../bot/understand/extract.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe("the spouse's parents in a call summary", () => {
  it('living with the family, with their ages: counted as its parents', () => {
    const r = run('来电人（女，40岁）称丈夫（42岁）在村里打零工，家里还有公公婆婆（72岁、70岁）和一个孩子（9岁）。');
    const rel = r.household.members?.map((m) => [m.relation, m.age]);
    expect(rel).toContainEqual(['parent', 72]);
    expect(rel).toContainEqual(['parent', 70]);
    expect(r.household.members).toHaveLength(5);
  });

  it('in Cantonese: 家婆 living with them', () => {
    const r = run('来电人（女，38岁），老公过身咗，佢带住两个仔（12岁、8岁），家婆75岁同佢哋住。', '441700');
    expect(r.household.members?.map((m) => [m.relation, m.age])).toContainEqual(['parent', 75]);
  });

  it('named only to say they do not help: not members, not obligors, no support recorded', () => {
    const r = run('来电人（女，35岁）带着两个孩子（10岁、7岁），丈夫三年前去世，在镇上打工一个月两千，公婆也不管。');
    expect(r.household.members?.some((m) => m.relation === 'parent')).toBe(false);
    expect(r.household.obligors?.list ?? []).toEqual([]);
    const yj = run('来电人（女，36岁）湊住个仔（6岁），喺超市做嘢每月两千，家公家婆喺乡下，唔理佢哋。', '441700');
    expect(yj.household.members?.some((m) => m.relation === 'parent')).toBe(false);
    expect(yj.household.obligors?.list ?? []).toEqual([]);
  });

  it('a mother-in-law is not the mother: both named, both counted', () => {
    const r = run(
      '来电人（男，50岁）与妻子（48岁）同住，家里还有母亲（80岁）和婆婆……不，是妻子的母亲，岳母（76岁）一起住。',
    );
    const parents = r.household.members?.filter((m) => m.relation === 'parent').map((m) => m.age);
    expect(parents).toEqual(expect.arrayContaining([80, 76]));
  });
});

describe('in the chat', () => {
  it('answering "who is this to you?", a mother-in-law is 其他亲戚', () => {
    const u = understand('家婆', {
      slot: 'relations',
      household: { members: [{ relation: 'self', age: 50 }, { age: 78 }] },
      today: '2026-12-05',
      region: '441700',
      parameters,
    });
    expect(u.relationSequence[0]?.rel).toBe('other');
  });
});
