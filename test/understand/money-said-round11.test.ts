// Money and situations, round 11 (issue 21): general ways of stating costs, dates, falls and what is not
// known. Our own sentences, not the blind sets', each in both cities' ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import { step } from '../../bot/engine.ts';
import type { OutboundMessage } from '../../bot/ports.ts';
import { parseWhen } from '../../bot/understand/dates.ts';
import { defaultParameters } from '../../screening/index.ts';
import { stateFor } from '../eval/answers-eval.ts';
import type { AnswerItem } from '../eval/format.ts';
import { read, value } from '../support/understanding.ts';
import { replyText } from '../support/transcripts.ts';

const parameters = defaultParameters();
const answer = (kind: AnswerItem['kind'], say: string, city: '140800' | '441700' = '140800') => {
  const state = stateFor({
    id: 't',
    city,
    kind,
    say,
    facts: {},
    ...(kind === 'income.amount' ? { of: 'support' } : {}),
  });
  const res = step(state, { channel: 'test', userId: 't', text: say }, { parameters, today: '2026-12-05' });
  return { res, reply: replyText(res.out as OutboundMessage[]) };
};

describe('a not-knowing answer never becomes yes or no', () => {
  it('晋南: 是 inside a question after 不知道 is no yes', () => {
    const u = read('俺不知道那个标准是多少 没法比', 'expenditureType');
    expect(u.yes).toBeUndefined();
    expect(u.idk).toBe(true);
    expect(answer('expenditureType', '俺不知道那个标准是多少 没法比').res.state?.household.expenditureType).toBe(
      undefined,
    );
  });
  it('粤: 係几多 inside a question is no yes', () => {
    const u = read('我唔知标准係几多，点同你讲', 'expenditureType', '441700');
    expect(u.yes).toBeUndefined();
    expect(u.idk).toBe(true);
  });
  it('a plain yes stays a yes', () => {
    expect(read('是的', 'expenditureType').yes).toBe(true);
    expect(read('係', 'expenditureType', '441700').yes).toBe(true);
  });
  it('spending that made the family poor answers yes, even with the standard not known', () => {
    expect(answer('expenditureType', '标准俺不懂，反正供娃念书把家拖垮了').res.state?.household.expenditureType).toBe(
      true,
    );
    expect(
      answer('expenditureType', '唔知标准几多，总之阿爸睇病睇到穷', '441700').res.state?.household.expenditureType,
    ).toBe(true);
  });
});

describe('a fall is an accident, not a crash', () => {
  it('晋南: rolled or fell down a slope or off a roof', () => {
    expect(value(read('老汉割草从崖上滚下去了', 'hardship'), 'hardship.events[0].kind')).toBe('accident');
    expect(value(read('2 俺娘上房晒玉米跌下来了', 'hardship'), 'hardship.events[0].kind')).toBe('accident');
    expect(answer('hardship', '2 俺娘上房晒玉米跌下来了').res.state?.household.hardship?.events?.[0]?.kind).toBe(
      'accident',
    );
  });
  it('粤: slipped on the stairs, rolled down', () => {
    expect(value(read('阿爸落楼梯跣亲', 'hardship', '441700'), 'hardship.events[0].kind')).toBe('accident');
    expect(value(read('阿妈喺山坡碌落嚟', 'hardship', '441700'), 'hardship.events[0].kind')).toBe('accident');
  });
  it('a vehicle named still makes it a crash', () => {
    expect(value(read('骑三轮叫车撞了', 'hardship'), 'hardship.events[0].kind')).toBe('traffic_accident');
  });
});

describe('day words of 晋南 with 儿', () => {
  it('夜儿, 夜儿个, 昨儿 are yesterday; 前儿个 the day before; 今儿 today', () => {
    expect(parseWhen('夜儿后晌', '2026-12-05')).toBe('2026-12-04');
    expect(parseWhen('夜儿个半夜', '2026-12-05')).toBe('2026-12-04');
    expect(parseWhen('昨儿', '2026-12-05')).toBe('2026-12-04');
    expect(parseWhen('前儿个', '2026-12-05')).toBe('2026-12-03');
    expect(parseWhen('今儿早上', '2026-12-05')).toBe('2026-12-05');
  });
  it('粤 尋晚 is last night', () => {
    expect(parseWhen('尋晚', '2026-12-05')).toBe('2026-12-04');
  });
  it('the 儿 of a day word is not a child', () => {
    expect(read('夜儿黑了', 'hardship.when').facts.some((f) => f.path.startsWith('members'))).toBe(false);
  });
});

describe('parts of one cost, each on its own item, add up', () => {
  it('晋南: a lump sum for the hospital and a monthly cost for medicine', () => {
    const u = read('住院掏了三万 出来门诊开药一个月二百', 'hardship.expense');
    expect((value(u, 'hardship.expenses[0]') as { amount: number }).amount).toBe(30000 + 2400);
  });
  it('粤: the same, 执药 monthly', () => {
    const u = read('住院使咗两万，之后执药一个月三百', 'hardship.expense', '441700');
    expect((value(u, 'hardship.expenses[0]') as { amount: number }).amount).toBe(20000 + 3600);
  });
  it('school fees by the year and lodging named apart', () => {
    const u = read('学费一年五千 住宿八百', 'hardship.expense');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'education', amount: 5800 });
    const y = read('个仔学费一年四千，住宿费一千', 'hardship.expense', '441700');
    expect((value(y, 'hardship.expenses[0]') as { amount: number }).amount).toBe(5000);
  });
  it('the same item said twice is still one figure', () => {
    const u = read('看病花了两万 看病一共两万', 'hardship.expense');
    expect((value(u, 'hardship.expenses[0]') as { amount: number }).amount).toBe(20000);
  });
});

describe('an emergency told before the household names who it struck', () => {
  it("晋南: the wife's illness is kept with her", () => {
    const u = read('老伴查出来胃癌了', 'hardship');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].seriousIllness')).toBe(true);
    expect(value(u, 'size')).toBeUndefined();
  });
  it("粤: the writer's own illness", () => {
    const u = read('我查出咗肝癌', 'hardship', '441700');
    expect(value(u, 'members[0].seriousIllness')).toBe(true);
  });
});

describe("living in a child's house that is not the household's", () => {
  it('asked about property: 住的是儿子的房子 is no house owned', () => {
    expect(value(read('俺住的是俺儿子的房子', 'property'), 'property.houses')).toBe(0);
  });
  it("the child living in the household: the house is the household's", () => {
    const h = {
      members: [
        { relation: 'self' as const, age: 70 },
        { relation: 'child' as const, age: 40 },
      ],
    };
    expect(value(read('住的是儿子的房子', 'property', '140800', h), 'property.houses')).not.toBe(0);
  });
});

describe('cars and houses counted as people list them', () => {
  it('a count of cars said first holds over the cars then listed one by one', () => {
    expect(value(read('有两辆车 一辆儿子开一辆闺女开', 'property'), 'property.vehicles')).toBe(2);
    expect(value(read('有两辆车 去年卖了一辆', 'property'), 'property.vehicles')).toBe(1);
  });
  it('车 asked about (算不算车) after a tricycle or motorbike is no car', () => {
    expect(value(read('俺就一辆电动三轮 这算不算车', 'property'), 'property.vehicles')).toBe(0);
    expect(value(read('得架电单车，算唔算车？', 'property', '441700'), 'property.vehicles')).toBe(0);
  });
  it('one house at each of two places, listed, is two houses', () => {
    expect(value(read('村里一院 县城一套', 'property'), 'property.houses')).toBe(2);
    expect(value(read('市区一套，乡下一间祖屋', 'property', '441700'), 'property.houses')).toBe(2);
    expect(value(read('就一套房', 'property'), 'property.houses')).toBe(1);
  });
});

describe('a shop or house let out, its object between 租 and 出去', () => {
  it('粤: 租咗间铺位出去, the rent in the next clause', () => {
    expect(value(read('我哋租咗间铺位出去，每个月收六百', 'income', '441700'), 'income.property')).toBe(7200);
  });
  it('晋南: 把门面租出去', () => {
    expect(value(read('把临街门面租出去了 一个月四百', 'income'), 'income.property')).toBe(4800);
  });
});

describe('savings in several places add up; money lent is savings', () => {
  it('粤: the bank book and the phone wallet', () => {
    expect(value(read('存折有三千，微信有五百', 'deposits', '441700'), 'property.deposits')).toBe(3500);
  });
  it('晋南: 微信里 too', () => {
    expect(value(read('卡里两千 微信里还有三百', 'deposits'), 'property.deposits')).toBe(2300);
  });
  it('lent out with a done mark before to whom (借咗畀人, 借了给) is money lent, not support', () => {
    const y = read('借咗畀人八千，到而家都未还', 'deposits', '441700');
    expect(value(y, 'property.deposits')).toBe(8000);
    expect(value(y, 'income.support')).toBeUndefined();
    expect(value(read('借了给亲戚一万 别的没有', 'deposits'), 'property.deposits')).toBe(10000);
  });
});

describe('sums of money said the short way', () => {
  it("a round 万 said roughly is a year's, as a plain 万 is", () => {
    expect(value(read('养鸡嘅，估计一万左右', 'income.amount', '441700', {}, 'business'), 'income.business')).toBe(
      10000,
    );
    expect(value(read('大概一万上下', 'income.amount', '140800', {}, 'business'), 'income.business')).toBe(10000);
  });
  it('a sum right before 个月 is by the month, a small count is how many months', () => {
    expect(value(read('两千几个月', 'income.amount', '441700', {}, 'pensions'), 'income.pensions')).toBe(30000);
    expect(value(read('九百个月', 'income.amount', '140800', {}, 'wages'), 'income.wages')).toBe(10800);
  });
  it('money now and then with the year said not known is not known', () => {
    const u = answer('income.amount', '阿哥有时畀几百，一年几多我唔清楚', '441700');
    expect(u.res.state?.household.income?.support).toBeUndefined();
    expect(u.reply).toContain('说不清楚');
    const v = answer('income.amount', '没个准 有时候给点有时候不给');
    expect(v.res.state?.household.income?.support).toBeUndefined();
  });
});

describe('small words that carried the wrong meaning', () => {
  it('吃个低保 is holding 低保, asked which incomes', () => {
    expect(value(read('啥收入也没有 就吃个低保', 'income'), 'currentBenefits.dibao')).toBe(true);
    expect(value(read('冇收入，食个低保', 'income', '441700'), 'currentBenefits.dibao')).toBe(true);
    expect(value(read('想吃个低保', 'opening'), 'currentBenefits.dibao')).toBeUndefined();
  });
  it('粤 攞人工 is taking a wage, not asking for a person', () => {
    const u = read('屋企冇人出去攞人工', 'income', '441700');
    expect(u.commands).not.toContain('human');
  });
  it('a person, 才 or 先, then a bare number is their age, not money', () => {
    expect(value(read('俺的一百六 老汉才五十九 还没有', 'basicPension'), 'income.basicPension')).toBe(1920);
    expect(value(read('我嘅一百八，老公先五十七', 'basicPension', '441700'), 'income.basicPension')).toBe(2160);
  });
});

describe('an acute illness named when asked what befell the family', () => {
  it('粤: 中风入院 is the emergency', () => {
    expect(value(read('阿爸中风入咗院', 'hardship', '441700'), 'hardship.events[0].kind')).toBe('sudden_illness');
  });
  it('晋南: 脑梗 lately is; one dated long ago is not', () => {
    expect(value(read('老汉脑梗了 在医院哩', 'hardship'), 'hardship.events[0].kind')).toBe('sudden_illness');
    expect(value(read('老汉前年脑梗了 一直躺着', 'hardship'), 'hardship.events[0].kind')).toBeUndefined();
  });
});

describe('a shop sold since is not had', () => {
  it('晋南 and 粤', () => {
    expect(value(read('原先有间门面 去年卖了还账了', 'property'), 'property.commercialProperty')).toBe(false);
    expect(value(read('以前有个铺位，旧年卖咗', 'property', '441700'), 'property.commercialProperty')).toBe(false);
    expect(value(read('有个门面', 'property'), 'property.commercialProperty')).toBe(true);
  });
});
