// A brother or other kin named only as the one the family's land was handed to for farming is not a
// member of the household. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { farmsTheLand } from '../../bot/understand/land-farmed-by.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the relative who farms the land', () => {
  it('north: 地给他弟种着', () => {
    const h = run('某村村民，男，50岁，丧偶，带着16岁的闺女过。在镇上砖厂干活，每月2500元。地给他弟种着。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
  });

  it('粤: 块田畀佢大佬耕', () => {
    const h = run('居民，女，45岁，同个仔（12岁）住，喺工厂做，每月三千。田畀佢大佬耕。', '441700');
    expect(h.members?.some((m) => m.relation === 'sibling')).toBe(false);
  });

  it('a brother living with them is still one', () => {
    const h = run('某村村民，男，60岁，同弟弟（55岁，智力残疾）一起住，地让邻居种着。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'sibling']);
  });

  it('reads the words around the relative', () => {
    const text = '地让他哥种着';
    expect(farmsTheLand(text, 3, 4)).toBe(true);
    expect(farmsTheLand('他哥在家种地', 1, 2)).toBe(false);
  });
});
