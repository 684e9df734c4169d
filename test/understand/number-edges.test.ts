// Amounts no resident means (issue 14, item 8): twenty nines, 1e308 and a negative income are not
// recorded as some other figure; the reply says which part was not understood and asks again.
import { describe, expect, it } from 'vitest';
import { step } from '../../bot/engine.ts';
import type { DialogueState } from '../../bot/state.ts';
import { understand } from '../../bot/understand/extract.ts';
import { defaultParameters } from '../../screening/index.ts';
import { replyText } from '../support/transcripts.ts';

const deps = { parameters: defaultParameters(), today: '2026-12-05' };
const say = (state: DialogueState | undefined, text: string) =>
  step(state, { channel: 'test', userId: 'u', text }, deps);

/** A dialogue at the question "how much are the wages", a person of 45 living alone. */
function atWageAmount(): DialogueState {
  let s = say(undefined, '你好').state;
  for (const t of ['1', '我一个人，45岁', '没有', '没有', '1']) s = say(s, t).state;
  expect(s?.sub?.step).toBe('amount');
  return s!;
}

describe('numbers a resident does not mean', () => {
  for (const text of ['99999999999999999999元', '1e308', '每月收入-500元', '负五百', '每月-500']) {
    it(`"${text}" is not recorded, and is named as not understood`, () => {
      const res = say(atWageAmount(), text);
      expect(res.state?.household.income?.wages).toBeUndefined();
      expect(res.state?.confirming).toBeUndefined();
      expect(replyText(res.out)).toContain('没看懂');
    });
  }

  it('a range with a dash, 2k and 3w are still read', () => {
    const read = (t: string) =>
      understand(t, {
        slot: 'income.amount',
        incomeKey: 'wages',
        household: {},
        today: deps.today,
        region: '140800',
        parameters: deps.parameters,
      }).facts.find((f) => f.path === 'income.wages')?.value;
    expect(read('每月2000-3000')).toBe(30000);
    expect(read('每月2k')).toBe(24000);
    expect(read('一年3w')).toBe(30000);
  });
});
