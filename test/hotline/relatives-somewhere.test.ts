// Relatives a call summary only says are somewhere (issue 22, round 6): "儿子（45岁）在深圳", "儿子
// 女儿都在运城市区" (even the household's own district: who lives with the family is said with 同住,
// 一起), "有一仔一女，都喺广州" live there, not with the family, and may owe support; a relative in
// the same clause as 同住 or studying there stays a member. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('relatives said only to be somewhere', () => {
  it('the place after the brackets of their age', () => {
    const h = run('来电人（男，75岁）与老伴（73岁）同住。女儿（48岁）在深圳，每月给两百。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.map((o) => [o.relation, o.age])).toEqual([['child', 48]]);
  });

  it("in the household's own district", () => {
    const h = run('盐湖区北城街道居民，女，70岁，与老伴（72岁）同住。两个儿子都在运城市区。');
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('said of the relatives just named: 都喺<place>', () => {
    const h = run('来电人（男，68岁）同老婆住，有一仔一女，都喺佛山。', '441700');
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
  });

  it('living there with the family, or at school there, they stay members', () => {
    expect(run('来电人（女，45岁）与儿子（15岁）一起在运城市区租房住。').members).toHaveLength(2);
    expect(run('来电人（女，45岁），儿子（17岁）在运城上高中。').members).toHaveLength(2);
  });
});
