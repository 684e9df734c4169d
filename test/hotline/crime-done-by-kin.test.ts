// "个仔因为诈骗坐紧监" (issue 22, round 24d): the crime a relative is in prison for is what they did, not an
// emergency the household suffered; the relative is still an obligor in prison. A fraud done to the household
// is still its emergency. Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a crime a relative is in prison for', () => {
  it('in written Cantonese, 个仔因为抢劫坐紧监: no emergency, the son an obligor in prison', () => {
    const h = run('阳西县某村，来电人（女，72岁）独居，得一个仔，因为抢劫坐紧监，仲有五年。每月养老金两百。', '441700');
    expect(h.hardship?.events ?? []).toEqual([]);
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', imprisoned: true });
  });

  it('in 晋南 words, 儿子因为诈骗被判了三年: no emergency', () => {
    const h = run('闻喜县某村，老汉78岁，一个人过，儿子因为诈骗被判了三年，还在监狱里。');
    expect(h.hardship?.events ?? []).toEqual([]);
    expect(h.obligors?.list?.[0]?.imprisoned).toBe(true);
  });

  it('a fraud done to the caller is still an emergency', () => {
    const h = run('闻喜县某村，老汉78岁，一个人过，前几天被骗了两万。');
    expect(h.hardship?.events?.[0]?.kind).toBe('crime');
  });
});
