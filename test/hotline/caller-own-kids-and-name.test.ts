// Asking for a parent: the caller's own children said in the caller's words (俺也有俩娃, 我都有两个细路)
// are the caller's family, not the parent's; and a short name shared by the caller (张某某) and the
// parent (张某), used of someone away at work, is the caller. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe("the caller's own children in a call for a parent", () => {
  it('north: 替母亲问…“俺也有两个娃要供”', () => {
    const h = run(
      '来电人（女，35岁）替母亲（66岁）问。母亲和父亲一起住，腿脚不好。来电人在太原打工，“俺也有两个娃要供”。',
    );
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[0]?.age).toBe(66);
  });

  it('粤: 帮阿妈问…“我都有两个细路要养”', () => {
    const h = run(
      '来电人（男，40岁）帮阿妈（70岁）问。阿妈同阿爸一齐住。来电人喺广州打工，“我都有两个细路要养”。',
      '441781',
    );
    expect(h.members?.some((m) => m.relation === 'child')).toBe(false);
  });
});

describe('a short name shared by caller and parent, away at work', () => {
  it('north: 来电人张某某…替父亲张某问…张某自己在太原打工', () => {
    const h = run(
      '来电人张某某（男，36岁），替父亲张某（65岁）问。父亲和母亲一起住，父亲脑梗瘫了。张某自己在太原打工，一月挣四千。',
    );
    expect(h.members?.[0]?.age).toBe(65);
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.income?.wages).toBeUndefined();
  });

  it('粤: 来电人陈某某…帮阿爸陈某问…陈某自己喺深圳打工', () => {
    const h = run(
      '来电人陈某某（女，38岁），帮阿爸陈某（70岁）问。阿爸同阿妈一齐住。陈某自己喺深圳打工，每月搵五千。',
      '441781',
    );
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.income?.wages).toBeUndefined();
  });
});
