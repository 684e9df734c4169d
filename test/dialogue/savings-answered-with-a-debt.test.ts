// Issue 21, round 10 (r10p): our own sentences, played through the dialogue. Asked what is saved, a
// resident who tells only a debt is understood: "只有欠债" (粤 "净系欠人钱") is nothing saved, a debt alone
// is kept and savings left open, never asked again as if nothing was said.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import { recorded } from './recorded.ts';
import { M } from '../../bot/messages/zh-CN.ts';

const item = (say: string, city: '140800' | '441700') => ({
  id: 'own-savings-debt',
  city,
  kind: 'deposits' as const,
  say,
  facts: {},
});

describe('a debt told for savings', () => {
  it('晋南 "光欠人家的" is nothing saved, and the debt', () => {
    const r = runAnswer(item('光欠人家的，欠了四万多', '140800'))!;
    expect(r.reply).not.toContain(M.notUnderstood);
    expect(recorded(r, 'property.deposits')).toBe(0);
  });

  it('粤 "净系欠人钱" the same', () => {
    const r = runAnswer(item('净系欠人钱，欠咗亲戚三万', '441700'))!;
    expect(r.reply).not.toContain(M.notUnderstood);
    expect(recorded(r, 'property.deposits')).toBe(0);
  });

  it('a debt alone is not asked again, savings left open and said so', () => {
    const r = runAnswer(item('信用社贷了六万，给儿子看病用的', '140800'))!;
    expect(r.reply).not.toContain(M.notUnderstood);
    expect(recorded(r, 'property.deposits')).toBeUndefined();
    expect(r.reply).toContain('存款您没说');
  });
});
