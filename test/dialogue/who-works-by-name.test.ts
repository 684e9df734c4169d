// Issue 21, round 10 (und10a): our own sentences, played through the dialogue. Asked how many in the
// family work, a resident often names them instead of counting: "老汉和闺女", 粤 "老婆同大仔". The people
// named alone are the ones who work, said back by name; "冇，…都冇" stays nobody. Work asked back with
// 啥/咩 ("都七十多了还上啥班", 粤 "仲返咩工") is a no.
import { describe, expect, it } from 'vitest';
import { runAnswer } from '../eval/answers-eval.ts';
import { recorded } from './recorded.ts';

const item = (say: string, city: '140800' | '441700', ages = [50, 48, 24]) => ({
  id: 'own-who-works',
  city,
  kind: 'employed' as const,
  known: {
    members: [
      { relation: 'self' as const, age: ages[0] },
      { relation: 'spouse' as const, age: ages[1] },
      ...(ages[2] ? [{ relation: 'child' as const, age: ages[2] }] : []),
    ],
  },
  say,
  facts: {},
});

describe('who works, named instead of counted', () => {
  it('晋南: "老汉和闺女" are two, the husband and the daughter', () => {
    const r = runAnswer(item('老汉和闺女', '140800'))!;
    expect(recorded(r, 'employedCount')).toBe(2);
    expect(recorded(r, 'members[1].employed')).toBe(true);
    expect(recorded(r, 'members[2].employed')).toBe(true);
    expect(recorded(r, 'members[0].employed')).toBe(false);
    expect(r.reply).toContain('家里有2个人打工上班');
  });

  it('粤: "老婆同个女" the same', () => {
    const r = runAnswer(item('老婆同个女', '441700'))!;
    expect(recorded(r, 'employedCount')).toBe(2);
    expect(recorded(r, 'members[1].employed')).toBe(true);
    expect(recorded(r, 'members[2].employed')).toBe(true);
  });

  it('粤: "冇，老婆同个女都冇" is nobody', () => {
    const r = runAnswer(item('冇，老婆同个女都冇', '441700'))!;
    expect(recorded(r, 'employedCount')).toBe(0);
  });
});

describe('work asked back is a no', () => {
  it('晋南: "俺俩都七老八十了还打啥工"', () => {
    const r = runAnswer(item('俺俩都七老八十了还打啥工', '140800', [78, 76, 0]))!;
    expect(recorded(r, 'employedCount')).toBe(0);
  });

  it('粤: "老人家仲做咩工"', () => {
    const r = runAnswer(item('老人家仲做咩工', '441700', [78, 76, 0]))!;
    expect(recorded(r, 'employedCount')).toBe(0);
  });
});
