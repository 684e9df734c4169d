// What a funeral cost (丧葬费, 粤 搞后事使咗) is spending of another kind, not a medical bill; something
// swallowed by mistake (误喝了农药, 粤 误食咗老鼠药) is a mishap, not an illness that struck.
// The texts are our own (issue 22, round 22).
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') => intake({ region, text }, { today: '2026-12-05', parameters });

describe('a funeral paid for', () => {
  it('晋南: 丧葬费花了一万二 is spending of another kind', () => {
    const r = run(
      '来电人（女，40岁）称丈夫11月26日在工地上出事没了，丧葬费花了一万二，都是借的。家里还有俩娃。请求临时救助。',
    );
    expect(r.household.hardship?.expenses?.[0]?.kind).toBe('other');
  });

  it('粤: 搞后事使咗两万 is spending of another kind', () => {
    const r = run('来电人（男，52岁）话老婆11月28日车祸过身，搞后事使咗两万蚊，全部问亲戚借。', '441702');
    expect(r.household.hardship?.expenses?.[0]?.kind).toBe('other');
  });
});

describe('swallowed by mistake', () => {
  it('晋南: the child drank pesticide by mistake: an accident', () => {
    const r = run('来电人（女，30岁）称12月3日两岁的闺女在家误喝了农药，送到县医院抢救，已经花了一万多。');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('accident');
  });

  it('粤: 误食咗老鼠药 is an accident', () => {
    const r = run('来电人（男，35岁）话12月2日个仔喺屋企误食咗老鼠药，而家喺医院抢救，已经使咗八千。', '441702');
    expect(r.household.hardship?.events?.[0]?.kind).toBe('accident');
  });
});
