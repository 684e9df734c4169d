// A firm named as the payer (issue 22, round 23): "保险公司仲未赔", "对方公司说等等" is an insurer or the
// other party, not a business the household has registered. The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('an insurer or the other party’s firm', () => {
  it('粤: 对方全责，保险公司仲未赔', () => {
    const h = run(
      '来电人（男，32岁），喺外卖平台送餐，上个礼拜同私家车相撞，对方全责，保险公司仲未赔，单身租房。',
      '441702',
    );
    expect(h.property?.registeredBusiness).toBeUndefined();
  });

  it('晋南: 保险公司还没给赔', () => {
    const h = run('来电人（男，40岁），11月30日骑摩托叫小车撞了，腿断了，对方的保险公司到这会还没给赔钱。');
    expect(h.property?.registeredBusiness).toBeUndefined();
  });
});
