// "铺面系租嘅" (issue 22, round 24d): premises said to be rented are no commercial property of the household's,
// and the rented word there does not make the home they live in rented. Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('rented premises', () => {
  it('in written Cantonese, 铺头系租嘅，住自己屋: no shop owned, one house', () => {
    const h = run('阳东区某镇居民（女，48岁），开间士多，铺头系租嘅，住自己屋，老公52岁。');
    expect(h.property?.commercialProperty).toBe(false);
    expect(h.property?.houses).toBe(1);
  });

  it('in 晋南 words, 门面是租的: no shop owned', () => {
    const h = run('盐湖区居民，男，50岁，开了个小卖部，门面是租的，住自己房。', '140800');
    expect(h.property?.commercialProperty).toBe(false);
    expect(h.property?.houses).toBe(1);
  });

  it('a shop owned is still owned', () => {
    const h = run('阳东区某镇居民（女，48岁），自己有间铺面，住自己屋。');
    expect(h.property?.commercialProperty).toBe(true);
  });
});
