// Typing for a grandparent or a parent, round 6b (issue 21): a 粤 grandparent couple named by a
// grandchild, the writer's father and uncle as the grandparent's children, a grandchild writing not
// listed as owing support, and "帮我爸看看" as asking for a parent. Our own sentences.
import { describe, expect, it } from 'vitest';
import { type SlotId, understand } from '../../bot/understand/extract.ts';
import { echo } from '../../bot/understand/echo.ts';
import { applyFacts } from '../../bot/understand/apply.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { value } from '../support/understanding.ts';

const parameters = defaultParameters();
const couple: Household = {
  members: [
    { relation: 'self', age: 81 },
    { relation: 'spouse', age: 79 },
  ],
};
const read = (text: string, slot: SlotId, region: string, household: Household = { members: [] }, askingFor?: string) =>
  understand(text, { slot, household, today: '2026-12-05', region, parameters, ...(askingFor ? { askingFor } : {}) });

describe('a grandchild typing for grandparents', () => {
  it('"我阿嫲80，阿爷83" is a couple: the grandmother and her husband, said back', () => {
    const u = read('我阿嫲80，阿爷83，佢哋两个住', 'members', '441700');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(80);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(83);
    expect(value(u, 'askingFor')).toBe('grandmother');
    expect(echo(u.facts, applyFacts({ members: [] }, u.facts), parameters)).toContain('老伴83岁');
  });

  it("the writer's father and uncle are the grandparent's children; the writer is not listed", () => {
    const u = read('有 我爸和我叔，都在城里', 'obligors', '140800', couple, 'grandfather');
    const rels = u.facts.filter((f) => /^obligors\.list\[\d+\]\.relation$/.test(f.path)).map((f) => f.value);
    expect(rels).toEqual(['child', 'child']);
    expect(echo(u.facts, applyFacts(couple, u.facts), parameters)).toContain('按爷爷');
  });

  it('a parent typing for their own parent is still listed beside a brother', () => {
    const u = read('有 我哥', 'obligors', '140800', couple, 'father');
    const rels = u.facts.filter((f) => /^obligors\.list\[\d+\]\.relation$/.test(f.path)).map((f) => f.value);
    expect(rels).toContain('child');
  });
});

describe('asking for a parent in chat words', () => {
  it('"帮我妈看看她能领啥 她一个人住": the mother is the applicant, not a parent living apart', () => {
    const u = read('帮我妈看看她能领啥 她一个人住', 'opening', '140800');
    expect(value(u, 'askingFor')).toBe('mother');
    expect(value(u, 'obligors.list[0].relation')).toBeUndefined();
  });
});

describe('a dialogue kept for a parent: the writer among the household, the only child, 替他们', () => {
  it('"我和我妈一起住 她75 我50": the writer is her child, a member with an age', () => {
    const u = read('我和我妈一起住 她75 我50', 'members', '140800', { members: [] }, 'mother');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(75);
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'members[1].age')).toBe(50);
  });

  it('"我爸七十三，就他一个人住": the writer is not counted', () => {
    const u = read('我爸七十三，就他一个人住', 'members', '140800', { members: [] }, 'father');
    expect(value(u, 'size')).toBe(1);
  });

  it('"俺爹就俺一个儿子": one child elsewhere, the writer, not two', () => {
    const u = read('俺爹就俺一个儿子', 'obligors', '140800', { members: [{ relation: 'self', age: 80 }] }, 'father');
    const rels = u.facts.filter((f) => /^obligors\.list\[\d+\]\.relation$/.test(f.path)).map((f) => f.value);
    expect(rels).toEqual(['child']);
  });

  it('"我替他们问问，我爸七十一，我妈六十九": the father is the applicant, said back', () => {
    const u = read('我替他们问问，我爸七十一，我妈六十九', 'members', '140800');
    expect(value(u, 'askingFor')).toBe('father');
    expect(value(u, 'members[0].age')).toBe(71);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(echo(u.facts, applyFacts({ members: [] }, u.facts), parameters)).toContain('替父亲问的');
  });
});

describe('parents named in one word', () => {
  it('"俺爹娘都八十多了，就他们俩过": the father and his wife, both of the rough age, said back', () => {
    const u = read('俺爹娘都八十多了，就他们俩过', 'members', '140800');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'askingFor')).toBe('father');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(u.facts.filter((f) => /^members\[[01]\]\.age$/.test(f.path))).toHaveLength(2);
    expect(echo(u.facts, applyFacts({ members: [] }, u.facts), parameters)).toContain('老伴80到90岁');
  });
});
