// Round 13 of call summaries, basic living hit by an emergency: no money left or none to be raised (粤
// "已经冇钱", "筹唔到钱", 晋南 "手里没钱"), savings used to the last (粤 "积蓄用晒"), the one able to work
// gone missing days ago ("失踪已五天", "走丢两天了"), a home lost whole to fire or flood ("房屋全毁"); a part
// of a building burnt is not the home lost. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;
const severe = (text: string, region?: string) => run(text, region).hardship?.events?.[0]?.basicLivingSevere;

describe('no money left now', () => {
  it('粤: 已经冇钱, 筹唔到钱', () => {
    expect(severe('来电人（女，50岁），老公12月1日喺屋企跌倒撞伤头，入咗医院，"屋企已经冇钱"。', '441781')).toBe(true);
    expect(severe('市民（男，33岁）11月29日收工被车撞断腿，住院要交按金，屋企穷，筹唔到钱。', '441702')).toBe(true);
  });

  it('晋南: 手里没钱, 凑不到钱', () => {
    expect(severe('来电人反映其父（70岁）前天煤气中毒住院，母亲在医院陪着，手里没钱。', '140821')).toBe(true);
    expect(severe('来电人（女，36岁）丈夫12月2日从架子上摔下来，住院押金凑不到钱。', '140823')).toBe(true);
  });

  it('粤: savings used to the last, 积蓄用晒', () => {
    const h = run('来电人（男，40岁），老婆11月30日突发脑出血，送咗市医院，"屋企积蓄全部用晒，仲要问人借"。', '441704');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
    expect(h.property?.deposits).toBe(0);
  });
});

describe('the one able to work gone missing days ago', () => {
  it('失踪已五天, with 唯一劳力', () => {
    const h = run('夏县某村，来电人之子（38）上山砍柴失踪已五天，家里剩媳妇和两个娃。儿子是家里唯一劳力。', '140828');
    expect(h.hardship?.events?.[0]).toMatchObject({ date: '2026-11-30', basicLivingSevere: true });
  });

  it('走丢两天了 is an emergency of this week, not a relative long gone', () => {
    const h = run('芮城县某村，来电人（女，70）反映老伴（72）走丢两天了，报了警还没找到，手里没钱。', '140830');
    expect(h.hardship?.events?.[0]).toMatchObject({ date: '2026-12-03', basicLivingSevere: true });
  });
});

describe('a home lost whole to fire or flood', () => {
  it('房屋全毁, 间屋烧晒', () => {
    expect(severe('工单：某村12月3日夜里民房失火，户主（70岁）独居，房屋全毁，人冇事。', '441721')).toBe(true);
    expect(severe('来电人（男，60岁）：琴日夜晚屋企起火，间屋烧晒，两公婆得返身上件衫。', '441781')).toBe(true);
  });

  it('the house named with its kind in brackets: one house, lost whole', () => {
    const h = run('工单：某村12月4日夜里失火，户主（72岁）独居。房子（土坯房）全毁，人冇事。', '441781');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
    expect(h.property?.houses).not.toBe(2);
    // (Something said of the house in brackets is no second house either way.)
    const k = run('来电人（男，60岁），住县城安置房（房子在自己名下），在小区看门，月工资1500。', '140827');
    expect(k.property?.houses).toBe(1);
  });

  it('a part of a building burnt says nothing of basic living', () => {
    expect(severe('某镇居民家12月2日起火，二楼全部烧毁，无人受伤，男主人开超市，家里有车。', '140825')).toBeUndefined();
    expect(severe('来电人（男，58岁）反映前天夜里家里失火，灶房和柴房都烧了，人没事。', '140824')).toBeUndefined();
    expect(severe('来电人（女，61岁）：琴日屋企火烛，厨房烧晒，人冇事。', '441781')).toBeUndefined();
  });
});
