// A count after a relative's own 一家 ("儿子一家三口", 粤 "个仔一家四个人") is that relative's family, not the
// size of the household asked about: they are placed by what the sentence says (living with it or not).
// Money put into a trade and lost ("投进去的十来万都赔了") is a loss, not what the trade earns.
// The texts are our own (issue 22, round 22).
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe("a relative's own family counted", () => {
  it("晋南: the son's family of three living with the old couple are all members", () => {
    const r = run(
      '临猗县某村村民（男，70岁）来电，老伴67岁。儿子一家三口跟俺老两口住一块，儿子在县城跑快递，一月三千五，儿媳在家看孙女（5岁）。问家里能不能吃低保。',
    );
    const h = r.household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse', 'child', 'other', 'grandchild']);
    expect(h.income?.wages).toBe(42000);
    expect(h.obligors?.list ?? []).toEqual([]);
  });

  it('粤: 个仔一家四个人同佢哋住: counted, not cut to four', () => {
    const r = run(
      '来电人（女，68岁），老公70岁。个仔一家四个人同佢哋两老住埋一齐，个仔做保安每月三千，新抱喺屋企湊两个孙（6岁、3岁）。问可唔可以申请低保。',
      '441702',
    );
    expect(r.household.members?.length).toBe(6);
    expect(r.household.members?.[2]?.relation).toBe('child');
  });

  it("the household's own count (一家三口) still sets the size", () => {
    const r = run('来电人（男，40岁）称一家三口，老婆38岁，女儿10岁，自己打零工一月两千。问低保。');
    expect(r.household.members?.length).toBe(3);
  });
});

describe('money lost in a trade', () => {
  it('晋南: 投进去的十来万都赔了 is no business income', () => {
    const r = run(
      '来电人（男，50岁）城镇户口，前几年开了个小超市，今年关了门，“投进去的八万来块都赔了”，现在没收入。婆姨在家。问低保。',
    );
    expect(r.household.income?.business ?? 0).toBe(0);
  });

  it('粤: 掟落去嘅十万蚀晒 is no business income', () => {
    const r = run('来电人（男，48岁）开档卖糖水，今年执咗笠，掟落去嘅十万蚊蚀晒，而家冇收入。问低保。', '441702');
    expect(r.household.income?.business ?? 0).toBe(0);
  });
});
