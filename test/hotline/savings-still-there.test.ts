// Savings still there to live on after an emergency (粤 "我自己仲有啲积蓄", 晋南 "自己还有点积蓄"): basic
// living is not severely hit, even while the family lodges with kin; savings said of before ("原来还有点
// 积蓄，但都烧了") are not. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('savings still there', () => {
  it('粤: 仲有啲积蓄 while staying at a relative’s', () => {
    const h = run(
      '来电人（男，61岁），11月28日台风吹塌咗屋顶，而家暂时住喺阿哥屋企，"我仲有啲积蓄，主要系屋要修"。',
      '441702',
    );
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });

  it('晋南: 自己还有点积蓄 after a fire', () => {
    const h = run('来电人（女，58岁），12月2日家里着火，房子烧了一半，现住在闺女家，"俺自己还有点积蓄"。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(false);
  });

  it('savings of before, burnt, are not getting by', () => {
    const h = run('来电人（男，60岁），12月1日家里失火，房子烧光了，现住在侄子家，原来还有点积蓄，但都烧了。');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).toBe(true);
  });
});
