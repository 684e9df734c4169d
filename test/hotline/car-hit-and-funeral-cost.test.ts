// "骑电动车被私家车撞", "办完后事花咗三万几" (issue 22, round 24d): hit by a private car, a lorry or a bus is a
// traffic accident; what a funeral cost, said with 完 (办完后事), is spending of another kind, not a medical bill.
// Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('hit by a car of any kind', () => {
  it('in written Cantonese, 俾私家车撞: a traffic accident', () => {
    const h = run('来电人（男，30岁），阳东区某村村民，12月1号行路返屋企俾私家车撞，左脚骨折。', '441700');
    expect(h.hardship?.events?.[0]?.kind).toBe('traffic_accident');
  });

  it('in 晋南 words, 被大车撞了: a traffic accident', () => {
    const h = run('稷山县某村村民，男，45岁，11月30号骑三轮在国道上被大车撞了，腿断了。');
    expect(h.hardship?.events?.[0]?.kind).toBe('traffic_accident');
  });
});

describe('what a funeral cost', () => {
  it('in written Cantonese, 办完后事花咗两万几: spending of another kind', () => {
    const h = run('来电人（女，50岁），老公上个月10号突发脑出血走咗，办完后事花咗两万几。', '441700');
    expect(h.hardship?.expenses?.[0]).toEqual({ kind: 'other', amount: 25000 });
  });

  it('in 晋南 words, 办完丧事花了一万五: spending of another kind', () => {
    const h = run('来电人女，58岁，老汉上个月突发心梗殁了，办完丧事花了一万五，现在一个人过。');
    expect(h.hardship?.expenses?.[0]?.kind).toBe('other');
  });
});
