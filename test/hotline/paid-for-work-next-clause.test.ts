// "平时帮人睇鱼塘，一个月畀佢五百" (issue 22, round 24d): money given in the clause right after work done for
// others, in the same sentence and with no relative named, is the pay for that work (wages), not support.
// A relative named as the giver still gives support; a day's rate is not made a year's pay. Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('pay for work done for others, given in the next clause', () => {
  it('in written Cantonese, 帮人睇果园，一个月畀佢六百: wages', () => {
    const h = run('阳春市某村村民（男，63岁），独居，平时帮人睇果园，一个月畀佢六百。', '441700');
    expect(h.income?.wages).toBe(7200);
    expect(h.income?.support ?? []).toEqual([]);
  });

  it('in 晋南 words, 给人家看门，一个月给他八百: wages', () => {
    const h = run('永济市某村村民，男，59岁，一个人过，平常给人家看门，一个月给他八百。');
    expect(h.income?.wages).toBe(9600);
  });

  it('a son named as the giver still gives support', () => {
    const h = run('永济市某村村民，男，59岁，平常给人家看门，儿子一个月给他八百。');
    expect(h.income?.support?.[0]?.amount).toBe(9600);
  });
});
