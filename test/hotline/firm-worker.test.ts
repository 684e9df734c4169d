// Working for a housekeeping, cleaning or security firm ("喺家政公司做", "在保洁公司上班") is a wage earner's
// work. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('a worker of a firm', () => {
  it('粤: 本人喺保洁公司做，一年约三万', () => {
    const h = run('江城。男，50，城镇户口，一个人住。本人喺保洁公司做，一年约三万。', '441702');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(30000);
  });

  it('north: 在物业公司上班，一月两千', () => {
    const h = run('某小区居民，女，48岁，独居，在物业公司上班，一月两千。');
    expect(h.members?.[0]?.employed).toBe(true);
    expect(h.income?.wages).toBe(24000);
  });
});
