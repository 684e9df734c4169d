// Issue 21, round 10 (r10p): our own sentences, played through the dialogue. Asked how many work, a
// resident counts the ones who do and says who stays at home looking after someone ("俺跟大闺女俩，她爸在家
// 伺候老人", 粤 "我同大仔两个，老公喺屋企照顾阿妈"): the ones counted work, the one at home does not.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import { recorded } from './recorded.ts';

const item = (say: string, city: '140800' | '441700') => ({
  id: 'own-who-stays-home',
  city,
  kind: 'employed' as const,
  known: {
    members: [
      { relation: 'self' as const, age: 50 },
      { relation: 'spouse' as const, age: 52 },
      { relation: 'child' as const, age: 25 },
      { relation: 'child' as const, age: 14 },
    ],
  },
  say,
  facts: {},
});

describe('the ones counted work; the one at home looking after someone does not', () => {
  it('晋南', () => {
    const r = runAnswer(item('俺跟大闺女俩，她爸在家伺候老人', '140800'))!;
    expect(recorded(r, 'employedCount')).toBe(2);
    expect(recorded(r, 'members[0].employed')).toBe(true);
    expect(recorded(r, 'members[2].employed')).toBe(true);
    expect(recorded(r, 'members[1].employed')).toBe(false);
  });

  it('粤', () => {
    const r = runAnswer(item('我同大女两个，老公喺屋企照顾阿妈', '441700'))!;
    expect(recorded(r, 'employedCount')).toBe(2);
    expect(recorded(r, 'members[2].employed')).toBe(true);
    expect(recorded(r, 'members[1].employed')).toBe(false);
  });
});
