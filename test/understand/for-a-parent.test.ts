// Someone typing for an old parent or grandparent (issue 21, round 5): the parent is the applicant
// (members[0]), relations count from them, and the say-back names whom the answers are for, so a
// misreading is seen. The writer who gives an age of their own, or lives with them (我跟我妈), is
// still the applicant. Our own sentences, not the blind sets'.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import { read, value } from '../support/understanding.ts';
import { applyFacts } from '../../bot/understand/apply.ts';
import { echo } from '../../bot/understand/echo.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const readFor = (text: string, slot: SlotId = 'members', region = '140800') => read(text, slot, region);

describe('answering for a parent', () => {
  it('a parent with an age as the subject is the applicant; the other parent is their spouse', () => {
    const u = readFor('俺爹今年八十一了，俺娘七十七，俺们都在外地打工');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(81);
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[1].age')).toBe(77);
    expect(value(u, 'askingFor')).toBe('father');
  });

  it('a grandparent, in 粤 words', () => {
    const u = readFor('我阿嫲今年八十五，一个人住', 'members', '441700');
    expect(value(u, 'members[0].age')).toBe(85);
    expect(value(u, 'askingFor')).toMatch(/^grand/);
  });

  it('"同我细佬" is the writer\'s brother living with the parent, not the writer living there', () => {
    const u = readFor('我阿爸七十二，同我细佬一齐住，细佬四十', 'members', '441700');
    expect(value(u, 'members[0].age')).toBe(72);
    expect(value(u, 'members[1].relation')).toBe('child');
    expect(value(u, 'members[1].age')).toBe(40);
  });

  it('帮我爸问 names the person inside the words', () => {
    const u = readFor('帮我爸问一下，他七十三了，自己住', 'opening');
    expect(value(u, 'members[0].age')).toBe(73);
    expect(value(u, 'askingFor')).toBe('father');
  });

  it('the writer with an age of their own, or living with the parent, stays the applicant', () => {
    for (const say of ['我五十三，我妈八十，我们两个住', '就我跟我娘，娘八十六']) {
      const u = readFor(say);
      expect(value(u, 'askingFor'), say).toBeUndefined();
      expect(value(u, 'members[1].relation'), say).toBe('parent');
    }
  });

  it('is said back first, naming whom the answers are for', () => {
    const u = readFor('我妈今年七十九，我爸八十二，他们俩住老家');
    const line = echo(u.facts, applyFacts({}, u.facts), parameters);
    expect(line).toContain('您是替母亲问的');
    expect(line).toContain('家里2口人');
  });

  it('他们俩 after the two named counts them again, not an age of 2', () => {
    const u = readFor('我爸我妈他俩都七十多了');
    expect(value(u, 'size')).toBe(2);
    expect(u.facts.some((f) => f.path.endsWith('.age') && f.value === 2)).toBe(false);
  });
});
