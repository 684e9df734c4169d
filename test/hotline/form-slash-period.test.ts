// A work-order form writes a period after a slash (issue 22, round 6b): "务农约4000元/年" is a year's
// income, as "养老金110元/月" is a month's; a slash elsewhere still separates. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a period after a slash', () => {
  it('元/年 is a year, 元/月 a month', () => {
    const h = run('来电人（女，58岁），一个人过；经济来源：务农约4000元/年；养老金110元/月');
    expect(h.income?.business).toBe(4000);
    expect(h.income?.basicPension).toBe(1320);
  });

  it('a slash between words still ends a clause', () => {
    const h = run('来电人（男，61岁）/独居/务农一年3000元');
    expect(h.members?.[0]?.age).toBe(61);
    expect(h.income?.business).toBe(3000);
  });
});
