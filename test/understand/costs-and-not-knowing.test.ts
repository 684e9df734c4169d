// Money and the rest, round 7 (issue 21): costs taken off what was sold, "not known" said in other
// words, commands typed instead of an answer, homes and cars, figures that changed. Our own examples,
// not the blind sets'.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';
import { step } from '../../bot/engine.ts';
import type { OutboundMessage } from '../../bot/ports.ts';
import { M } from '../../bot/messages/zh-CN.ts';
import { defaultParameters } from '../../screening/index.ts';
import { stateFor } from '../eval/answers-eval.ts';
import type { AnswerItem } from '../eval/format.ts';
import { replyText } from '../support/transcripts.ts';

const parameters = defaultParameters();
const answer = (kind: AnswerItem['kind'], say: string, city: '140800' | '441700' = '140800') => {
  const state = stateFor({ id: 't', city, kind, say, facts: {} });
  const res = step(state, { channel: 'test', userId: 't', text: say }, { parameters, today: '2026-12-05' });
  return { res, before: state, reply: replyText(res.out as OutboundMessage[]) };
};

describe('costs of a farm or a trade are taken off what it sold', () => {
  it('a cost word before the spending verb: net, over the period of the sale', () => {
    const u = read('去年卖了一万玉米，种子化肥花了四千', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(6000);
    expect(u.facts.some((f) => f.path.startsWith('hardship.expenses'))).toBe(false);
  });
  it('in 粤 words too', () => {
    const u = read('鱼塘今年卖咗三万，鱼苗饲料使咗一万八', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBe(12000);
  });
  it('spending with no cost word is still spending', () => {
    const u = read('看病花了三千', 'hardship.expense', '140800');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical', amount: 3000 });
  });
});

describe('not known, said in other words', () => {
  it('someone who will not tell is not a no', () => {
    for (const text of ['不清楚，存折在他手里，他不给我看', '唔知，阿爸唔肯讲']) {
      const u = read(text, 'deposits', text.includes('唔') ? '441700' : '140800');
      expect(u.idk).toBe(true);
      expect(u.yes).not.toBe(false);
    }
  });
  it('never reckoned is not known', () => {
    expect(read('这个没算过', 'income.amount', '140800', {}, 'business').idk).toBe(true);
    expect(read('冇计过喔', 'income.amount', '441700', {}, 'business').idk).toBe(true);
  });
  it('asking whether (有赚冇赚, 赚没赚) is not a no', () => {
    const u = read('有赚冇赚我都唔清楚', 'income.amount', '441700', {}, 'business');
    expect(u.noGain).toBe(false);
    expect(u.idk).toBe(true);
    expect(read('挣没挣钱也说不上', 'income.amount', '140800', {}, 'business').noGain).toBe(false);
    // A plain no stays a no.
    expect(read('今年冇赚', 'income.amount', '441700', {}, 'business').noGain).toBe(true);
  });
});

describe('asking why, in every shape', () => {
  it('问X做咩 / 干嘛, 为乜, 这也要说: why, and the question stays', () => {
    for (const [kind, say, city] of [
      ['deposits', '问这些干嘛', '140800'],
      ['illness', '问呢样做乜嘢', '441700'],
      ['members', '为乜要问几多人', '441700'],
      ['property', '连这个也要填？', '140800'],
    ] as const) {
      const { res, before, reply } = answer(kind, say, city);
      expect(reply).not.toContain(M.notUnderstood);
      expect(res.state?.history.length).toBe(before?.history.length);
      expect(res.state?.pending).toBe(kind);
    }
  });
  it('揾 is 搵: 揾人工 asks for a person', () => {
    expect(read('我想揾人工', 'deposits', '441700').commands).toContain('human');
  });
});

describe('户口: now over before, and the reform', () => {
  it('the kind said of the past gives way to the kind now, in either order', () => {
    expect(value(read('农村的，以前是城镇户口', 'hukou'), 'hukou')).toBe('rural');
    expect(value(read('现在是城镇户口，原来是农业户口后来转的', 'hukou'), 'hukou')).toBe('urban');
    expect(value(read('以前系农村，后来转咗城镇', 'hukou', '441700'), 'hukou')).toBe('urban');
  });
  it('"都叫居民户口" alone is no answer: how to answer is said, with no complaint', () => {
    const { res, before, reply } = answer('hukou', '户口本上都是居民户口了吧', '140800');
    expect(reply).not.toContain(M.notUnderstood);
    expect(reply).toContain('原来');
    expect(res.state?.household.hukou).toBeUndefined();
    expect(res.state?.history.length).toBe(before?.history.length);
  });
  it('the reform with a village word is rural; with 唔知 unknown', () => {
    expect(value(read('都叫居民户口，不过俺们是农村的', 'hukou'), 'hukou')).toBe('rural');
    expect(value(read('以前系城镇，而家都系居民户口，唔知算边个', 'hukou', '441700'), 'hukou')).toBeUndefined();
  });
});

describe('a benefit asked about on the income question', () => {
  it('"低保金算不算" is answered (not income), then the question again', () => {
    const { res, reply } = answer('income', '俺家领的低保金算不算收入');
    expect(reply).not.toContain(M.notUnderstood);
    expect(reply).toContain('不算收入');
    expect(res.state?.pending).toBe('income');
  });
});

describe('homes and cars', () => {
  it("a brother's or another relative's house lived in is not the household's; one left to them is", () => {
    expect(value(read('现在住在俺姐家的老房子里', 'property'), 'property.houses')).toBe(0);
    expect(value(read('住喺我细佬间旧屋度', 'property', '441700'), 'property.houses')).toBe(0);
    expect(value(read('住的是爹妈留下的旧房', 'property'), 'property.houses')).toBe(1);
  });
  it('院 counts houses in 晋南, and 两间屋 typed as one word counts too', () => {
    expect(value(read('三院房，都是老的', 'property'), 'property.houses')).toBe(3);
    expect(value(read('有两间屋，一间租咗出去', 'property', '441700'), 'property.houses')).toBe(2);
  });
  it('a second-hand or cheap car is still a car; a spouse named has it for the household', () => {
    expect(value(read('有辆二手面包车，不值钱', 'property'), 'property.vehicles')).toBe(1);
    expect(value(read('老婆有架旧车，开咗十几年', 'property', '441700'), 'property.vehicles')).toBe(1);
  });
  it('"车就冇嘞": the thing named, then no, with a 粤 particle', () => {
    expect(value(read('车就冇嘞，屋就一间', 'property', '441700'), 'property.vehicles')).toBe(0);
  });
  it("a house said to be a child's own is not counted with the family's", () => {
    expect(value(read('房子就一院老房，闺女在城里买的楼房是她自己的', 'property'), 'property.houses')).toBe(1);
  });
  it('what is left after costs (净得) is the income, not a cost', () => {
    const u = read('种荔枝，今年除咗成本净得六千', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBe(6000);
  });
});

describe('days over a year, and a share paid back', () => {
  it('a day rate and the days worked in a year: spread over the year', () => {
    const u = read('打零工一天两百，一年也就干六十来天', 'income.amount', '140800', {}, 'wages');
    const w = value(u, 'income.wages') as number;
    expect(w).toBeGreaterThanOrEqual(12000);
    expect(w).toBeLessThanOrEqual(14000);
    // Days said over a month stay a month's.
    expect(value(read('一天一百，一个月干十天', 'income.amount', '140800', {}, 'wages'), 'income.wages')).toBe(12000);
  });
  it('"报了一半", "报咗七成": the part left is what was spent', () => {
    expect(value(read('住院一共花了六万，报了一半', 'hardship.expense'), 'hardship.expenses[0]')).toEqual({
      kind: 'medical',
      amount: 30000,
    });
    expect(value(read('睇病使咗五万，医保报咗七成', 'hardship.expense', '441700'), 'hardship.expenses[0]')).toEqual({
      kind: 'medical',
      amount: 15000,
    });
  });
  it('what was paid oneself, said too, is not halved again', () => {
    expect(value(read('花了四万，报了一半，自己掏了两万', 'hardship.expense'), 'hardship.expenses[0]')).toEqual({
      kind: 'medical',
      amount: 20000,
    });
  });
});

describe('getting by, hurt at work, a benefit that ended', () => {
  it('"还凑合", "仲可以": living is managed — not below the line, not severe', () => {
    expect(answer('expenditureType', '日子还凑合着过').res.state?.household.expenditureType).toBe(false);
    expect(
      read('仲可以，亲戚有时送啲米', 'hardship.severe', '441700', {
        hardship: { none: false, events: [{ kind: 'fire' }] },
      }).livingSevere,
    ).toBe(false);
    expect(read('勉强顶得住', 'hardship.severe', '441700').livingSevere).toBe(false);
  });
  it('hurt by something falling (叫砸了, 砸亲) is an accident; a thing smashed is not', () => {
    expect(value(read('俺儿在矿上叫砸了腿', 'hardship'), 'hardship.events[0].kind')).toBe('accident');
    expect(value(read('阿爸开工俾钢管砸亲', 'hardship', '441700'), 'hardship.events[0].kind')).toBe('accident');
    expect(read('电视叫娃砸了', 'hardship').facts.some((f) => f.path.startsWith('hardship.events'))).toBe(false);
  });
  it('a benefit said of the past, then ended, is not had now; one had now stays', () => {
    expect(value(read('以前是低保户，去年给停了', 'opening'), 'currentBenefits.dibao')).toBe(false);
    expect(value(read('之前系五保户，后来退出咗', 'opening', '441700'), 'currentBenefits.tekun')).toBe(false);
    expect(value(read('俺是低保户，想问问别的救助', 'opening'), 'currentBenefits.dibao')).toBe(true);
  });
});

describe('savings left now, and "the same as me"', () => {
  it('asked about savings, what is left now (现在就剩, 而家得番) is the savings', () => {
    expect(value(read('原来有三万，给闺女交了学费，现在就剩八千', 'deposits'), 'property.deposits')).toBe(8000);
    expect(value(read('本来有五万，睇病使咗，而家得番一万', 'deposits', '441700'), 'property.deposits')).toBe(10000);
  });
  it('"老汉的跟俺一样", "老公同我一样": the amount said is each of two', () => {
    expect(value(read('俺一个月一百六，老伴的跟俺一样', 'basicPension'), 'income.basicPension')).toBe(3840);
    expect(value(read('每个月两百，阿婆同我一样', 'basicPension', '441700'), 'income.basicPension')).toBe(4800);
  });
});

describe("the state's 养老钱, and a pension said not to be had", () => {
  it("国家/政府的养老钱 is the basic pension; children's 养老钱 is support", () => {
    const u = read('别的没有，就靠政府发的养老钱', 'income');
    expect(u.incomeMentioned).not.toContain('support');
    expect(read('就靠闺女给的养老钱', 'income').incomeMentioned).toContain('support');
  });
  it('"冇退休金" in an answer is no 职工 pension, even beside a basic pension in figures', () => {
    const u = read('阿爸冇退休金，得农村养老金一百几', 'opening', '441700');
    expect(value(u, 'income.pensions')).toBe(0);
    expect(value(u, 'income.basicPension')).toBeGreaterThan(0);
  });
  it('"有冇养老金" asks whether: no fact', () => {
    expect(value(read('想问下阿婆有冇养老金领', 'opening', '441700'), 'income.pensions')).toBeUndefined();
  });
});
