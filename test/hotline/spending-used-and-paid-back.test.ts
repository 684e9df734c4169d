// Round 9 (issue 22): money spent in a call summary. Money "used" on care (已经用咗三万几, 住院用了六万)
// is spending, not income of whatever work was named before; of spending, what was paid out of pocket
// after reimbursement is what the household bore, whatever total came first; compensation right after
// a spending figure and smaller than it pays part of it back; what a man who died earned while alive
// (生前) is money that was. The texts are our own, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('money used on care', () => {
  it('粤 已经用咗: spending, not the fisherman’s income', () => {
    const h = run('渔民家属来电：老公（52岁）上个礼拜出海返嚟突然晕低，送咗去人民医院，已经用咗两万几。', '441700');
    expect(h.hardship?.expenses?.[0]?.kind).toBe('medical');
    expect(h.income?.business).toBeUndefined();
  });

  it('住院用了: spending, not the driver’s wages', () => {
    const h = run('某村，男，45岁，跑货车的，上个月出车祸住院，用了四万多。');
    expect(h.hardship?.expenses?.[0]?.kind).toBe('medical');
    expect(h.income?.wages).toBeUndefined();
  });
});

describe('what the household bore', () => {
  it('总共用咗 … 报销后自己出咗: the out-of-pocket sum', () => {
    const h = run('村民（男，40岁）来电，个仔今年查出白血病，总共用咗二十万，报销后自己出咗九万。', '441700');
    expect(h.hardship?.expenses?.[0]?.amount).toBe(90000);
  });

  it('一共花了 … 报完自己掏了: the same in 晋南 words', () => {
    expect(run('某村，女，50岁，老汉住院一共花了十万，报完自己掏了四万。').hardship?.expenses?.[0]?.amount).toBe(40000);
  });

  it('已花费 … 对方保险赔了 (less): the rest is out of pocket, no transfer', () => {
    const h = run('某镇居民，女儿（16岁）上个月被车撞了住院，已花费十万，对方保险赔了三万。');
    expect(h.hardship?.expenses?.[0]?.amount).toBe(70000);
    expect(h.income?.otherTransfers).toBeUndefined();
  });

  it('compensation larger than the spending is still a transfer received', () => {
    const h = run('某村，女，40岁，丈夫上个月出车祸去世，抢救花了两万，对方赔了三十万。');
    expect(h.hardship?.expenses?.[0]?.amount).toBe(20000);
    expect(h.income?.otherTransfers).toBe(300000);
  });
});

describe('生前: what someone who died earned', () => {
  it('is not income now', () => {
    const h = run('村民（女，40岁）来电：老公上个月出车祸过身，老公生前做泥水每月四千，本人耕田一年八千。', '441700');
    expect(h.income?.wages).toBeUndefined();
    expect(h.income?.business).toBe(8000);
  });
});
