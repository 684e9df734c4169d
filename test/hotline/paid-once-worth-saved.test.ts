// Money in a summary that is no income: what an employer or the other party pays with no period (a sum
// paid once), what a thing is worth (值一万几), and money put by from work of the past (攒的钱, 储落嘅钱),
// which is savings. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('paid once by an employer or the other party', () => {
  it('粤: 老板话只畀三千 is 3000, not a month of it', () => {
    const h = run('工人陈某（男，39岁），11月30日喺厂里整伤只手，医药费使咗一万二，老板话只畀三千。', '441700');
    expect(h.income?.otherTransfers).toBe(3000);
  });

  it('north: 包工头说最多给两千', () => {
    const h = run('来电人（男，46岁），11月28日在工地摔伤腿，包工头说最多给两千。');
    expect(h.income?.otherTransfers).toBe(2000);
  });
});

describe('what a thing is worth', () => {
  it('粤: 架车系阿哥畀佢嘅，值一万几 is no support', () => {
    const h = run('男，58岁，一个人住。架车系佢阿哥畀佢嘅，值一万几。', '441700');
    expect(h.property?.vehicles).toBe(1);
    expect(h.income?.support ?? []).toEqual([]);
  });

  it('north: 车是姐姐给的，价值两万 is no support', () => {
    const h = run('男，52岁，独居。车是姐姐给的，价值两万左右。');
    expect(h.income?.support ?? []).toEqual([]);
  });
});

describe('money put by', () => {
  it('north: 以前跑运输攒的点钱…还剩不到一万 is savings, not wages', () => {
    const h = run('来电人（男，45岁），肾衰竭，以前跑运输攒的点钱，快花完了，现在还剩不到一万。');
    expect(h.income?.wages).toBeUndefined();
    expect(h.property?.deposits).toBeGreaterThan(5000);
    expect(h.property?.deposits).toBeLessThan(10000);
  });

  it('粤: 以前打工储落嘅钱，而家得返五千', () => {
    const h = run('来电人（男，50岁），以前打工储落嘅钱，而家得返五千。', '441700');
    expect(h.property?.deposits).toBe(5000);
    expect(h.income?.wages).toBeUndefined();
  });
});
