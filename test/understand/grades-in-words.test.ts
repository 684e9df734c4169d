// Round 15: a disability grade said without "N级" — by its end of the scale, as a rank, or read off the
// certificate — and a grade said by a writer's brother or sister about the applicant's child. Our own
// sentences, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { understand } from '../../bot/understand/extract.ts';
import { defaultParameters, type Household } from '../../screening/index.ts';
import { value } from '../support/understanding.ts';

const one: Household = { members: [{ relation: 'self', age: 58, hasDisability: true }] };
const parameters = defaultParameters();
/** Asked the grade of one member, as the dialogue asks it. */
const gradeReading = (text: string, region: string, household: Household, member: number) =>
  understand(text, { slot: 'disability.grade', household, today: '2026-12-05', region, parameters, member });
const grade = (text: string, region: string, h: Household = one, member = 0) =>
  value(gradeReading(text, region, h, member), `members[${member}].disability.grade`);

describe('a grade said by its place on the scale', () => {
  it('the most severe is 一级: 晋南 "最厉害的那一级", 粤 "最犀利嗰种"', () => {
    expect(grade('最厉害的那一级', '140800')).toBe(1);
    expect(grade('佢係最犀利嗰种', '441700')).toBe(1);
  });

  it('the lightest is 四级, and "那一级" does not make it 一级', () => {
    expect(grade('俺这是最轻的那一级', '140800')).toBe(4);
    expect(grade('最轻嗰级啫', '441700')).toBe(4);
  });

  it('a grade said with its number still stands beside the words', () => {
    expect(grade('三级 不是最重的', '140800')).toBe(3);
    expect(grade('二级，唔系最重嗰级', '441700')).toBe(2);
  });

  it('denied, the end of the scale says nothing: "不是最重的"', () => {
    expect(grade('不是最重的', '140800')).toBeUndefined();
  });
});

describe('a grade as a rank, or read off the certificate', () => {
  it('"第三等" is 三级', () => {
    expect(grade('评的是第三等', '140800')).toBe(3);
  });

  it('a number read off the certificate after not knowing: 粤 "唔记得，本证印住叁", 晋南 "证上是肆"', () => {
    expect(grade('唔记得，本证印住叁', '441700')).toBe(3);
    expect(grade('记不得 证上是肆', '140800')).toBe(4);
  });

  it('the certificate named with no number gives no grade', () => {
    expect(grade('证放在柜子里了', '140800')).toBeUndefined();
  });
});

describe("a writer's brother or sister, asked about the applicant's child", () => {
  const family: Household = {
    members: [
      { relation: 'self', age: 74 },
      { relation: 'spouse', age: 71 },
      { relation: 'child', age: 43, hasDisability: true },
    ],
  };

  it('晋南 "俺姐的证是三级", 粤 "我细佬张证写住四级": the child asked about', () => {
    expect(grade('俺姐的证是三级', '140800', family, 2)).toBe(3);
    expect(grade('我细佬张证写住四级', '441700', family, 2)).toBe(4);
  });

  it('not when the household lists a brother or sister of the applicant', () => {
    const withSibling: Household = {
      members: [
        { relation: 'self', age: 60 },
        { relation: 'sibling', age: 57 },
        { relation: 'child', age: 30, hasDisability: true },
      ],
    };
    expect(grade('我哥是二级', '140800', withSibling, 2)).toBeUndefined();
  });
});
