// Issue 22, round 22: after a road accident, a sentence opening with the driver ("货车司机已被交警扣下",
// 粤 "司机赔咗两千") is about the other party, not anyone's job in the family. Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe("the other party's driver", () => {
  it.each([
    ['来电人（女，33岁），12月2日骑电动车叫面包车撞了，腿断了。面包车司机叫交警扣下了，先给了两千。', '140800'],
    ['来电人（女，40岁），前日行路畀小车撞咗，盆骨骨折。司机走咗，冇畀钱。', '441700'],
  ])('%s → the caller is not employed', (text, region) => {
    const r = run(text, region);
    expect(r.household.members?.[0]?.employed).not.toBe(true);
    expect(r.household.income?.wages).toBeUndefined();
  });

  it('the husband who drives a lorry is still employed', () => {
    const r = run('来电人（女，33岁），12月2日骑电动车叫面包车撞了。丈夫是货车司机，一月五千。');
    expect(r.household.members?.find((m) => m.relation === 'spouse')?.employed).toBe(true);
  });
});
