// "家姐嫁喺江门" (issue 22, round 24d): married and living in a place named (粤 嫁喺, as 嫁在) is living apart:
// not a member of the household. Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('married and living elsewhere', () => {
  it('in written Cantonese, 家妹嫁喺茂名: not counted, her money is support', () => {
    const h = run('阳西县某村村民（男，45岁），未婚，同老豆（74岁）住。家妹嫁喺茂名，每年畀老豆两千。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'parent']);
    expect(h.income?.support?.[0]?.amount).toBe(2000);
  });

  it('in 晋南 words, 闺女嫁在外村: not counted', () => {
    const h = run('夏县某村，女，70岁，老伴殁了，一个人过，闺女嫁在外村，过年给点钱。', '140800');
    expect(h.members?.map((m) => m.relation)).toEqual(['self']);
  });
});
