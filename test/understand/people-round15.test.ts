// Round 15 of people: a bare 癌 named by the organ told before it, illness names typed the way people
// type them (甘 for 肝 off a pinyin keyboard, 先天心脏病 without 性), a partner said not to be married
// (no spouse in law), an uncle or aunt named short and whole, and an age said after telling that someone
// lives with the writer. Our own sentences, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { step } from '../../bot/engine.ts';
import type { SlotId } from '../../bot/understand/extract.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { stateFor } from '../eval/answers-eval.ts';
import { read, value } from '../support/understanding.ts';

const yj = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '441700', h);
const yc = (text: string, slot: SlotId = 'members', h: Household = {}) => read(text, slot, '140800', h);
const couple: Household = {
  members: [
    { relation: 'self', age: 58 },
    { relation: 'spouse', age: 60 },
  ],
};

describe('a bare 癌 is named by the organ told before it', () => {
  it('晋南 "肺上有毛病，大夫说是癌": lung cancer, not a word of the doctor\'s', () => {
    const u = yc('老汉肺上有毛病，大夫说是癌', 'illness', couple);
    expect(value(u, 'members[1].seriousIllness')).toBe(true);
    expect(value(u, 'members[1].illnessName')).toBe('肺癌');
  });

  it('粤 "个胃唔妥，医生话系癌": stomach cancer', () => {
    const u = yj('老公个胃唔妥，医生话系癌', 'illness', couple);
    expect(value(u, 'members[1].illnessName')).toBe('胃癌');
  });

  it('with no organ told, 癌 alone is the name ("医生说是癌")', () => {
    const u = yc('老汉病了，医生说是癌', 'illness', couple);
    expect(value(u, 'members[1].seriousIllness')).toBe(true);
    expect(value(u, 'members[1].illnessName')).toBe('癌');
  });
});

describe('illness names as they are typed', () => {
  it('粤 "甘癌" is 肝癌', () => {
    const u = yj('我老公甘癌，喺医院', 'illness', couple);
    expect(value(u, 'members[1].illnessName')).toBe('肝癌');
  });

  it('晋南 "先天心脏病" is 先天性心脏病, a serious illness', () => {
    const u = yc('孙子先天心脏病，等着做手术', 'illness', {
      members: [
        { relation: 'self', age: 62 },
        { relation: 'grandchild', age: 4 },
      ],
    });
    expect(value(u, 'members[1].seriousIllness')).toBe(true);
    expect(value(u, 'members[1].illnessName')).toBe('先天性心脏病');
  });
});

describe('a partner said not to be married is listed as another person', () => {
  const parameters = defaultParameters();
  const relations = (say: string, known: Household, city: '441700' | '140800') => {
    const state = stateFor({ id: 't', city, kind: 'relations', known, say, facts: {} });
    const res = step(state, { channel: 'test', userId: 't', text: say }, { parameters, today: '2026-12-05' });
    return res.state?.household.members ?? [];
  };
  const two: Household = { members: [{ relation: 'self', age: 66 }, { age: 63 }] };

  it('晋南 "俺老汉，就是没扯结婚证": other, not spouse', () => {
    expect(relations('俺老汉，就是没扯结婚证', two, '140800')[1]?.relation).toBe('other');
  });

  it('粤 "系我老婆，不过冇领证" : other', () => {
    expect(relations('系我老婆，不过冇领证', two, '441700')[1]?.relation).toBe('other');
  });

  it('粤, no kinship word: "冇登记结婚，住埋一齐十几年" is the partner asked about', () => {
    expect(relations('冇登记结婚，住埋一齐十几年', two, '441700')[1]?.relation).toBe('other');
  });

  it('the others named beside the partner keep their relation', () => {
    const three: Household = { members: [{ relation: 'self', age: 45 }, { age: 44 }, { age: 12 }] };
    const got = relations('老公同个女，我哋未登记结婚', three, '441700');
    expect(got[1]?.relation).toBe('other');
    expect(got[2]?.relation).toBe('child');
  });

  it('a spouse with no such word stays a spouse', () => {
    expect(relations('俺老汉', two, '140800')[1]?.relation).toBe('spouse');
  });

  it('listing the household: "俺跟老伴俩，俺62他65，没领证" counts him as another person', () => {
    const u = yc('俺跟老伴俩，俺62他65，没领证');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('other');
    expect(value(u, 'members[1].age')).toBe(65);
  });
});

describe('an uncle or aunt named short and whole is one person', () => {
  it('晋南 "俺舅 … 舅舅六十八"', () => {
    const u = yc('俺跟俺舅过，舅舅六十八，俺四十');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].relation')).toBe('other');
    expect(value(u, 'members[1].age')).toBe(68);
  });

  it('粤 "阿姨 … 我姨七十三"', () => {
    const u = yj('我同阿姨住，我姨七十三，我五十');
    expect(value(u, 'size')).toBe(2);
    expect(value(u, 'members[1].age')).toBe(73);
    expect(value(u, 'members[0].age')).toBe(50);
  });
});

describe('an age said after telling that someone lives with the writer', () => {
  it('晋南 "外甥也在我家住 十二岁": the nephew\'s age', () => {
    const u = yc('我五十 儿子二十 外甥也在我家住 十二岁');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].relation')).toBe('other');
    expect(value(u, 'members[2].age')).toBe(12);
    expect(value(u, 'members[0].age')).toBe(50);
  });

  it('粤 "外甥女同我住，十一岁"', () => {
    const u = yj('我四十八，个女十六，外甥女同我住，十一岁');
    expect(value(u, 'members[2].age')).toBe(11);
    expect(value(u, 'members[0].age')).toBe(48);
  });

  it('晋南 "她小子也跟俺们住 三十一了": the spouse\'s son, listed with his age', () => {
    const u = yc('俺六十二 老伴六十 她小子也跟俺们住 三十一了');
    expect(value(u, 'size')).toBe(3);
    expect(value(u, 'members[2].age')).toBe(31);
    expect(value(u, 'members[1].age')).toBe(60);
  });

  it('粤 "佢个仔都同我哋住，廿八岁": the husband\'s son', () => {
    const u = yj('我六十，老公六十三，佢个仔都同我哋住，廿八岁');
    expect(value(u, 'members[2].relation')).toBe('child');
    expect(value(u, 'members[2].age')).toBe(28);
  });
});
