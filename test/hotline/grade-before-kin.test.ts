// A disability's grade and kind said right before the relative they describe, joined by 嘅/的
// ("二级智力残疾嘅细佬", "肢体二级残疾的儿子"): the grade and kind are the relative's, not those of the
// person the summary was talking about. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('grade and kind before the relative', () => {
  it('粤: 三级精神残疾嘅家姐同佢住', () => {
    const h = run('来电人梁某（女，52岁），三级精神残疾嘅家姐（56岁）一直同佢一齐住，本人喺酒楼做帮厨。');
    expect(h.members?.[0]?.hasDisability).toBeUndefined();
    expect(h.members?.[0]?.disability).toBeUndefined();
    expect(h.members?.[1]?.relation).toBe('sibling');
    expect(h.members?.[1]?.disability).toEqual({ kind: 'mental', grade: 3 });
  });

  it('north: 和一个肢体一级残疾的儿子一起过', () => {
    const h = run('来电人李某（男，66岁），和一个肢体一级残疾的儿子（38岁）一起过。', '140800');
    expect(h.members?.[0]?.hasDisability).toBeUndefined();
    expect(h.members?.[1]?.disability).toEqual({ kind: 'physical', grade: 1 });
  });

  it("the speaker's own grade stays theirs", () => {
    const h = run('来电人（男，58岁），本人二级视力残疾，同老婆住。');
    expect(h.members?.[0]?.disability).toEqual({ kind: 'visual', grade: 2 });
  });
});
