// Money and situations, round 14: the general ways of stating pensions, spending paid back and how a
// relative elsewhere stands that the fourteenth blind round showed the reader missing. Our own sentences,
// not the blind sets', in both cities' ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import { read, value } from '../support/understanding.ts';

const between = (v: unknown, lo: number, hi: number) => {
  expect(typeof v).toBe('number');
  expect(v as number).toBeGreaterThanOrEqual(lo);
  expect(v as number).toBeLessThanOrEqual(hi);
};

const twoChildren = {
  obligors: { exist: true, list: [{ relation: 'child' as const }, { relation: 'child' as const }] },
};
const oneSon = { obligors: { exist: true, list: [{ relation: 'child' as const }] } };

describe('a relative’s status said as a bare programme name after them', () => {
  it('晋南: 二闺女低保', () => {
    const u = read('二闺女低保 也六十好几了', 'obligors.situation', '140800', twoChildren);
    expect(value(u, 'obligors.list[0].status')).toBe('dibao');
  });
  it('粤: 佢低保', () => {
    const u = read('佢低保，都七十喇', 'obligors.situation', '441700', oneSon);
    expect(value(u, 'obligors.list[0].status')).toBe('dibao');
  });
  it('asked something else, the bare name is no status', () => {
    const u = read('儿子低保 想问问', 'opening', '140800');
    expect(u.facts.some((f) => f.path.endsWith('.status'))).toBe(false);
  });
});

describe('in prison or gone without news, a relative cannot support', () => {
  it('晋南: 关在监狱里', () => {
    const u = read('小子关在监狱里 判了六年', 'obligors.situation', '140800', oneSon);
    expect(value(u, 'obligors.list[0].imprisoned')).toBe(true);
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(false);
  });
  it('粤: 唔知佢喺边', () => {
    const u = read('个仔出咗去打工，唔知佢喺边', 'obligors.situation', '441700', oneSon);
    expect(value(u, 'obligors.list[0].declaredMissing')).toBe(true);
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(false);
  });
  it('晋南: 后来一直没消息', () => {
    const u = read('老汉出去了 后来一直没消息', 'obligors.situation', '140800', {
      obligors: { exist: true, list: [{ relation: 'spouse' }] },
    });
    expect(value(u, 'obligors.list[0].declaredMissing')).toBe(true);
  });
  it('an application not answered yet is nobody missing', () => {
    const u = read('申请了俩月 一直没消息', 'opening', '140800');
    expect(u.facts.some((f) => f.path.includes('declaredMissing'))).toBe(false);
  });
});

describe('spending, then a share paid back, asked what was spent', () => {
  it('晋南: 报了一半', () => {
    const u = read('住院拢共花了五六万 合疗报了一半', 'hardship.expense', '140800', {
      hardship: { none: false, events: [{ kind: 'sudden_illness' }], expenses: [{ kind: 'medical' }] },
    });
    between((value(u, 'hardship.expenses[0]') as { amount: number }).amount, 25000, 30000);
  });
  it('粤: a bare figure, 报咗一半', () => {
    const u = read('成十万，报咗一半', 'hardship.expense', '441700', {
      hardship: { none: false, events: [{ kind: 'sudden_illness' }], expenses: [{ kind: 'medical' }] },
    });
    between((value(u, 'hardship.expenses[0]') as { amount: number }).amount, 45000, 50000);
  });
});

describe('one figure for each of two people, unnamed', () => {
  it('粤: 一个…一个…', () => {
    const u = read('两公婆都有，一个一百九一个二百一', 'basicPension', '441700');
    expect(value(u, 'income.basicPension')).toBe(4800);
  });
  it('晋南: 一个一百五 一个一百七 (the 一 of 一百 after 一个)', () => {
    const u = read('俺俩都领 一个一百五 一个一百七', 'basicPension', '140800');
    expect(value(u, 'income.basicPension')).toBe(3840);
  });
});

describe('only the basic pension is no 职工 pension', () => {
  it('晋南: asked which incomes, 就领那点农村养老金', () => {
    const u = read('就领那点农村养老金 一个月一百四', 'income', '140800');
    expect(value(u, 'income.basicPension')).toBe(1680);
    expect(value(u, 'income.pensions')).toBe(0);
  });
  it('粤: 退休金冇 said after the word', () => {
    const u = read('退休金冇，得个农村养老金二百几', 'income', '441700');
    expect(value(u, 'income.pensions')).toBe(0);
    between(value(u, 'income.basicPension'), 2400, 3600);
  });
  it('a 职工 pension said beside it stays', () => {
    const u = read('老汉退休金一个月两千五 俺就领一百多的养老金', 'income', '140800');
    expect(value(u, 'income.pensions')).toBe(30000);
  });
});

describe('a little grown, and what it sells for', () => {
  it('晋南: 种点花椒 … 卖个几千', () => {
    const u = read('种点花椒 一年卖个几千块 别的没啥', 'income', '140800');
    between(value(u, 'income.business'), 2000, 9000);
  });
  it('粤: 种啲番薯 … 卖得', () => {
    const u = read('种啲番薯，一年卖得三千蚊左右', 'income', '441700');
    between(value(u, 'income.business'), 2500, 3500);
  });
});

describe('a sum that cannot be reckoned is not known', () => {
  it('粤: 计唔清, with nothing sold', () => {
    const u = read('计唔清喎，啲菜都系自己食', 'income.amount', '441700', {}, 'business');
    expect(value(u, 'income.business')).toBeUndefined();
    expect(u.idk).toBe(true);
  });
  it('晋南: 难说, good years and bad', () => {
    const u = read('难说 好年景能落一万 差年景就赔', 'income.amount', '140800', {}, 'business');
    expect(value(u, 'income.business')).toBeUndefined();
  });
  it('粤: 唔定 only says it varies, and the range stands', () => {
    const u = read('唔定㗎，好嘅时候两三千，冇工就冇', 'income.amount', '441700', {}, 'wages');
    expect(value(u, 'income.wages')).toBeGreaterThan(0);
  });
});

describe('National Day said by its date', () => {
  const when = (say: string, city: '140800' | '441700') =>
    runAnswer({ id: 't', city, kind: 'hardship.when', say, facts: {} })?.scored.extra.find(
      (e) => e.path === 'hardship.events[0].date',
    )?.got;
  it('晋南: 十一放假的时候', () => {
    expect(String(when('十一放假的时候出的事', '140800'))).toMatch(/^2026-10/);
  });
  it('粤: 十一黄金周', () => {
    expect(String(when('十一黄金周嗰阵', '441700'))).toMatch(/^2026-10/);
  });
});

describe('asking what a programme is holds no status', () => {
  it('晋南: 啥叫低保', () => {
    const u = read('啥叫低保 俺能不能吃', 'opening', '140800');
    expect(value(u, 'currentBenefits.dibao')).toBeUndefined();
  });
  it('粤: 咩系特困', () => {
    const u = read('咩系特困？我得唔得', 'opening', '441700');
    expect(value(u, 'currentBenefits.tekun')).toBeUndefined();
  });
});

describe('work that stopped after a month of this year', () => {
  it('晋南: 八月份以后就没干了', () => {
    const u = read('在厂里上班一个月三千 八月份以后就没干了', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(24000);
  });
  it('粤: 四月之后冇做', () => {
    const u = read('喺酒楼做每个月四千，四月之后冇做喇', 'income.amount', '441700', {}, 'wages');
    expect(value(u, 'income.wages')).toBe(16000);
  });
  it('a month named with no stop is no length of work', () => {
    const u = read('六月开始上班 一个月三千', 'income.amount', '140800', {}, 'wages');
    expect(value(u, 'income.wages')).not.toBe(18000);
  });
});

describe('the older and the younger each give their own', () => {
  it('晋南: 大的一个月…, 小的一年…', () => {
    const u = read('大的每月给俺两百，小的过年给个五百', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBe(2900);
  });
  it('粤: 大嘅每个月…, 细嘅一年…', () => {
    const u = read('大嘅每个月畀三百，细嘅一年畀一千', 'income.amount', '441700', {}, 'support');
    expect(value(u, 'income.support')).toBe(4600);
  });
  it('one person’s month and year figures are still one figure', () => {
    const u = read('大的一个月给三百 一年三千六', 'income.amount', '140800', {}, 'support');
    expect(value(u, 'income.support')).toBe(3600);
  });
});

describe('asking for someone named by the status they hold', () => {
  it('粤: 帮一个低保户问', () => {
    const u = read('我系社工，帮一个低保户问下，佢七十岁，一个人住', 'opening', '441700');
    expect(value(u, 'currentBenefits.dibao')).toBe(true);
  });
  it('晋南: 替一个五保老人问问', () => {
    const u = read('俺是村里的 替一个五保老人问问 他八十了', 'opening', '140800');
    expect(value(u, 'currentBenefits.tekun')).toBe(true);
  });
  it('asking to apply is no status held', () => {
    const u = read('帮我妈问问 想申请五保', 'opening', '140800');
    expect(value(u, 'currentBenefits.tekun')).toBeUndefined();
  });
});
