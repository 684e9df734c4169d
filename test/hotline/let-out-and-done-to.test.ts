// 粤 "放租" / "收租" is rent received (income.property); 粤 passive 俾/畀 before a crime ("俾人骗咗三万蚊")
// is something done to the family, not money given to them (俾 = give) (issue 22, round 11). Our own texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441702') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a home let out', () => {
  it('粤: 一间铺放租每月九百 is rent', () => {
    const h = run('来电人（男，70岁），一个人住，有间旧铺放租，每月九百，养老金每月两百。');
    expect(h.income?.property).toBe(10800);
  });

  it('收租 (both cities): rent', () => {
    const h = run('来电人（女，66岁），老伴没了，县城有套房收租，一个月六百。', '140802');
    expect(h.income?.property).toBe(7200);
  });
});

describe('a crime done to them', () => {
  it('粤: 俾人骗咗五万蚊 is a crime and no support', () => {
    const h = run('来电人（女，72岁），一个人住，11月30日俾人骗咗五万蚊，个女每月畀三百。');
    expect(h.hardship?.events?.[0]?.kind).toBe('crime');
    expect(h.income?.support?.[0]?.amount).toBe(3600);
  });

  it('粤: 畀人偷咗两千蚊 is a crime and no support', () => {
    const h = run('来电人（男，58岁），12月2日喺街市畀人偷咗两千蚊。');
    expect(h.hardship?.events?.[0]?.kind).toBe('crime');
    expect(h.income?.support).toBeUndefined();
  });
});
