// Compensation the workplace paid ("工地已赔偿一万", "老板赔偿两万") is a sum paid once, not a monthly
// figure, with or without 了 after 赔偿; work said with 原在 ("原在工地打工") is work that was, not work now.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('compensation paid once', () => {
  it('晋南: 工地已赔偿八千医药费: 8000 received, not 96000', () => {
    const h = run('来电人（男，50岁）称10月在工地上摔伤了腰，工地已赔偿八千医药费，后面就不管了。');
    expect(h.income?.otherTransfers).toBe(8000);
  });

  it('粤: 老板赔偿两万: 20000 received', () => {
    const h = run('来电人（男，46岁）上个月喺厂度切伤手，老板赔偿两万，之后冇再理。', '441702');
    expect(h.income?.otherTransfers).toBe(20000);
  });
});

describe('work said with 原在', () => {
  it('晋南: 原在工地打工, now injured: not employed', () => {
    const h = run('来电人（男，58岁，单身）原在县城工地打工，11月摔断了腿，现在没收入。');
    expect(h.members?.[0]?.employed).not.toBe(true);
  });

  it('粤: 原在酒楼做, 而家冇做: not employed', () => {
    const h = run('来电人（女，52岁）原在酒楼洗碗，今年9月酒楼执笠，而家冇工开。', '441781');
    expect(h.members?.[0]?.employed).not.toBe(true);
  });

  it('work said now still counts', () => {
    const h = run('来电人（男，45岁）在县城工地打工，一个月四千。');
    expect(h.members?.[0]?.employed).toBe(true);
  });
});
