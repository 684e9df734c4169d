// Round 11 (und11a): our own sentences, played through the dialogue. Asked how many work, "两个都…"
// followed by no work (too old, at school) is nobody, not two; "三个都上班" is still three. Work said
// in a clause after a grown child was named ("闺女…，在城里找了份工作") is the child's, not the writer's.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import { recorded } from './recorded.ts';

const item = (say: string, city: '140800' | '441700', ages = [50, 48, 24]) => ({
  id: 'own-who-works-11',
  city,
  kind: 'employed' as const,
  known: {
    members: [
      { relation: 'self' as const, age: ages[0] },
      { relation: ages[2] ? ('spouse' as const) : ('child' as const), age: ages[1] },
      ...(ages[2] ? [{ relation: 'child' as const, age: ages[2] }] : []),
    ],
  },
  say,
  facts: {},
});

describe('a count before 都 followed by no work', () => {
  it('粤: "两个都老晒，仲点做得" is nobody', () => {
    const r = runAnswer(item('两个都老晒，仲点做得', '441700', [80, 77, 0]))!;
    expect(recorded(r, 'employedCount')).toBe(0);
  });

  it('晋南: "俩人都老了 干不动了" is nobody', () => {
    const r = runAnswer(item('俩人都老了 干不动了', '140800', [79, 76, 0]))!;
    expect(recorded(r, 'employedCount')).toBe(0);
  });

  it('a count before 都 with work said is still the count: "三个都在厂里上班"', () => {
    const r = runAnswer(item('三个都在厂里上班', '140800'))!;
    expect(recorded(r, 'employedCount')).toBe(3);
  });
});

describe('work said after a grown child was named', () => {
  it('晋南: "闺女去年毕业了，在县城找了份工作" is the daughter', () => {
    const r = runAnswer(item('闺女去年毕业了，在县城找了份工作', '140800'))!;
    expect(recorded(r, 'employedCount')).toBe(1);
    expect(recorded(r, 'members[2].employed')).toBe(true);
    expect(recorded(r, 'members[0].employed')).toBe(false);
  });

  it('粤: "个仔读完书，喺镇度揾到份工" is the son', () => {
    const r = runAnswer(item('个仔读完书，喺镇度揾到份工', '441700'))!;
    expect(recorded(r, 'employedCount')).toBe(1);
    expect(recorded(r, 'members[2].employed')).toBe(true);
  });
});
