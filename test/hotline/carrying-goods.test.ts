// Carrying goods on one's own vehicle ("靠自己运货", 粤 "帮人运货，除油钱净落…") is a trade on one's own account, as
// 拉货 is: its money is business income; carrying goods for a firm on a wage stays wages. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const income = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household.income;

describe('carrying goods', () => {
  it('晋南: 家里靠他开三马子运货，一个月两千来块: business', () => {
    expect(income('来电人（女，48岁），男人（50岁）开三马子给人运货，一个月两千块。')?.business).toBe(24000);
  });

  it('粤: 屋企靠自己运货，一个月二千五: business', () => {
    expect(income('来电人（男，51岁），屋企主要靠自己运货，一个月二千五。', '441700')?.business).toBe(30000);
  });

  it('粤: 喺物流公司运货，月薪四千: wages', () => {
    expect(income('来电人（男，45岁），喺物流公司运货，月薪四千。', '441700')?.wages).toBe(48000);
  });
});
