// "两母女租屋住。外婆有时帮补啲钱" (issue 22, round 24d): a relative said to give money now and then helps
// from outside the household: not counted as a member. Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a relative who gives money now and then', () => {
  it('in written Cantonese, 两仔乸租屋住，家姐间中畀啲钱: two members', () => {
    const h = run('来电人（女，38岁），江城区某街道居民，离婚，两仔乸租屋住，个仔9岁。家姐间中畀啲钱。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
  });

  it('in 晋南 words, 舅舅偶尔给点钱: not counted', () => {
    const h = run('盐湖区某村，女，40岁，男人殁了，娘儿俩过，闺女12岁。她舅舅偶尔给点钱。', '140800');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
  });

  it('a mother said to live with them is still counted', () => {
    const h = run('来电人（女，38岁），同阿妈（66岁）一齐住，个仔9岁。阿妈一齐住，有时畀啲钱。');
    expect(h.members?.map((m) => m.relation)).toContain('parent');
  });
});
