// Round 15: a divorced parent who pays for the child living with the writer: the money is the household's
// support income, the former spouse is not a member. Our own sentences, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import { read, value } from '../support/understanding.ts';

const yc = (text: string, slot: SlotId = 'members') => read(text, slot, '140800');
const yj = (text: string, slot: SlotId = 'members') => read(text, slot, '441700');
const relations = (u: ReturnType<typeof read>) =>
  u.facts.filter((f) => /^members\[\d+\]\.relation$/.test(f.path)).map((f) => f.value);

describe('a former spouse who pays for the child', () => {
  it('晋南 "俺俩离了 … 娃他爸每月给二百": two at home, the payment support', () => {
    const u = yc('俺俩早离了 就俺跟小子 娃他爸每月给二百 俺四十一 小子十三');
    expect(value(u, 'size')).toBe(2);
    expect(relations(u)).toEqual(['self', 'child']);
    expect(value(u, 'income.support')).toBe(2400);
    expect(u.unclear).toEqual([]);
  });

  it('"娃他妈每月给四百抚养费": child upkeep names the payer as living apart, even with no divorce said', () => {
    const u = yc('娃他妈每月给四百抚养费 俺三十七 闺女七岁', 'opening');
    expect(relations(u)).toEqual(['self', 'child']);
    expect(value(u, 'income.support')).toBe(4800);
  });

  it('粤 "离咗婚，个仔老豆每个月畀四百蚊": the same, with the Cantonese word for the child\'s father', () => {
    const u = yj('离咗婚，个仔老豆每个月畀四百蚊，屋企得我同个仔');
    expect(value(u, 'size')).toBe(2);
    expect(relations(u)).toEqual(['self', 'child']);
    expect(value(u, 'income.support')).toBe(4800);
  });

  it('a husband at home who gives his wife money stays a member', () => {
    const u = yc('俺跟老汉俩人 老汉每月给俺三百零花');
    expect(value(u, 'size')).toBe(2);
    expect(relations(u)).toEqual(['self', 'spouse']);
  });

  it('粤 "个女阿妈" named as one of the household is the spouse, a member', () => {
    const u = yj('三个人，我、个女阿妈同个女');
    expect(value(u, 'size')).toBe(3);
    expect(relations(u)).toEqual(['self', 'spouse', 'child']);
  });
});
