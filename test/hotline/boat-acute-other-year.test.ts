// A boat overturned told bare (船翻, 遇风浪, 翻沉) and an acute illness that put someone in hospital
// (因急性…入院) are emergencies; what another year brought, with this year said to have brought
// nothing (往年…今年冇收成), is not this year's income. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a boat overturned, an acute illness', () => {
  it('粤: 出海遇风浪，船翻，未搵到人', () => {
    const h = run('来电人李某（女，45岁）称：11月18日老公出海遇风浪，船翻，到而家都未搵到人。', '441700');
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'accident', date: '2026-11-18' });
  });

  it('north: 渔船翻沉', () => {
    const h = run('来电人（女，50岁）反映，丈夫11月25日跟船出海，渔船翻沉，人还没找到。');
    expect(h.hardship?.events?.[0]?.kind).toBe('accident');
  });

  it('因急性…入院 is a sudden illness', () => {
    const h = run('市民王某（男，38岁），两个月前因急性白血病住院，自付三万多。');
    expect(h.hardship?.events?.[0]?.kind).toBe('sudden_illness');
  });
});

describe('another year, and this year nothing', () => {
  it('粤: 往年养鱼一年净赚五万，今年冇收入 → business 0', () => {
    const h = run('村民陈某（男，50岁），屋企养鱼，往年养鱼一年净赚五万左右，今年基本冇收入。', '441700');
    expect(h.income?.business).toBe(0);
  });

  it('north: 去年种地落了三万，今年啥都没了 → business 0', () => {
    const h = run('某村村民（男，55岁），家里种苹果，去年种地一年落了三万，今年啥都没了。');
    expect(h.income?.business).toBe(0);
  });

  it('another year alone still tells the income', () => {
    const h = run('某村村民（男，52岁），家里种菜，往年种菜一年纯收入四万左右。');
    expect(h.income?.business).toBe(40000);
  });
});
