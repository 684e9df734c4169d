// Round 14, played through the dialogue: one word for several members asked about ("子女"), and who
// works named by a relation the household list never recorded. Our own sentences, in both cities' ways
// of writing.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import { recorded } from './recorded.ts';

type Known = { relation?: 'self'; age: number }[];
const item = (say: string, city: '140800' | '441700', members: Known, kind: string) => ({
  id: 'own-people-14',
  city,
  kind: kind as never,
  known: { members },
  say,
  facts: {},
});

describe('one word for every member asked about', () => {
  it('晋南 "儿女" and 粤 "仔女" answer for both', () => {
    const known: Known = [{ relation: 'self', age: 50 }, { age: 22 }, { age: 19 }];
    for (const [say, city] of [
      ['儿女', '140800'],
      ['仔女', '441700'],
    ] as const) {
      const r = runAnswer(item(say, city, known, 'relations'))!;
      expect(recorded(r, 'members[1].relation')).toBe('child');
      expect(recorded(r, 'members[2].relation')).toBe('child');
    }
  });
});

describe('who works, named by a relation never recorded', () => {
  const known: Known = [{ relation: 'self', age: 38 }, { age: 40 }, { age: 11 }];

  it('粤 "一个，我老公喺五金厂做": the 40-year-old, not the writer and not the child', () => {
    const r = runAnswer(item('一个，我老公喺五金厂做', '441700', known, 'employed'))!;
    expect(recorded(r, 'members[1].employed')).toBe(true);
    expect(recorded(r, 'members[0].employed')).not.toBe(true);
    expect(recorded(r, 'employedCount')).toBe(1);
  });

  it('晋南 "俺男人全职在厂里 俺做钟点": both work, by the hours said', () => {
    const r = runAnswer(item('两个 俺男人全职在厂里 俺做钟点', '140800', known, 'employed'))!;
    expect(recorded(r, 'members[1].employed')).toBe(true);
    expect(recorded(r, 'employedCount')).toBe(2);
  });
});
