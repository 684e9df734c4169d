// A summary opening on an old woman or man by the 两阳 words for them (issue 22, round 6): "阳春市某村
// 阿婆，78岁，一个人住" is about her, not about a grandmother of someone unnamed who then owes
// support; a caller named before her ("来电人系孙女，反映阿嫲…") still calls about a relative.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string) => intake({ region: '441700', text }, { today: '2026-12-05', parameters }).household;

describe('a summary opening on 阿婆', () => {
  it('is about her: her age, no grandparent owing support', () => {
    const h = run('阳西县某村阿婆，81岁，一个人住，每月养老金两百几，两个仔每人每月畀两百。');
    expect(h.members?.map((m) => [m.relation, m.age])).toEqual([['self', 81]]);
    expect(h.obligors?.list?.map((o) => o.relation)).toEqual(['child', 'child']);
    expect(h.income?.support?.[0]?.amount).toBe(4800);
  });

  it('a grandchild calling about her still calls about a relative', () => {
    const h = run('来电人系孙女，反映阿嫲（86岁）一个人住，每月养老金两百几。');
    expect(h.members?.[0]?.age).toBe(86);
  });
});
