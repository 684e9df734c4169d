// A family reported by a cadre, a grid worker or a neighbour and listed by its own roles (issue 22,
// round 5): "老汉64，老婆子60，儿子35岁" and "父亲48岁…母亲46岁…女儿20岁" are the couple and their
// child, none of them the caller; a caller listing their own family, or a family listed from the
// child first, is left as it was. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readFamilyRoles } from '../../bot/hotline/family-roles.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });
const members = (text: string) => run(text).household.members?.map((m) => [m.relation, m.age]);

describe("a third party's list of a family by its roles", () => {
  it('老汉 and 老婆子 with ages: the couple, their son a member', () => {
    expect(members('村主任来电反映：村里赵家三口，老汉70，老婆子67，儿子40岁精神残疾。')).toEqual([
      ['self', 70],
      ['spouse', 67],
      ['child', 40],
    ]);
  });

  it('父亲 and 母亲 with ages in a grid worker’s call: the couple, the daughter their child', () => {
    const r = run('网格员来电：辖区居民孙某一家，父亲52岁，尿毒症，母亲50岁打零工，女儿17岁上高中。');
    expect(r.household.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 52],
      ['spouse', 50],
      ['child', 17],
    ]);
    expect(r.household.members?.[0]?.seriousIllness).toBe(true);
    // The words shown for each fact are the agent's own text, not the reading's stand-ins.
    expect(r.facts.some((f) => f.words.includes('户主'))).toBe(false);
  });

  it('the caller telling of their own parents is untouched', () => {
    const text = '来电人（女，30岁）称一家三口，父亲58岁，母亲55岁，都在家种地。';
    expect(readFamilyRoles(text)).toBe(text);
  });

  it('a family listed from the child first is about the child', () => {
    const text = '社工来电：服务对象小周一家三口，儿子9岁患白血病，爸爸38岁打工，妈妈36岁陪护。';
    expect(readFamilyRoles(text)).toBe(text);
  });
});
