// Round 14 readings of money in a summary: trades named by what is driven or tended (跑大车, 烧锅炉,
// 卖衣服) are work and their pay wages; a small eatery kept (开个小食店) is a business; what an operation
// will cost (预计费用) is spending, not earnings; months counted right after the work are how long it
// lasted; money a husband working away sends home is his wages. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('trades, costs and money sent home in a summary', () => {
  it('跑大车 with a monthly figure is wages', () => {
    const h = run('新绛县某村村民，男，48岁，在外跑大车，一个月挣六千左右，老婆在家种地。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(72000);
  });

  it('卖衣服 at a shop is wages of the wife', () => {
    const h = run('来电人失业在家，老婆在超市卖衣服，一个月一千九。孩子8岁。');
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBe(true);
    expect(h.income?.wages).toBe(22800);
  });

  it('a winter job counted in months covers only those months', () => {
    const h = run('闻喜县村民，本人60岁，种了几亩地一年卖粮八千，冬天在镇上烧锅炉三个月，一月两千五。');
    expect(h.income?.wages).toBe(7500);
    expect(h.income?.business).toBe(8000);
  });

  it('开个小食店 (粤) is a business, its monthly net a year’s business income', () => {
    const h = run('来电人系阳东人，五十八岁，同老婆开间小食店，一个月净赚三千几。', '441704');
    expect(h.income?.business).toBe(42000);
    expect(h.income?.wages).toBeUndefined();
  });

  it('预计费用 is spending, not anyone’s pay', () => {
    const h = run(
      '江城区居民李女士（45岁）称上周跌伤腰骨，要做手术，预计费用四万，自己平时做家政一个月二千左右。',
      '441702',
    );
    expect(h.income?.wages).toBe(24000);
    expect(h.hardship?.expenses?.[0]?.amount).toBe(40000);
  });

  it('a husband away sending money home: his wages, not support (粤 and 晋南)', () => {
    const yue = run('来电人（女，40岁），老公喺东莞打工，每月寄两千返屋企，自己喺屋企带两个细路。', '441781');
    expect(yue.income?.wages).toBe(24000);
    expect(yue.income?.support).toBeUndefined();
    const jin = run('来电人女，38岁，男人在太原工地干活，每月往家里打一千五，她在家带娃。');
    expect(jin.income?.wages).toBe(18000);
    expect(jin.income?.support).toBeUndefined();
  });

  it('his wage said too: what he sends is part of it', () => {
    const h = run('来电人（女，42岁），老公在佛山工厂打工，月工资4000元，每月寄1500元返嚟。', '441702');
    expect(h.income?.wages).toBe(48000);
    expect(h.income?.support).toBeUndefined();
  });
});
