// Round 24 (issue 22): in a summary, driving for fares or keeping a shop of one's own (跑网约车, 跑出租,
// 开小卖部, 粤 "跑滴滴") is that person's work (employed), while a boat of one's own (出海打鱼), like land,
// is the household's business; "面包车拉货用" is what a van is for, and "病前跑出租" work that was. The texts
// are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe("a trade of one's own as work", () => {
  it('晋南: 跑网约车', () => {
    const h = run('来电人（男，39岁），稷山县居民，跑网约车，一月三千来块，车是贷款买的。');
    expect(h.members?.[0]?.employed).toBe(true);
  });

  it('晋南: 在村里开小卖部', () => {
    const h = run('来电人（男，46岁），万荣县某村，在村里开小卖部，一年落个两万。媳妇种地。');
    expect(h.members?.[0]?.employed).toBe(true);
  });

  it('晋南: 自己跑出租 is work, not rent', () => {
    const h = run('来电人（男，43岁），河津市居民，媳妇在厂里上班，自己跑出租，每月四千上下。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.property).toBeUndefined();
  });

  it('粤: 本人跑滴滴, 老婆冇工作', () => {
    const h = run('来电人（男，44岁），江城区居民，老婆（40岁）冇工作，本人跑滴滴，一个月三千几。', '441702');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBe(false);
  });

  it("粤: 出海打鱼 stays the household's business", () => {
    const h = run('来电人（男，45岁），阳西县渔民，老婆（43岁），自己出海打鱼，一年两万几。', '441721');
    expect(h.members?.[0]?.employed).toBeUndefined();
  });

  it("晋南: 面包车拉货用 is the van's use", () => {
    const h = run('来电人（男，52岁），平陆县某村，有一辆旧面包车拉货用，自己种地一年四五千。');
    expect(h.members?.[0]?.employed).toBeUndefined();
  });

  it('粤: 老公病前跑出租 is work that was', () => {
    const h = run('来电人（女，50岁），阳春市某村，老公（52岁）病前跑出租，而家冇做。', '441781');
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).not.toBe(true);
  });
});
