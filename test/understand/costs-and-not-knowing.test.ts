// Money and the rest, round 7 (issue 21): costs taken off what was sold, "not known" said in other
// words, commands typed instead of an answer, homes and cars, figures that changed. Our own examples,
// not the blind sets'.
import { describe, expect, it } from 'vitest';
import { read, value } from '../support/understanding.ts';

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
