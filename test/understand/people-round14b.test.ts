// Round 14, second pass: an age said with a word between 今年 and the number, an age told as older
// than the writer's (大三岁 is no school year there), and a lone 他/佢 before a sibling word meaning the
// listed spouse. Our own sentences, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import type { SlotId } from '../../bot/understand/extract.ts';
import type { Household } from '../../screening/index.ts';
import { read, value } from '../support/understanding.ts';

const yj = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '441700', h);
const yc = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '140800', h);
const age = (u: ReturnType<typeof read>, i: number) => value(u, `members[${i}].age`);

describe('今年, a word, then the age', () => {
  it('晋南 "今年刚好六十五": the writer\'s age, and the wife\'s told against it', () => {
    const u = yc('俺今年刚好六十五 老婆比俺小三岁');
    expect(age(u, 0)).toBe(65);
    expect(age(u, 1)).toBe(62);
  });

  it('粤 "今年啱啱七十": the writer\'s age, and the husband\'s told against it', () => {
    const u = yj('我今年啱啱七十，老公比我细一岁');
    expect(age(u, 0)).toBe(70);
    expect(age(u, 1)).toBe(69);
  });
});

describe('比…大三岁 is an age, not a third-year student', () => {
  it('晋南 "老汉比俺大三岁"', () => {
    const u = yc('俺五十八 老汉比俺大三岁');
    expect(age(u, 1)).toBe(61);
    expect(u.facts.some((f) => f.path.endsWith('student.fullTime'))).toBe(false);
  });

  it('粤 "老婆比我大一岁"', () => {
    const u = yj('我四十，老婆比我大一岁');
    expect(age(u, 1)).toBe(41);
    expect(u.facts.some((f) => f.path.endsWith('student.fullTime'))).toBe(false);
  });

  it('a child at university is still one ("闺女上大三")', () => {
    const u = yc('俺闺女上大三');
    expect(u.facts.some((f) => f.path.endsWith('student.fullTime') && f.value === true)).toBe(true);
  });
});

describe("他/佢 with no one named before, then a sibling: the listed spouse's", () => {
  const h: Household = {
    members: [
      { relation: 'self', age: 55 },
      { relation: 'spouse', age: 57 },
      { relation: 'other', age: 50 },
    ],
  };
  it('晋南 "他妹子有残疾证": the sister-in-law listed as another relative', () => {
    const u = yc('有 他妹子有残疾证', 'disability', h);
    expect(value(u, 'members[2].hasDisability')).toBe(true);
  });

  it('粤 "佢细佬有残疾证"', () => {
    const u = yj('佢细佬有残疾证', 'disability', h);
    expect(value(u, 'members[2].hasDisability')).toBe(true);
  });

  it('not when the household lists a sibling of the writer', () => {
    const u = yj('佢细佬有残疾证', 'disability', {
      members: [
        { relation: 'self', age: 55 },
        { relation: 'spouse', age: 57 },
        { relation: 'sibling', age: 50 },
        { relation: 'other', age: 80 },
      ],
    });
    expect(value(u, 'members[3].hasDisability')).toBeUndefined();
  });
});

describe('a writer living away asks for the parents, with no ages', () => {
  it('晋南 "俺在太原上班，想替俺爹娘问问": the parents are the household, the writer is not in it', () => {
    const u = yc('俺在太原上班，想替俺爹娘问问', 'opening');
    expect(value(u, 'members[0].relation')).toBe('self');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[2].relation')).toBeUndefined();
    expect(value(u, 'members[0].employed')).toBeUndefined();
    expect(value(u, 'askingFor')).toBeDefined();
  });

  it('粤 "我喺东莞做嘢，帮屋企二老问下"', () => {
    const u = yj('我喺东莞做嘢，帮屋企二老问下', 'opening');
    expect(value(u, 'members[1].relation')).toBe('spouse');
    expect(value(u, 'members[2].relation')).toBeUndefined();
    expect(value(u, 'members[0].employed')).toBeUndefined();
  });

  it('without saying they live away, the writer may live with them: no change', () => {
    const u = yc('想帮俺爹娘问问', 'opening');
    expect(value(u, 'askingFor')).toBeUndefined();
  });
});

describe('"别人都没" after someone named as having it: the rest have none', () => {
  const h: Household = {
    members: [
      { relation: 'self', age: 60 },
      { relation: 'spouse', age: 61 },
      { relation: 'child', age: 30 },
    ],
  };
  it('晋南 "娃有残疾证 别人都没有"', () => {
    const u = yc('娃有残疾证 别人都没有', 'disability', h);
    expect(value(u, 'members[2].hasDisability')).toBe(true);
    expect(value(u, 'members[0].hasDisability')).toBe(false);
    expect(value(u, 'members[1].hasDisability')).toBe(false);
  });

  it('粤 "老公有癌症，其他人都冇"', () => {
    const u = yj('老公有癌症，其他人都冇', 'illness', h);
    expect(value(u, 'members[1].seriousIllness')).toBe(true);
    expect(value(u, 'members[0].seriousIllness')).toBe(false);
    expect(value(u, 'members[2].seriousIllness')).toBe(false);
  });
});
