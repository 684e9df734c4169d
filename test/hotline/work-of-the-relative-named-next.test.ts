// Work said before 的 and a relative ("在县城开出租的儿子每月给500元", 粤 "喺深圳打工嘅个仔每月俾五百蚊") is
// that relative's: the caller or the member spoken of before is not made a worker by it. The texts are
// our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('work of the relative named right after it', () => {
  it('north: 在县城开出租的儿子每月给500元', () => {
    const h = run('来电人（女，70岁），和老伴一起生活，老伴瘫痪在床。在县城开出租的儿子每月给500元。');
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.obligors?.list).toEqual([{ relation: 'child', ableBodiedAdult: true }]);
    expect(h.income?.support).toEqual([{ amount: 6000 }]);
  });

  it('north: 和母亲一起生活 … 在外地打工的弟弟每月给二百', () => {
    const h = run(
      '来电人（男，50岁），腿有残疾，和76岁的母亲一起生活。母亲每月养老金一百五，在外地打工的弟弟每月给二百。',
    );
    expect(h.members?.map((m) => [m.relation, m.age, m.employed])).toEqual([
      ['self', 50, undefined],
      ['parent', 76, undefined],
    ]);
  });

  it('粤: 喺深圳打工嘅个仔每月俾五百蚊', () => {
    const h = run('来电人（女，70岁），同老公一齐住，老公中风瘫咗。喺深圳打工嘅个仔每月俾五百蚊。', '441781');
    expect(h.members?.[0]?.employed).toBeUndefined();
    expect(h.obligors?.list).toEqual([{ relation: 'child', ableBodiedAdult: true }]);
  });
});
