// Amounts a call summary gives in a sentence of their own (issue 22, round 6): the kind named in the
// sentence before with no figure ("在砖厂干活。每月挣两千"), a figure restated or corrected later
// (the later one wins, a restatement is not added twice), several givers (每人, 各). And what must
// not be carried: rent paid, money stolen, a wage from before. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const income = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household.income;

describe('an amount in the sentence after its kind', () => {
  it('the kind named with no figure, the figure next', () => {
    expect(income('来电人赵某，男，56岁，独居，在砖厂干零活。每月挣两千左右。')?.wages).toBe(24000);
    expect(income('来电人（女，48岁）独自生活，打散工收入不稳定。一个月大概一千二。')?.wages).toBe(14400);
  });

  it('not a figure the sentence before already had, nor rent, a theft or a past wage', () => {
    expect(income('来电人（男，50岁）独居，打零工每月1800元。租房每月500元。')?.wages).toBe(21600);
    expect(income('来电人（女，30岁）独居，在县城打工。12月3日被盗，攒的八千元现金被偷。')?.wages).toBeUndefined();
    expect(income('来电人（女，44岁），丈夫跑货车。丈夫生前月入约五千元，上月车祸去世。')?.wages).toBeUndefined();
  });
});

describe('a figure restated or corrected', () => {
  it('the later correction wins', () => {
    expect(income('来电人钱某，男，52岁，独居，当保安每月2000元，后又称每月收入约2300元。')?.wages).toBe(27600);
    expect(income('来电人钱某，男，52岁，独居，当保安每月2000元。经核实每月实际到手1700元。')?.wages).toBe(20400);
  });

  it('a restatement is not added twice', () => {
    expect(income('来电人钱某，男，52岁，独居，当保安每月2000元。来电人称当保安一个月两千左右。')?.wages).toBe(24000);
  });
});

describe('several givers', () => {
  it('children who give the family money live apart, and their count is not the household', () => {
    const h = intake(
      { region: '140800', text: '来电人（女，82岁），老伴去世了，三个儿子每人每月给两百五。' },
      { today: '2026-12-05', parameters },
    ).household;
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child', 'child']);
    expect(h.income?.support?.[0]?.amount).toBe(9000);
  });

  it("a child's 抚养费 is money the child receives: the child stays a member", () => {
    const h = intake(
      { region: '140800', text: '来电人（女，35岁）离婚后同女儿（9岁）住，前夫每月给女儿五百抚养费。' },
      { today: '2026-12-05', parameters },
    ).household;
    expect(h.members?.map((m) => [m.relation, m.age])).toContainEqual(['child', 9]);
  });

  it('每人 and 各 multiply by the givers', () => {
    expect(income('来电人孙某，女，77岁，丧偶独居，四个儿子每人每月给两百元。')?.support?.[0]?.amount).toBe(9600);
    expect(income('来电人孙某，男，80岁，老伴去世，独居，三个女儿一年各给一千五。')?.support?.[0]?.amount).toBe(4500);
  });
});
