// Money and situations, round 13: the general ways of stating money, what the family owns and what befell
// it that the thirteenth blind round showed the reader missing. Our own sentences, not the blind sets', in
// both cities' ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import type { AnswerItem } from '../eval/format.ts';
import { read, value } from '../support/understanding.ts';

const between = (v: unknown, lo: number, hi: number) => {
  expect(typeof v).toBe('number');
  expect(v as number).toBeGreaterThanOrEqual(lo);
  expect(v as number).toBeLessThanOrEqual(hi);
};

describe('a sum a little over a round figure, and figures added together', () => {
  it('晋南: 合一块 … 挂零 is the pair’s whole, a little over', () => {
    const u = read('俺俩养老金合一块三千挂零', 'income.amount', '140800', {}, 'pensions');
    between(value(u, 'income.pensions'), 36000, 42000);
  });
  it('晋南: 加到一块 with no 挂零 is the sum itself', () => {
    const u = read('两个人退休金加到一块四千', 'income.amount', '140800', {}, 'pensions');
    expect(value(u, 'income.pensions')).toBe(48000);
  });
});

describe('a few thousand, small or large', () => {
  it('小几千 is one to four thousand', () => {
    const u = read('存了小几千', 'deposits', '140800');
    between(value(u, 'property.deposits'), 1000, 4000);
  });
  it('粤: 大几千 is six to nine thousand, and money lent comes on top', () => {
    const u = read('银行有大几千 仲借咗两万畀阿弟', 'deposits', '441700');
    between(value(u, 'property.deposits'), 26000, 29000);
  });
});

describe('money given now and then and never counted is not known', () => {
  it('晋南: 有时…有时… then 没记过账', () => {
    const u = read('闺女给钱没个准数 有时三百有时八百 没记过账', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBeUndefined();
    expect(u.idk).toBe(true);
  });
  it('粤: 唔固定 … 冇记低', () => {
    const u = read('个女畀钱唔固定 有时五百有时一千 冇记低', 'income.amount', '441700', {}, 'support');
    expect(value(u, 'income.support')).toBeUndefined();
  });
  it('the same figures with no "never counted" still give a rough year', () => {
    const u = read('有时三百有时八百', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBeGreaterThan(0);
  });
});

describe('asked how much relatives give, a no is nothing', () => {
  it('晋南: 不给', () => {
    const u = read('不给 人家也紧巴', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBe(0);
  });
  it('粤: 唔畀钱', () => {
    const u = read('唔畀钱嘅 佢都冇乜', 'income.amount', '441700', {}, 'support');
    expect(value(u, 'income.support')).toBe(0);
  });
});

describe('a year that left nothing', () => {
  it('晋南: 没挣下钱', () => {
    const u = read('喂了十来只羊 今年羊价不行 没挣下钱', 'income.amount', '140800', {}, 'business');
    expect(u.noGain).toBe(true);
  });
  it('粤: 冇乜赚', () => {
    const u = read('养咗几十只鸡 今年冇乜赚', 'income.amount', '441700', {}, 'business');
    expect(u.noGain).toBe(true);
  });
});

describe('a public-welfare job is work, its pay wages', () => {
  it('晋南: 公益岗 by the month', () => {
    const u = read('俺在村里干公益岗 一个月六百', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(7200);
  });
  it('粤: 保洁员, asked who works', () => {
    const u = read('我喺村委做保洁员 每月八百', 'employed', '441700', { members: [{ relation: 'self', age: 58 }] });
    expect(value(u, 'members[0].employed')).toBe(true);
    expect(value(u, 'income.wages')).toBe(9600);
  });
});

describe('a benefit held, asked only whether it counts as income', () => {
  it('晋南: 还领着低保金算不算', () => {
    const u = read('种地的 还领着低保金算不算', 'income', '140800');
    expect(value(u, 'currentBenefits.dibao')).toBe(true);
  });
  it('粤: 仲有低保金算唔算', () => {
    const u = read('做散工 仲有低保金算唔算', 'income', '441700');
    expect(value(u, 'currentBenefits.dibao')).toBe(true);
  });
  it('asked whether the benefit counts, with none said held, tells no status', () => {
    const u = read('低保金算不算收入', 'income', '140800');
    expect(value(u, 'currentBenefits.dibao')).toBeUndefined();
  });
});

describe('a benefit had before and stopped, said the 晋南 way', () => {
  it('取消咧: not had now', () => {
    const u = read('以前是低保户 去年给取消咧', 'opening', '140800');
    expect(value(u, 'currentBenefits.dibao')).toBe(false);
  });
});

describe('cars and homes, asked before the household is known', () => {
  it('a child’s car, nothing said of living elsewhere, is the household’s', () => {
    const u = read('闺女有辆小轿车', 'property', '140800');
    expect(value(u, 'property.vehicles')).toBe(1);
  });
  it('粤: a son’s car said to be his own is not', () => {
    const u = read('阿仔有架车 係佢自己嘅', 'property', '441700');
    expect(value(u, 'property.vehicles') ?? 0).toBe(0);
  });
  it('还有 after a car lists the next thing: one home', () => {
    const u = read('有辆面包车拉货 还有一套房', 'property', '140800');
    expect(value(u, 'property.vehicles')).toBe(1);
    expect(value(u, 'property.houses')).toBe(1);
  });
  it('城里还有一套 with nothing before it is one more than the home lived in', () => {
    const u = read('城里还有一套楼房', 'property', '140800');
    expect(value(u, 'property.houses')).toBe(2);
  });
});

describe('a relative said able-bodied the 晋南 way', () => {
  it('身子好着哩', () => {
    const u = read('儿子身子好着哩 就是不来看俺', 'obligors.situation', '140800', {
      obligors: { exist: true, list: [{ relation: 'child' }] },
    });
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(true);
  });
});

describe('living on borrowed money is basic living severely hard', () => {
  it('晋南: 全靠借钱过日子', () => {
    const u = read('全靠借钱过日子', 'hardship.severe', '140800', { hardship: { events: [{ kind: 'accident' }] } });
    expect(u.livingSevere).toBe(true);
  });
  it('粤: 借钱度日', () => {
    const u = read('而家都系借钱度日', 'hardship.severe', '441700', { hardship: { events: [{ kind: 'fire' }] } });
    expect(u.livingSevere).toBe(true);
  });
});

describe('not able to say is not known', () => {
  it('说不上', () => {
    const u = read('这个说不上 钱老是不够花', 'expenditureType', '140800');
    expect(u.idk).toBe(true);
    expect(value(u, 'expenditureType')).toBeUndefined();
  });
});

describe('a roof torn off in a gale is a natural disaster; a gale alone is weather', () => {
  it('晋南: 屋顶叫风掀了, the day before yesterday', () => {
    const u = read('前天刮大风把俺家屋顶掀了', 'opening', '140800');
    expect(value(u, 'hardship.events[0].kind')).toBe('natural_disaster');
    expect(value(u, 'hardship.events[0].date')).toBe('2026-12-03');
  });
  it('粤: 打风吹冧咗间屋', () => {
    const u = read('上个礼拜吹冧咗间屋', 'hardship', '441700');
    expect(value(u, 'hardship.events[0].kind')).toBe('natural_disaster');
  });
  it('a wall falling on someone in a gale is the accident it caused', () => {
    const u = read('刮大风那天院墙倒了砸伤了老汉', 'hardship', '140800');
    expect(value(u, 'hardship.events[0].kind')).not.toBe('natural_disaster');
  });
});

describe('粤 差唔多 is about, and a heap of receipts not added up is not known', () => {
  it('差唔多五千 is five thousand', () => {
    const u = read('差唔多五千', 'hardship.expense', '441700', { hardship: { expenses: [{ kind: 'medical' }] } });
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical', amount: 5000 });
  });
  it('单据一大堆 仲未计过', () => {
    const u = read('单据一大堆 仲未计过', 'hardship.expense', '441700', {
      hardship: { expenses: [{ kind: 'medical' }] },
    });
    expect(u.idk).toBe(true);
    expect((value(u, 'hardship.expenses[0]') as { amount?: unknown } | undefined)?.amount).toBeUndefined();
  });
});

describe('a sum at new year said with 还有 comes on top of the monthly one', () => {
  it('晋南', () => {
    const u = read('儿子每月打五百还有过年给一千', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBe(7000);
  });
  it('粤', () => {
    const u = read('个仔每个月畀六百仲有过年畀两千', 'income.amount', '441700', {}, 'support');
    expect(value(u, 'income.support')).toBe(9200);
  });
});

describe('a let property standing empty brings no rent for that time', () => {
  it('晋南: 空了四个月', () => {
    const u = read('门面一个月租一千 空了四个月', 'income.amount', '140800', {}, 'property');
    expect(value(u, 'income.property')).toBe(8000);
  });
  it('粤: 丢空咗半年', () => {
    const u = read('间铺租每月两千 丢空咗半年', 'income.amount', '441700', {}, 'property');
    expect(value(u, 'income.property')).toBe(12000);
  });
});

describe('粤 gone off with someone is gone, not dead', () => {
  it('同人走咗: a spouse who still owes support', () => {
    const u = read('老公同人走咗十几年', 'obligors', '441700');
    expect(value(u, 'obligors.exist')).toBe(true);
    expect(value(u, 'obligors.list[0].relation')).toBe('spouse');
  });
});

describe('粤 洗 as spending: money all spent is no deposits', () => {
  it('啲钱都洗光晒', () => {
    const u = read('阿爸中风 为咗医病啲钱都洗光晒', 'opening', '441700');
    expect(value(u, 'property.deposits')).toBe(0);
  });
});

describe('a period said in the clause before, with no figure of its own', () => {
  it('晋南: 过年才给 几百块 is a year’s few hundred', () => {
    const u = read('过年才给 几百块', 'income.amount', '140800', {}, 'support');
    between(value(u, 'income.support'), 200, 900);
  });
  it('粤: 每个月畀 三百蚊', () => {
    const u = read('个女每个月畀 三百蚊', 'income.amount', '441700', {}, 'support');
    expect(value(u, 'income.support')).toBe(3600);
  });
  it('months worked before a sum are how long, not a rate', () => {
    const u = read('在厂里干了几个月，挣了一万二', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(12000);
  });
  it('"a month and more" is how long too', () => {
    const u = read('卖了两个多月凉粉 挣了四千', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(4000);
  });
});

describe('giving now and then, no figure, is not known', () => {
  it('晋南: 有时候给有时候不给', () => {
    const u = read('看情况 有时候给有时候不给', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBeUndefined();
    expect(u.idk).toBe(true);
  });
});

describe('no savings, said with another question', () => {
  it('粤: 存款都冇, asked about the basic pension', () => {
    const u = read('冇供过社保 存款都冇', 'basicPension', '441700', { members: [{ relation: 'self', age: 70 }] });
    expect(value(u, 'property.deposits')).toBe(0);
  });
  it('晋南: 家里没钱, asked about savings, with a debt', () => {
    const u = read('家里没钱 还欠着信用社三万', 'deposits', '140800');
    expect(value(u, 'property.deposits')).toBe(0);
  });
  it('a call summary’s 屋企冇钱 of a bill to pay leaves the savings to be asked', () => {
    const u = read('来电人老公中风入院，屋企冇钱交医药费。', 'summary', '441700');
    expect(value(u, 'property.deposits')).toBeUndefined();
  });
});

describe('asked what an income brings, that income said not had or gone this year', () => {
  it('晋南: 俺不种了', () => {
    const u = read('地都租出去了 俺不种了', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(0);
  });
  it('粤: 失收, asked which incomes there are', () => {
    const u = read('种沙姜 今年失收', 'income', '441700');
    expect(value(u, 'income.business')).toBe(0);
  });
  it('晋南: a figure of another year, this year nothing', () => {
    const u = read('往年卖果子能落一万 今年遭了冰雹 一分没落下', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBeUndefined();
    expect(u.noGain).toBe(true);
  });
  it('粤: 旧年 then 今年失收', () => {
    const u = read('旧年卖咗五千 今年失收', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBeUndefined();
    expect(u.noGain).toBe(true);
  });
});

describe('would rather not say is not known, never a no', () => {
  it('晋南: 这个不方便说, asked about savings', () => {
    const u = read('这个俺不方便说', 'deposits', '140800');
    expect(u.idk).toBe(true);
    expect(value(u, 'property.deposits')).toBeUndefined();
  });
  it('粤: 唔想讲', () => {
    const u = read('存款呢啲唔想讲', 'deposits', '441700');
    expect(value(u, 'property.deposits')).toBeUndefined();
  });
});

describe('a child asking for a parent who lives alone owes that parent support', () => {
  it('粤: 帮阿爸问, 佢一个人住', () => {
    const u = read('帮阿爸问下，佢八十岁一个人住喺乡下', 'opening', '441700');
    expect(value(u, 'obligors.exist')).toBe(true);
  });
  it('晋南: the same', () => {
    const u = read('我替俺爹问一下 他七十九了一个人在村里住', 'opening', '140800');
    expect(value(u, 'obligors.exist')).toBe(true);
  });
  it('asking for oneself, living alone, says nothing of relatives', () => {
    const u = read('俺七十了一个人住', 'opening', '140800');
    expect(value(u, 'obligors.exist')).toBeUndefined();
  });
});

describe('the sixth situation with the words saying which of its three it is', () => {
  const item = (say: string, facts: Record<string, unknown>) =>
    runAnswer({
      id: 'own',
      city: '140800',
      kind: 'obligors.situation',
      say,
      known: { obligors: { exist: true, list: [{ relation: 'spouse' }] } },
      facts,
    } as unknown as AnswerItem)!;
  it('6 then missing: missing, not in prison', () => {
    const r = item('6 他跑了好几年找不着人', { 'obligors.list[0].declaredMissing': true });
    expect(r.scored.missed).toEqual([]);
    expect(r.scored.extra.map((e) => e.path)).not.toContain('obligors.list[0].imprisoned');
  });
  it('6 alone keeps the choice as it is', () => {
    const r = item('6', { 'obligors.list[0].imprisoned': true });
    expect(r.scored.missed).toEqual([]);
    expect(r.scored.wrong).toEqual([]);
  });
});

describe('money for old age drawn is a pension, given is support', () => {
  it('晋南: 一个月领那一百多块养老钱', () => {
    const u = read('别的没有 一个月领那一百多块养老钱', 'income', '140800', {
      members: [{ relation: 'self', age: 74 }],
    });
    between(value(u, 'income.basicPension'), 1200, 2000);
    expect(value(u, 'income.support') ?? 0).toBe(0);
  });
  it('晋南: 闺女给的养老钱 is support', () => {
    const u = read('闺女一个月给三百养老钱', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBe(3600);
  });
});

describe('livestock counted is farming, and the count is no money', () => {
  it('晋南: 养了几头猪, asked which incomes', () => {
    const u = read('养了几头猪', 'income', '140800');
    expect(u.incomeMentioned).toContain('business');
  });
  it('粤: 养咗三十只鸡, the count not an amount', () => {
    const u = read('养咗三十只鸡', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBeUndefined();
  });
  it('one head at a price is a price per head, times the heads counted', () => {
    const u = read('养了三头牛 一头牛能落两千', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(6000);
  });
});

describe('a price per head in a call summary is income only with a word of selling or earning', () => {
  it('what animals lost were worth is no income', () => {
    const u = read('来电人家的羊圈塌了，压死三只羊，一只羊就一千多。', 'summary', '140800');
    expect(value(u, 'income.business')).toBeUndefined();
  });
  it('a price per 亩 sold is', () => {
    const u = read('来电人种了四亩花椒，一亩卖三千。', 'summary', '140800');
    expect(value(u, 'income.business')).toBe(12000);
  });
});

describe('relatives: in prison said the 粤 way, not known whether alive, not any such status', () => {
  it('打交伤咗人入咗去 is prison', () => {
    const u = read('得一个仔，佢三十八，前年同人打交伤咗人入咗去', 'obligors', '441700');
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(value(u, 'obligors.list[0].imprisoned')).toBe(true);
  });
  it('死咗定生: a child not heard of is still a child who owes support', () => {
    const u = read('有个女，二十年冇音讯，唔知佢生定死', 'obligors', '441700');
    expect(value(u, 'obligors.exist')).toBe(true);
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
  });
  it('唔系咩低保: who gives holds no status', () => {
    const u = read('佢哋两个都系返工嘅，唔系咩低保', 'supportPayer', '441700');
    expect(value(u, 'income.supportPayerStatus')).toBe('none');
  });
});

describe('money spent, of no kind named, while telling of a sudden illness is medical', () => {
  it('粤: 中风入院 花咗好多钱', () => {
    const u = read('老公中风入院，使咗好多钱', 'hardship', '441700');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical' });
  });
  it('晋南: the same', () => {
    const u = read('老汉脑梗了 花了不少钱', 'hardship', '140800');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical' });
  });
});

describe('粤 pigs counted with 只, and "not much money" is no "none"', () => {
  it('养咗几只猪 … 一年都冇几多钱 几千蚊: a rough few thousand from farming', () => {
    const u = read('养咗几只猪，一年都冇几多钱，几千蚊啦', 'income', '441700');
    expect(u.incomeMentioned).toContain('business');
    expect(u.noneSaid).toBe(false);
  });
  it('一年都冇几多收入 is little income, not an income named', () => {
    const u = read('一年都冇几多收入', 'income', '441700');
    expect(u.incomeMentioned).toEqual([]);
  });
});
