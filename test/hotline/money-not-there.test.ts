// Money for what is due now said not to be there (丧葬费都凑不齐, 俺哪有这钱, 下个月饭钱都没了, 粤
// 屋企冇咁多钱) after an emergency: basic living is severely hit (临时救助: 基本生活暂时出现严重困难).
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('money for what is due not there', () => {
  it('晋南: the funeral money cannot be raised', () => {
    const h = run('盐湖区居民，11月29日丈夫突发脑溢血去世，剩下本人和上初中的女儿，"丧葬费都凑不齐"。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: 哪有这钱 after a fall', () => {
    const h = run('夏县村民，73岁，12月2日从房顶摔下腿骨骨折，手术自付要八千多，"俺哪有这钱"。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('晋南: no money for food next month after an injury at work', () => {
    const h = run('来电人（男，33岁），11月28日在厂里被机器压伤左脚，上不了班，"下个月饭钱都没有"。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });

  it('粤: 冇咁多钱 for a hospital deposit', () => {
    const h = run('来电人反映：阿妈今朝喺屋企突发中风，送咗去医院，要做手术，按金要两万，屋企冇咁多钱。', '441700');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});
