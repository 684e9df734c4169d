// A figure corrected and then said once more (issue 22, round 6b): "先称养老金一个月一百多，后核实为每月
// 140元，来电人表示每月领养老金140元" is 140 a month, not twice it; two different sources with the same
// figure still add up. Farming "a little" (种点地, 种些地) is farm income. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a corrected figure said again', () => {
  it('is counted once', () => {
    const h = run('来电人（男，75岁），先称养老金一个月一百多，后核实为每月140元，来电人表示每月领养老金140元。');
    expect(h.income?.basicPension).toBe(1680);
  });

  it('two sources with the same figure add up', () => {
    const h = run('来电人（女，60岁），养鸡一年两千，卖菜一年两千。');
    expect(h.income?.business).toBe(4000);
  });
});

describe('farming a little', () => {
  it('种点地 and 种些地 bring farm income, and the pension before it stays the pension', () => {
    const h = run('来电人（女，68岁），养老金每月120元，种点地一年2500元左右。');
    expect(h.income?.basicPension).toBe(1440);
    expect(h.income?.business).toBe(2500);
    expect(run('来电人（男，66岁），种些地，一年落个两千。').income?.business).toBe(2000);
  });
});
