// "两人都有养老金每月…" (issue 22, round 21c): a pair who both have a pension, then one monthly sum, is
// each one's pension: the household's is twice it. A sum said to be the total stays as said. Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a pair who both have a pension', () => {
  it('两个人都领养老金每月一百五: both pensions counted', () => {
    const h = run('夏县某村，男，79岁，老婆子75岁，两个人都领养老金每月一百五，地早就种不动了。');
    expect(h.income?.basicPension).toBe(3600);
  });

  it('in written Cantonese, 两公婆都有养老金: both counted', () => {
    const h = run('阳西县某村，女，72岁，老公76岁，两公婆都有养老金每月两百，冇其他收入。', '441700');
    expect(h.income?.basicPension).toBe(4800);
  });

  it('a total stays a total', () => {
    const h = run('夏县某村，男，79岁，老婆子75岁，两个人都有养老金，每月一共三百。');
    expect(h.income?.basicPension).toBe(3600);
  });
});
