// A caller telling of their own young child ("称其7岁女儿…", "反映其儿子（12岁）…") asks for the household:
// the caller is the applicant and the child a member. A girl a social worker calls about stays whom the
// call is about. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe("the caller's young child", () => {
  it('粤: 市民陈女士称，其7岁女儿…烫伤，本人喺超市做', () => {
    const h = run(
      '市民陈女士称，11月30日其7岁女儿喺屋企被开水烫伤，而家喺医院，已使咗一万几。本人做家政每月二千八，老公开的士每月四千。',
      '441702',
    );
    expect(h.members?.[0]).toMatchObject({ relation: 'self', employed: true });
    expect(h.members?.find((m) => m.relation === 'child')?.age).toBe(7);
  });

  it('north: 村民来电，称其儿子（12岁）…摔伤', () => {
    const h = run('某村村民来电，称其儿子（12岁）上周从房顶摔下来摔断了腿，花了三万。来电人在县城打零工，一月两千多。');
    expect(h.members?.[0]?.relation).toBe('self');
    expect(h.members?.find((m) => m.relation === 'child')?.age).toBe(12);
  });
});
