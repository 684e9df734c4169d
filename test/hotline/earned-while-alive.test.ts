// What one who has died earned while alive ("生前做泥水，一个月四五千") is no longer the household's income,
// even when the amount comes in the clause after 生前; an amount said of someone else after it still
// counts (issue 22, round 11). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('earned while alive', () => {
  it('晋南: 丈夫去世了，生前跑运输，一个月挣五千: no wages now', () => {
    const h = run('来电人（女，45岁）称丈夫11月20日出车祸去世了，丈夫生前跑运输，一个月挣五千。家里还有个闺女上初中。');
    expect(h.income?.wages ?? 0).toBe(0);
  });

  it('粤: 老公过身，生前做装修，每月六千: no wages now', () => {
    const h = run('来电人（女，39岁），老公11月27日喺工地跌死咗，老公生前做装修，每月六千左右。个仔读小学。', '441702');
    expect(h.income?.wages ?? 0).toBe(0);
  });

  it('the caller’s own amount said after it still counts', () => {
    const h = run('来电人（女，44岁），老公11月25日车祸过身，老公生前做散工，来电人自己做清洁每月两千。', '441781');
    expect(h.income?.wages).toBe(24000);
  });
});
