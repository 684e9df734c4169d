// Round 15 of the hotline: when the one who earned died in the emergency told ("丈夫生前开货车月入五千",
// 粤 "老公生前做地盘月入六千") and no one else of the family is said to earn, basic living is severely
// hit; someone else still earning leaves it as told. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the one earner died', () => {
  it('晋南: 丈夫突发脑溢血去世，生前开货车', () => {
    const h = run('来电人（女，33岁），丈夫11月25日突发脑溢血去世，留下一个娃（5岁）。丈夫生前开货车一月五千。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 老公出车祸过身，生前做地盘', () => {
    const h = run('来电人（女，31），老公11月27日出车祸过咗身，生前做地盘月入六千，有个女（4岁）。', '441781');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('another still earning: not said severe by this', () => {
    const h = run('来电人（女，40岁），丈夫11月25日突发脑溢血去世，生前开货车一月五千。来电人在超市上班一月两千。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBeUndefined();
  });
});
