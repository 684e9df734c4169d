// What a shop or a registered business brings in (issue 22, round 6): "开了个五金店（有营业执照），
// 一年能挣六万" is business income (经营净收入), though the amount's clause names no kind of money;
// a company someone works at (在物流公司开车) is a wage, and a shop let out is rent. Texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const income = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household.income;

describe('a shop or a business and what it brings in', () => {
  it("a shop opened, then a year's figure: business income", () => {
    expect(income('来电人（女，44岁）称丈夫在镇上开了间修车铺，有营业执照，一年能挣五万左右。')?.business).toBe(50000);
    expect(income('来电人（男，39岁）自己开咗个体户卖水果，一年赚大概七万。', '441700')?.business).toBe(70000);
  });

  it("what the family's shop clears in a year (纯利), in a sentence of its own", () => {
    expect(income('来电人（男，50岁）一家三口，楼下开杂货铺。杂货铺一年纯利五万左右。', '441700')?.business).toBe(
      50000,
    );
  });

  it('working at a company is a wage', () => {
    const i = income('来电人（男，40岁）独居，在县城一家快递公司开车，每月两千八。');
    expect(i?.wages).toBe(33600);
    expect(i?.business).toBeUndefined();
  });
});
