// Sums are not flows (issue 22, round 3): savings and debts said after a monthly wage are not
// multiplied by twelve; money paid out of pocket (自付) is spending, not the wage said before it;
// a crop (种花生) is farming, not spending (花). Our own texts, not items of the blind sets.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('sums and flows', () => {
  it('savings after a monthly wage stay what was said', () => {
    const r = run('来电人（女，40岁）在超市上班，月工资两千，一个人带孩子（8岁），没车，存款八千左右。');
    expect(r.household.income?.wages).toBe(24000);
    expect(r.household.property?.deposits).toBeGreaterThanOrEqual(7000);
    expect(r.household.property?.deposits).toBeLessThanOrEqual(9000);
  });

  it('in Cantonese, with 几', () => {
    const r = run('来电人（男，60岁）每月退休金两千几，两公婆住自己楼，冇车，存款三万几。', '441700');
    expect(r.household.property?.deposits).toBeLessThan(40000);
  });

  it('自付 after a monthly wage is spending, not more wage', () => {
    const r = run('来电人（男，38岁）开货车，月入约五千元。儿子（10岁）今年3月查出白血病，医保报销后已自付约十万元。');
    expect(r.household.income?.wages).toBe(60000);
    expect(r.household.hardship?.expenses?.[0]).toMatchObject({ kind: 'medical', amount: 100000 });
  });

  it('种花生 is farming, not spending', () => {
    const r = run('来电人（男，58岁）同老婆喺屋企种花生、养几只鸡，一年纯收入约一万二，冇其他收入。', '441700');
    expect(r.household.income?.business).toBe(12000);
    expect(r.household.hardship?.expenses ?? []).toEqual([]);
  });

  it('spending said per month is still counted per month', () => {
    const r = run('来电人（女，45岁）儿子（12岁）脑瘫，做康复训练每个月自己掏一千。');
    expect(r.household.hardship?.expenses?.[0]?.amount).toBe(12000);
  });
});

describe('the period of farm income', () => {
  it('a year named earlier in the sentence holds for the net figure after it, over a monthly wage said before', () => {
    const r = run(
      '来电人（男，50岁），屋企四个人，个仔喺中山打工每月三千，屋企食饭。本人同老婆种荔枝，今年价钱差，除咗成本净得六千几。',
      '441700',
    );
    expect(r.household.income?.business).toBeGreaterThanOrEqual(6000);
    expect(r.household.income?.business).toBeLessThanOrEqual(7000);
  });
});
