// Round 16: a relative gone missing and said not to be declared so by a court ("未宣告失踪", 粤 "未有宣告失踪")
// is not declared missing (民法典 第四十条); borrowed from all the kin there are (粤 "借晒亲戚朋友"), at a loss
// (粤 "真系冇办法"), or the one the family leaned on gone (粤 "冇晒主心骨", 晋南 "没了主心骨") is basic living
// severely hit. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('missing but not declared', () => {
  it('粤: 老公走咗冇音讯，未有宣告失踪: not declared', () => {
    const h = run('来电人（女，58岁），老公八年前走咗，一直冇音讯，未有宣告失踪。', '441702');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'spouse', declaredMissing: false });
  });

  it('晋南: 儿子联系不上，没有申请宣告失踪: not declared', () => {
    const h = run('来电人（男，70岁）一个人过，儿子出去打工十来年联系不上，没有申请宣告失踪。');
    expect(h.obligors?.list?.find((o) => o.relation === 'child')?.declaredMissing).toBe(false);
  });

  it('declared by a court: declared', () => {
    const h = run('来电人（女，45岁），丈夫失踪九年，法院已经宣告失踪。');
    expect(h.obligors?.list?.[0]?.declaredMissing).toBe(true);
  });
});

describe('borrowed from all, at a loss, the mainstay gone', () => {
  it('粤: 住院，借晒亲戚朋友: severe', () => {
    const h = run('来电人（男，45岁）称老婆11月25日突发脑梗住院，已经使咗八万，借晒亲戚朋友。', '441721');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 老公出海失踪，屋企冇晒主心骨: severe', () => {
    const h = run('来电人（女，40岁），老公11月28日出海失踪，屋企冇晒主心骨，三个细路读书。', '441704');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: 男人出事了，家里没了主心骨: severe', () => {
    const h = run('来电人（女，42岁）称男人11月20日在工地出事住院了，家里没了主心骨，两个娃上学。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});
