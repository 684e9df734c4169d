// Money and the situation, round 9 (issue 21): how long pay lasted said apart from the monthly figure,
// and other general ways of stating money. Our own examples, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';
import { step } from '../../bot/engine.ts';
import type { OutboundMessage } from '../../bot/ports.ts';
import { defaultParameters } from '../../screening/index.ts';
import { stateFor } from '../eval/answers-eval.ts';
import type { AnswerItem } from '../eval/format.ts';
import { replyText } from '../support/transcripts.ts';

const answer = (
  kind: AnswerItem['kind'],
  say: string,
  city: '140800' | '441700',
  known?: AnswerItem['known'],
  of?: AnswerItem['of'],
) => {
  const state = stateFor({ id: 't', city, kind, say, facts: {}, ...(known ? { known } : {}), ...(of ? { of } : {}) });
  const res = step(
    state,
    { channel: 'test', userId: 't', text: say },
    { parameters: defaultParameters(), today: '2026-12-05' },
  );
  return { household: res.state?.household, reply: replyText(res.out as OutboundMessage[]) };
};

describe('pay for a few months of the year, said next to the monthly figure', () => {
  it('the months in the clause before the amount', () => {
    const u = read('我今年在工地才干了五个月，一个月三千', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(15000);
  });
  it('粤: 返咗 and a month count, then the monthly pay', () => {
    const u = read('阿仔返咗三个月工，每个月两千五', 'income.amount', '441700', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(7500);
  });
  it('drawn (领过) for a few months: only those months, and a large monthly rate stays a pension', () => {
    const u = read('领过两个月失业金，一个月一千八', 'income.amount', '441700', {}, 'pensions');
    expect(value(u, 'income.pensions')).toBe(3600);
  });
  it('only the first half of the year, said two clauses later', () => {
    const u = read('闺女每个月给五百，后来她没活干了，就上半年给了', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBe(3000);
  });
  it('a month count with no work verb is not how long the pay lasted', () => {
    const u = read('住了三个月院，现在一个月两千', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(24000);
  });
  it('paid by the day for a few months: days a month times those months', () => {
    const u = read('打零工一天一百五，一年干了四个月', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(150 * 20 * 4);
  });
  it('how long someone worked, in the sentence before, is not how long a pension was paid', () => {
    const u = read('我在厂里做咗三个月。阿妈退休金每月一千二', 'income.amount', '441700', {}, 'pensions');
    expect(value(u, 'income.pensions')).toBe(14400);
  });
});

describe('a house or land let to someone (租咗畀, 租给) is rent, not support given', () => {
  it('粤: 租咗畀 and who, then the monthly rent', () => {
    const u = read('间老屋租咗畀啲打工仔住，每个月六百', 'income.amount', '441700', {}, 'property');
    expect(value(u, 'income.property')).toBe(7200);
    expect(value(u, 'income.support')).toBeUndefined();
  });
  it('land let (包咗俾) for a year', () => {
    const u = read('几亩田包咗俾人种，一年两千', 'income.amount', '441700', {}, 'property');
    expect(value(u, 'income.property')).toBe(2000);
  });
  it('晋南: 租给 and who', () => {
    const u = read('临街那间房租给卖菜的了，一个月五百', 'income.amount', '140800', {}, 'property');
    expect(value(u, 'income.property')).toBe(6000);
  });
});

describe('good years and bad, and this year named: the year asked about', () => {
  it('a good year as background, this year the figure (yearly)', () => {
    const u = read('果园好年景能落五六万，今年遭了冰雹，也就两万', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(20000);
  });
  it('粤: 好年成 then 今年', () => {
    const u = read('塘鱼好年成有四万几，今年发瘟，得八千', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBe(8000);
  });
  it('good and bad times with no year named stay a range', () => {
    const u = read('好的时候一个月两千，不好的时候一千', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(18000); // the middle of 12000 to 24000, said back as a range
  });
});

describe('a rural 户口 that became 居民户口 (the 户籍 reform), and not knowing which it counts as', () => {
  it('晋南: left unknown when the speaker does not know', () => {
    const u = read('原先是农业户口，这几年换成居民户口了，俺闹不清算哪种', 'hukou', '140800');
    expect(value(u, 'hukou')).toBeUndefined();
  });
  it('粤: the same', () => {
    const u = read('之前系农村户口，而家本簿写居民户口，我都唔清楚算边样', 'hukou', '441700');
    expect(value(u, 'hukou')).toBeUndefined();
  });
  it('a change to a plain 城镇户口 is the kind now', () => {
    const u = read('原来是农村户口，前年转成城镇户口了', 'hukou', '140800');
    expect(value(u, 'hukou')).toBe('urban');
  });
});

describe('savings gone, a car sold: none now', () => {
  it('晋南: 存款没了, and the debt said after it', () => {
    const u = read('存款早没了，给老伴治病还欠了信用社三万', 'deposits', '140800');
    expect(value(u, 'property.deposits')).toBe(0);
  });
  it('粤: 积蓄冇咗', () => {
    const u = read('积蓄都冇咗，仲借咗亲戚一万', 'deposits', '441700');
    expect(value(u, 'property.deposits')).toBe(0);
  });
  it('part of the savings gone is not none', () => {
    const u = read('存款没了一半，还剩一万', 'deposits', '140800');
    expect(value(u, 'property.deposits')).toBe(10000);
  });
  it('a car named, then sold', () => {
    expect(value(read('原来有辆面包车，前年卖掉还账了', 'property', '140800'), 'property.vehicles')).toBe(0);
    expect(value(read('之前有架车，上年卖咗俾人', 'property', '441700'), 'property.vehicles')).toBe(0);
    expect(value(read('有辆旧车，平时拉点货', 'property', '140800'), 'property.vehicles')).toBe(1);
  });
});

describe('asked whether basic living is hard: a yes and what else was said', () => {
  const known = { hardship: { events: [{ kind: 'sudden_illness' as const }] } };
  it('晋南: yes, and no money left at home, both kept and said back', () => {
    const a = answer('hardship.severe', '是，孩子住院以后家里一分钱都没有了', '140800', known);
    expect(a.household?.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
    expect(a.household?.property?.deposits).toBe(0);
    expect(a.reply).toContain('没有存款');
  });
  it('粤: no money left at home is itself a yes', () => {
    const a = answer('hardship.severe', '屋企啲钱都使晒喇', '441700', known);
    expect(a.household?.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});

describe('asked which kinds of income: a no, then what there is', () => {
  it('晋南: 啥也没有 and the rural pension closes every kind (the basic pension is not among them)', () => {
    const a = answer('income', '啥也没有，光靠那点新农保', '140800');
    expect(a.household?.income?.pensions).toBe(0);
    expect(a.household?.income?.wages).toBe(0);
  });
  it("粤: the state's old-age money (政府畀嘅养老钱) is not support from the children", () => {
    const u = read('乜嘢都冇，得政府畀嘅嗰啲养老钱', 'income', '441700');
    expect(value(u, 'income.support')).toBe(0);
  });
  it('a farm named after the no is had: its amount is asked, not taken as 0', () => {
    const u = read('啥也没有，就种了几亩玉米', 'income', '140800');
    expect(value(u, 'income.business')).toBeUndefined();
    expect(value(u, 'income.wages')).toBe(0);
  });
  it('not known, though eaten at home, is not known rather than nothing', () => {
    const a = answer('income.amount', '不清楚，种的菜都自己吃了', '140800', undefined, 'business');
    expect(a.household?.income?.business).toBeUndefined();
    expect(a.reply).toContain('说不清楚');
    const b = answer('income.amount', '种的菜都自己吃了，不卖', '140800', undefined, 'business');
    expect(b.household?.income?.business).toBe(0);
  });
});

describe("a house named, then lived in at a relative's home", () => {
  it('晋南', () => {
    expect(value(read('自己没有房子，一直住俺舅家', 'property', '140800'), 'property.houses')).toBe(0);
  });
  it('粤', () => {
    expect(value(read('屋就冇，而家住喺阿叔屋企', 'property', '441700'), 'property.houses')).toBe(0);
  });
});

describe('a grave illness that struck, with money spent on it, told at the start', () => {
  it('晋南: 得了 and the cost in the same sentence is a sudden illness', () => {
    const u = read('俺孙女得了白血病，看病花了二十多万', 'opening', '140800');
    expect(value(u, 'hardship.events[0].kind')).toBe('sudden_illness');
  });
  it('粤: 患咗 and money spent', () => {
    const u = read('我老公患咗肝癌，化疗使咗好多钱', 'opening', '441700');
    expect(value(u, 'hardship.events[0].kind')).toBe('sudden_illness');
  });
  it('an illness named with no cost is not an emergency told', () => {
    const u = read('老伴得了糖尿病，想问问低保', 'opening', '140800');
    expect(value(u, 'hardship.events[0].kind')).toBeUndefined();
  });
});

describe('asked whether basic living is hard: hardship said not to be so, or only one lack', () => {
  const known = { hardship: { events: [{ kind: 'fire' as const }] } };
  it('晋南: 不算太困难 is managing', () => {
    const a = answer('hardship.severe', '也不算太困难，就是紧巴点', '140800', known);
    expect(a.household?.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });
  it('粤: 唔算好困难 is managing', () => {
    const a = answer('hardship.severe', '都唔算好困难，不过手头紧啲', '441700', known);
    expect(a.household?.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });
  it('eating still, only short of money for one thing, is managing', () => {
    const a = answer('hardship.severe', '饭还吃得上，只是交不起学费', '140800', known);
    expect(a.household?.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
    const b = answer('hardship.severe', '食饭冇问题，就系睇病冇钱', '441700', known);
    expect(b.household?.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });
  it('hardship said plainly is still hard', () => {
    const a = answer('hardship.severe', '很困难，揭不开锅了', '140800', known);
    expect(a.household?.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});
