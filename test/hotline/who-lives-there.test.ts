// Who lives in the household a summary describes (issue 22, round 7). 一个人 is living alone only when
// it says so: "全家就靠他一个人" is the one the family relies on and "我一个人点带两个细路" is raising them
// alone. Living together said of someone in a later clause ("个女在市区上班，同佢哋住", "（30岁，做
// 保安，住屋企）") keeps them in the household, and their work is then the household's work. A school
// finished (大学毕业) is not schooling now, and someone taken ill at work (干活时突发脑梗) is not
// working now. A grown child with a household of their own (自己家也…, 另过, 有自己一家子) lives apart,
// and what is said of that household is theirs; the relative whose home the family stays in (暂住父母家)
// is not a member; 早不在了 is a death; 前夫 in a clause is the one apart, not whoever else it names. The
// texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('who lives there', () => {
  it('the one the family relies on does not live alone', () => {
    const h = run('村民王某（男，47岁）带两个孩子（15岁、11岁）生活，妻子去年病故，全家就靠他一个人打零工。');
    expect(h.members).toHaveLength(3);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('asking how to raise the children alone is not living alone', () => {
    const h = run('来电人（女，35岁）话“我一个人点带两个细路”，两个女7岁同4岁。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child', 'child']);
  });

  it('living together said after the work keeps the worker and the wage at home', () => {
    const h = run('来电人（女，58岁），老公瘫痪在床。个女喺市区超市返工每月两千八，同佢哋住。', '441700');
    expect(h.members?.[2]).toMatchObject({ relation: 'child', employed: true });
    expect(h.income?.wages).toBe(33600);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('住屋企 in the brackets after a son', () => {
    const h = run('来电人（男，60岁），同老婆（57岁）、个仔（28岁，喺市区做保安每月三千，住屋企）一齐住。', '441700');
    expect(h.members).toHaveLength(3);
    expect(h.members?.[2]?.employed).toBe(true);
  });

  it('a school finished is not schooling now', () => {
    const h = run('来电人（女，50岁），儿子大学毕业在县城上班，跟他们住。');
    expect(h.members?.[1]?.student).toBeUndefined();
    expect(h.members?.[1]?.employed).toBe(true);
  });

  it('taken ill at work is not working now', () => {
    const h = run('来电人（女，45岁）称丈夫（48岁）上周在工地干活时突发脑梗，现在住院。');
    expect(h.members?.[1]?.employed).toBeUndefined();
  });

  it('a grown child with a household of their own lives apart', () => {
    const h = run('某村，老两口80岁、78岁，自己一个院住。大儿子55岁，自己家也吃着低保。二儿子在本村另过。');
    expect(h.members).toHaveLength(2);
    expect(h.currentBenefits?.dibao).toBeUndefined();
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 55, status: 'dibao' });
    expect(h.obligors?.list).toHaveLength(2);
  });

  it('the relatives whose home the family stays in are not members', () => {
    const h = run('来电人（男，41岁）家里失火，一家三口暂住岳父家，妻子39岁，儿子10岁。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child']);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('早不在了 is a death', () => {
    const h = run('某村，男，60岁，没成过家，父母早不在了，一个人过。');
    expect(h.members).toHaveLength(1);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });

  it('前夫 is the one apart, not the daughter the clause is about', () => {
    const h = run('来电人：俺们是母女俩，俺六十二，闺女三十五，离婚了回来住。闺女有个闺女跟了前夫。');
    expect(h.members?.slice(0, 2).map((m) => m.relation)).toEqual(['self', 'child']);
    expect(h.members?.[1]?.age).toBe(35);
  });
});
