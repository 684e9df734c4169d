// Issue 21, round 9 (und9a): our own sentences, played through the dialogue. Asked which member is
// seriously ill, "第3位 胃癌" picks the third member and the illness named after it is theirs, not
// the applicant's; 粤 "第二个，中风" the same.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';

const item = (say: string, city: '140800' | '441700') => ({
  id: 'own-which',
  city,
  kind: 'illness.which' as const,
  known: {
    members: [
      { relation: 'self' as const, age: 64 },
      { relation: 'spouse' as const, age: 62 },
      { relation: 'child' as const, age: 35 },
    ],
  },
  say,
  facts: {},
});

describe('an ordinal answer to "which member?"', () => {
  it('晋南: "第3位 胃癌" is the third member’s illness', () => {
    const r = runAnswer(item('第3位 胃癌', '140800'))!;
    expect(r.reply).toContain('子女（35岁）得了重病（胃癌）');
    expect(r.reply).not.toContain('您得了重病');
  });

  it('粤: "第二个，中风"', () => {
    const r = runAnswer(item('第二个，中风', '441700'))!;
    expect(r.reply).toContain('得了重病（中风）');
    expect(r.reply).not.toContain('您得了重病');
  });
});
