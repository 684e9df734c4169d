// Round 11, second pass (p11a): answers to "第2位是你的什么人？" that mend themselves, give numbers
// first, or tell of the child away from the grandchild at home. Our own sentences, played through the
// dialogue, in both cities' ways of writing.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';

type Known = { relation?: 'self'; age: number }[];
const item = (say: string, city: '140800' | '441700', members: Known) => ({
  id: 'own-relations',
  city,
  kind: 'relations' as const,
  known: { members },
  say,
  facts: {},
});

describe('a slip owned in the middle of the answer', () => {
  const one: Known = [{ relation: 'self', age: 58 }, { age: 55 }];
  it('晋南 "是俺老汉 不对 俺弄错了 是俺姐" records the sister, and nothing is taken back', () => {
    const r = runAnswer(item('是俺老汉 不对 俺弄错了 是俺姐', '140800', one))!;
    expect(r.reply).toContain('是您的兄弟姐妹');
    expect(r.reply).not.toContain('已经是第一个问题');
  });

  it('粤 "系我老公，唔系，搞错咗，系我家姐" the same', () => {
    const r = runAnswer(item('系我老公，唔系，搞错咗，系我家姐', '441700', one))!;
    expect(r.reply).toContain('是您的兄弟姐妹');
  });
});

describe('numbers first, then words about them', () => {
  const two: Known = [{ relation: 'self', age: 69 }, { age: 66 }, { age: 13 }];
  it('晋南 "1 4 小的是俺孙子 他爸在外头" takes the numbers', () => {
    const r = runAnswer(item('1 4 小的是俺孙子 他爸在外头不回来', '140800', two))!;
    expect(r.reply).toContain('第2位（66岁）是您的老伴');
    expect(r.reply).toContain('第3位（13岁）是您的孙子女');
  });

  it('粤 "1 4，细嘅系我孙，佢老豆唔理佢" the same', () => {
    const r = runAnswer(item('1 4，细嘅系我孙，佢老豆唔理佢', '441700', two))!;
    expect(r.reply).toContain('第3位（13岁）是您的孙子女');
  });
});

describe('the child away, the grandchild at home', () => {
  const one: Known = [{ relation: 'self', age: 64 }, { age: 10 }];
  it('晋南 "孙女 她爸在外地打工 娃跟着俺": the son is family elsewhere, 娃 the grandchild', () => {
    const r = runAnswer(item('孙女 儿子在外地打工 娃跟着俺', '140800', one))!;
    expect(r.reply).toContain('是您的孙子女');
    expect(r.reply).toContain('不住在一起的亲人：子女');
  });

  it('晋南 "她妈在外头把娃放俺这": the one left is not who went', () => {
    const r = runAnswer(item('外孙 他妈在外头打工把娃放俺这', '140800', one))!;
    expect(r.reply).toContain('不住在一起的亲人：子女');
    expect(r.reply).not.toContain('孙子女、子女');
  });
});

describe('missing is said back', () => {
  it('粤 "冇咗音讯，报咗警都揾唔到佢": 下落不明 in the say-back', () => {
    const r = runAnswer({
      id: 'own-missing',
      city: '441700',
      kind: 'obligors.situation' as const,
      known: { obligors: { exist: true, list: [{ relation: 'child' as const }] } },
      say: '佢出咗去之后冇咗音讯，报咗警都揾唔到佢',
      facts: {},
    })!;
    expect(r.reply).toContain('下落不明');
  });
});
