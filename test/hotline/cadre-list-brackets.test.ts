// A cadre's list of a family whose ages are in brackets (issue 22, round 22c): "本村有一户，父亲（45岁）…母亲
// （43岁）…两个孩子" is read from the couple's side like "父亲45岁"; and "帮佢哋申请", "帮他们办" (help for
// them) names no one person the call is about. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { readFamilyRoles } from '../../bot/hotline/family-roles.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe("a cadre's family list with ages in brackets", () => {
  it('reads 父亲（…岁） and 母亲（…岁） as the head and his wife', () => {
    const t = '村主任来电反映，村里有一户，父亲（50岁）腰摔坏了，母亲（47岁）在家种地，闺女（15岁）念初中。';
    const read = readFamilyRoles(t);
    expect(read).toHaveLength(t.length);
    expect(read).toContain('户主（50岁）');
    expect(read).toContain('其妻（47岁）');
    const { household } = run(t);
    expect(household.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
    expect(household.members?.map((m) => m.age)).toEqual([50, 47, 15]);
  });

  it('in written Cantonese, asking how to help them: the head stays the one the call is about', () => {
    const { household } = run(
      '阳东区某村村干部来电：村里有一户，父亲（48岁）中风瘫咗，母亲（45岁）喺屋企照顾佢，两个细路（11岁、6岁）由阿嫲（72岁）带。问点样帮佢哋申请。',
      '441700',
    );
    expect(household.members?.[0]).toMatchObject({ relation: 'self', age: 48 });
    expect(household.members?.[1]).toMatchObject({ relation: 'spouse', age: 45 });
    expect(household.members?.filter((m) => m.relation === 'child').map((m) => m.age)).toEqual([11, 6]);
  });

  it('a family not introduced by a third party is left alone', () => {
    const t = '来电人（男，30岁）称父亲（62岁）母亲（60岁）都有病。';
    expect(readFamilyRoles(t)).toBe(t);
  });
});
