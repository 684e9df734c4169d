// A caller titled 诉求人 (or 求助人), named again after the call turned to a parent, is the caller, not the
// parent: their age and work are theirs. Children someone else has of their own ("自己也有两个娃",
// 粤 "我自己都有两个细路要养") said after that person are that person's family, not members of the
// household the call is about. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the caller by title, and their own children', () => {
  it('诉求人 named again is the caller, an obligor with their age', () => {
    const h = run('夏县某镇来电，诉求人替其母求助。母亲（70岁）一个人在家。诉求人（41岁）在西安打工，月工资四千左右。');
    expect(h.members?.[0]).toMatchObject({ relation: 'self', age: 70 });
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.income?.wages).toBeUndefined();
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 41 });
  });

  it('晋南: the caller’s own two kids are not the mother’s household', () => {
    const h = run('来电人替其母咨询。母亲（68岁）独自在家。来电人（40岁）在运城上班，自己也有两个娃要养。');
    expect(h.members?.length).toBe(1);
  });

  it('粤: 我自己都有两个细路要养, in a call for the parents', () => {
    const h = run(
      '来电人为其父母来电，父亲70岁中风，母亲66岁照顾佢，两老每人每月养老金200蚊。“我自己都有两个细路要养”。',
      '441781',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });

  it('a son elsewhere with kids of his own: the kids are not members', () => {
    const h = run('来电人（男，72岁）与老伴二人生活。儿子在县城打工，自己也有三个娃，一年给两千。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });

  it('the caller’s own children stay hers', () => {
    const h = run('来电人女，38岁，丈夫去年病故，自己有两个娃，大的上小学。');
    expect(h.members?.filter((m) => m.relation === 'child').length).toBe(2);
  });
});
