// Call summaries, round 23 (issue 22): a compensation sum named as 赔偿款 is paid once, and one put in the
// bank or in someone's name is savings, not money coming in; savings said taken after the sum are gone.
// Our own sentences, in both cities' writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region: string) => intake({ region, text }, { today: '2026-12-05', parameters });

describe('compensation paid once', () => {
  it('粤 "赔偿款五万" after a road death is one payment, not a month\'s', () => {
    const r = run('来电人（女，45岁），老公旧年车祸过身，对方赔偿款五万，佢喺镇上超市做，月薪两千。', '441704');
    expect(r.household.income?.otherTransfers).toBe(50000);
  });

  it('粤 "赔偿款八万存喺个女名下": savings, not income', () => {
    const r = run('来电人（男，60岁），个仔去年喺工地出事过身，赔偿款八万存喺孙女名下。', '441781');
    expect(r.household.property?.deposits).toBe(80000);
    expect(r.household.income?.otherTransfers).toBeUndefined();
  });

  it('晋南 "赔偿金十万存到娃名下了": the same', () => {
    const r = run('来电人（女，68岁），儿子前年在矿上出事没了，赔偿金十万存到孙子名下了。', '140827');
    expect(r.household.property?.deposits).toBe(100000);
    expect(r.household.income?.otherTransfers).toBeUndefined();
  });
});

describe('savings taken', () => {
  it('粤 "积蓄五万被骗光": no savings left', () => {
    const r = run('来电人（女，70岁），独居，11月俾人电话诈骗，积蓄五万被骗光，已报警。', '441702');
    expect(r.household.property?.deposits).toBe(0);
  });

  it('晋南 "存款两万块叫人骗走了": the same', () => {
    const r = run('来电人（男，72岁），一个人过，存款两万块叫人骗走了，12月1日报的警。', '140829');
    expect(r.household.property?.deposits).toBe(0);
  });
});
