// A call that tells of no household (a complaint about how 低保 is rated, a question about the rules) screens no
// one: 村民 there says who called, not a household's 户口. A household told, or 户口 said in those words, keeps it.
// The texts are our own, in 晋南 colloquial and written Cantonese.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('no household told', () => {
  it('晋南: a 村民 complaint about the rating sets no hukou', () => {
    const h = run('绛县某村村民来电反映，村里评低保光看关系，“谁跟村干部近谁就能吃上”，要求乡里来人查。', '140826');
    expect(h.hukou).toBeUndefined();
  });

  it('粤: a 村民 asking how to apply sets no hukou', () => {
    const h = run('阳春市某村村民来电问低保要去边度申请、要准备咩资料，冇讲屋企情况。', '441781');
    expect(h.hukou).toBeUndefined();
  });

  it('晋南: a 村民 who tells of the household keeps rural hukou', () => {
    const h = run('夏县某村村民李某（男，66岁）来电，老伴63岁，老两口种地一年收个三千来块。问能不能吃低保。', '140828');
    expect(h.hukou).toBe('rural');
  });

  it('粤: 农村户口 said in those words is kept even with no household told', () => {
    const h = run('市民来电咨询：本人系农村户口，想问低保同临时救助可唔可以一齐申请。', '441702');
    expect(h.hukou).toBe('rural');
  });
});
