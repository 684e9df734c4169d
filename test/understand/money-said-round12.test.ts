// Money and situations, round 12: the general ways of stating money and what befell a family that the
// twelfth blind round showed the reader missing. Our own sentences, not the blind sets', in both
// cities' ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import { letToOthers } from '../../bot/understand/let-to-others.ts';
import { runAnswer } from '../eval/answers-eval.ts';
import { read, value } from '../support/understanding.ts';

const fact = (u: ReturnType<typeof read>, path: string) => u.facts.find((f) => f.path === path);

describe('what came to hand in the end, and the months worked, said after a day rate', () => {
  it('晋南: 落个 then a sum is the year, over a day rate and the months of work', () => {
    const u = read('在砖厂一天一百五 一年能干个五六个月 落个两万来块', 'income.amount', '140800', {}, 'wages');
    const v = value(u, 'income.wages') as number;
    expect(v).toBeGreaterThanOrEqual(18000);
    expect(v).toBeLessThanOrEqual(25000);
    expect(fact(u, 'income.wages')?.range).toBeDefined();
  });
  it('a day rate and the months worked said with 个 (干个六个月): the days of those months only', () => {
    const u = read('砖厂一天一百 一年干个六个月', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(100 * 20 * 6);
  });
  it('粤: a whole said of this year after a figure per season is the year', () => {
    const u = read(
      '养蚝一年两季 好嘅时候一季七八千 今年唔好 总共得五千左右',
      'income.amount',
      '441700',
      {},
      'business',
    );
    const v = value(u, 'income.business') as number;
    expect(v).toBeGreaterThanOrEqual(4500);
    expect(v).toBeLessThanOrEqual(5500);
  });
  it('晋南: the same, this year in all after a season', () => {
    const u = read('卖桃一季五六千 今年遭了冰雹 一共卖了三千', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(3000);
  });
});

describe('what insurance paid back, said after the whole spent, is taken off it', () => {
  it('晋南: 一共 then 合疗报了', () => {
    const u = read('住院一共花了八万 合疗报了五万', 'hardship.expense', '140800');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical', amount: 30000 });
  });
  it('粤: 总共 then 医保报咗', () => {
    const u = read('总共使咗六万 医保报咗两万', 'hardship.expense', '441700');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical', amount: 40000 });
  });
});

describe('something let to others, the thing said between the verb and "to others", brings rent', () => {
  it('粤: land let for others to farm', () => {
    const u = read('租咗啲田畀人种 一年一千五', 'income.amount', '441700', {}, 'property');
    expect(value(u, 'income.property')).toBe(1500);
    expect(value(u, 'income.support')).toBeUndefined();
  });
  it('晋南: the same with 给人', () => {
    const u = read('租了三亩地给人种 一年九百', 'income.amount', '140800', {}, 'property');
    expect(value(u, 'income.property')).toBe(900);
  });
  it('rent paid, or renting to go out to work, lets nothing', () => {
    expect(letToOthers('每月交租金给人家')).toBe(false);
    expect(letToOthers('在城里租个房子出去打工')).toBe(false);
    expect(letToOthers('租咗间房畀人住')).toBe(true);
  });
});

describe('several givers, each from a household of their own, give the sum each', () => {
  it('晋南: 两个闺女一家一年给六百', () => {
    const u = read('两个闺女一家一年给六百', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBe(1200);
  });
  it('粤: 三个仔每家每月畀两百', () => {
    const u = read('三个仔每家每月畀两百', 'income.amount', '441700', {}, 'support');
    expect(value(u, 'income.support')).toBe(7200);
  });
  it('the household of one person is no "each" (一家 after a single giver)', () => {
    const u = read('闺女一家一年给六百', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBe(600);
  });
});

describe('the 户口 not known now: the reform name after a change, or only the kind of before', () => {
  it('晋南: not remembered, then changed to the reform name: left unread', () => {
    const u = read('不记得了 听说早几年都改成居民户口了', 'hukou', '140800');
    expect(value(u, 'hukou')).toBeUndefined();
  });
  it('粤: not known, only the kind of before and a change: left unread', () => {
    const u = read('唔知 以前系城镇户口 后尾迁过', 'hukou', '441700');
    expect(value(u, 'hukou')).toBeUndefined();
  });
  it('a kind said plainly, with no 不知道, still holds', () => {
    expect(value(read('农村户口', 'hukou', '140800'), 'hukou')).toBe('rural');
  });
});

describe("after one's own 户口 kind, a place after 在 is where one lives", () => {
  it('晋南: from the village, renting in town', () => {
    expect(value(read('俺是农村的 现在在城里打工', 'hukou', '140800'), 'hukou')).toBe('rural');
  });
  it('粤: the same with 喺', () => {
    expect(value(read('我哋系乡下嘅 而家喺城里租屋住', 'hukou', '441700'), 'hukou')).toBe('rural');
  });
});

describe('a thing right after have-or-not is asked about, not had', () => {
  it('粤: 有冇车 in a why-question', () => {
    const u = read('做乜要问有冇车', 'property', '441700');
    expect(value(u, 'property.vehicles')).toBeUndefined();
  });
  it('晋南: 有没有车 the same', () => {
    const u = read('问有没有车弄啥', 'property', '140800');
    expect(value(u, 'property.vehicles')).toBeUndefined();
  });
});

describe('a business had before and then closed is not had now', () => {
  it('粤: registered before, cancelled last year', () => {
    const u = read('以前有个体户执照 旧年注销咗', 'property', '441700');
    expect(value(u, 'property.registeredBusiness')).toBe(false);
  });
  it('晋南: a shop run before, closed', () => {
    const u = read('原来开过个个体户 前年关了', 'property', '140800');
    expect(value(u, 'property.registeredBusiness')).toBe(false);
  });
});

describe("a survivor's allowance is pension-type income, never the basic pension", () => {
  it('晋南: named in the clause before a small monthly sum', () => {
    const u = read('老伴走了以后领的遗属生活补助 一个月四百', 'income.amount', '140800', {}, 'pensions');
    expect(value(u, 'income.pensions')).toBe(4800);
    expect(value(u, 'income.basicPension')).toBeUndefined();
  });
  it('粤: the same', () => {
    const u = read('老公过身之后攞遗属补贴 每个月五百', 'income.amount', '441700', {}, 'pensions');
    expect(value(u, 'income.pensions')).toBe(6000);
  });
});

describe('not yet old enough to draw the basic pension is none', () => {
  it('晋南: 还没到领的时候', () => {
    const u = runAnswer({ id: 't', city: '140800', kind: 'basicPension', say: '还没到领的时候 一直在交', facts: {} });
    expect(u?.understood).toBe(true);
    expect(u?.scored.extra).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'income.basicPension', got: 0 })]),
    );
  });
  it('粤: 未到攞嘅年纪', () => {
    const u = runAnswer({ id: 't', city: '441700', kind: 'basicPension', say: '我未到攞嘅年纪', facts: {} });
    expect(u?.understood).toBe(true);
    expect(u?.scored.extra).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'income.basicPension', got: 0 })]),
    );
  });
});

describe('a no leaned to after not knowing is the answer; not knowing alone stays unknown', () => {
  it('晋南: 不清楚，应该不是', () => {
    const u = runAnswer({ id: 't', city: '140800', kind: 'supportPayer', say: '不清楚他们是不是 应该不是', facts: {} });
    expect(u?.scored.extra).toEqual([expect.objectContaining({ path: 'income.supportPayerStatus', got: 'none' })]);
  });
  it('粤: 唔知，估计唔系', () => {
    const u = runAnswer({ id: 't', city: '441700', kind: 'supportPayer', say: '唔知喎 估计唔系', facts: {} });
    expect(u?.scored.extra).toEqual([expect.objectContaining({ path: 'income.supportPayerStatus', got: 'none' })]);
  });
  it('not knowing whether they were granted it is no answer', () => {
    const u = runAnswer({ id: 't', city: '140800', kind: 'supportPayer', say: '不知道人家评上没', facts: {} });
    expect(u?.scored.extra).toEqual([]);
  });
});

describe('half a month ago, said with 以前', () => {
  it('is fifteen days back', () => {
    const u = runAnswer({ id: 't', city: '140800', kind: 'hardship.when', say: '半个月以前', facts: {} });
    expect(u?.understood).toBe(true);
    expect(u?.scored.extra).toEqual([expect.objectContaining({ path: 'hardship.events[0].date', got: '2026-11-20' })]);
  });
});

describe('what is left at the end of a long answer, after a cost, is the year’s income', () => {
  it('晋南: this year named early, sales, a cost, then 落个', () => {
    const u = read(
      '今年枣树遭了虫，卖了不到六千块，农药化肥又花了两千多，算下来落个三千来块',
      'income.amount',
      '140800',
      {},
      'business',
    );
    const v = value(u, 'income.business') as number;
    expect(v).toBeGreaterThanOrEqual(2700);
    expect(v).toBeLessThanOrEqual(4000);
    expect(u.facts.some((f) => f.path.startsWith('hardship'))).toBe(false);
  });
  it('粤: the same with 净番', () => {
    const u = read(
      '今年啲鸭瘟咗一批，卖咗唔够八千，饲料又使咗三千几，计落嚟净番四千几蚊',
      'income.amount',
      '441700',
      {},
      'business',
    );
    const v = value(u, 'income.business') as number;
    expect(v).toBeGreaterThanOrEqual(4000);
    expect(v).toBeLessThanOrEqual(5000);
  });
});

describe('a fall while riding a vehicle is a road accident; a fall with none named stays an accident', () => {
  it('晋南: riding an electric tricycle', () => {
    const u = read('俺儿骑电动车摔了 胳膊断了', 'hardship', '140800');
    expect(value(u, 'hardship.events[0].kind')).toBe('traffic_accident');
  });
  it('粤: riding a motorbike (揸电单车)', () => {
    const u = read('老公揸电单车跌亲', 'hardship', '441700');
    expect(value(u, 'hardship.events[0].kind')).toBe('traffic_accident');
  });
  it('a fall from a ladder', () => {
    expect(value(read('从梯子上摔下来了', 'hardship', '140800'), 'hardship.events[0].kind')).toBe('accident');
  });
});

describe('晋南 说不来 is not knowing the amount, as 粤 话唔定', () => {
  for (const [city, say] of [
    ['140800', '闺女有时给有时不给 说不来'],
    ['441700', '个女有时畀有时唔畀 话唔定'],
  ] as const)
    it(say, () => {
      const u = runAnswer({ id: 't', city, kind: 'income.amount', of: 'support', say, facts: {} });
      expect(u?.understood).toBe(true);
      expect(u?.scored.extra).toEqual([]);
    });
  it('an amount said with 不定 (not fixed) is still the amount', () => {
    const u = read('儿子偶尔给个三五百 不定', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBeDefined();
  });
});

describe('asked what was spent, a sum after "borrowed for it" is the spending again, not a debt', () => {
  it('粤: a vague sum, borrowed to pay for it, then about so much', () => {
    const u = read('几万蚊 系借钱去睇嘅 估计四万左右', 'hardship.expense', '441700');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical', amount: 40000 });
    expect(value(u, 'debt')).toBeUndefined();
  });
  it('晋南: the same', () => {
    const u = read('好几万 都是借钱看的 差不多六万', 'hardship.expense', '140800');
    expect((value(u, 'hardship.expenses[0]') as { amount: number }).amount).toBe(60000);
  });
  it('a debt said with its own word and sum stays a debt', () => {
    const u = read('花了五万 欠了亲戚两万', 'hardship.expense', '140800');
    expect(value(u, 'debt')).toBe(20000);
  });
});
