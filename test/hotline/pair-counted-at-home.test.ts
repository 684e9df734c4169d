// A pair named as also at home with its count after it (家中还有公婆二人, 家里还有父母两人): the count is
// how many the pair is, not the household's size; "只有父母两人" stays the size. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const rels = (text: string) =>
  intake({ region: '140800', text }, { today: '2026-12-05', parameters }).household.members?.map((m) => m.relation);

describe('a pair counted after 还有', () => {
  it('家中还有公婆二人和一个儿子: all four beside the caller', () => {
    expect(rels('来电人（女，44岁）称丈夫上月病故，家中还有公婆二人，儿子（13岁）上初中。')).toEqual([
      'self',
      'parent',
      'parent',
      'child',
    ]);
  });

  it('家里还有父母两人: both counted with the caller', () => {
    expect(rels('来电人（男，38岁）未婚，家里还有父母两人，都在家种地。')).toEqual(['self', 'parent', 'parent']);
  });
});
