// Round 20 (运城), second pass: a deposit the hospital asks for first is not an income; "有两个院子，一个是
// 老宅" counts houses, not the household; a brother who "过自己的" lives apart, not the caller alone; a
// benefit "被取消了" is not held (a question whether it would be is no news); a yearly pension of a few
// hundred is a month's; a fall of rock underground is an accident at work; land let out after "种的"
// brings rent; pay for herding for others is wages; a crop sold is farm income; a deposit paid is spent;
// no money for the baby's milk is basic living severely hit. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('money that is not income', () => {
  it('晋南: 送到县医院说要开刀，先交三万', () => {
    const h = run(
      '来电：闻喜县某村，俺老伴（64岁）早上喂牲口时摔倒，送到县医院说要开刀，先交三万，家里拿不出。',
      '140823',
    );
    expect(h.income?.wages).toBeUndefined();
  });
});

describe('who lives in the household', () => {
  it('晋南: 有两个院子，一个是老宅 counts houses, the husband stays', () => {
    const h = run('来电人女，59岁，老伴63岁，腿脚不好。闺女已出嫁。有两个院子，一个是老宅。', '140828');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
  });

  it('晋南: 俺哥在外地，自己过自己的: the mother living with the caller stays', () => {
    const h = run('来电人称自己66岁，和85岁老父亲一起住。俺哥在外地，自己过自己的。', '140828');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent']);
  });
});

describe('a benefit stopped by others', () => {
  it('晋南: 原先是低保户，去年低保被取消了', () => {
    const h = run('夏县某村村民：俺家是低保户，去年低保被取消了，说是闺女有楼房。俺两口子都七十多了。', '140828');
    expect(h.currentBenefits?.dibao).toBe(false);
  });

  it('a question whether it would be stopped leaves it held', () => {
    const h = run('市民问：俺家是低保户，闺女出去打工会不会被取消？', '140828');
    expect(h.currentBenefits?.dibao).toBe(true);
  });

  it('粤: 低保俾人取消咗', () => {
    const h = run('来电人阿伯，72岁，以前系低保户，今年低保俾人取消咗。', '441702');
    expect(h.currentBenefits?.dibao).toBe(false);
  });
});

describe('pensions and rents by their period', () => {
  it('晋南: 一年就靠俩人养老金三百来块', () => {
    const h = run('来电人男，68岁，老伴66岁，一年就靠俩人养老金三百来块和卖点核桃。', '140827');
    // (三百来块 a month for the two, a year's worth: about 3,600, not 300.)
    expect(h.income?.basicPension).toBeGreaterThanOrEqual(3600);
    expect(h.income?.basicPension).toBeLessThan(4000);
  });

  it('晋南: 种的三亩地流转出去一年给九百', () => {
    const h = run('来电人男，72岁，种的三亩地流转出去一年给九百块。', '140821');
    expect(h.income?.property).toBe(900);
    expect(h.income?.support).toBeUndefined();
  });

  it('晋南: 给人放牛一年给四千 is pay', () => {
    const h = run('来电人男，61岁，光棍一人，给人放牛一年给四千。', '140827');
    expect(h.income?.wages).toBe(4000);
    expect(h.income?.support).toBeUndefined();
  });
});

describe('an accident underground', () => {
  it('晋南: 井下塌方砸伤 is an accident, not a natural disaster', () => {
    const h = run('来电人男，35岁，在煤矿下井，11月28日井下塌方砸伤了腰。', '140827');
    expect(h.hardship?.events?.[0]?.kind).toBe('accident');
  });
});

describe('farm sales, a deposit paid, and nothing left for the baby', () => {
  it('晋南: 每年卖核桃两千来块 is farm income, not the pension again', () => {
    const h = run('来电人女，79岁，独居，一月有养老金一百五，每年卖核桃两千来块。', '140828');
    expect(h.income?.basicPension).toBe(1800);
    expect(h.income?.business).toBeGreaterThanOrEqual(2000);
  });

  it('粤: 一年卖龙眼几千蚊 is farm income', () => {
    const h = run('来电人阿婆，75岁，一个人住，每月养老金两百，一年卖龙眼三千蚊左右。', '441702');
    expect(h.income?.business).toBe(3000);
  });

  it('晋南: 已经交了三万押金 is money spent on the care', () => {
    const h = run('来电人称其父（70岁）昨天摔倒脑出血，送到市医院抢救，已经交了三万押金，都是借的。', '140828');
    expect(h.hardship?.expenses?.[0]).toMatchObject({ kind: 'medical', amount: 30000 });
  });

  it('a deposit asked for first is still not spent', () => {
    const h = run('来电人男，45岁，老婆住院，医院让先交两万押金，家里拿不出。', '140828');
    expect(h.hardship?.expenses ?? []).toHaveLength(0);
  });

  it('晋南: 娃的奶粉钱都没有了 after the husband died: basic living severely hit', () => {
    const h = run(
      '来电人女，27岁，丈夫11月30日在工地出事故去世，家里一个两岁孩子，"现在娃的奶粉钱都没有了"。',
      '140828',
    );
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});
