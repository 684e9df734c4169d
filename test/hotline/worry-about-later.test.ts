// A worry about a time to come ("等我老了干不动了咋办", 粤 "等我六十岁做唔郁咗点算") does not say the person has
// stopped working now: the work and the pay said before it stand. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a worry about later', () => {
  it('晋南: 在饭店洗碗，“等我老了干不动了咋办”: still working', () => {
    const h = run('来电人（女，56岁），一个人过，在县城饭店洗碗，每月2000元。她说“等我老了干不动了咋办”。').household;
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(24000);
  });

  it('粤: 喺茶楼洗碗，“等我六十岁做唔郁咗点算”: still working', () => {
    const h = run(
      '来电人（女，58岁），离婚独居，喺茶楼洗碗，每月2200蚊。佢话“等我六十岁做唔郁咗点算”。',
      '441700',
    ).household;
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(26400);
  });

  it('粤: 而家做唔郁 with no time to come is still not working', () => {
    const h = run('来电人（男，62岁），独居，以前做泥水，而家腰痛做唔郁。', '441700').household;
    expect(h.members?.[0]?.employed).toBe(false);
  });
});
