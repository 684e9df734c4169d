// A set phrase denying both illness and disability (无病无残, 无病无灾, 粤 冇病冇痛) in a call summary says the
// person has no 重病 and no disability, the two facts 特困 and 单人保 turn on. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const first = (text: string, region: string) =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household.members?.[0];

describe('neither ill nor disabled in one phrase', () => {
  it('晋南: 无病无灾 of the caller', () => {
    const m = first('某村村民，男，58岁，无病无灾，和老伴在家种地，一年收入一万出头。问低保。', '140800');
    expect(m?.hasDisability).toBe(false);
    expect(m?.seriousIllness).toBe(false);
  });

  it('粤: 冇病冇痛 and 无病无残 of the caller', () => {
    const a = first('某镇村民陈某（49岁），本人冇病冇痛，同老公喺屋企养鸭，一年赚两万左右。', '441781');
    expect(a?.hasDisability).toBe(false);
    expect(a?.seriousIllness).toBe(false);
    const b = first('某镇村民，女，53岁，其本人无病无残，独自一人，帮人摘荔枝每月一千二。', '441781');
    expect(b?.hasDisability).toBe(false);
  });

  it('a disability named is not undone, and 无病 alone says nothing of disability', () => {
    expect(first('某村村民，男，60岁，左腿残疾，无病无灾。问补助。', '140800')?.hasDisability).toBe(true);
    expect(first('某村村民，男，60岁，身体无病，一个人过。', '140800')?.hasDisability).toBeUndefined();
  });
});
