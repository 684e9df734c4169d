// 一月 as "a month" (issue 22, round 22c): "一月四千五", "一月养老金三百多", 粤 "一月畀两千" before an amount or
// money is a rate, not January, so an emergency with no date said gets none; 一月份, 今年一月 and 一月十号 stay
// January. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { parseWhen } from '../../bot/understand/dates.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('一月 before an amount is a month, not January', () => {
  it('no date for an illness told without one', () => {
    const { household } = run(
      '闻喜县某村村民张某（男，45岁）来电，闺女（17岁）查出白血病，在太原看病花了十几万。他在砖厂干活，一月四千五左右。',
    );
    expect(household.hardship?.events?.[0]?.date).toBeUndefined();
    expect(household.income?.wages).toBe(54000);
  });

  it('in written Cantonese: 一月有两千几', () => {
    const { household } = run(
      '阳东区某村村民陈某（女，50岁）来电，老公查出肝癌，喺广州治疗花咗十几万。佢自己喺厂做嘢一月有两千几。',
      '441700',
    );
    expect(household.hardship?.events?.[0]?.date).toBeUndefined();
  });

  it('January said as such stays a date', () => {
    expect(parseWhen('今年一月摔伤', '2026-12-05')).toBe('2026-01-01');
    expect(parseWhen('一月份住院', '2026-12-05')).toBe('2026-01-01');
    expect(parseWhen('一月十号出的车祸', '2026-12-05')).toBe('2026-01-10');
    expect(parseWhen('一月三千块', '2026-12-05')).toBeUndefined();
  });
});
