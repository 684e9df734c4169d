// Relatives who give the family money regularly (issue 22, round 6b): a child who sends money from
// their own household can support (特困人员认定办法 第八条), so 特困 is not open for the parents on
// that ground; a giver said to be old, ill or disabled is not taken as able. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('relatives who give money', () => {
  it('a son giving each month is able to support', () => {
    const h = run('来电人（男，79岁）与老伴（77岁）在村里住，儿子每月给800块，两人养老金各140元/月。');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('givers named in the clause before, each', () => {
    const h = run('来电人（女，81岁），独居，两个女儿过年给点钱，一年各五百。');
    expect(h.obligors?.list?.map((o) => o.ableBodiedAdult)).toEqual([true, true]);
  });

  it('a giver past 60 is not taken as able', () => {
    const old = run('来电人（女，85岁），独居，儿子（62岁）每月给300元。');
    expect(old.obligors?.list?.[0]?.ableBodiedAdult).not.toBe(true);
  });
});
