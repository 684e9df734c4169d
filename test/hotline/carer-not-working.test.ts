// Round 24 (issue 22): in a summary, "无工作" or "冇返工" in a clause naming nobody, right after young children
// named as looked after ("妻子在家带两个娃（8岁、5岁）"), is said of the one who looks after them, not of the
// children nor of the caller; "工地老板只给了一万" names a boss, not someone working now; "有架车用嚟送货" is
// what a vehicle is for. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('no work said after children looked after', () => {
  it('晋南: 媳妇在家带两个娃（9岁、4岁），无工作', () => {
    const h = run('来电人（男，36岁），新绛县某村，上月骑摩托摔伤了腿。媳妇在家带两个娃（9岁、4岁），无工作。');
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBe(false);
    expect(h.members?.[0]?.employed).toBeUndefined();
    for (const m of h.members?.filter((m) => m.relation === 'child') ?? []) expect(m.employed).toBeUndefined();
  });

  it('粤: 来电人带两个细路（6岁、2岁），冇返工', () => {
    const h = run(
      '来电人（女，31岁），阳春市某村，老公上个月出车祸过身。来电人带两个细路（6岁、2岁），冇返工。',
      '441781',
    );
    expect(h.members?.[0]?.employed).toBe(false);
    for (const m of h.members?.filter((m) => m.relation === 'child') ?? []) expect(m.employed).toBeUndefined();
  });
});

describe('words of work that name no one working', () => {
  it('晋南: 工地老板只给了一万', () => {
    const h = run('来电人（男，41岁），垣曲县某村，上个月在工地摔断了腿，花了三万多，工地老板只给了一万。');
    expect(h.members?.[0]?.employed).toBeUndefined();
  });

  it('粤: 有架旧车用嚟送货', () => {
    const h = run('来电人（男，30岁），江城区居民，老婆冇返工带细路，细路3岁，屋企有架旧车用嚟送货。', '441702');
    expect(h.members?.find((m) => m.relation === 'spouse')?.employed).toBe(false);
    expect(h.members?.[0]?.employed).toBeUndefined();
  });
});
