// Hit from behind on the road (被追尾, 粤 俾人追尾) is a traffic accident; the one who earned saying after it
// that they cannot work at all now ("现在活也干不成了", 粤 "而家开唔到工") leaves basic living hit
// (临时救助: 因意外事件导致基本生活陷入困境). The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('rear-ended, and the earner unable to work', () => {
  it('晋南: 被大货车追尾, 现在活也干不成了', () => {
    const h = run(
      '来电人男，44岁，在县城开三轮拉货，11月28日被一辆大货车追尾，腿骨折了，老婆在家带娃，现在活也干不成了。',
    );
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'traffic_accident', basicLivingSevere: true });
  });

  it('粤: 俾人追尾, 而家开唔到工', () => {
    const h = run('来电人（男，38岁）喺阳东送货，上个礼拜揸车俾人追尾，手断咗，而家开唔到工，老婆冇返工。', '441704');
    expect(h.hardship?.events?.[0]).toMatchObject({ kind: 'traffic_accident', basicLivingSevere: true });
  });

  it('hit from behind but back at work: an accident, living not said to be hit', () => {
    const h = run('来电人男，50岁，11月20日骑电动车被追尾，擦伤，已经回厂上班了。');
    expect(h.hardship?.events?.[0]?.kind).toBe('traffic_accident');
    expect(h.hardship?.events?.[0]?.basicLivingSevere).not.toBe(true);
  });
});
