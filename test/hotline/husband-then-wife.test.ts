// A husband and a wife told of in turn by a third person (丈夫 … 妻子, 老公 … 老婆): the couple itself, so
// each one's pay is their own and both count, rather than the second figure replacing the first as one
// spouse said twice. Words that also name an old man or woman themself (老汉, 老婆子) are left as before.
// The texts are our own.
import { describe, expect, it } from 'vitest';
import { intake } from '../../bot/hotline/intake.ts';
import { defaultParameters } from '../../screening/index.ts';

const parameters = defaultParameters();
const run = (text: string, region = '140800') =>
  intake({ region, text }, { today: '2026-12-05', parameters }).household;

describe('husband then wife', () => {
  it('晋南: each partner’s pay adds up', () => {
    const h = run('某村村民，两口子三十多岁，丈夫在砖厂干活月薪三千八，妻子在饭店洗碗一年八千左右，一个孩子上学。');
    expect(h.income?.wages).toBe(3800 * 12 + 8000);
    expect(h.members?.filter((m) => m.relation === 'spouse')).toHaveLength(1);
  });

  it('粤: 老公 then 老婆', () => {
    const h = run('阳东区居民，老公喺工地做，月薪五千，老婆喺超市做收银，月薪二千二，有个仔读小学。', '441700');
    expect(h.income?.wages).toBe((5000 + 2200) * 12);
    expect(h.members?.filter((m) => m.relation === 'spouse')).toHaveLength(1);
  });

  it('a man who speaks of his wife keeps her as the spouse', () => {
    const h = run('来电人（男，52岁），妻子患乳腺癌，老婆现在在家养病。');
    expect(h.members?.map((m) => m.relation)).toEqual(['self', 'spouse']);
    expect(h.members?.[1]?.seriousIllness).toBe(true);
  });
});
