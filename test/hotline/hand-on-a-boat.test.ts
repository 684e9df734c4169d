// Call summaries, round 23 (issue 22): going to sea on someone else's boat (帮人出海, 做渔工, 跟船) is a
// hand's pay, wages; a boat of one's own (打鱼, 出海 alone) stays a business. Our own sentences.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a hand on a boat', () => {
  it('粤 "间中帮人出海，一年约八千" is wages', () => {
    const r = run('来电人（男，58岁），同老婆住，间中帮人出海，一年约八千。', '441721');
    expect(r.household.income?.wages).toBe(8000);
    expect(r.household.income?.business).toBeUndefined();
  });

  it('粤 "跟船，一年万几蚊" is the same', () => {
    const r = run('来电人（男，45岁），平时跟船，一年万五左右。', '441704');
    expect(r.household.income?.wages).toBe(15000);
  });

  it('a fisherman on his own boat ("自己出海打鱼") is still a business', () => {
    const r = run('来电人（男，50岁），渔民，自己出海打鱼，一年纯收入三万左右。', '441721');
    expect(r.household.income?.business).toBe(30000);
  });

  it('晋南 "给人家干活" stays wages', () => {
    const r = run('来电人（男，52岁），农闲给人家干活，一年挣个六七千。', '140821');
    expect(r.household.income?.wages).toBe(6500);
  });
});
