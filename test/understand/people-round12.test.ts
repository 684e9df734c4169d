// Round 12: people in resident answers. Our own sentences, not the blind sets', each in both cities'
// ways of writing where it applies.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import type { Household } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const yj = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '441700', h);
const yc = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '140800', h);

describe('the older and the younger of a group counted earlier', () => {
  it('晋南 "俩外孙…大外孙…小的…": with the couple’s ages between, 小的 is the other of the two', () => {
    const u = yc('俺两口子带着俩外孙 俺七十一 老伴六十八 大外孙十四 小的九岁');
    expect(value(u, 'size')).toBe(4);
    expect(value(u, 'members[2].age')).toBe(14);
    expect(value(u, 'members[3].relation')).toBe('grandchild');
    expect(value(u, 'members[3].age')).toBe(9);
  });

  it('粤 "我同两个女 我五十 大嘅十五 细嘅十": the writer’s age between the count and the two', () => {
    const u = yj('我同两个女 我五十 大嘅十五 细嘅十岁');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[1].age')).toBe(15);
    expect(value(u, 'members[2].age')).toBe(10);
  });
});

describe('a rough age for the couple, then each one’s exact age', () => {
  it('粤 "两公婆 六十几岁 我六十八佢六十三": the exact ages replace the rough one', () => {
    const u = yj('两公婆 六十几岁 我六十八佢六十三');
    expect(value(u, 'members[0].age')).toBe(68);
    expect(value(u, 'members[1].age')).toBe(63);
  });

  it('晋南 "俺老两口都八十多了 俺八十三她八十一"', () => {
    const u = yc('俺老两口都八十多了 俺八十三她八十一');
    expect(value(u, 'members[0].age')).toBe(83);
    expect(value(u, 'members[1].age')).toBe(81);
  });

  it('an exact age outside the rough range does not replace it', () => {
    const u = yc('俺老两口都七十多了 俺八十五');
    expect(value(u, 'members[0].age')).not.toBe(85);
  });
});
