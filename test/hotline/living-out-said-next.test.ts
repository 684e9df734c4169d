// A relative's age said, then in the next clause of the same sentence that they live elsewhere with no
// one named ("儿子30岁已结婚，在外面住", 粤 "个女28岁，喺出面住"): it is said of that relative, who is then
// no member of the household. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('living elsewhere said in the clause after the relative', () => {
  it('north: 儿子32岁已结婚，在外面住', () => {
    const h = run('来电人（女，57岁），老伴60岁，有糖尿病。儿子32岁已结婚，在外面住。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 32 });
  });

  it('粤: 个女28岁，喺出面住', () => {
    const h = run('来电人（男，60岁），同老婆（58岁）住。个女28岁，喺出面住。', '441700');
    expect(h.members).toHaveLength(2);
    expect(h.obligors?.list?.[0]?.relation).toBe('child');
  });

  it('a new sentence with no one named is not about the relative', () => {
    const h = run('来电人（女，57岁），同儿子（20岁）一起住。老伴去年走了。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'child']);
  });
});
