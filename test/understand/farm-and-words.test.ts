// Farm money, ages said in passing, and more ways of saying commands (issue 21, round 4). Our own
// examples, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';
import { step } from '../../bot/engine.ts';
import { readNumber } from '../../bot/understand/numbers.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { stateFor } from '../eval/answers-eval.ts';
import type { AnswerItem } from '../eval/format.ts';

const parameters = defaultParameters();

describe('farm money', () => {
  it('a price per 亩 times the 亩 said before it, a year', () => {
    expect(
      value(read('种了八亩玉米，一亩能落五百', 'income.amount', '140800', {}, 'business'), 'income.business'),
    ).toBe(4000);
    expect(
      value(read('五亩地包出去了，一亩一年七百', 'income.amount', '140800', {}, 'property'), 'income.property'),
    ).toBe(3500);
  });
  it('a price alone is no income', () => {
    expect(read('一斤卖三块', 'income.amount', '140800', {}, 'business').facts).toEqual([]);
  });
  it('seasons a year as said, not four', () => {
    expect(
      value(read('一季稻一季花生，一季落两千', 'income.amount', '441700', {}, 'business'), 'income.business'),
    ).toBe(4000);
    expect(value(read('一季得五千蚊，一年两季', 'income.amount', '441700', {}, 'business'), 'income.business')).toBe(
      10000,
    );
  });
  it('the kind of income asked wins when the answer names it too', () => {
    const u = read('帮人养蚝，按月出粮，一个月两千', 'income.amount', '441700', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(24000);
  });
  it('一百零几 is 101 to 109', () => {
    const n = readNumber('一百零几', 0)!;
    expect([n.lo, n.hi]).toEqual([101, 109]);
  });
});

describe('ages said in passing', () => {
  it('after the dead spouse was named, the speaker', () => {
    const u = read('老伴前年走了 俺一个人 七十六了', 'opening');
    expect(value(u, 'members[0].age')).toBe(76);
  });
  it('"刚满六十" is an age, "还不到六十" neither age nor money', () => {
    expect(
      value(
        read('俺今年刚满六十，还没领', 'basicPension', '140800', { members: [{ relation: 'self' }] }),
        'members[0].age',
      ),
    ).toBe(60);
    const u = read('没有，俺还不到六十', 'basicPension');
    expect(u.facts.some((f) => f.path === 'income.basicPension' && f.value !== 0)).toBe(false);
    expect(u.unclear).toEqual([]);
  });
  it('a size said counts the one working away', () => {
    const u = read('俺家四口 俺五十 老婆四十八 儿子在西安打工二十五 闺女上高中十七', 'members');
    expect(value(u, 'size')).toBe(4);
    expect(value(u, 'members[2].age')).toBe(25);
  });
  it('two at school, not named one by one, are both at school', () => {
    const u = read('四口人 俺 老汉 两个娃都上学', 'members');
    expect(value(u, 'members[2].student.fullTime')).toBe(true);
    expect(value(u, 'members[3].student.fullTime')).toBe(true);
  });
  it('"大病没有" is no serious illness', () => {
    expect(value(read('大病没有，就是腰疼', 'illness'), 'members[0].seriousIllness')).toBe(false);
  });
  it('"自己没房" is no house', () => {
    expect(value(read('住的俺姐家，自己没房', 'property'), 'property.houses')).toBe(0);
  });
});

describe('commands in more words', () => {
  const command = (kind: AnswerItem['kind'], say: string, city: '140800' | '441700' = '140800') => {
    const state = stateFor({ id: 't', city, kind, say, facts: {} });
    const res = step(state, { channel: 'test', userId: 't', text: say }, { parameters, today: '2026-12-05' });
    return { res, before: state };
  };
  it('弄啥哩 and 做咩要问 ask why; the question stays', () => {
    for (const [say, city] of [
      ['问这个弄啥哩', '140800'],
      ['做咩要问屋企有几多钱？', '441700'],
    ] as const) {
      const { res, before } = command('deposits', say, city);
      expect(res.state?.history.length).toBe(before?.history.length);
      expect(res.state?.pending).toBe('deposits');
    }
  });
});

describe('people and money, more constructions', () => {
  it('"阿爸阿妈早冇咗": both gone, no relatives to support', () => {
    const u = read('冇仔冇女，阿爸阿妈早冇咗', 'obligors', '441700');
    expect(u.facts.some((f) => f.path.startsWith('obligors.list'))).toBe(false);
  });
  it('"个女自己都係低保户" is the daughter\'s status, not the household\'s', () => {
    const known: Household = { obligors: { exist: true, list: [{ relation: 'child' }] } };
    const u = read('个女自己都係低保户', 'obligors.situation', '441700', known);
    expect(value(u, 'obligors.list[0].status')).toBe('dibao');
    expect(value(u, 'currentBenefits.dibao')).toBeUndefined();
  });
  it('"我阿爸阿妈…一人二百几" is per parent, two of them', () => {
    const u = read('我阿爸阿妈都有，一人二百', 'basicPension', '441700', {
      members: [{ relation: 'self' }, { relation: 'parent' }, { relation: 'parent' }],
    });
    expect(value(u, 'income.basicPension')).toBe(4800);
  });
  it('money sent home is support; a shop let out is rent', () => {
    expect(
      value(read('个女喺东莞，每个月寄五百返嚟', 'income.amount', '441700', {}, 'support'), 'income.support'),
    ).toBe(6000);
    const u = read('有间细铺租咗畀人，每月八百', 'income.amount', '441700', {}, 'property');
    expect(value(u, 'income.property')).toBe(9600);
    expect(value(u, 'property.commercialProperty')).toBe(true);
  });
  it('how many worked before is not how many work now', () => {
    const u = read('以前两个都喺厂度，而家冇做', 'employed', '441700', {
      members: [{ relation: 'self' }, { relation: 'spouse' }],
    });
    expect(u.bare).toEqual([]);
  });
});

describe('round 4, last words', () => {
  it('"刨去…落不下一万" is under ten thousand, net', () => {
    const v = value(
      read('花椒一年卖个三万 刨去肥料农药 落不下一万', 'income.amount', '140800', {}, 'business'),
      'income.business',
    ) as number;
    expect(v).toBeLessThan(10000);
  });
  it('"有两套，一套…一套…" is two', () => {
    expect(value(read('有两套 一套在村里 一套在县城', 'property'), 'property.houses')).toBe(2);
  });
  it('a hand caught in a machine is an accident at work', () => {
    expect(value(read('男人在砖厂干活 手叫机器轧断了', 'hardship'), 'hardship.events[0].kind')).toBe('accident');
  });
  it('"肢体二级" names the category', () => {
    expect(value(read('俺是残疾人 肢体二级', 'opening'), 'members[0].disability.kind')).toBe('physical');
  });
});
