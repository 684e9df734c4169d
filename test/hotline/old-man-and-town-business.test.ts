// A work order opening on 老汉 with his age in brackets (no one else named) is the old man the call is about,
// not someone's husband; a grown child running a business in town, even the household's own county town,
// keeps a home there. Our own sentences.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('老汉 opening a work order', () => {
  it('is the old man, with his age', () => {
    const h = run('某镇，老汉（83）独自住在村里，每月养老金一百八。一个儿子（58）在外省打工。');
    expect(h.members).toEqual([expect.objectContaining({ relation: 'self', age: 83 })]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child']);
  });

  it('is still her husband when she is named first', () => {
    const h = run('某村村民（女，66岁），老汉（69）腿脚不好。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 66],
      ['spouse', 69],
    ]);
  });
});

describe('a business in town', () => {
  it('晋南: 儿子在县城开饭馆', () => {
    const h = run('某村，老两口都七十多了，儿子在县城开小卖部，逢年过节给点钱。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('粤: 个仔喺市区开铺', () => {
    const h = run('阿伯（75岁）同老婆（72岁）住，个仔喺市区开铺，每个月畀三百。', '441702');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });
});
