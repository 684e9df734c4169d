// Issue 21, rounds 9–10: our own sentences. Asked which member has a certificate or an illness,
// an ordinal ("第2位", "第三个") picks the member listed there and what follows is about them; a
// writer's own parent or grandparent word ("我妈", "俺奶奶", 粤 "阿爷") names the applicant when no
// one of that relation is in the household and the applicant is old enough: a child or grandchild
// types for them, which is said back.
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understand/extract.ts';
import { defaultParameters } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const family = {
  members: [
    { relation: 'self' as const, age: 63 },
    { relation: 'spouse' as const, age: 61 },
    { relation: 'child' as const, age: 34 },
  ],
};

describe('an ordinal picks the member', () => {
  it('"第3位 白血病" is the third member’s illness', () => {
    const u = read('第3位 白血病', 'illness.which', '140800', family);
    expect(value(u, 'members[2].illnessName')).toBe('白血病');
    expect(value(u, 'members[0].illnessName')).toBeUndefined();
  });

  it('粤: "第二个，对眼睇唔到嘢"', () => {
    const u = read('第二个，对眼睇唔到嘢', 'disability.which', '441700', family);
    expect(value(u, 'members[1].hasDisability')).toBe(true);
    expect(value(u, 'members[0].hasDisability')).toBeUndefined();
  });
});

describe('a writer’s parent or grandparent word names the applicant', () => {
  const old = {
    members: [
      { relation: 'self' as const, age: 82 },
      { relation: 'spouse' as const, age: 79 },
    ],
  };

  it('晋南: "俺奶奶 胃癌" is member 0, said back', () => {
    const u = read('俺奶奶 胃癌', 'illness.which', '140800', old);
    expect(value(u, 'members[0].illnessName')).toBe('胃癌');
    expect(value(u, 'askingForKept')).toBe('grandmother');
  });

  it('粤: "阿爷自己只脚跛咗"', () => {
    const u = read('阿爷自己只脚跛咗', 'disability.which', '441700', old);
    expect(value(u, 'members[0].hasDisability')).toBe(true);
  });

  it('not when the household has a parent of the writer’s word', () => {
    const withParent = {
      members: [
        { relation: 'self' as const, age: 50 },
        { relation: 'parent' as const, age: 78 },
      ],
    };
    const u = read('我妈 肺癌', 'illness.which', '140800', withParent);
    expect(value(u, 'members[1].illnessName')).toBe('肺癌');
  });

  it('not when the applicant is too young to be the writer’s grandparent', () => {
    const young = { members: [{ relation: 'self' as const, age: 35 }] };
    const u = read('俺奶奶 肺癌', 'illness.which', '140800', young);
    expect(value(u, 'members[0].illnessName')).toBeUndefined();
  });
});

describe('asked about the household’s health, a writer’s parent word names an old applicant', () => {
  const couple = {
    members: [
      { relation: 'self' as const, age: 80 },
      { relation: 'spouse' as const, age: 77 },
    ],
  };

  it('晋南: "俺爹胃癌 做了手术" to "家里有没有人得了重病" is member 0, said back', () => {
    const u = read('俺爹胃癌 做了手术', 'illness', '140800', couple);
    expect(value(u, 'members[0].illnessName')).toBe('胃癌');
    expect(value(u, 'askingForKept')).toBe('father');
  });

  it('粤: "有，阿妈中风之后办咗证" to "家里有没有人有残疾证"', () => {
    const u = read('有，阿妈中风之后办咗证', 'disability', '441700', couple);
    expect(u.yes).toBe(true);
    expect(u.mentioned).toEqual([0]);
    expect(value(u, 'askingForKept')).toBe('mother');
  });

  it('not for a younger applicant, whose own parent may live elsewhere', () => {
    const younger = { members: [{ relation: 'self' as const, age: 48 }] };
    const u = read('我妈有糖尿病', 'illness', '140800', younger);
    expect(value(u, 'askingForKept')).toBeUndefined();
  });

  it('粤: the writer’s brother named first is the applicant’s son ("就我细佬返工，阿爸冇做")', () => {
    const family3 = {
      members: [
        { relation: 'self' as const, age: 66 },
        { relation: 'child' as const, age: 35 },
      ],
    };
    const u = read('就我细佬喺镇上返工，阿爸冇做嘢', 'employed', '441700', family3);
    expect(value(u, 'members[1].employed')).toBe(true);
    expect(value(u, 'members[0].employed')).toBe(false);
  });
});

describe('a follow-up about one member, named again by relation', () => {
  const withGrandchild = {
    members: [
      { relation: 'self' as const, age: 66 },
      { relation: 'spouse' as const, age: 64 },
      { relation: 'grandchild' as const, age: 9 },
    ],
  };
  const about = (text: string, region: string) =>
    understand(text, {
      slot: 'disability.which',
      household: withGrandchild,
      today: '2026-12-05',
      region,
      parameters: defaultParameters(),
      member: 2,
    });

  it('晋南: "俺孙女 白血病" after the grandchild was picked is the grandchild', () => {
    const u = about('俺孙女 白血病', '140800');
    expect(u.facts.find((f) => f.path === 'members[2].illnessName')?.value).toBe('白血病');
  });

  it('粤: "个孙 耳仔听唔到"', () => {
    const u = about('个孙 耳仔听唔到', '441700');
    expect(u.facts.find((f) => f.path === 'members[2].hasDisability')?.value).toBe(true);
  });
});
