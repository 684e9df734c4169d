// Issue 22, round 7: which kind of money a figure is. Rent paid for land let out (地包给别人，一年给两千)
// is property income, not a relative's support; "从未给过钱" leaves nothing for the next figure to be;
// a student's costs named together (学费生活费) are schooling; what the land brings in a year (家里3亩地
// 一年两千) is farming; 三五千 is three to five thousand; 跑物流 is work. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('kinds of money', () => {
  it('rent for land let out, and a son’s money beside it', () => {
    const h = run('某村，女，75岁，独居，两亩地包给邻居种，一年给八百。儿子每月给200。');
    expect(h.income?.property).toBe(800);
    expect(h.income?.support).toEqual([{ amount: 2400 }]);
  });

  it('no giving said is not a kind for the next figure', () => {
    const h = run('某村，女，60岁，带着孙子过。儿媳走了，从没给过钱。自己种三亩田，一年两千。', '441700');
    expect(h.income).toEqual({ business: 2000 });
  });

  it('a student’s costs named together are schooling', () => {
    const h = run('某村，男，50岁，闺女在省城上大学，学费生活费一年一万二。');
    expect(h.income?.support).toBeUndefined();
    expect(h.hardship?.expenses).toEqual([{ kind: 'education', amount: 12000 }]);
  });

  it('what the land brings in a year is farming, beside a wage', () => {
    const h = run('某村，男，50岁，在县城打零工，每月两千；家里4亩地一年三千块。');
    expect(h.income).toEqual({ wages: 24000, business: 3000 });
  });

  it('三五千 is a range, 跑物流 is work', () => {
    expect(run('某村，男，70岁，儿子在外地，一年给个三五千。').income?.support?.[0]?.amount).toBe(4000);
    expect(run('某镇，女，40岁，丈夫42岁跑物流，一个月五千。').income).toEqual({ wages: 60000 });
  });
});
