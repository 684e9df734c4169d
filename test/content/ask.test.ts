// Free policy questions answered with the clause they rest on; out-of-scope questions get an
// honest answer with no citations; each city sees its own notice and never the other's.
import { describe, expect, it } from 'vitest';
import { ask } from '../../content/ask.ts';
import { getClause } from '../../content/clauses.ts';

describe('policy questions', () => {
  it.each([
    ['我家有残疾人能不能单独吃低保', '140800', 'mz2021-57.a8'],
    ['五保户现在叫什么', '441700', 'mz2021-43.a4'],
    ['渐退期是什么意思', '140802', 'yc59.2-1.gradual-exit'],
    ['渐退期是什么意思', '441781', 'yj14.2-1.gradual-exit'],
    ['低保多久能批下来', '441700', 'mz2021-57.a22'],
  ])('%s (%s) cites %s', (question, region, id) => {
    const a = ask(region, question);
    expect(a.citations.map((c) => c.id)).toContain(id);
    const best = getClause(a.citations[0]!.id)!;
    expect(a.answer).toContain(best.text);
    expect(a.answer).toContain(best.document);
  });

  it('never cites the other city', () => {
    for (const q of ['渐退期是什么意思', '房子烧了找谁', '单人保怎么申请', '临时救助在哪里申请']) {
      expect(ask('140800', q).citations.some((c) => c.id.startsWith('yj14'))).toBe(false);
      expect(ask('441700', q).citations.some((c) => c.id.startsWith('yc59'))).toBe(false);
    }
  });

  it('says honestly when it cannot answer', () => {
    const a = ask('140800', '今天天气怎么样');
    expect(a.citations).toEqual([]);
    expect(a.answer).toContain('12345');
  });
});
