// Money a relative is to give, then said never to have come ("判了每月给孩子五百，一分也没给过", 粤 "判咗每月畀个仔
// 600蚊，但一次都冇畀过"): the sum is what was owed, not support had; support is none. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const support = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household.income?.support;

describe('support owed and never given', () => {
  it('晋南: 判了每月给娃五百，一分也没给过: none', () => {
    expect(support('来电人（女，39岁），离婚后带着闺女（11岁）过，前夫判了每月给娃五百抚养费，一分也没给过。')).toEqual(
      [],
    );
  });

  it('粤: 判咗每月畀个仔600蚊，但一次都冇畀过: none', () => {
    expect(
      support('来电人（女，41岁），离婚后带住个仔（12岁），前夫判咗每月畀个仔600蚊，但一次都冇畀过。', '441700'),
    ).toEqual([]);
  });

  it('粤: 每月畀600蚊 with nothing after is had', () => {
    expect(support('来电人（女，41岁），离婚后带住个仔（12岁），前夫每月畀个仔600蚊。', '441700')?.[0]?.amount).toBe(
      7200,
    );
  });
});
