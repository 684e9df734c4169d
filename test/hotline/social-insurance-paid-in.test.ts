// What a family pays into social insurance ("自己交着灵活就业社保，一年交一万多", 粤 "自己供社保，一年交万几")
// is money going out: not income, nor the wage of the work said before it. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('social insurance paid in', () => {
  it('north: the wife’s wage counts, the insurance paid does not', () => {
    const h = run(
      '市民（男，55岁），原在纺织厂上班，厂子关了以后一直闲着，自己交灵活就业社保，一年交一万二。妻子在饭店洗碗，一月两千。',
    );
    expect(h.income?.wages).toBe(24000);
  });

  it('粤: 自己供社保，一年交万几 is no wage', () => {
    const h = run('来电人（男，52岁），以前喺工厂做，而家冇做嘢，自己供社保，一年交万几。', '441700');
    expect(h.income?.wages ?? 0).toBe(0);
  });

  it('a wage by the year with no insurance still counts', () => {
    const h = run('来电人（男，48岁），在工地干活，一年挣三万五。');
    expect(h.income?.wages).toBe(35000);
  });
});
