// 某 before a university or a firm left unnamed ("考上广东某大学", "在运城某公司开车") names no person: the
// schooling is the child's and the job the husband's, not the caller's. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('某 before a school or a firm', () => {
  it('north: 丈夫在运城某公司开车，儿子在太原某学院读书', () => {
    const h = run('来电人（女，48岁），丈夫在运城某公司开车。儿子在太原某学院读书。');
    expect(h.members?.map((m) => [m.relation, m.employed, m.student?.fullTime])).toEqual([
      ['self', undefined, undefined],
      ['spouse', true, undefined],
      ['child', undefined, true],
    ]);
  });

  it('粤: 个女今年考上广东某大学', () => {
    const h = run('来电人（男，50岁），屋企三口，老婆喺屋企。个女今年考上广东某大学。', '441721');
    expect(h.members?.[0]?.student).toBeUndefined();
    expect(h.members?.find((m) => m.relation === 'child')?.student?.fullTime).toBe(true);
  });
});
