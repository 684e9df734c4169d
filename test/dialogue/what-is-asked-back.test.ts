// Round 11 (und11a): asked whether an illness is on the local list, a resident may ask back what the
// words mean ("咩系重特大疾病？", 晋南 "啥是重特大疾病？"): not knowing, said back as such and checked by
// the township — never the 系/是 inside the question read as a yes. Our own sentences.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';

const item = (say: string, city: '140800' | '441700') => ({
  id: 'own-what-is',
  city,
  kind: 'illness.list' as const,
  known: {
    members: [
      { relation: 'self' as const, age: 66 },
      { relation: 'spouse' as const, age: 64, seriousIllness: true },
    ],
  },
  say,
  facts: {},
});

describe('what is that, asked back', () => {
  it('粤: "咩系重特大疾病？我唔识" is not knowing, not a yes', () => {
    const r = runAnswer(item('咩系重特大疾病？我唔识', '441700'))!;
    expect(r.scored.extra.find((x) => x.path === 'members[1].illnessOnLocalList')).toBeUndefined();
    expect(r.reply).toContain('您不清楚');
  });

  it('晋南: "啥是重特大疾病？" the same', () => {
    const r = runAnswer(item('啥是重特大疾病？', '140800'))!;
    expect(r.scored.extra.find((x) => x.path === 'members[1].illnessOnLocalList')).toBeUndefined();
    expect(r.reply).toContain('您不清楚');
  });
});
