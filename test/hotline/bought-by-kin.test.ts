// Parents named only as the ones who bought the household its home ("有套小房子（父母给买的）", 粤 "层楼系老豆
// 老母畀钱买嘅") gave it from their own home: they are not members. Parents said to live with it stay
// members. The texts are our own (issue 22, round 22).
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('bought for them by parents', () => {
  it('晋南: a flat the parents bought, the mother and son are the household', () => {
    const r = run(
      '盐湖区某街道居民王某（女，35岁）来电，城镇户口，离婚了，带一个小子（8岁，上二年级）。王某在饭店端盘子，一月两千五。住的房子是父母给买的。问能不能办低保。',
    );
    expect(r.household.members?.map((m) => m.relation)).toEqual(['self', 'child']);
    expect(r.report.results.find((x) => x.program === 'dibao')?.verdict).not.toBe('likely');
  });

  it('粤: 层楼系老豆老母畀钱买嘅: not members', () => {
    const r = run(
      '江城区居民（女，36岁）来电，离咗婚，带住个女（7岁）。自己喺超市做收银，每月两千八。住嘅楼系老豆老母畀钱买嘅。问低保。',
      '441702',
    );
    expect(r.household.members?.length).toBe(2);
  });

  it('parents said to live with them stay members', () => {
    const r = run('来电人（男，40岁），跟父母住一起，房子是父母给买的，自己打零工一月两千。问低保。');
    expect(r.household.members?.filter((m) => m.relation === 'parent').length).toBe(2);
  });
});
