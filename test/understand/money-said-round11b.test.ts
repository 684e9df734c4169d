// Money and situations, round 11 second pass (issue 21): the general ways of stating money and what
// befell a family that the first pass left. Our own sentences, not the blind sets', in both cities'
// ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../bot/understand/tokens.ts';
import { lexiconFor } from '../../content/lexicon/index.ts';
import { read, value } from '../support/understanding.ts';

const words = (text: string) =>
  tokenize(text, 'all')
    .tokens.filter((t) => t.kind === 'word')
    .map((t) => t.text);

describe('a word kept only to hide the words inside it gives way to one that matters', () => {
  it('a month then 中风: the stroke, dated in that month', () => {
    expect(words('俺爹九月中风住院')).toContain('中风');
    const u = read('俺爹九月中风住院了', 'hardship');
    expect(value(u, 'hardship.events[0].kind')).toBe('sudden_illness');
    expect(value(u, 'hardship.events[0].date')).toMatch(/^2026-09/);
    const y = read('阿爷八月中风入咗医院', 'hardship', '441700');
    expect(value(y, 'hardship.events[0].kind')).toBe('sudden_illness');
    expect(value(y, 'hardship.events[0].date')).toMatch(/^2026-08/);
  });
  it('镇上 then 班: working in town', () => {
    expect(words('儿子在镇上班')).toContain('上班');
  });
  it('but a word that begins where it ends keeps it whole (现在 家里)', () => {
    expect(words('现在家里就俺一个')).toEqual(expect.arrayContaining(['现在', '家里']));
    expect(lexiconFor('all').longest('月中', 0)?.length).toBe(2);
  });
});

describe('出事, said plainly, is an accident', () => {
  it('粤: the husband met with it at sea, told first', () => {
    const u = read('老豆出海出咗事，依家仲喺医院', 'opening', '441700');
    expect(value(u, 'hardship.events[0].kind')).toBe('accident');
  });
  it('晋南: met with it at the mine and died: the accident, not only a death', () => {
    const u = read('俺男人上个月在煤窑上出了事没了', 'opening');
    expect(value(u, 'hardship.events[0].kind')).toBe('accident');
  });
  it('a kind more specific told with it names it (a theft)', () => {
    const u = read('个仔出事，俾人呃咗五万', 'hardship', '441700');
    expect(value(u, 'hardship.events[0].kind')).toBe('crime');
  });
  it('named in passing in answer to a money question, it is the one already told, not a new one', () => {
    const u = read('今年三月出去干的 一个月三千五 干到八月就出事了', 'income.amount', '140800', {}, 'wages');
    expect(u.facts.some((f) => f.path.startsWith('hardship.events'))).toBe(false);
  });
  it('淨 typed in the traditional form is 净 (淨係 is "only")', () => {
    expect(words('屋企淨係阿妈同个女')).toContain('净系');
  });
});

describe('asked the household wages, someone working away is a member working away', () => {
  it('晋南: the son works away, his monthly pay is the household wage', () => {
    const u = read('俺闺女在西安打工，一个月两千八', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(33600);
    expect(u.facts.some((f) => f.path.startsWith('obligors'))).toBe(false);
  });
  it('粤: with the months worked a year', () => {
    const u = read('个女喺东莞返工，每个月两千五，一年做十个月', 'income.amount', '441700', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(25000);
  });
  it('asked who gives money, a child working away is still a relative elsewhere', () => {
    const u = read('儿子在外头打工，一个月给五百', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.wages')).toBeUndefined();
  });
});

describe('what came to hand over the time worked is a sum, not a rate', () => {
  it('晋南: a day rate, then what was actually received this year', () => {
    const u = read(
      '说好一天一百八，老板老拖欠，今年干了八个月，到手的就一万五',
      'income.amount',
      '140800',
      {},
      'wages',
    );
    expect(value(u, 'income.wages')).toBe(15000);
    expect(value(u, 'debt')).toBeUndefined();
  });
  it('粤: 成日 is always, 拖粮 pay held back, 落袋 what was received', () => {
    const u = read(
      '喺地盘做，一日两百，老板成日拖粮，今年做咗半年，落袋得一万二',
      'income.amount',
      '441700',
      {},
      'wages',
    );
    expect(value(u, 'income.wages')).toBe(12000);
    expect(u.facts.some((f) => f.path.startsWith('hardship.events'))).toBe(false);
  });
});

describe('a home let to others brings rent, for the months it was let', () => {
  it('粤: 租咗间屋畀人 is letting, not renting in; 收咗半年 is half a year of it', () => {
    const u = read('租咗间屋畀人，一个月八百，收咗半年佢就搬走咗', 'income.amount', '441700', {}, 'property');
    expect(value(u, 'income.property')).toBe(4800);
    expect(value(u, 'income.support')).toBeUndefined();
    expect(value(u, 'property.houses')).toBeUndefined();
  });
  it('晋南: 把房子租给人, rent received for three months', () => {
    const u = read('把老房子租给人家了，一个月五百，收了三个月人家就搬走了', 'income.amount', '140800', {}, 'property');
    expect(value(u, 'income.property')).toBe(1500);
  });
  it('renting a home in stays renting in', () => {
    expect(value(read('俺们租间房住，一个月三百', 'property'), 'property.houses')).toBe(0);
  });
});

describe('a rate changed from a month on: the old rate before it, the new from it', () => {
  it('晋南: rent cut from July on', () => {
    const u = read('铺子原先一个月租一千，后来降到七百，从七月份开始', 'income.amount', '140800', {}, 'property');
    expect(value(u, 'income.property')).toBe(6 * 1000 + 6 * 700);
  });
  it('粤: pay raised from March on', () => {
    const u = read('本来每个月两千四，老板加到两千八，三月起', 'income.amount', '441700', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(2 * 2400 + 10 * 2800);
  });
  it('with no month said, nothing is mixed in', () => {
    const u = read('一个月一千，后来降到七百', 'income.amount', '140800', {}, 'property');
    expect(value(u, 'income.property')).not.toBe(6 * 1000 + 6 * 700);
  });
});

describe('a crop reckoned in three factors: units, yield a unit, price a 斤', () => {
  it('晋南: 亩 × 斤 a 亩 × price a 斤, the price said as 块 and tenths', () => {
    const u = read('种了八亩玉米 一亩收八百斤 一块一一斤', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(7040);
  });
  it('粤: 蚊 and tenths', () => {
    const u = read('两亩番薯，一亩有两千斤，一蚊五一斤', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBe(6000);
  });
  it('块 then a digit is tenths only for a small sum: 一千块 stays a thousand', () => {
    const u = read('卖菜一个月一千块', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(12000);
  });
});

describe('the closed fishing season takes its months off a monthly figure', () => {
  it('粤: 休渔期冇, no count said: three and a half months off', () => {
    const u = read('出海捉鱼，一个月三千，休渔期冇', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBe(3000 * 8.5);
  });
  it('a count said is read instead', () => {
    const u = read('打鱼一个月三千，禁渔期四个月没活干', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBe(3000 * 8);
  });
});

describe('savings and money lent', () => {
  it("粤: a couple's savings together, and lent as well: added", () => {
    const u = read('两公婆加埋有两万，仲借咗八千畀个外甥', 'deposits', '441700');
    expect(value(u, 'property.deposits')).toBe(28000);
  });
  it('晋南: saved, lent part to him, the rest in the bank: the first figure is the whole', () => {
    const u = read('俺俩攒了一辈子 攒下五万 前年借给他三万 存折上还剩两万', 'deposits');
    expect(value(u, 'property.deposits')).toBe(50000);
  });
  it('粤: lent 畀佢 is lent, not borrowed', () => {
    const u = read('借咗一万畀佢，佢未还', 'deposits', '441700');
    expect(value(u, 'property.deposits')).toBe(10000);
    expect(value(u, 'debt')).toBeUndefined();
  });
});

describe('mending what the family lives by is spending of another kind', () => {
  it('粤: the boat broke, its repair cost: an other event and an other expense', () => {
    const u = read('条船坏咗，修船使咗两万几', 'hardship', '441700');
    expect(value(u, 'hardship.events[0].kind')).toBe('other');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'other', amount: 25000 });
  });
  it('晋南: the farm machine mended', () => {
    const u = read('浇地的机器坏了 修机器花了六千', 'hardship');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'other', amount: 6000 });
  });
  it('hurt while mending the roof is an accident and its cost medical', () => {
    const u = read('上房修房顶摔下来了，住院花了两万', 'hardship');
    expect(value(u, 'hardship.events[0].kind')).toBe('accident');
    expect(value(u, 'hardship.expenses[0]')).toEqual({ kind: 'medical', amount: 20000 });
  });
});
