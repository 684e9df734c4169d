// Issue 22, round 7: a status asked for (请求纳入低保) is not held; a relative whose "own household is
// on 低保" (儿子62岁，自己家也吃着低保) lives apart and that status is theirs, not the family's (the
// caller's spouse stays in the household); a pension "each" with no group named counts the members
// listed at pension age. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('statuses', () => {
  it('asked for is not held', () => {
    expect(run('某村，女，58岁，丈夫瘫痪在床，请求纳入低保。').currentBenefits?.dibao).toBeUndefined();
    expect(run('某村，女，58岁，家里吃着低保，问能不能再申请临时救助。').currentBenefits?.dibao).toBe(true);
  });

  it('a relative’s own household on 低保', () => {
    const h = run('某村，女，85岁，独居。女儿60岁，自己家也吃着低保。');
    expect(h.currentBenefits?.dibao).toBeUndefined();
    expect(h.members?.length).toBe(1);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', status: 'dibao' });
  });

  it('the spouse is the household', () => {
    const h = run('某村，男，72岁，老伴70岁，自己家吃着低保。');
    expect(h.currentBenefits?.dibao).toBe(true);
    expect(h.members?.length).toBe(2);
  });
});

describe('a pension each', () => {
  it('counts those at pension age, not the son at work', () => {
    const h = run('某村来电人70岁，老伴67岁，每人每月养老金150元，儿子40岁在家种地。');
    expect(h.income?.basicPension).toBe(3600);
  });
});
