// Round 9 (issue 22): the parents a grown child lives with, when the call is about that child. A pair
// named as 父母 and then one of them again ("父母都七十多了，父亲有退休金") is the same two, the father
// the pair's first; "二人共领养老金" after the two were named counts them for the money, not the
// household, so neither parent is pushed out of it. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the subject’s parents', () => {
  it('父亲 after 父母 is one of the two', () => {
    const h = run('居民来电反映其哥哥（40岁）精神残疾二级，一直跟着父母过，父母都六十多了，父亲每月有退休金两千。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent', 'parent']);
    expect(h.income?.pensions).toBe(24000);
  });

  it('粤: 阿妈 after 父母 is one of the two', () => {
    const h = run('来电人反映其细佬（35岁）智力残疾，同父母一齐住，父母都七十几，阿妈有病。', '441700');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent', 'parent']);
  });

  it('二人共领养老金 does not make the household two', () => {
    const h = run('市民来电称其妹妹（39岁）离婚后跟父母一起生活。父亲70岁、母亲67岁，每月二人共领养老金四百元。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([
      ['self', 39],
      ['parent', 70],
      ['parent', 67],
    ]);
    expect(h.obligors?.list ?? []).toHaveLength(0);
  });
});
