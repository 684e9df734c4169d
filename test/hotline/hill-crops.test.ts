// "种八角同肉桂，一年万把块" (issue 22, round 24d): spice and fruit crops grown for sale are farm income; 八角 is
// star anise, not eight 角 of money. Our texts.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '441700') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('spice and fruit crops of the hills', () => {
  it('in written Cantonese, 种八角同肉桂，一年八九千: farm income', () => {
    const h = run('阳春市某村村民（男，56岁），老婆53岁，两公婆平时种八角同肉桂，一年八九千。');
    expect(h.income?.business).toBe(8500);
    expect(h.income?.wages).toBeUndefined();
  });

  it('in written Cantonese, 种砂仁同沙糖桔，除本赚一万几: farm income, not wages', () => {
    const h = run('阳春市某村村民（女，60岁）同老公（62岁）种砂仁同沙糖桔，一年除本赚一万几。');
    expect(h.income?.business).toBeGreaterThan(10000);
    expect(h.income?.wages).toBeUndefined();
  });

  it('in 晋南 words, a 花椒 farmer who also grows 八角 reads both as farm income', () => {
    const h = run('平陆县某村，男，60岁，老伴58岁，种花椒和八角，一年卖个六七千。', '140800');
    expect(h.income?.business).toBe(6500);
  });
});
