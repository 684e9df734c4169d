// Issue 21, round 9 (und9a): our own sentences, played through the dialogue. Asked which member has
// a certificate or is seriously ill, "两个都有" / 粤 "两个都系有" with two members is both; a count
// that is not the household's leaves the question asked again.
import { describe, expect, it } from 'vitest';
import type { Household } from '../../screening/index.ts';
import { runAnswer } from '../eval/answers-eval.ts';

const pair: Household = {
  members: [
    { relation: 'self' as const, age: 71 },
    { relation: 'spouse' as const, age: 69 },
  ],
};
const item = (
  say: string,
  city: '140800' | '441700',
  kind: 'illness.which' | 'disability.which',
  known: Household = pair,
) => ({
  id: 'own-both',
  city,
  kind,
  known,
  say,
  facts: {},
});

describe('"both of them" to "which member?"', () => {
  it('晋南: "俩人都有" of a couple, ill', () => {
    const r = runAnswer(item('俩人都有', '140800', 'illness.which'))!;
    expect(r.reply).toContain('得了重病');
    expect(r.reply).not.toContain('没看懂');
  });

  it('粤: "两个都有" of a couple, certificates', () => {
    const r = runAnswer(item('两个都有', '441700', 'disability.which'))!;
    expect(r.reply).toContain('有残疾证');
    expect(r.reply).not.toContain('没看懂');
  });

  it('"两个都有" with three members is asked again', () => {
    const three: Household = { members: [...(pair.members ?? []), { relation: 'child', age: 40 }] };
    const r = runAnswer(item('两个都有', '140800', 'illness.which', three))!;
    expect(r.reply).toContain('没看懂');
  });
});
