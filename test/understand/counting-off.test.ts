// Ages counted off after the people were named (issue 21, round 3): "就我跟老伴俩人，一个七十六一个
// 七十三", "我同细佬两个，一个71一个68": the first age is the first person named (the resident), the
// second the next, and the clause counts as understood. Our own examples, not the blind sets'.
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understand/extract.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const read = (text: string, slot: 'members' | 'opening', region = '140800') =>
  understand(text, { slot, household: {}, today: '2026-12-05', region, parameters });
const value = (u: ReturnType<typeof read>, path: string) => u.facts.find((f) => f.path === path)?.value;

describe('counting off ages', () => {
  it('in Mandarin, answering the members question', () => {
    const u = read('就俺跟老汉俩人，一个六十九一个七十二', 'members');
    expect(value(u, 'members[0].age')).toBe(69);
    expect(value(u, 'members[1].age')).toBe(72);
    expect(u.unclear).toEqual([]);
  });

  it('in Cantonese, in a first message', () => {
    const u = read('我同家姐两个都冇结婚，一个66一个70', 'opening', '441700');
    expect(value(u, 'members[0].age')).toBe(66);
    expect(value(u, 'members[1].age')).toBe(70);
  });
});
