// "卖荔枝七八千，龙眼两三千" (issue 22, round 24d): a crop named alone after another crop's sale is sold
// too, and both sums are the farm's income; 龙眼 (longan) is a fruit, not 眼 (an eye, a disability). Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('two crops sold in one year', () => {
  it('in written Cantonese, 卖荔枝五六千，龙眼三四千: both counted, no one disabled', () => {
    const h = run('阳西县某村村民（女，61岁），同老公（64岁）住，一年卖荔枝五六千，龙眼三四千。问低保。', '441700');
    expect(h.income?.business).toBe(9000);
    expect(h.members?.some((m) => m.hasDisability)).toBe(false);
  });

  it('in 晋南 words, 卖苹果六七千，桂圆两三千 (dried longan): both counted', () => {
    const h = run('夏县某村，男，66岁，老伴64岁，一年卖苹果六七千，桂圆两三千。');
    expect(h.income?.business).toBe(9000);
  });

  it('a longan orchard alone is farm income', () => {
    const h = run('阳东区某村村民（女，58岁），种咗几亩龙眼，一年卖五六千。', '441700');
    expect(h.income?.business).toBe(5500);
  });
});
