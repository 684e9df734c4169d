// A count said right after a relative's word, then all or each ("闺女两个都出嫁了", 粤 "女儿两个都喺广州
// 打工"), counts that relative as "两个闺女" would; a couple's "两个住" does not. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a count right after the relative', () => {
  it('north: 闺女两个都出嫁了，每人每月给二百', () => {
    const h = run(
      '来电人（男，72岁），和老伴一起住，老伴瘫痪在床。儿子和儿媳在县城，不管不问。闺女两个都出嫁了，每人每月给二百。',
    );
    expect(h.income?.support).toEqual([{ amount: 4800 }]);
  });

  it('粤: 女儿两个都喺广州打工，每人每个月畀三百', () => {
    const h = run('来电人（女，75岁），一个人住，有高血压。女儿两个都喺广州打工，每人每个月畀三百。', '441781');
    expect(h.income?.support).toEqual([{ amount: 7200 }]);
    expect(h.obligors?.list).toHaveLength(2);
  });

  it('粤: a couple living as two is not two of the second', () => {
    const h = run('来电人（女，75岁），同老公两个住，老公中风瘫咗。个仔每个月畀三百。', '441781');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.income?.support).toEqual([{ amount: 3600 }]);
  });
});
