// "Not much" and money lent, said as people say it (issue 21, round 4): 冇乜收入 / 没多少收入 of an old
// relative means they cannot support anyone; "两老" answering how the relatives elsewhere are is those
// relatives; 借…畀/给 someone is money lent (counted with savings), 问…借 is a debt; "冇乜事，就系…睇病"
// is spending on health, not "nothing happened"; "都报了，自己没掏啥" is 0 out of pocket. Our own
// examples, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';
import { step } from '../../bot/engine.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { stateFor } from '../eval/answers-eval.ts';
import type { AnswerItem } from '../eval/format.ts';

const parameters = defaultParameters();
const answer = (kind: AnswerItem['kind'], say: string, known: Household = {}, city: '140800' | '441700' = '140800') => {
  const state = stateFor({ id: 't', city, kind, known, say, facts: {} });
  return step(state, { channel: 'test', userId: 't', text: say }, { parameters, today: '2026-12-05' });
};

describe('old relatives with next to no income', () => {
  const parents: Household = { obligors: { exist: true, list: [{ relation: 'parent' }, { relation: 'parent' }] } };
  it('in Mandarin', () => {
    const u = read('俩老人都七十多了，没多少收入', 'obligors.situation', '140800', parents);
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(false);
    expect(value(u, 'obligors.list[1].ableBodiedAdult')).toBe(false);
  });
  it('in Cantonese, 两老 being the relatives asked about', () => {
    const u = read('两老都七十几，冇咩收入', 'obligors.situation', '441700', parents);
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(false);
    expect(value(u, 'obligors.list[1].ableBodiedAdult')).toBe(false);
    expect(u.unclear).toEqual([]);
  });
  it('a brother already listed gets his status', () => {
    const brother: Household = { obligors: { exist: true, list: [{ relation: 'sibling', age: 60 }] } };
    const u = read('佢自己都係低保户', 'obligors.situation', '441700', brother);
    expect(value(u, 'obligors.list[0].status')).toBe('dibao');
  });
  it('a rough age that fits the one known keeps it', () => {
    const known: Household = { obligors: { exist: true, list: [{ relation: 'parent', age: 83 }] } };
    const u = read('八十几了，冇乜收入', 'obligors.situation', '441700', known);
    expect(value(u, 'obligors.list[0].age')).toBeUndefined();
    expect(value(u, 'obligors.list[0].ableBodiedAdult')).toBe(false);
  });
});

describe('money lent is savings, money borrowed a debt', () => {
  it('借…给 a person', () => {
    expect(value(read('借了五万给俺侄子买车，还没还', 'deposits'), 'property.deposits')).toBe(50000);
  });
  it('借…畀 个 person', () => {
    expect(value(read('借咗两万畀个朋友', 'deposits', '441700'), 'property.deposits')).toBe(20000);
  });
  it('问…借 is still a debt', () => {
    const u = read('问俺舅借了一万', 'deposits');
    expect(value(u, 'debt')).toBe(10000);
    expect(value(u, 'property.deposits')).not.toBe(10000);
  });
});

describe('spending on health in any words', () => {
  it('"没啥事，就是看病花钱" goes on to ask how much', () => {
    const res = answer('hardship', '没啥事 就是俺老汉看病花钱多');
    expect(res.state?.household.hardship?.none).not.toBe(true);
    expect(res.state?.sub).toMatchObject({ question: 'hardship', step: 'expense' });
  });
  it('what is paid after insurance is the amount, whatever "not yet" follows', () => {
    const res = answer('hardship.expense', '医保报完，自己出咗一万二左右，仲未好', {}, '441700');
    expect(res.state?.household.hardship?.expenses?.[0]?.amount).toBe(12000);
    const u = read('新农合报了以后 自掏腰包八千多', 'hardship.expense');
    expect(u.facts.find((f) => f.path === 'hardship.expenses[0]')?.value).toMatchObject({ kind: 'medical' });
  });
  it('nothing out of pocket after insurance is 0 spent on health', () => {
    for (const say of ['医保都报了，自己没花啥', '冇，全部报晒']) {
      const res = answer('hardship.expense', say, {}, say.includes('冇') ? '441700' : '140800');
      expect(res.state?.household.hardship?.expenses?.[0]).toEqual({ kind: 'medical', amount: 0 });
    }
  });
});
