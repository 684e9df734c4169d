// The reader in a dialogue already kept for a parent or grandparent (Context.askingFor, issue 21):
// words from the writer's side are the applicant's relatives, 我/我们 alone are the writer, and the
// reading is said back with whose household it is. Without askingFor nothing changes for a younger
// applicant. Our own sentences.
import { describe, expect, it } from 'vitest';
import { type SlotId, understand } from '../../bot/understand/extract.ts';
import { echo } from '../../bot/understand/echo.ts';
import { applyFacts } from '../../bot/understand/apply.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { value } from '../support/understanding.ts';

const parameters = defaultParameters();
const couple: Household = {
  members: [
    { relation: 'self', age: 78 },
    { relation: 'spouse', age: 75 },
  ],
};
const readKept = (text: string, slot: SlotId, askingFor?: string, household = couple, region = '140800') =>
  understand(text, {
    slot,
    household,
    today: '2026-12-05',
    region,
    parameters,
    ...(askingFor ? { askingFor } : {}),
    ...(slot === 'income.amount' ? { incomeKey: 'support' as const } : {}),
  });

describe('a dialogue kept for a parent', () => {
  it("the writer's mother is the applicant's wife, said back with whose household it is", () => {
    const u = readKept('俺娘腿上有残疾证', 'disability', 'father');
    expect(value(u, 'members[1].hasDisability')).toBe(true);
    expect(value(u, 'askingForKept')).toBe('father');
    const said = echo(u.facts, applyFacts(couple, u.facts), parameters);
    expect(said).toContain('按父亲的情况算');
    expect(said).toContain('老伴（75岁）有残疾证');
  });

  it("the writer's father is the applicant", () => {
    const u = readKept('我爸得了肺癌，在化疗', 'illness', 'father');
    expect(value(u, 'members[0].seriousIllness')).toBe(true);
  });

  it("without askingFor, the same words to a younger couple name the writer's own parent", () => {
    // (An applicant of 60 or more whose household has no parent is typed for by a child: see
    // which-member-said-otherwise.test.ts.)
    const younger: Household = {
      members: [
        { relation: 'self', age: 52 },
        { relation: 'spouse', age: 50 },
      ],
    };
    const u = readKept('俺娘腿上有残疾证', 'disability', undefined, younger);
    expect(value(u, 'members[1].hasDisability')).toBeUndefined();
    expect(value(u, 'askingForKept')).toBeUndefined();
  });

  it('a members answer again: both parents are the couple, not a household of three', () => {
    const u = readKept('我爸八十，我妈七十七', 'members', 'father');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[0].age')).toBe(80);
    expect(value(u, 'members[1].relation')).toBe('spouse');
  });

  it("a mother asked for: the writer's father is her husband", () => {
    const u = readKept('我爸有残疾证', 'disability', 'mother');
    expect(value(u, 'members[1].hasDisability')).toBe(true);
  });

  it('我们 who give money are the children, not members; the money is support', () => {
    const u = readKept('我们兄妹几个一个月凑八百给他们', 'income.amount', 'father');
    expect(value(u, 'income.support')).toBe(9600);
    expect(u.facts.some((f) => /^members/.test(f.path))).toBe(false);
  });

  it("asked about family elsewhere, the writer and the writer's sister are the applicant's children", () => {
    const u = readKept('有，我跟我妹都在深圳', 'obligors', 'mother', couple, '441700');
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(value(u, 'obligors.list[1].relation')).toBe('child');
  });

  it("answering who a member is: the writer's brother is a son, a grandparent's other half a spouse", () => {
    const three: Household = { members: [{ relation: 'self', age: 80 }, { age: 50 }] };
    expect(readKept('我哥', 'relations', 'father', three).relationSequence[0]?.rel).toBe('child');
    expect(readKept('我爸', 'relations', 'grandmother', three).relationSequence[0]?.rel).toBe('child');
    expect(readKept('我爷爷', 'relations', 'grandmother', three).relationSequence[0]?.rel).toBe('spouse');
  });
});

describe('asked about family elsewhere, the writer among their brothers and sisters', () => {
  it('"我同我家姐" without any earlier answer: the writer answers for a parent; both are children', () => {
    const u = readKept('有，我同我家姐，都喺中山做嘢', 'obligors', undefined, couple, '441700');
    expect(value(u, 'obligors.list[0].relation')).toBe('child');
    expect(value(u, 'obligors.list[1].relation')).toBe('child');
    expect(value(u, 'askingForKept')).toBe('parent');
  });

  it('a brother or sister alone, with no 我 among them, is a sibling (the applicant speaking)', () => {
    const u = readKept('有个细妹喺江门', 'obligors', undefined, couple, '441700');
    expect(u.facts.some((f) => f.path.startsWith('obligors.list') && f.value === 'child')).toBe(false);
  });

  it('the writer with their own son is the applicant speaking of their family', () => {
    const u = readKept('我仔同我细佬都喺外面', 'obligors', undefined, couple, '441700');
    expect(value(u, 'askingForKept')).toBeUndefined();
  });
});
