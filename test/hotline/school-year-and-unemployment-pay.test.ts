// Round 9 (issue 22): two words a call summary uses. "读一年级" is at school (一年 inside it is not a
// year), in either city's words; unemployment insurance (失业金) paid monthly is income, kept with
// pensions as a social-insurance benefit. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('the first school year', () => {
  it('粤 仔6岁读一年级 / 闺女7岁上一年级: at school', () => {
    expect(
      run('村民（女，33岁），老公（35岁）喺厂做，每月三千二。仔6岁读一年级。', '441700').members?.[2]?.student,
    ).toEqual({
      fullTime: true,
    });
    expect(run('某村，女，31岁，老汉33岁在外打工，闺女7岁上一年级。').members?.at(-1)?.student).toEqual({
      fullTime: true,
    });
  });
});

describe('unemployment insurance', () => {
  it('领失业金每月 is income, not nothing', () => {
    expect(run('居民，男，50岁，城镇户口，厂子倒了，现在领失业金每月一千三。').income?.pensions).toBe(15600);
    expect(run('居民，女，46岁，城镇户口，旧年失业，而家每个月领失业保险金一千一。', '441700').income?.pensions).toBe(
      13200,
    );
  });
});
