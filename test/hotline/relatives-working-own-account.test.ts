// Round 11 (issue 22): whether a relative elsewhere is able to support (特困人员认定办法 第八条).
// 顾不上 said of the parents ("也顾不上俺们", 粤 "顾唔到两老") is neglect, not a household hard up
// (自己都顾不上 is); a caller's work is not "hurt at work" when the accident told after it is someone
// else's ("来电人在外打工，反映阿妈…跌倒"); a relative running a shop or a trade of their own elsewhere
// (开饭馆, 粤 开士多, 开摩的) is a working adult; one missing or in prison is not able whatever work was
// said. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('neglect is not hardship', () => {
  it('晋南: 儿子在外地打工，顾不上俺们', () => {
    const h = run('来电人（男，66岁），和老伴（63岁）两个人过。儿子在郑州打工，“顾不上俺们”。');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('自己都顾不上 still says their own household is hard up', () => {
    const h = run('来电人（男，66岁），和老伴（63岁）两个人过。儿子在郑州打工，自己都顾不上。');
    expect(h.obligors?.list?.[0]?.ableBodiedAdult).not.toBe(true);
  });
});

describe("someone else's accident after the caller's work", () => {
  it('粤: 来电人喺佛山打工，反映阿爸跌倒', () => {
    const h = run(
      '来电人（女，44岁）喺佛山打工，反映阿爸（76岁）11月30日喺阳东区屋企跌倒，髋骨骨折。阿妈73岁，两老每人每月养老金约200元。',
      '441704',
    );
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', age: 44, ableBodiedAdult: true });
  });

  it('晋南: the caller hurt at that work is not able', () => {
    const h = run('来电人（男，45岁）在工地干活，上个月从架子上摔下来，腿断了。');
    expect(h.members?.[0]?.employed).not.toBe(true);
  });
});

describe('a trade of their own', () => {
  it('粤: 大仔在县城开摩的', () => {
    const h = run('来电人（男，77岁），同老婆（75岁）两个住。大仔喺阳春开摩的，每月畀两百。', '441781');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('晋南: 儿子在县城开饭店', () => {
    const h = run('来电人（女，71岁），和老汉（74岁）过。儿子在县城开饭店，一年给两千。');
    expect(h.obligors?.list?.[0]).toMatchObject({ relation: 'child', ableBodiedAdult: true });
  });

  it('one missing at sea is not able', () => {
    const h = run('来电人（女，40岁），带两个女（12岁、9岁）。老公上个月出海打鱼，遇风浪失踪，至今未搵到。', '441721');
    const husband = h.obligors?.list?.find((o) => o.relation === 'spouse');
    expect(husband?.ableBodiedAdult).not.toBe(true);
  });
});
