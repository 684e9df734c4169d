// A plain no to "有没有人有残疾证/重病" asked before anyone was listed: the say-back tells the applicant
// "您没有…", so the no is kept for the applicant (members[0]) rather than for no one. Our own sentences.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import { recorded } from './recorded.ts';

const item = (say: string, city: '140800' | '441700', kind: 'disability' | 'illness') => ({
  id: 'own-no-one-listed',
  city,
  kind: kind as never,
  say,
  facts: {},
});

describe('a no with no members listed yet', () => {
  it('晋南 "没，都没有" to the certificate question is the applicant’s no', () => {
    const r = runAnswer(item('没，都没有', '140800', 'disability'))!;
    expect(r.understood).toBe(true);
    expect(recorded(r, 'members[0].hasDisability')).toBe(false);
  });

  it('粤 "冇喎" to the serious-illness question is the applicant’s no', () => {
    const r = runAnswer(item('冇喎', '441700', 'illness'))!;
    expect(r.understood).toBe(true);
    expect(recorded(r, 'members[0].seriousIllness')).toBe(false);
  });

  it('with members listed, every one of them gets the no, and no one is added', () => {
    const r = runAnswer({
      ...item('冇', '441700', 'disability'),
      known: { members: [{ relation: 'self' as const, age: 50 }, { age: 48 }] },
    })!;
    expect(recorded(r, 'members[0].hasDisability')).toBe(false);
    expect(recorded(r, 'members[1].hasDisability')).toBe(false);
    expect(recorded(r, 'members[2].hasDisability')).toBeUndefined();
  });
});
