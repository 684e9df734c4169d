// "有份…嘅工", "有份…的工": a job had, what it is said between; the pay after it is wages (工资 stays a
// word of its own). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a job had, said with 份', () => {
  it('粤: 老公有份帮村里巡山嘅工，每月900', () => {
    const h = run(
      '来电人（女，64岁），同老公（67岁）两个住。两个人每人每月有基础养老金210元，老公另外有份帮村里巡山嘅工，每月900。',
    );
    expect(h.members?.[1]?.employed).toBe(true);
    expect(h.income?.wages).toBe(10800);
    expect(h.income?.basicPension).toBe(5040);
  });

  it('north: 老汉有份给学校看门的工，一月七百', () => {
    const h = run(
      '来电人（女，63岁），和老汉（66岁）俩人过。俩人养老金一人一月一百五，老汉还有份给学校看门的工，一月七百。',
      '140800',
    );
    expect(h.members?.[1]?.employed).toBe(true);
    expect(h.income?.wages).toBe(8400);
  });

  it('有份工资 is still pay, not a job word split', () => {
    const h = run('来电人（男，45岁），一个人住，喺厂里做嘢，每月有份工资2800。');
    expect(h.income?.wages).toBe(33600);
  });
});
