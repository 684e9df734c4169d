// A clause opening on two people right after the spouse was named ("同老婆住，两个人帮人做钟点"):
// both of the couple work, the person the call is about too. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('two people after the spouse is the couple', () => {
  it('粤: 同老公租屋住，两个人喺街市帮人卸货', () => {
    const h = run(
      '来电人（女，57岁），以前喺厂做，后来厂执咗。同老公（59岁）租屋住，两个人喺街市帮人卸货，一个月加埋两千。',
    );
    expect(h.members?.map((m) => m.employed)).toEqual([true, true]);
    expect(h.income?.wages).toBe(24000);
  });

  it('north: 和老伴住，二人在镇上打零工', () => {
    const h = run('来电人（男，62岁），和老伴（60岁）住，二人在镇上打零工，一月一千来块。', '140800');
    expect(h.members?.map((m) => m.employed)).toEqual([true, true]);
  });
});
