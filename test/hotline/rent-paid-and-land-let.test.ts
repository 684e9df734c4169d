// Round 9 (issue 22): rent in a call summary. Rent a tenant pays ("租房住，每月租金600", a 出租屋住户's
// 房租, a 公房's 租金) is spending, not property income; money "given" for land let out in the same
// clause ("地包给别人一年给八百", "流转了一年给一千二") is rent received, not a relative's support.
// The texts are our own, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('rent the household pays', () => {
  it('租房住, then 每月租金: no property income, no house', () => {
    const h = run('市民赵某（女，45岁），城镇户口，带女儿（12岁）租房住，每月租金七百，在饭店洗碗每月两千。');
    expect(h.income?.property).toBeUndefined();
    expect(h.property?.houses).toBe(0);
  });

  it('粤: 出租屋住户 … 房租每月; 住公房, 租金每月', () => {
    expect(
      run('城西出租屋住户黄某（男，50岁）来电，冇工开，房租每月四百。', '441700').income?.property,
    ).toBeUndefined();
    const h = run('居民李伯（75岁）一个人住公房，租金每月八十，每月领养老金两百。', '441700');
    expect(h.income?.property).toBeUndefined();
    expect(h.property?.houses).toBe(0);
  });

  it('rent received is still property income', () => {
    expect(run('市民，女，66岁，自己住一套，另一套租出去每月租金一千二。').income?.property).toBe(14400);
  });
});

describe('land let out, paid for in the same clause', () => {
  it('地包给别人一年给: rent, not support', () => {
    const h = run('某村村民（男，72岁），种不动地了，地包给别人一年给六百块，每月养老金一百六。');
    expect(h.income?.property).toBe(600);
    expect(h.income?.support).toBeUndefined();
  });

  it('流转了一年给 / 粤 租畀人一年畀', () => {
    expect(run('某村，女，66岁，地让村里流转了一年给一千五。').income?.property).toBe(1500);
    expect(run('某村村民（女，70岁），块田租畀人耕，一年畀九百蚊。', '441700').income?.property).toBe(900);
  });

  it('a relative giving in the same clause is still support', () => {
    expect(run('某村，男，68岁，地包出去了，儿子一年给两千。').income?.support).toEqual([{ amount: 2000 }]);
  });
});
