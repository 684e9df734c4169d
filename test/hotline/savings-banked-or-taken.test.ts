// Savings in a call summary (issue 22, round 10): money put in the bank right after it was had
// ("把船卖咗得3万元，存在银行") is savings, not income; savings taken by a swindle or a theft
// ("被骗走全部积蓄8万元", 粤 "俾人呃晒积蓄") leave none. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('banked', () => {
  it('粤: 卖咗架货车得4万，存喺银行', () => {
    const h = run('来电人（男，63岁），今年腰伤开唔到车，卖咗架货车得4万元，存喺银行。同老婆（60岁）住。', '441704');
    expect(h.property?.deposits).toBe(40000);
    expect(h.income?.business ?? 0).toBe(0);
  });

  it('晋南: 卖了拖拉机得了两万，存在银行', () => {
    const h = run('来电人（男，66岁），种不动地了，把拖拉机卖了得了2万元，存在银行。');
    expect(h.property?.deposits).toBe(20000);
  });
});

describe('taken', () => {
  it('被骗走全部积蓄六万元', () => {
    const h = run('来电人（女，70岁），一个人住，11月30日接到诈骗电话，被骗走全部积蓄6万元，已报警。');
    expect(h.property?.deposits).toBe(0);
  });

  it('粤: 俾人呃晒积蓄五万', () => {
    const h = run('来电人（男，73岁），自己住，上个礼拜俾人呃晒积蓄5万蚊，已报警。', '441702');
    expect(h.property?.deposits).toBe(0);
  });
});
