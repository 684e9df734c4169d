// A relative who owes support said in a call summary to give no money, with no sum: support from them is
// 0, not unknown. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a relative said to give no money', () => {
  it('yue: 前夫一分钱都唔俾', () => {
    const h = run(
      '来电人代其妹反映：妹妹（40岁）离咗婚，同12岁个仔住，喺餐馆洗碗每月1800。前夫一分钱都唔俾。',
      '441700',
    ).household;
    expect(h.income?.support).toEqual([]);
    expect(h.income?.wages).toBe(21600);
  });

  it('yue: 前夫一分抚养费都冇畀过, 个仔…冇畀过钱', () => {
    expect(
      run('市民（女，36岁）离婚后同两个女租屋住，做清洁每月2000。前夫离婚后一分抚养费都冇畀过。', '441700').household
        .income?.support,
    ).toEqual([]);
    expect(
      run('阿婆（79岁）一个人住，个仔喺东莞打工，佢自己都唔够使，钱都冇俾过。养老金每月两百。', '441700').household
        .income?.support,
    ).toEqual([]);
  });

  it('north: 前妻从来没给过, 闺女…不给俺钱', () => {
    expect(
      run('村民（男，45岁）离了婚，带俩娃过，在工地上打零工一年挣一万来块。前妻从来没给过。').household.income?.support,
    ).toEqual([]);
    expect(
      run('老汉（72岁）一个人住，闺女嫁到外省了，自家也紧巴，不给俺钱。每月领养老金一百五。').household.income?.support,
    ).toEqual([]);
  });

  it('not when a sum is said', () => {
    expect(
      run('村民（女，40岁）离了婚，带娃过，前夫每月给三百抚养费，今年没给钱。').household.income?.support?.[0]?.amount,
    ).toBeGreaterThan(0);
  });
});
